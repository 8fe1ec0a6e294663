import { describe, expect, it } from 'vitest';
import type { ImportContext } from './beschikkingregels.ts';
import { leesBeschikkingenBestand } from './bestand.ts';

const CTX: ImportContext = {
  vandaag: '2026-06-01',
  wijkOpCode: (c) => (c === 'A' ? 'wijk-a' : null),
  wijkOpPostcode: () => 'wijk-a',
  aanbiederOpAgb: () => null,
  product: () => null,
};
const KOP =
  'client_id,geboortedatum,postcode,productcategorie,leveringsvorm,besluitdatum,ingangsdatum,einddatum,achternaam';
const lees = (tekst: string | Uint8Array) =>
  leesBeschikkingenBestand(typeof tekst === 'string' ? new TextEncoder().encode(tekst) : tekst, CTX);

describe('leesBeschikkingenBestand', () => {
  it('reads a comma file', () => {
    const r = lees(
      `${KOP}\n123456782,1940-01-01,7411AB,01,zin,2019-01-10,2019-02-01,,Jansen\nK-2,1950-01-01,7411AB,02,pgb,2019-01-10,2019-02-01,2019-12-31,\n`,
    );
    expect(r).toMatchObject({
      bruikbaar: true,
      codering: 'utf-8',
      scheidingsteken: ',',
      regels: 2,
      fouten: [],
    });
    expect(r.geldig.map((g) => [g.regel, g.achternaam])).toEqual([
      [2, 'Jansen'],
      [3, null],
    ]);
  });

  it('detects a semicolon file', () => {
    const r = lees(
      `${KOP.replaceAll(',', ';')}\r\n123456782;1-1-1940;7411AB;hulp bij het huishouden;zin;10-01-2019;01-02-2019;;"Vries, de"\r\n`,
    );
    expect(r).toMatchObject({ bruikbaar: true, scheidingsteken: ';', regels: 1, fouten: [] });
    expect(r.geldig[0]!.achternaam).toBe('Vries, de');
  });

  it('converts windows-1252 and says so', () => {
    const tekst = `${KOP}\n123456782,1940-01-01,7411AB,01,zin,2019-01-10,2019-02-01,,Jos\u00e9\n`;
    const bytes = Uint8Array.from([...tekst].map((c) => c.charCodeAt(0)));
    const r = lees(bytes);
    expect(r).toMatchObject({ bruikbaar: true, codering: 'windows-1252' });
    expect(r.meldingen[0]).toContain('windows-1252');
    expect(r.geldig[0]!.achternaam).toBe('José');
  });

  it('keeps valid rows next to row errors, sorted by line', () => {
    const r = lees(
      `${KOP}\n123456782,1940-01-01,7411AB,99,zin,2019-01-10,2019-02-01,,\n123456782,1940-01-01,7411AB,01,zin,2019-01-10,2019-02-01,,\n123456782,1940-01-01,7411AB,01,zin,2019-01-10,2019-02-01,,\n`,
    );
    expect(r.bruikbaar).toBe(true);
    expect(r.geldig.map((g) => g.regel)).toEqual([3]);
    expect(r.fouten.map((f) => [f.regel, f.code])).toEqual([
      [2, 'categorie-onbekend'],
      [4, 'dubbele-regel'],
    ]);
  });

  it.each([
    ['an empty file', '', 'leeg-bestand'],
    ['only blank lines', '\n\r\n  \n', 'leeg-bestand'],
    ['only a header', `${KOP}\n`, 'geen-regels'],
    ['no separator', 'client_id\n1\n', 'scheidingsteken-onbekend'],
    ['a bad header', 'client_id,bsn\n1,2\n', 'kolom-onbekend'],
    ['an unclosed quote', `${KOP}\n"123456782,1940-01-01\n`, 'aanhalingsteken-open'],
  ])('%s is unusable as a whole', (_naam, tekst, code) => {
    const r = lees(tekst);
    expect(r.bruikbaar).toBe(false);
    expect(r.fouten[0]!.code).toBe(code);
  });
});
