import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iwmoVoorbeeldPad, xpathTekst } from '../../../tests/support/iwmo.ts';
import {
  controleerInkomendBericht,
  controleerIwmoBericht,
  ontvangInkomendBericht,
  type Uitvoerder,
} from '../../server/modules/iwmo/standaard-controle.ts';
import type { Controleresultaat } from './controlerapport.ts';
import { herkenInkomendBericht, InkomendBerichtFout } from './herkenning.ts';
import { leesInkomendBericht } from './inkomend.ts';
import { leesWmo305, leesWmo307, leesWmo315, leesWmo317 } from './inkomend-lezers.ts';
import type { Wmo305Bericht, Wmo307Bericht, Wmo315Bericht, Wmo317Bericht } from './inkomend-typen.ts';
import { IwmoLeesFout } from './structuur.ts';
import { leesXml, XmlLeesFout } from './xml-lezer.ts';

const voorbeeld = (bericht: string) => readFileSync(iwmoVoorbeeldPad(bericht), 'utf8');
const WMO305 = voorbeeld('WMO305');
const WMO307 = voorbeeld('WMO307');
const WMO315 = voorbeeld('WMO315');
const WMO317 = voorbeeld('WMO317');

/** Replaces `van` by `naar` exactly once (so that a test never silently changes nothing). */
function vervang(xml: string, van: string | RegExp, naar: string): string {
  const resultaat = xml.replace(van, naar);
  if (resultaat === xml) throw new Error(`Niets vervangen: ${van}`);
  return resultaat;
}

/** The codes and sources of a check result, for compact assertions. */
const codes = (r: Controleresultaat) => r.fouten.map((f) => `${f.bron}:${f.code}`);

const XSD_VERSIE = { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' };

const VERWACHT_305: Wmo305Bericht = {
  berichtcode: 'WMO305',
  header: {
    gemeentecode: '0363',
    aanbiederAgbCode: '65656055',
    berichtIdentificatie: { identificatie: '123456789013', dagtekening: '2025-04-05' },
    xsdVersie: XSD_VERSIE,
  },
  client: {
    bsn: '999900006',
    geboortedatum: { datum: '1967-08-13' },
    geslacht: '1',
    naam: { geslachtsnaam: { achternaam: 'Wit', voorvoegsel: 'de' }, voornamen: 'Tim', voorletters: 'T' },
  },
  startProducten: [
    {
      toewijzingNummer: 300201,
      product: { categorie: '01', code: '01A11' },
      toewijzingIngangsdatum: '2025-04-01',
      begindatum: '2025-04-03',
      statusAanlevering: '1',
    },
    {
      toewijzingNummer: 300202,
      product: { categorie: '01', code: '01A12' },
      toewijzingIngangsdatum: '2025-04-01',
      begindatum: '2025-04-04',
      statusAanlevering: '1',
    },
  ],
};

const VERWACHT_307: Wmo307Bericht = {
  berichtcode: 'WMO307',
  header: {
    gemeentecode: '0363',
    aanbiederAgbCode: '65656055',
    berichtIdentificatie: { identificatie: '123456789014', dagtekening: '2025-07-21' },
    xsdVersie: XSD_VERSIE,
  },
  client: {
    bsn: '999900006',
    geboortedatum: { datum: '1967-08-13' },
    geslacht: '1',
    naam: {
      geslachtsnaam: { achternaam: 'Vries', voorvoegsel: 'de' },
      voornamen: 'Peter R',
      voorletters: 'PR',
    },
  },
  stopProducten: [
    {
      toewijzingNummer: 300201,
      product: { categorie: '01', code: '01A11' },
      toewijzingIngangsdatum: '2025-04-01',
      begindatum: '2025-04-03',
      redenBeeindiging: '31',
      einddatum: '2025-07-18',
      statusAanlevering: '1',
    },
    {
      toewijzingNummer: 300202,
      product: { categorie: '01', code: '01A12' },
      toewijzingIngangsdatum: '2025-04-01',
      begindatum: '2025-04-15',
      redenBeeindiging: '31',
      einddatum: '2025-07-18',
      statusAanlevering: '1',
    },
  ],
};

const VERWACHT_315: Wmo315Bericht = {
  berichtcode: 'WMO315',
  header: {
    gemeentecode: '0384',
    aanbiederAgbCode: '42420001',
    berichtIdentificatie: { identificatie: '123456789012', dagtekening: '2023-07-15' },
    xsdVersie: XSD_VERSIE,
  },
  client: {
    bsn: '999900006',
    geboortedatum: { datum: '1972-07-16' },
    geslacht: '1',
    naam: { geslachtsnaam: { achternaam: 'Wit', voorvoegsel: 'de' }, voornamen: 'Tim', voorletters: 'T' },
    commentaar: 'Commentaar client',
  },
  aangevraagdeProducten: [
    {
      referentieAanbieder: '42420001',
      beschikkingNummer: 1234,
      product: { categorie: '01', code: 'ABCDE' },
      beschikkingIngangsdatum: '2023-06-01',
      toewijzingIngangsdatum: '2023-06-01',
      toewijzingEinddatum: '2023-06-30',
      omvang: { volume: 4, eenheid: '14', frequentie: '4' },
      verwijzer: { type: '04', naam: 'Verwijzer Naam' },
      raamcontract: true,
      commentaar: 'Commentaar Aangevraagd Product',
    },
    {
      referentieAanbieder: '42420002',
      beschikkingNummer: 1234,
      product: { categorie: '02', code: 'BCDEF' },
      beschikkingIngangsdatum: '2023-06-01',
      toewijzingIngangsdatum: '2023-06-01',
      toewijzingEinddatum: '2023-06-30',
      omvang: { volume: 4, eenheid: '14', frequentie: '4' },
      verwijzer: { type: '04', naam: 'Verwijzer Naam' },
      raamcontract: true,
      commentaar: 'Commentaat Aangevraagd Product 2',
    },
  ],
};

const VERWACHT_317: Wmo317Bericht = {
  berichtcode: 'WMO317',
  header: {
    gemeentecode: '0384',
    aanbiederAgbCode: '65656055',
    berichtIdentificatie: { identificatie: '987654321', dagtekening: '2023-04-02' },
    xsdVersie: XSD_VERSIE,
  },
  client: { bsn: '999900006' },
  verzoek: {
    referentieAanbieder: '9003',
    redenVerzoek: '1',
    ongewijzigdeProducten: [{ toewijzingNummer: 10071 }],
    teWijzigenProducten: [
      { toewijzingNummer: 10072, gewensteIngangsdatum: '2023-04-02', einddatum: '2023-12-31' },
    ],
    nieuweProducten: [
      {
        product: { categorie: '01', code: '01A12' },
        gewensteIngangsdatum: '2023-04-02',
        einddatum: '2023-12-31',
        omvang: { volume: 20, eenheid: '14', frequentie: '4' },
      },
    ],
  },
};

/** WMO317.xml with the NieuwProduct starting the day after the dagtekening (as TR380 demands). */
const WMO317_GECORRIGEERD = vervang(
  WMO317,
  /(<wmo317:NieuwProduct>[\s\S]*?<wmo317:GewensteIngangsdatum>)2023-04-02/,
  '$12023-04-03',
);

describe('officiële voorbeeldberichten', () => {
  it('WMO305: XSD-geldig, nul Fouten, en gelezen met de waarden uit het bestand', () => {
    expect(controleerInkomendBericht(WMO305)).toEqual({ berichtcode: 'WMO305', geldig: true, fouten: [] });
    expect(leesWmo305(WMO305)).toEqual(VERWACHT_305);
  });

  it('WMO307: XSD-geldig, nul Fouten, en gelezen met de waarden uit het bestand', () => {
    expect(controleerInkomendBericht(WMO307)).toEqual({ berichtcode: 'WMO307', geldig: true, fouten: [] });
    expect(leesWmo307(WMO307)).toEqual(VERWACHT_307);
  });

  it('WMO315: XSD-geldig, nul Fouten, en gelezen met de waarden uit het bestand', () => {
    expect(controleerInkomendBericht(WMO315)).toEqual({ berichtcode: 'WMO315', geldig: true, fouten: [] });
    expect(leesWmo315(WMO315)).toEqual(VERWACHT_315);
  });

  it('WMO317: XSD-geldig maar het voorbeeld zelf breekt TR380; gecorrigeerd nul Fouten', () => {
    // The official example has GewensteIngangsdatum = Dagtekening (2023-04-02) in its NieuwProduct;
    // TR380 asks for a date AFTER the dagtekening. The standard's own checker says so:
    const r = controleerInkomendBericht(WMO317);
    expect(r.berichtcode).toBe('WMO317');
    expect(r.geldig).toBe(false);
    expect(r.fouten).toEqual([
      {
        code: 'TR380',
        bron: 'regel',
        melding:
          'Vullen met een datum die groter is dan de dagtekening van het bericht. (/Bericht/Header/BerichtIdentificatie/Dagtekening, /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum)',
        locaties: [
          '/Bericht/Header/BerichtIdentificatie/Dagtekening',
          '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum',
        ],
      },
    ]);
    expect(leesWmo317(WMO317)).toEqual(VERWACHT_317);

    expect(controleerInkomendBericht(WMO317_GECORRIGEERD)).toEqual({
      berichtcode: 'WMO317',
      geldig: true,
      fouten: [],
    });
    const gelezen = leesWmo317(WMO317_GECORRIGEERD);
    expect(gelezen.verzoek.nieuweProducten[0]!.gewensteIngangsdatum).toBe('2023-04-03');
  });

  it('herkent de soort aan de BerichtCode en leest via leesInkomendBericht', () => {
    expect([WMO305, WMO307, WMO315, WMO317].map(herkenInkomendBericht)).toEqual([
      'WMO305',
      'WMO307',
      'WMO315',
      'WMO317',
    ]);
    expect(leesInkomendBericht(WMO315)).toEqual(VERWACHT_315);
  });

  it('ontvangInkomendBericht: eerst controleren, dan lezen — alleen een goedgekeurd bericht wordt gelezen', () => {
    expect(ontvangInkomendBericht(WMO305).bericht).toEqual(VERWACHT_305);
    const afgekeurd = ontvangInkomendBericht(WMO317);
    expect(afgekeurd.bericht).toBeUndefined();
    expect(codes(afgekeurd.controle)).toEqual(['regel:TR380']);
  });
});

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

describe('berichten van een onbekende of verkeerde soort worden duidelijk geweigerd', () => {
  const weigering = (xml: string) => {
    try {
      controleerInkomendBericht(xml, { uitvoerder: () => expect.fail('geen hulpprogramma aanroepen') });
    } catch (e) {
      expect(e).toBeInstanceOf(InkomendBerichtFout);
      return { code: (e as InkomendBerichtFout).code, melding: (e as Error).message };
    }
    throw new Error('niet geweigerd');
  };

  it('een WMO301 of WMO319 (van gemeente aan aanbieder) is geen inkomend bericht', () => {
    expect(weigering(voorbeeld('WMO301'))).toEqual({
      code: 'onbekende-berichtsoort',
      melding:
        'Onbekende of niet ondersteunde berichtsoort (BerichtCode 414 (WMO301)); verwacht WMO305 (418), WMO307 (420), WMO315 (444) of WMO317 (480). WMO301 is een bericht van de gemeente aan de aanbieder, geen bericht van een aanbieder.',
    });
    expect(weigering(voorbeeld('WMO319')).melding).toContain('BerichtCode 482 (WMO319)');
    expect(weigering(voorbeeld('WMO323')).melding).toContain('BerichtCode 484 (WMO323)');
  });

  it('een onbekende BerichtCode, een ander root-element of een andere standaard', () => {
    expect(
      weigering(vervang(WMO305, '<wmo305:BerichtCode>418', '<wmo305:BerichtCode>999')).melding,
    ).toContain('BerichtCode "999"');
    expect(weigering('<?xml version="1.0"?><factuur/>')).toEqual({
      code: 'onbekende-berichtsoort',
      melding:
        'Geen iWmo 3.2-bericht: het root-element is {}factuur; verwacht WMO305 (418), WMO307 (420), WMO315 (444) of WMO317 (480).',
    });
    const ijw = WMO305.replaceAll('iwmo/3_2/wmo305', 'ijw/3_2/jw305');
    expect(weigering(ijw).code).toBe('onbekende-berichtsoort');
    expect(() => leesInkomendBericht(ijw)).toThrow(InkomendBerichtFout);
  });

  it('geen XML, een DTD (XXE) of een andere tekencodering → onleesbaar, zonder dat een hulpprogramma het ziet', () => {
    expect(weigering('dit is geen xml').code).toBe('onleesbaar');
    const xxe = WMO305.replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE b [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    );
    expect(weigering(xxe)).toEqual({
      code: 'onleesbaar',
      melding:
        'Het bericht is geen leesbare XML: Een DOCTYPE (DTD) is niet toegestaan in een iWmo-bericht (regel 2, kolom 1)',
    });
    const latin1 = vervang(WMO305, 'encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(weigering(latin1).melding).toContain('Tekencodering ISO-8859-1 wordt niet ondersteund');
  });

  it('een leesfunctie voor de ene soort weigert een bericht van een andere soort', () => {
    expect(() => leesWmo305(WMO307)).toThrow(
      '/Bericht: geen WMO305-bericht: verwacht {http://www.istandaarden.nl/iwmo/3_2/wmo305/schema}Bericht',
    );
    expect(() => leesWmo317(WMO315)).toThrow(IwmoLeesFout);
  });
});

describe('de XML-lezer', () => {
  it('leest andere prefixen, een standaardnamespace, CRLF, BOM, commentaar, CDATA en verwijzingen zoals xmllint', () => {
    let xml = WMO305.replaceAll('wmo305:', '').replace(
      'xmlns:wmo305="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"',
      'xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"',
    );
    xml = xml.replaceAll('iwmo:', 'b:').replace('xmlns:iwmo=', 'xmlns:b=');
    xml = vervang(
      xml,
      '<b:Achternaam>Wit</b:Achternaam>',
      "<b:Achternaam><![CDATA[O'Neill & <Zn>]]> &amp; Co</b:Achternaam>",
    );
    xml = vervang(
      xml,
      '<b:Voornamen>Tim</b:Voornamen>',
      '<b:Voornamen>&#84;&#x69;m <!-- roepnaam --><?pi x?>Zoë</b:Voornamen>',
    );
    xml = vervang(
      xml,
      '<ToewijzingNummer>300201</ToewijzingNummer>',
      '<ToewijzingNummer>\n +0300201 </ToewijzingNummer>',
    );
    xml = vervang(xml, '<Begindatum>2025-04-03</Begindatum>', '<Begindatum> 2025-04-03\t</Begindatum>');
    xml = `\uFEFF${xml.replaceAll('\n', '\r\n')}<!-- einde -->\r\n`;

    expect(controleerInkomendBericht(xml)).toEqual({ berichtcode: 'WMO305', geldig: true, fouten: [] });
    const gelezen = leesWmo305(xml);
    expect(gelezen).toEqual({
      ...VERWACHT_305,
      client: {
        ...VERWACHT_305.client,
        naam: {
          geslachtsnaam: { achternaam: "O'Neill & <Zn> & Co", voorvoegsel: 'de' },
          voornamen: 'Tim Zoë',
          voorletters: 'T',
        },
      },
    });
    // The same values as a conforming parser (libxml2) reads them.
    expect(xpathTekst(xml, '//*[local-name()="Achternaam"]')).toBe(
      gelezen.client.naam.geslachtsnaam.achternaam,
    );
    expect(xpathTekst(xml, '//*[local-name()="Voornamen"]')).toBe(gelezen.client.naam.voornamen);
    // XSD collapses the whitespace of an xs:integer; the text itself is '\n +0300201 '.
    expect(xpathTekst(xml, '(//*[local-name()="ToewijzingNummer"])[1]')).toBe('\n +0300201 ');
  });

  it('normaliseert regeleinden zoals XML voorschrijft, maar &#13; blijft een CR', () => {
    const xml = vervang(
      WMO315,
      '<wmo315:Commentaar>Commentaar client</wmo315:Commentaar>',
      '<wmo315:Commentaar>regel 1\r\nregel 2\rregel 3&#13;&#10;regel 4</wmo315:Commentaar>',
    );
    const commentaar = leesWmo315(xml).client.commentaar;
    expect(commentaar).toBe('regel 1\nregel 2\nregel 3\r\nregel 4');
    expect(xpathTekst(xml, '/*/*[local-name()="Client"]/*[local-name()="Commentaar"]')).toBe(commentaar);
    expect(controleerInkomendBericht(xml).geldig).toBe(true);
  });

  it.each([
    ['niet afgesloten element', '<a><b></a>', true],
    ['verkeerde eindtag', '<a></b>', true],
    ['niet gedeclareerd prefix (libxml2 waarschuwt alleen)', '<x:a/>', false],
    ['onbekende entiteit', '<a>&nbsp;</a>', true],
    ['losse ampersand', '<a>Jansen & Zn</a>', true],
    ['tekenverwijzing naar NUL', '<a>&#0;</a>', true],
    ['verboden teken', '<a>\u0007</a>', true],
    ['-- in commentaar', '<a><!-- a -- b --></a>', true],
    [']]> in tekst', '<a>x ]]> y</a>', true],
    ['attribuut twee keer', '<a b="1" b="2"/>', true],
    ['tekst na het root-element', '<a/>x', true],
    ['twee root-elementen', '<a/><b/>', true],
    ['XML-declaratie niet aan het begin', ' <?xml version="1.0"?><a/>', true],
    ['XML 1.1', '<?xml version="1.1"?><a/>', false],
    ['DOCTYPE', '<!DOCTYPE a><a/>', false],
    ['te diep genest', `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, false],
  ] as const)('weigert: %s', (_naam, xml, ookXmllint) => {
    // ookXmllint: libxml2 also finds it not well-formed.
    expect(() => leesXml(xml)).toThrow(XmlLeesFout);
    // Where libxml2 parses it anyway, refusing is our own stricter policy (module comment).
    if (ookXmllint) expect(() => xpathTekst(xml, '/*')).toThrow(/xmllint --xpath faalde/);
    else expect(() => xpathTekst(xml, '/*')).not.toThrow();
  });

  it('geeft regel en kolom van de fout', () => {
    try {
      leesXml('<a>\n  <b>\n</a>');
      expect.fail('geen fout');
    } catch (e) {
      expect(e).toBeInstanceOf(XmlLeesFout);
      expect(e).toMatchObject({ regel: 3, kolom: 1 });
      expect((e as Error).message).toBe('Eindtag </a> hoort niet bij <b> (regel 3, kolom 1)');
    }
  });

  it('de lezers controleren de structuur ook zonder XSD: onbekend element, attribuut, tekst, volgorde', () => {
    const onbekend = vervang(
      WMO305,
      '<wmo305:Geslacht>1</wmo305:Geslacht>',
      '<wmo305:Geslacht>1</wmo305:Geslacht><wmo305:Extra/>',
    );
    expect(() => leesWmo305(onbekend)).toThrow(
      '/Bericht/Client/Extra: element {http://www.istandaarden.nl/iwmo/3_2/wmo305/schema}Extra hoort hier niet',
    );
    const attribuut = vervang(WMO305, '<wmo305:Bsn>', '<wmo305:Bsn soort="test">');
    expect(() => leesWmo305(attribuut)).toThrow(
      '/Bericht/Client/Bsn: attribuut soort hoort niet in een iWmo-bericht',
    );
    const tekst = vervang(WMO305, '<wmo305:StartProducten>', '<wmo305:StartProducten>los');
    expect(() => leesWmo305(tekst)).toThrow(
      '/Bericht/Client/StartProducten: bevat tekst waar alleen elementen horen',
    );
    const volgorde = vervang(
      WMO305,
      /(<wmo305:Geslacht>1<\/wmo305:Geslacht>)(\s*)(<wmo305:Naam>[\s\S]*?<\/wmo305:Naam>)/,
      '$3$2$1',
    );
    expect(() => leesWmo305(volgorde)).toThrow(IwmoLeesFout);
    expect(controleerInkomendBericht(volgorde).geldig).toBe(false);
    // xsi:schemaLocation is a hint the XSD allows; the reader accepts it.
    const hint = vervang(
      WMO305,
      '<wmo305:Bericht ',
      '<wmo305:Bericht xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x WMO305.xsd" ',
    );
    expect(leesWmo305(hint)).toEqual(VERWACHT_305);
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
    const r = controleerInkomendBericht(WMO305, { uitvoerder, standaardMap: '/standaard' });
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
