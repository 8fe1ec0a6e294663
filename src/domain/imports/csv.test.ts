import { describe, expect, it } from 'vitest';
import { CsvFout, detecteerScheidingsteken, eersteRegel, leesRecords } from './csv.ts';

describe('detecteerScheidingsteken', () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['a\tb\tc', '\t'],
    ['"a,1";b;c', ';'],
    ['client_id;naam,voornaam;postcode', ';'],
    ['enkel', null],
  ])('%j → %j', (kop, sep) => {
    expect(detecteerScheidingsteken(kop)).toBe(sep);
  });
});

describe('leesRecords', () => {
  const lees = (t: string, sep: ',' | ';' = ',') => [...leesRecords(t, sep)];

  it('splits lines and keeps line numbers; skips blank lines; CRLF and LF', () => {
    expect(lees('a,b\r\n1,2\r\n\r\n3,4\n')).toEqual([
      { regel: 1, velden: ['a', 'b'] },
      { regel: 2, velden: ['1', '2'] },
      { regel: 4, velden: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    expect(lees('a;b\n"x;y";"zei ""ja"""\n"twee\nregels";z\nlaatste;1', ';')).toEqual([
      { regel: 1, velden: ['a', 'b'] },
      { regel: 2, velden: ['x;y', 'zei "ja"'] },
      { regel: 3, velden: ['twee\nregels', 'z'] },
      { regel: 5, velden: ['laatste', '1'] },
    ]);
  });

  it('keeps empty fields', () => {
    expect(lees('a,,c\n,,x')).toEqual([
      { regel: 1, velden: ['a', '', 'c'] },
      { regel: 2, velden: ['', '', 'x'] },
    ]);
  });

  it('throws on a quote that is never closed, naming the line it opens on', () => {
    expect(() => lees('a,b\n1,2\n"open,3\n4,5')).toThrow(CsvFout);
    try {
      lees('a,b\n1,2\n"open,3\n4,5');
    } catch (e) {
      expect((e as CsvFout).regel).toBe(3);
    }
  });

  it('eersteRegel skips leading blank lines', () => {
    expect(eersteRegel('\r\n  \na;b\n1;2')).toBe('a;b');
    expect(eersteRegel('')).toBe('');
  });
});
