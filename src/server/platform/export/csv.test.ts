import { describe, expect, it } from 'vitest';
import { renderCsv, renderCsvExcel } from './csv.ts';

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

describe('renderCsvExcel (voor Nederlandse Excel)', () => {
  it('BOM, puntkomma, CRLF en decimale komma; komma in tekst hoeft niet tussen aanhalingstekens', () => {
    expect(
      renderCsvExcel(kolommen, [
        { code: 'O', naam: 'Bathmen', n: 1.5 },
        { code: 'A', naam: 'a;b', n: 2 },
      ]),
    ).toBe('\uFEFFwijkcode;wijknaam;aantal\r\nO;"Bathmen";1,5\r\nA;"a;b";2\r\n');
    expect(renderCsvExcel([{ sleutel: 'x', kop: 'x' }], [{ x: 'a,b' }])).toBe('\uFEFFx\r\na,b\r\n');
  });

  it('dezelfde formulebescherming als de gewone CSV', () => {
    expect(renderCsvExcel([{ sleutel: 'x', kop: 'x' }], [{ x: '=SOM(A1)' }])).toBe(
      "\uFEFFx\r\n'=SOM(A1)\r\n",
    );
  });
});
