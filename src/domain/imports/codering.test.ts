import { describe, expect, it } from 'vitest';
import { decodeer, eersteOngeldigeUtf8 } from './codering.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeer', () => {
  it('reads UTF-8, with or without BOM', () => {
    expect(decodeer(utf8('naam\nJosé'))).toEqual({
      ok: true,
      tekst: 'naam\nJosé',
      codering: 'utf-8',
      melding: null,
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a;b')]);
    expect(decodeer(bom)).toMatchObject({ ok: true, tekst: 'a;b', codering: 'utf-8' });
  });

  it('converts windows-1252 and names the first line with a non-UTF-8 byte', () => {
    // "a\nJos\xe9\n€" in windows-1252: é = 0xE9, € = 0x80
    const r = decodeer(bytes(0x61, 0x0a, 0x4a, 0x6f, 0x73, 0xe9, 0x0a, 0x80));
    expect(r).toMatchObject({ ok: true, tekst: 'a\nJosé\n€', codering: 'windows-1252' });
    expect(r.ok && r.melding).toContain('regel 2');
  });

  it.each([
    ['empty', bytes(), 'leeg-bestand'],
    ['UTF-16 LE', bytes(0xff, 0xfe, 0x61, 0x00), 'codering-utf16'],
    ['UTF-16 BE', bytes(0xfe, 0xff, 0x00, 0x61), 'codering-utf16'],
    ['xlsx (zip)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'geen-csv'],
    ['xls (OLE)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1), 'geen-csv'],
    ['binary with NUL', bytes(0x61, 0x00, 0x62), 'geen-tekst'],
    ['undefined in windows-1252', bytes(0x61, 0xe9, 0x81), 'codering-onbekend'],
  ])('refuses %s', (_naam, b, code) => {
    expect(decodeer(b)).toMatchObject({ ok: false, code });
  });
});

describe('eersteOngeldigeUtf8', () => {
  it.each([
    [utf8('abc é € 𝄞'), -1],
    [bytes(0x61, 0xc3), 1], // truncated 2-byte sequence
    [bytes(0x61, 0xc0, 0x80), 1], // overlong
    [bytes(0xed, 0xa0, 0x80), 0], // surrogate
    [bytes(0x61, 0x62, 0xe9, 0x63), 2], // latin-1 é
    [bytes(0xf5, 0x80, 0x80, 0x80), 0], // beyond U+10FFFF
  ])('%j → %i', (b, pos) => {
    expect(eersteOngeldigeUtf8(b)).toBe(pos);
  });
});
