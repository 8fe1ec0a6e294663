import { describe, expect, it } from 'vitest';
import { renderCsv } from './csv.ts';

const kolommen = [
  { sleutel: 'code', kop: 'wijkcode' },
  { sleutel: 'naam', kop: 'wijknaam', citeren: true },
  { sleutel: 'n', kop: 'aantal' },
];

describe('renderCsv', () => {
  it('kopregel, LF, afsluitende regelovergang; alleen de gemarkeerde kolom altijd tussen aanhalingstekens', () => {
    expect(renderCsv(kolommen, [{ code: 'O', naam: 'Bathmen', n: 159 }])).toBe(
      'wijkcode,wijknaam,aantal\nO,"Bathmen",159\n',
    );
  });

  it.each([
    ['a,b', '"a,b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['twee\nregels', '"twee\nregels"'],
    ['=SOM(A1)', "'=SOM(A1)"],
    ['-1', "'-1"],
    ['@x', "'@x"],
    ['gewoon', 'gewoon'],
  ])('tekst %j → %s', (waarde, verwacht) => {
    expect(renderCsv([{ sleutel: 'x', kop: 'x' }], [{ x: waarde }])).toBe(`x\n${verwacht}\n`);
  });

  it.each([
    [-3, '-3'],
    [0, '0'],
    [1.5, '1.5'],
    [null, ''],
    [undefined, ''],
    [true, 'ja'],
    [Number.NaN, ''],
  ])('waarde %j → %j', (waarde, verwacht) => {
    expect(renderCsv([{ sleutel: 'x', kop: 'x' }], [{ x: waarde }])).toBe(`x\n${verwacht}\n`);
  });

  it('lege geciteerde kolom wordt ""', () => {
    expect(renderCsv(kolommen, [{ code: '', naam: null, n: 1 }])).toBe('wijkcode,wijknaam,aantal\n,"",1\n');
  });
});
