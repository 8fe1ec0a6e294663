import { describe, expect, it } from 'vitest';
import {
  codes,
  vervang,
  voorbeeld,
  WMO305,
  WMO307,
  WMO315,
  WMO317,
  WMO317_GECORRIGEERD,
} from '../../../../tests/support/inkomend.ts';
import { leesWmo305 } from '../../../domain/iwmo/inkomend-lezers.ts';
import { IwmoLeesFout } from '../../../domain/iwmo/structuur.ts';
import {
  controleerInkomendBericht,
  controleerIwmoBericht,
  ontvangInkomendBericht,
  type Uitvoerder,
} from './standaard-controle.ts';

describe('gemanipuleerde WMO305 wordt afgewezen met de codes van de standaard', () => {
  it('BSN die niet aan de elfproef voldoet → CS002 (XSD-geldig, dus alleen de regelcontrole)', () => {
    const xml = vervang(WMO305, '<wmo305:Bsn>999900006</wmo305:Bsn>', '<wmo305:Bsn>999900007</wmo305:Bsn>');
    const r = controleerInkomendBericht(xml);
    expect(r).toEqual({
      berichtcode: 'WMO305',
      geldig: false,
      fouten: [
        {
          code: 'CS002',
          bron: 'regel',
          melding: 'De waarde moet voldoen aan de 11-proef. (/Bericht/Client/Bsn)',
          locaties: ['/Bericht/Client/Bsn'],
        },
      ],
    });
    expect(ontvangInkomendBericht(xml).bericht).toBeUndefined();
  });

  it('verplicht element Geslacht verwijderd → XSD-fout; de lezer weigert het bericht ook', () => {
    const xml = vervang(WMO305, /\s*<wmo305:Geslacht>1<\/wmo305:Geslacht>/, '');
    const r = controleerInkomendBericht(xml);
    expect(r.geldig).toBe(false);
    expect(codes(r)).toEqual(['xsd:XSD']);
    expect(r.fouten[0]!.melding).toMatch(
      /^Regel 23: .*Naam': This element is not expected\. Expected is .*Geslacht/,
    );
    expect(() => leesWmo305(xml)).toThrow(IwmoLeesFout);
    expect(() => leesWmo305(xml)).toThrow('/Bericht/Client: Geslacht ontbreekt (gevonden: Naam)');
  });

  it('niet-bestaande datum 2025-02-30 → XSD-fout op LDT_Datum; de lezer noemt het pad', () => {
    const xml = vervang(WMO305, '<wmo305:Begindatum>2025-04-03', '<wmo305:Begindatum>2025-02-30');
    const r = controleerInkomendBericht(xml);
    expect(codes(r)).toEqual(['xsd:XSD']);
    expect(r.fouten[0]!.melding).toContain("'2025-02-30' is not a valid value of the atomic type");
    expect(r.fouten[0]!.melding).toContain('LDT_Datum');
    expect(() => leesWmo305(xml)).toThrow(
      '/Bericht/Client/StartProducten/StartProduct[1]/Begindatum: verwacht een datum JJJJ-MM-DD, kreeg "2025-02-30"',
    );
  });

  it('begindatum na de dagtekening → TR134; statusaanlevering 2 → CS058; geboortedatum > 120 jaar → TR002', () => {
    const tr134 = vervang(WMO305, '<wmo305:Begindatum>2025-04-03', '<wmo305:Begindatum>2025-04-06');
    expect(controleerInkomendBericht(tr134).fouten).toEqual([
      expect.objectContaining({
        code: 'TR134',
        bron: 'regel',
        locaties: [
          '/Bericht/Header/BerichtIdentificatie/Dagtekening',
          '/Bericht/Client/StartProducten/StartProduct[1]/Begindatum',
        ],
      }),
    ]);
    const cs058 = vervang(WMO305, '<wmo305:StatusAanlevering>1', '<wmo305:StatusAanlevering>2');
    expect(codes(controleerInkomendBericht(cs058))).toEqual(['regel:CS058']);
    const tr002 = vervang(WMO305, '<iwmo:Datum>1967-08-13', '<iwmo:Datum>1905-04-04');
    expect(codes(controleerInkomendBericht(tr002))).toEqual(['regel:TR002']);
  });

  it('meerdere fouten tegelijk worden allemaal gemeld, XSD eerst', () => {
    let xml = vervang(WMO305, '999900006', '999900007');
    xml = vervang(xml, '<wmo305:StatusAanlevering>1', '<wmo305:StatusAanlevering>2');
    xml = vervang(xml, '<iwmo:Categorie>01</iwmo:Categorie>', '<iwmo:Categorie>19</iwmo:Categorie>');
    const r = controleerInkomendBericht(xml);
    expect(r.geldig).toBe(false);
    expect(codes(r)).toEqual(['xsd:XSD', 'regel:CS002', 'regel:CS058']);
    expect(r.fouten[0]!.melding).toMatch(/Categorie.*'19' is not an element of the set/);
  });

  it('BerichtCode verwijderd → soort uit de namespace, XSD mist de BerichtCode', () => {
    const xml = vervang(WMO305, '<wmo305:BerichtCode>418</wmo305:BerichtCode>', '');
    const r = controleerInkomendBericht(xml);
    expect(r.berichtcode).toBe('WMO305');
    expect(codes(r)).toEqual(['xsd:XSD']);
    expect(r.fouten[0]!.melding).toContain(
      'Expected is ( {http://www.istandaarden.nl/iwmo/3_2/wmo305/schema}BerichtCode )',
    );
  });

  it('BerichtCode 420 in een wmo305-bericht → de BerichtCode beslist (WMO307), de XSD weigert de namespace', () => {
    const xml = vervang(WMO305, '<wmo305:BerichtCode>418', '<wmo305:BerichtCode>420');
    const r = controleerInkomendBericht(xml);
    expect(r.berichtcode).toBe('WMO307');
    expect(r.geldig).toBe(false);
    expect(r.fouten[0]!.melding).toContain(
      'No matching global declaration available for the validation root',
    );
    expect(() => leesWmo305(xml)).toThrow('/Bericht/Header/BerichtCode: verwacht 418, kreeg "420"');
  });
});

describe('de regelcontrole werkt ook voor WMO307, WMO315 en WMO317', () => {
  it.each([
    [
      'WMO307: einddatum vóór begindatum',
      () => vervang(WMO307, '<wmo307:Einddatum>2025-07-18', '<wmo307:Einddatum>2025-04-02'),
      ['regel:TR018'],
    ],
    [
      'WMO315: twee keer dezelfde ReferentieAanbieder',
      () => vervang(WMO315, '<wmo315:ReferentieAanbieder>42420002', '<wmo315:ReferentieAanbieder>42420001'),
      ['regel:TR383', 'regel:TR101'],
    ],
    [
      'WMO315: verwijzer huisarts zonder naam en zonder AGB-code',
      () =>
        vervang(
          WMO315,
          /<iwmo:Type>04<\/iwmo:Type>\s*<iwmo:Naam>Verwijzer Naam<\/iwmo:Naam>/,
          '<iwmo:Type>02</iwmo:Type>',
        ),
      ['regel:CD067'],
    ],
    [
      'WMO315: einddatum vóór ingangsdatum',
      () =>
        vervang(WMO315, '<wmo315:ToewijzingEinddatum>2023-06-30', '<wmo315:ToewijzingEinddatum>2023-05-30'),
      ['regel:CS003'],
    ],
    [
      'WMO317: geen ongewijzigd en geen te wijzigen product',
      () =>
        vervang(
          WMO317_GECORRIGEERD,
          /<wmo317:OngewijzigdeProducten>[\s\S]*<\/wmo317:TeWijzigenProducten>/,
          '',
        ),
      ['regel:TR352'],
    ],
    [
      'WMO317: geen te wijzigen en geen nieuw product',
      () => vervang(WMO317, /<wmo317:TeWijzigenProducten>[\s\S]*<\/wmo317:NieuweProducten>/, ''),
      ['regel:TR353'],
    ],
  ] as const)('%s', (_naam, maak, verwacht) => {
    const r = controleerInkomendBericht(maak());
    expect(r.geldig).toBe(false);
    expect(codes(r)).toEqual(verwacht);
    for (const f of r.fouten) expect(f.melding).toMatch(/\S/);
  });
});

describe('de hulpprogramma’s zijn injecteerbaar', () => {
  it('roept xmllint en xsltproc aan met het bericht op stdin en --nonet; geeft hun bevindingen door', () => {
    const aanroepen: Array<{ programma: string; argumenten: readonly string[]; invoer: string }> = [];
    const uitvoerder: Uitvoerder = (programma, argumenten, invoer) => {
      aanroepen.push({ programma, argumenten, invoer });
      return programma === 'xmllint'
        ? { status: 0, stdout: '', stderr: '- validates\n' }
        : {
            status: 0,
            stderr: '',
            stdout:
              '<?xml version="1.0"?><r:Rapport xmlns:r="http://www.istandaarden.nl/validatie/1_1/rapport/schema"><r:Header/><r:Fouten><r:Fout><r:Code>TR999</r:Code><r:Retourcode>9999</r:Retourcode><r:Locatie>/Bericht</r:Locatie></r:Fout></r:Fouten></r:Rapport>',
          };
    };
    const r = controleerInkomendBericht(WMO305, {
      uitvoerder,
      standaardMap: '/standaard',
      regelcontrole: 'officieel',
    });
    expect(aanroepen.map((a) => [a.programma, ...a.argumenten])).toEqual([
      ['xmllint', '--noout', '--nonet', '--schema', '/standaard/xsd/WMO305.xsd', '-'],
      ['xsltproc', '--nonet', '/standaard/iwmo-3.2-regels-TR-CD-CS.xsl', '-'],
    ]);
    expect(aanroepen.every((a) => a.invoer === WMO305)).toBe(true);
    expect(r).toEqual({
      berichtcode: 'WMO305',
      geldig: false,
      fouten: [
        {
          code: 'TR999',
          bron: 'regel',
          retourcode: '9999',
          melding: 'Regel TR999 is niet nageleefd. (/Bericht)',
          locaties: ['/Bericht'],
        },
      ],
    });
  });

  it('een onvindbare standaard is een configuratiefout, geen afgekeurd bericht', () => {
    expect(() => controleerInkomendBericht(WMO305, { standaardMap: '/bestaat/niet' })).toThrow(
      /xmllint kon het schema \/bestaat\/niet\/xsd\/WMO305\.xsd niet laden/,
    );
  });

  it('controleerIwmoBericht controleert ook uitgaande berichten tegen hun eigen XSD', () => {
    expect(controleerIwmoBericht(voorbeeld('WMO301'), 'WMO301')).toEqual({
      berichtcode: 'WMO301',
      geldig: true,
      fouten: [],
    });
    expect(controleerIwmoBericht(WMO305, 'WMO307').geldig).toBe(false);
  });
});
