import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type RegelcheckResultaat,
  regelcheck,
  regelcheckBatch,
  WMO301_VOORBEELD,
  type XsdResultaat,
  xmllintValideer,
  xmllintValideerBatch,
  xpathTekst,
} from '../../../tests/support/iwmo.ts';
import { maakTestBsnGenerator } from '../bsn/bsn.ts';
import { mulberry32 } from '../bsn/prng.ts';
import { plusDagen } from '../termijnen/datum.ts';
import { PRODUCTCATEGORIEEN } from './codelijsten.ts';
import { genereerWmo301Input } from './genereer.ts';
import { bouwWmo301 } from './wmo301.ts';
import { groepeerToewijzingen, type ToewijzingVoorGroepering } from './wmo301-regels.ts';
import type { Wmo301Input, Wmo301Toewijzing } from './wmo301-typen.ts';
import { valideerWmo301Input, Wmo301ValidatieFout } from './wmo301-validatie.ts';
import { serialiseerWmo301 } from './wmo301-xml.ts';
import { XmlTekenFout } from './xml.ts';

/** A small valid message: HbH per week with an end date, and a budget for begeleiding. */
function basis(): Wmo301Input {
  return {
    header: {
      gemeentecode: '0150',
      aanbiederAgbCode: '12345678',
      berichtIdentificatie: { identificatie: 'TEST-0001', dagtekening: '2025-03-14' },
    },
    client: {
      bsn: '999993653',
      geboortedatum: { datum: '1950-06-15' },
      geslacht: '2',
      naam: {
        geslachtsnaam: { achternaam: 'Jansen', voorvoegsel: 'van' },
        voornamen: 'Maria',
        voorletters: 'M',
        naamgebruik: '1',
      },
      contactgegevens: [
        {
          soort: '01',
          adres: {
            huis: { huisnummer: 12 },
            postcode: '7411AB',
            straatnaam: 'Brink',
            plaatsnaam: 'Deventer',
            landCode: 'NL',
          },
        },
      ],
    },
    toewijzingen: [
      {
        toewijzingNummer: 1001,
        product: { categorie: '01', code: '01A01' },
        toewijzingsdatum: '2025-03-14',
        toewijzingstijd: '10:15:00',
        ingangsdatum: '2025-04-01',
        einddatum: '2026-03-31',
        omvang: { volume: 3, eenheid: '04', frequentie: '2' },
      },
      {
        toewijzingNummer: 1002,
        product: { categorie: '02' },
        toewijzingsdatum: '2025-03-14',
        toewijzingstijd: '10:16:00',
        ingangsdatum: '2025-04-01',
        einddatum: '2025-12-31',
        budget: 150_000,
      },
    ],
  };
}

function beschrijf(xsd: XsdResultaat, regels: RegelcheckResultaat): string {
  return [
    ...xsd.fouten.map((f) => `XSD: ${f}`),
    ...regels.fouten.map((f) => `${f.code} ${f.locaties.join(' ')} ${f.details ?? ''}`),
  ].join('\n');
}

describe('controle-instrumenten (xmllint, xsltproc)', () => {
  it('het officiële voorbeeldbericht WMO301.xml is XSD-geldig en heeft nul Fouten', () => {
    const xml = readFileSync(WMO301_VOORBEELD, 'utf8');
    const xsd = xmllintValideer(xml);
    const regels = regelcheck(xml);
    expect(xsd.fouten).toEqual([]);
    expect(xsd.geldig).toBe(true);
    expect(regels.rapport).toContain('Rapport');
    expect(regels.fouten).toEqual([]);
  });

  it('de instrumenten kunnen falen: einddatum vóór ingangsdatum in het voorbeeld geeft een CS003-Fout', () => {
    const xml = readFileSync(WMO301_VOORBEELD, 'utf8').replace(
      '<wmo301:Einddatum>2023-12-31</wmo301:Einddatum>',
      '<wmo301:Einddatum>2022-12-31</wmo301:Einddatum>',
    );
    expect(xmllintValideer(xml).geldig).toBe(true);
    const regels = regelcheck(xml);
    expect(regels.fouten.map((f) => f.code)).toContain('CS003');
    const cs003 = regels.fouten.find((f) => f.code === 'CS003')!;
    expect(cs003.locaties.join(' ')).toContain('ToegewezenProduct/Einddatum');
    expect(cs003.details).toMatch(/groter is dan, of gelijk is aan/);
  });

  it('de instrumenten kunnen falen: een onbekende productcategorie is XSD-ongeldig', () => {
    const xml = readFileSync(WMO301_VOORBEELD, 'utf8').replace(
      '<iwmo:Categorie>01</iwmo:Categorie>',
      '<iwmo:Categorie>19</iwmo:Categorie>',
    );
    const xsd = xmllintValideer(xml);
    expect(xsd.geldig).toBe(false);
    expect(xsd.fouten.join('\n')).toMatch(/Categorie/);
  });
});

describe('bouwWmo301', () => {
  it('maakt uit de gegevens van het voorbeeldbericht precies dat bericht (volgorde, namespaces)', () => {
    const input: Wmo301Input = {
      header: {
        gemeentecode: '0384',
        aanbiederAgbCode: '42420001',
        berichtIdentificatie: { identificatie: '123456789012', dagtekening: '2023-08-13' },
      },
      client: {
        bsn: '999900006',
        geboortedatum: { datum: '1967-08-13' },
        geslacht: '1',
        naam: {
          geslachtsnaam: { achternaam: 'Wit', voorvoegsel: 'de' },
          partnernaam: { achternaam: 'Jansen', voorvoegsel: 'van' },
          voornamen: 'Tim',
          voorletters: 'T',
          naamgebruik: '4',
        },
        communicatie: { vorm: '1', taal: 'Deens' },
        juridischeStatus: '02',
        wettelijkeVertegenwoordiging: '06',
        commentaar: 'Client commentaar',
        relaties: [
          {
            nummer: '1',
            volgorde: 1,
            soort: '03',
            geboortedatum: { datum: '1967-01-13' },
            geslacht: '0',
            naam: {
              geslachtsnaam: { achternaam: 'Jansen', voorvoegsel: 'van' },
              partnernaam: { achternaam: 'Vries', voorvoegsel: 'de' },
              voornamen: 'Jan',
              voorletters: 'J',
              naamgebruik: '1',
            },
            contact: {
              soort: '01',
              adres: {
                huis: {
                  huisnummer: 10,
                  huisletter: 'A',
                  huisnummerToevoeging: 'BEL',
                  aanduidingWoonadres: 'AB',
                },
                postcode: '9999XX',
                straatnaam: 'straat',
                plaatsnaam: 'plaats',
                landCode: 'AD',
              },
              organisatie: 'THuis',
              telefoon: {
                telefoon01: { telefoonnummer: '0101234567', landnummer: '0031' },
                telefoon02: { telefoonnummer: '0201234567', landnummer: '0031' },
              },
              emailadres: 'a@b.com',
            },
          },
          {
            nummer: '2',
            volgorde: 2,
            soort: '03',
            geboortedatum: { datum: '1967-08-13' },
            geslacht: '2',
            naam: {
              geslachtsnaam: { achternaam: 'Mentor', voorvoegsel: 'de' },
              partnernaam: { achternaam: 'Dijkhof', voorvoegsel: 'van' },
              voornamen: 'Meindert',
              voorletters: 'A',
              naamgebruik: '1',
            },
            contact: {
              soort: '01',
              adres: {
                huis: {
                  huisnummer: 20,
                  huisletter: 'B',
                  huisnummerToevoeging: 'BAL',
                  aanduidingWoonadres: 'AB',
                },
                postcode: '9999XX',
                straatnaam: 'Straatweg',
                plaatsnaam: 'plaats',
                landCode: 'AD',
              },
              organisatie: 'THuis',
              telefoon: {
                telefoon01: { telefoonnummer: '0301234567', landnummer: '0031' },
                telefoon02: { telefoonnummer: '0401234567', landnummer: '0031' },
              },
              emailadres: 'C@f.com',
            },
          },
        ],
        contactgegevens: [
          {
            soort: '01',
            adres: {
              huis: {
                huisnummer: 100,
                huisletter: 'C',
                huisnummerToevoeging: 'BAL',
                aanduidingWoonadres: 'AB',
              },
              postcode: '9999XX',
              straatnaam: 'Straatweg',
              plaatsnaam: 'Plaats',
              landCode: 'AD',
            },
            organisatie: 'THuis',
            emailadres: '1@er.com',
          },
        ],
      },
      toewijzingen: [
        {
          toewijzingNummer: 101,
          referentieAanbieder: '42420002',
          product: { categorie: '01', code: '01A01' },
          toewijzingsdatum: '2023-08-13',
          toewijzingstijd: '12:34:56',
          ingangsdatum: '2023-01-01',
          einddatum: '2023-12-31',
          omvang: { volume: 10, eenheid: '01', frequentie: '1' },
          commentaar: 'Toegewezen product 1 Commentaar ',
        },
      ],
    };
    const zonderOpmaak = (xml: string) => xml.replace(/>\s+</g, '><').replace(/\s+>/g, '>').trim();
    const xml = bouwWmo301(input);
    expect(zonderOpmaak(xml)).toBe(zonderOpmaak(readFileSync(WMO301_VOORBEELD, 'utf8')));
  });

  it('begint met de XML-declaratie, zonder BOM, en is geldig', () => {
    const xml = bouwWmo301(basis());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<wmo301:Bericht ')).toBe(true);
    expect(xml.charCodeAt(0)).not.toBe(0xfeff);
    const xsd = xmllintValideer(xml);
    const regels = regelcheck(xml);
    expect(beschrijf(xsd, regels)).toBe('');
  });

  it('weigert ongeldige invoer met alle fouten in het Nederlands', () => {
    const input = basis();
    input.client.bsn = '123456789';
    input.toewijzingen[0]!.einddatum = '2025-01-01';
    expect(() => bouwWmo301(input)).toThrow(Wmo301ValidatieFout);
    try {
      bouwWmo301(input);
    } catch (e) {
      const fout = e as Wmo301ValidatieFout;
      expect(fout.fouten.map((f) => f.regel)).toEqual(['CS002', 'CS003']);
      expect(fout.message).toContain('Einddatum (2025-01-01) ligt vóór de ingangsdatum (2025-04-01)');
      expect(fout.message).toContain('elfproef');
    }
  });

  it('controleert TR056 tegen eerder gebruikte identificaties', () => {
    const fouten = valideerWmo301Input(basis(), { gebruikteBerichtIdentificaties: new Set(['TEST-0001']) });
    expect(fouten.map((f) => f.regel)).toEqual(['TR056']);
  });
});

type Controle = 'xsd' | { fout: string } | 'geen';
interface Mutatie {
  naam: string;
  regel: string;
  controle: Controle;
  muteer: (i: Wmo301Input) => void;
}

const t0 = (i: Wmo301Input) => i.toewijzingen[0]!;
const t1 = (i: Wmo301Input) => i.toewijzingen[1]!;
const adres0 = (i: Wmo301Input) => i.client.contactgegevens[0]!.adres!;

const MUTATIES: Mutatie[] = [
  {
    naam: 'einddatum vóór ingangsdatum',
    regel: 'CS003',
    controle: { fout: 'CS003' },
    muteer: (i) => {
      t0(i).einddatum = '2025-03-01';
    },
  },
  {
    naam: 'BSN met foute elfproef',
    regel: 'CS002',
    controle: { fout: 'CS002' },
    muteer: (i) => {
      i.client.bsn = '999993654';
    },
  },
  {
    naam: 'BSN 000000000',
    regel: 'CS002',
    controle: 'geen',
    muteer: (i) => {
      i.client.bsn = '000000000';
    },
  },
  {
    naam: 'onbekende productcategorie',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      t1(i).product = { categorie: '19' as never };
    },
  },
  {
    naam: 'budget zonder einddatum',
    regel: 'CD075',
    controle: { fout: 'CD075' },
    muteer: (i) => {
      delete t1(i).einddatum;
    },
  },
  {
    naam: 'budget én omvang',
    regel: 'CD077',
    controle: { fout: 'CD077' },
    muteer: (i) => {
      t1(i).omvang = { volume: 1, eenheid: '04', frequentie: '4' };
    },
  },
  {
    naam: 'productcode zonder omvang',
    regel: 'CD041',
    controle: { fout: 'CD041' },
    muteer: (i) => {
      delete t0(i).omvang;
    },
  },
  {
    naam: 'omvang zonder productcode',
    regel: 'CD080',
    controle: { fout: 'CD080' },
    muteer: (i) => {
      delete t0(i).product!.code;
    },
  },
  {
    naam: 'per week zonder einddatum',
    regel: 'CD076',
    controle: { fout: 'CD076' },
    muteer: (i) => {
      delete t0(i).einddatum;
    },
  },
  {
    naam: 'etmaal per dag',
    regel: 'CS338',
    controle: { fout: 'CS338' },
    muteer: (i) => {
      t0(i).omvang = { volume: 1, eenheid: '14', frequentie: '1' };
    },
  },
  {
    naam: 'reden wijziging 01',
    regel: 'CS336',
    controle: { fout: 'CS336' },
    muteer: (i) => {
      t0(i).redenWijziging = '01';
    },
  },
  {
    naam: 'reden wijziging 13 met einddatum na ingangsdatum',
    regel: 'CS335',
    controle: { fout: 'CS335' },
    muteer: (i) => {
      t0(i).redenWijziging = '13';
    },
  },
  {
    naam: 'dubbel toewijzingnummer',
    regel: 'TR101',
    controle: { fout: 'TR101' },
    muteer: (i) => {
      t1(i).toewijzingNummer = t0(i).toewijzingNummer;
    },
  },
  {
    naam: 'hetzelfde product met overlappende periodes',
    regel: 'TR302',
    controle: { fout: 'TR302' },
    muteer: (i) =>
      void i.toewijzingen.push({
        ...t0(i),
        toewijzingNummer: 1003,
        ingangsdatum: '2025-06-01',
        einddatum: '2025-06-30',
      }),
  },
  {
    naam: 'toewijzingsdatum na dagtekening',
    regel: 'TR134',
    controle: { fout: 'TR134' },
    muteer: (i) => {
      t0(i).toewijzingsdatum = '2025-03-15';
    },
  },
  {
    naam: 'geboortedatum na dagtekening',
    regel: 'TR134',
    controle: { fout: 'TR134' },
    muteer: (i) => {
      i.client.geboortedatum = { datum: '2025-03-15' };
    },
  },
  {
    naam: 'geboortedatum meer dan 120 jaar geleden',
    regel: 'TR002',
    controle: { fout: 'TR002' },
    muteer: (i) => {
      i.client.geboortedatum = { datum: '1905-03-13' };
    },
  },
  {
    naam: 'datumgebruik 2 met een dag',
    regel: 'CS139',
    controle: { fout: 'CS139' },
    muteer: (i) => {
      i.client.geboortedatum.datumGebruik = '2';
    },
  },
  {
    naam: 'naamgebruik 2 zonder partnernaam',
    regel: 'CS050',
    controle: { fout: 'CS050' },
    muteer: (i) => {
      i.client.naam.naamgebruik = '2';
    },
  },
  {
    naam: 'contact zonder telefoon en zonder huis en postcode',
    regel: 'TR006',
    controle: { fout: 'TR006' },
    muteer: (i) =>
      void i.client.contactgegevens.push({
        soort: '02',
        adres: { straatnaam: 'Brink', plaatsnaam: 'Deventer' },
      }),
  },
  {
    naam: 'alleen een tijdelijk verblijfadres',
    regel: 'TR061',
    controle: { fout: 'TR061' },
    muteer: (i) => {
      i.client.contactgegevens = [
        {
          soort: '04',
          telefoon: { telefoon01: { telefoonnummer: '0570123456', landnummer: '0031' } },
          periode: { begindatum: '2025-01-01' },
        },
      ];
    },
  },
  {
    naam: 'Nederlandse postcode met spatie',
    regel: 'CS089',
    controle: { fout: 'CS089' },
    muteer: (i) => {
      adres0(i).postcode = '7411 AB';
    },
  },
  {
    naam: 'postcode zonder landcode',
    regel: 'CD005',
    controle: { fout: 'CD005' },
    muteer: (i) => {
      delete adres0(i).landCode;
    },
  },
  {
    naam: 'Nederlands adres zonder huisnummer',
    regel: 'CD025',
    controle: { fout: 'CD025' },
    muteer: (i) => {
      delete adres0(i).huis;
    },
  },
  {
    naam: 'BRP-adres zonder postcode',
    regel: 'CD034',
    controle: { fout: 'CD034' },
    muteer: (i) => {
      const c = i.client.contactgegevens[0]!;
      c.adres = { huis: { huisnummer: 1 }, straatnaam: 'Brink' };
      c.telefoon = { telefoon01: { telefoonnummer: '0570123456', landnummer: '0031' } };
    },
  },
  {
    naam: 'periode bij een BRP-adres',
    regel: 'CD009',
    controle: { fout: 'CD009' },
    muteer: (i) => {
      i.client.contactgegevens[0]!.periode = { begindatum: '2025-01-01' };
    },
  },
  {
    naam: 'periode met einddatum vóór begindatum',
    regel: 'CS003',
    controle: { fout: 'CS003' },
    muteer: (i) =>
      void i.client.contactgegevens.push({
        soort: '04',
        telefoon: { telefoon01: { telefoonnummer: '0570123456', landnummer: '0031' } },
        periode: { begindatum: '2025-02-01', einddatum: '2025-01-31' },
      }),
  },
  {
    naam: 'tolk zonder taal',
    regel: 'CD007',
    controle: { fout: 'CD007' },
    muteer: (i) => {
      i.client.communicatie = { vorm: '1' };
    },
  },
  {
    naam: 'geen product en geen budget',
    regel: 'CD079',
    controle: { fout: 'CD079' },
    muteer: (i) =>
      void i.toewijzingen.push({
        toewijzingNummer: 1004,
        toewijzingsdatum: '2025-03-14',
        toewijzingstijd: '10:17:00',
        ingangsdatum: '2025-04-01',
      }),
  },
  {
    naam: 'dubbele soort adres',
    regel: 'TR101',
    controle: { fout: 'TR101' },
    muteer: (i) => void i.client.contactgegevens.push(structuredClone(i.client.contactgegevens[0]!)),
  },
  {
    naam: 'dubbel relatienummer',
    regel: 'TR101',
    controle: { fout: 'TR101' },
    muteer: (i) => {
      const relatie = {
        nummer: '1',
        soort: '10' as const,
        naam: { geslachtsnaam: { achternaam: 'Jansen' }, naamgebruik: '1' as const },
        contact: {
          soort: '02' as const,
          telefoon: { telefoon01: { telefoonnummer: '0570123456', landnummer: '0031' } },
        },
      };
      i.client.relaties = [relatie, structuredClone(relatie)];
    },
  },
  {
    naam: 'voorletters met punten',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.client.naam.voorletters = 'M.';
    },
  },
  {
    naam: 'identificatie van 13 tekens',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.header.berichtIdentificatie.identificatie = '1234567890123';
    },
  },
  {
    naam: 'gemeentecode van 3 cijfers',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.header.gemeentecode = '150';
    },
  },
  {
    naam: 'gemeentecode die niet bestaat',
    regel: 'TR378',
    controle: 'geen',
    muteer: (i) => {
      i.header.gemeentecode = '9999';
    },
  },
  {
    naam: 'AGB-code van 7 cijfers',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.header.aanbiederAgbCode = '1234567';
    },
  },
  {
    naam: 'tijd 25:00:00',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      t0(i).toewijzingstijd = '25:00:00';
    },
  },
  {
    naam: 'datum 2025-02-30',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      t0(i).ingangsdatum = '2025-02-30';
    },
  },
  {
    naam: 'achternaam alleen spaties',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.client.naam.geslachtsnaam.achternaam = '   ';
    },
  },
  {
    naam: 'achternaam met regelovergang',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.client.naam.geslachtsnaam.achternaam = 'Jan\nsen';
    },
  },
  {
    naam: 'straatnaam van 29 tekens',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      adres0(i).straatnaam = 'Burgemeester van Roijensingel';
    },
  },
  {
    naam: 'negatief volume',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      t0(i).omvang!.volume = -1;
    },
  },
  {
    naam: 'productcode van 6 tekens',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      t0(i).product!.code = '01A001';
    },
  },
  {
    naam: 'onbekende eenheid',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      t0(i).omvang!.eenheid = '02' as never;
    },
  },
  {
    naam: 'telefoonnummer met streepje',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.client.contactgegevens[0]!.telefoon = {
        telefoon01: { telefoonnummer: '0570-123456', landnummer: '0031' },
      };
    },
  },
  {
    naam: 'commentaar van 1001 tekens',
    regel: 'eigen grens',
    controle: 'geen',
    muteer: (i) => {
      i.client.commentaar = 'x'.repeat(1001);
    },
  },
];

describe('valideerWmo301Input en de officiële controles zijn het eens over foute invoer', () => {
  it('de basisinvoer is geldig', () => {
    expect(valideerWmo301Input(basis())).toEqual([]);
  });

  const berichten = MUTATIES.map((m) => {
    const input = basis();
    m.muteer(input);
    return { m, input, xml: serialiseerWmo301(input) };
  });
  let resultaten: Array<{ xsd: XsdResultaat; regels: RegelcheckResultaat }> | undefined;
  const controles = () => {
    if (!resultaten) {
      const xsd = xmllintValideerBatch(berichten.map((b) => b.xml));
      const regels = regelcheckBatch(berichten.map((b) => b.xml));
      resultaten = xsd.map((x, i) => ({ xsd: x, regels: regels[i]! }));
    }
    return resultaten;
  };

  it.each(berichten.map((b, i) => [b.m.naam, b.m.regel, i] as const))('%s → %s', (_naam, regel, i) => {
    const { m, input } = berichten[i]!;
    const fouten = valideerWmo301Input(input);
    expect(fouten.map((f) => f.regel)).toContain(regel);
    for (const f of fouten) expect(f.melding).toMatch(/\S/);
    expect(() => bouwWmo301(input)).toThrow(Wmo301ValidatieFout);

    const { xsd, regels } = controles()[i]!;
    if (m.controle === 'xsd') {
      expect(xsd.geldig).toBe(false);
    } else if (m.controle === 'geen') {
      // Our check is stricter than the standard's tools here (documented in wmo301.ts).
      expect(beschrijf(xsd, regels)).toBe('');
    } else {
      expect(xsd.fouten).toEqual([]);
      expect(regels.fouten.map((f) => f.code)).toContain(m.controle.fout);
    }
  });
});

describe('eigenschap: gegenereerde geldige invoer geeft XSD-geldige berichten zonder Fouten', () => {
  const AANTAL = 300;
  it(`${AANTAL} willekeurige berichten (seed 20250314)`, () => {
    const rng = mulberry32(20250314);
    const bsn = maakTestBsnGenerator(rng);
    const inputs = Array.from({ length: AANTAL }, (_, volgnummer) =>
      genereerWmo301Input(rng, { bsn, volgnummer }),
    );

    // The generator only makes input that our own validation accepts…
    const afgewezen = inputs
      .map((input, i) => ({ i, fouten: valideerWmo301Input(input) }))
      .filter((r) => r.fouten.length > 0);
    expect(afgewezen.slice(0, 3)).toEqual([]);

    // …and every message built from it passes the XSD and the rule checker.
    const xmls = inputs.map((input) => bouwWmo301(input));
    const xsd = xmllintValideerBatch(xmls);
    const regels = regelcheckBatch(xmls);
    const mislukt = xmls
      .map((_, i) => ({ i, fouten: beschrijf(xsd[i]!, regels[i]!) }))
      .filter((r) => r.fouten !== '' || !xsd[r.i]!.geldig);
    expect(mislukt.slice(0, 3).map((r) => `#${r.i}\n${r.fouten}\n${xmls[r.i]}`)).toEqual([]);

    // The generated set covers the interesting corners.
    const toewijzingen = inputs.flatMap((i) => i.toewijzingen);
    const categorieen = new Set(toewijzingen.map((t) => t.product?.categorie));
    expect([...categorieen].filter(Boolean).sort()).toEqual(Object.keys(PRODUCTCATEGORIEEN).sort());
    expect(new Set(toewijzingen.map((t) => t.omvang?.eenheid).filter(Boolean)).size).toBe(7);
    expect(new Set(toewijzingen.map((t) => t.omvang?.frequentie).filter(Boolean)).size).toBe(4);
    expect(toewijzingen.some((t) => t.budget !== undefined && !t.product)).toBe(true);
    expect(toewijzingen.some((t) => t.redenWijziging === '13')).toBe(true);
    expect(inputs.some((i) => i.toewijzingen.length >= 5)).toBe(true);
    expect(inputs.some((i) => i.client.relaties?.length)).toBe(true);
    expect(inputs.some((i) => i.client.geboortedatum.datumGebruik === '3')).toBe(true);
    expect(inputs.some((i) => i.client.naam.partnernaam && i.client.naam.naamgebruik === '4')).toBe(true);
    expect(xmls.some((x) => x.includes('&amp;') && x.includes('&lt;') && x.includes('&#13;'))).toBe(true);
  });
});

/**
 * Random perturbations of valid input, chosen to hit the rules (dates, codes, combinations). Values stay
 * of the right type, so that the message can always be written.
 */
function verstoor(rng: () => number, input: Wmo301Input): string {
  const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(rng() * lijst.length)]!;
  const dag = input.header.berichtIdentificatie.dagtekening;
  const t = kies(input.toewijzingen);
  const contact = kies(input.client.contactgegevens);
  const verstoringen: Array<[string, () => void]> = [
    [
      'einddatum',
      () => {
        t.einddatum = plusDagen(t.ingangsdatum, Math.floor(rng() * 61) - 30);
      },
    ],
    [
      'geen einddatum',
      () => {
        delete t.einddatum;
      },
    ],
    [
      'frequentie',
      () => {
        if (t.omvang) t.omvang.frequentie = kies(['1', '2', '4', '6'] as const);
      },
    ],
    [
      'eenheid',
      () => {
        if (t.omvang) t.omvang.eenheid = kies(['01', '04', '14', '16', '82', '83', '84'] as const);
      },
    ],
    [
      'geen omvang',
      () => {
        delete t.omvang;
      },
    ],
    [
      'geen productcode',
      () => {
        delete t.product?.code;
      },
    ],
    [
      'geen product',
      () => {
        delete t.product;
      },
    ],
    [
      'budget',
      () => {
        t.budget = 1000;
      },
    ],
    [
      'geen budget',
      () => {
        delete t.budget;
      },
    ],
    [
      'omvang',
      () => {
        t.omvang = {
          volume: 1,
          eenheid: kies(['04', '14'] as const),
          frequentie: kies(['1', '2'] as const),
        };
      },
    ],
    [
      'productcode',
      () => {
        t.product = { categorie: t.product?.categorie ?? '02', code: 'X1234' };
      },
    ],
    [
      'reden wijziging',
      () => {
        t.redenWijziging = kies(['01', '02', '05', '12', '13', '14'] as const);
        if (t.redenWijziging === '13') t.einddatum = kies([t.ingangsdatum, plusDagen(t.ingangsdatum, 1)]);
      },
    ],
    [
      'naamgebruik',
      () => {
        input.client.naam.naamgebruik = kies(['1', '2', '3', '4', '5', '6'] as const);
      },
    ],
    [
      'partnernaam weg',
      () => {
        delete input.client.naam.partnernaam;
      },
    ],
    [
      'datumgebruik',
      () => {
        input.client.geboortedatum = {
          datum: input.client.geboortedatum.datum,
          datumGebruik: kies(['1', '2', '3'] as const),
        };
      },
    ],
    [
      'toewijzingsdatum',
      () => {
        t.toewijzingsdatum = plusDagen(dag, Math.floor(rng() * 5) - 2);
      },
    ],
    [
      'geboortedatum rond 120 jaar',
      () => {
        input.client.geboortedatum = {
          datum: plusDagen(dag, -(120 * 365 + 29 + Math.floor(rng() * 61) - 30)),
        };
      },
    ],
    [
      'geboortedatum rond dagtekening',
      () => {
        input.client.geboortedatum = { datum: plusDagen(dag, Math.floor(rng() * 3) - 1) };
      },
    ],
    [
      'geen telefoon',
      () => {
        delete contact.telefoon;
      },
    ],
    [
      'geen huis',
      () => {
        delete contact.adres?.huis;
      },
    ],
    [
      'geen postcode',
      () => {
        delete contact.adres?.postcode;
      },
    ],
    [
      'geen landcode',
      () => {
        delete contact.adres?.landCode;
      },
    ],
    [
      'landcode',
      () => {
        if (contact.adres) contact.adres.landCode = kies(['NL', 'BE']);
      },
    ],
    [
      'postcode',
      () => {
        if (contact.adres) contact.adres.postcode = kies(['1234 AB', '0123AB', '1234ab', '12345']);
      },
    ],
    [
      'soort adres',
      () => {
        contact.soort = kies(['01', '02', '03', '04'] as const);
      },
    ],
    [
      'periode',
      () => {
        contact.periode = { begindatum: dag, einddatum: plusDagen(dag, Math.floor(rng() * 3) - 1) };
      },
    ],
    [
      'communicatie',
      () => {
        input.client.communicatie =
          rng() < 0.5
            ? { vorm: kies(['1', '2', '3'] as const) }
            : { vorm: kies(['1', '2'] as const), taal: 'Pools' };
      },
    ],
    ['dubbel nummer', () => void input.toewijzingen.push({ ...t })],
    [
      'zelfde product erbij',
      () =>
        void input.toewijzingen.push({
          ...structuredClone(t),
          toewijzingNummer: 999_999_999,
          ingangsdatum: plusDagen(t.ingangsdatum, Math.floor(rng() * 61) - 30),
        }),
    ],
  ];
  const [naam, doe] = kies(verstoringen);
  doe();
  return naam;
}

describe('eigenschap: valideerWmo301Input is het eens met de officiële controles over verstoorde invoer', () => {
  const AANTAL = 500;
  it(`${AANTAL} verstoorde berichten: geen fouten gemeld ⇔ XSD-geldig en nul Fouten`, () => {
    const rng = mulberry32(301);
    const bsn = maakTestBsnGenerator(rng);
    const gevallen = Array.from({ length: AANTAL }, (_, volgnummer) => {
      const input = genereerWmo301Input(rng, { bsn, volgnummer });
      const verstoring = verstoor(rng, input);
      return { input, verstoring, fouten: valideerWmo301Input(input), xml: serialiseerWmo301(input) };
    });
    const xsd = xmllintValideerBatch(gevallen.map((g) => g.xml));
    const regels = regelcheckBatch(gevallen.map((g) => g.xml));
    const oneens = gevallen
      .map((g, i) => ({ ...g, i, officieel: beschrijf(xsd[i]!, regels[i]!) }))
      .filter((g) => (g.fouten.length === 0) !== (g.officieel === '' && xsd[g.i]!.geldig))
      .map((g) => `#${g.i} ${g.verstoring}\nwij: ${JSON.stringify(g.fouten)}\nofficieel: ${g.officieel}`);
    expect(oneens.slice(0, 5)).toEqual([]);
    // Both outcomes occur often enough for the comparison to mean something.
    const afgekeurd = gevallen.filter((g) => g.fouten.length > 0).length;
    expect(afgekeurd).toBeGreaterThan(AANTAL * 0.25);
    expect(afgekeurd).toBeLessThan(AANTAL * 0.85);
  });
});

describe('escaping', () => {
  it('schrijft & < > en aanhalingstekens als entiteiten en diakrieten (é, ë, ï) letterlijk; een parser leest ze terug', () => {
    const input = basis();
    input.client.naam = {
      geslachtsnaam: { achternaam: 'Brontë & <Zonen> "B.V."', voorvoegsel: "'t" },
      partnernaam: { achternaam: 'Éluard > Ïsselstein' },
      voornamen: 'Zoë Anaïs José',
      voorletters: 'ZAJ',
      naamgebruik: '3',
    };
    input.client.commentaar = 'Regel één\r\nregel twee\tmet tab & "quotes"';
    const xml = bouwWmo301(input);
    expect(xml).toContain('<iwmo:Achternaam>Brontë &amp; &lt;Zonen&gt; &quot;B.V.&quot;</iwmo:Achternaam>');
    expect(xml).toContain('<iwmo:Voorvoegsel>&apos;t</iwmo:Voorvoegsel>');
    expect(xml).toContain('<iwmo:Voornamen>Zoë Anaïs José</iwmo:Voornamen>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#13;)/);

    expect(xpathTekst(xml, '//*[local-name()="Geslachtsnaam"]/*[local-name()="Achternaam"]')).toBe(
      'Brontë & <Zonen> "B.V."',
    );
    expect(xpathTekst(xml, '//*[local-name()="Partnernaam"]/*[local-name()="Achternaam"]')).toBe(
      'Éluard > Ïsselstein',
    );
    expect(xpathTekst(xml, '/*/*[local-name()="Client"]/*[local-name()="Commentaar"]')).toBe(
      'Regel één\r\nregel twee\tmet tab & "quotes"',
    );
    const xsd = xmllintValideer(xml);
    const regels = regelcheck(xml);
    expect(beschrijf(xsd, regels)).toBe('');
    // UTF-8 on disk: ë is two bytes.
    expect(Buffer.from(xml, 'utf8').includes(Buffer.from([0xc3, 0xab]))).toBe(true);
  });

  it('normaliseert naar NFC: e + combinerend accent wordt é (anders faalt het Voorletters-patroon)', () => {
    const input = basis();
    input.client.naam.voornamen = 'E\u0301lodie';
    input.client.naam.voorletters = 'E\u0301';
    expect(valideerWmo301Input(input)).toEqual([]);
    const xml = bouwWmo301(input);
    expect(xml).toContain('<iwmo:Voorletters>\u00c9</iwmo:Voorletters>');
    expect(xmllintValideer(xml).geldig).toBe(true);
  });

  it('weigert tekens die XML niet kan bevatten', () => {
    const input = basis();
    input.client.naam.geslachtsnaam.achternaam = 'Jan\u0007sen';
    expect(valideerWmo301Input(input).map((f) => f.veld)).toEqual(['client.naam.geslachtsnaam.achternaam']);
    expect(() => serialiseerWmo301(input)).toThrow(XmlTekenFout);
  });

  it('weigert een getal met decimalen (de XSD vraagt een geheel getal)', () => {
    const input = basis();
    input.toewijzingen[0]!.omvang!.volume = 2.5;
    expect(valideerWmo301Input(input).map((f) => f.veld)).toEqual(['toewijzingen[0].omvang.volume']);
    expect(() => serialiseerWmo301(input)).toThrow(/gehele getallen/);
  });
});

describe('groepeerToewijzingen (OP087)', () => {
  const t = (nummer: number, ingangsdatum: string, einddatum?: string): Wmo301Toewijzing => ({
    toewijzingNummer: nummer,
    product: { categorie: '01', code: '01A01' },
    toewijzingsdatum: '2025-03-01',
    toewijzingstijd: '09:00:00',
    ingangsdatum,
    ...(einddatum ? { einddatum } : {}),
    omvang: { volume: 2, eenheid: '04', frequentie: '4' },
  });

  it('maakt één groep per cliënt en aanbieder met alle actuele toewijzingen', () => {
    const items: ToewijzingVoorGroepering[] = [
      { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(3, '2025-05-01') },
      { bsn: '999993653', aanbiederAgbCode: '22222222', toewijzing: t(4, '2025-01-01', '2025-12-31') },
      { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(1, '2024-01-01', '2024-12-31') }, // afgelopen
      {
        bsn: '999993653',
        aanbiederAgbCode: '11111111',
        toewijzing: t(2, '2025-01-01', '2025-04-30'),
        gewijzigd: true,
      },
      { bsn: '999990019', aanbiederAgbCode: '11111111', toewijzing: t(5, '2023-01-01', '2023-12-31') }, // alleen afgelopen
    ];
    const groepen = groepeerToewijzingen(items, '2025-03-14');
    expect(
      groepen.map((g) => ({
        bsn: g.bsn,
        aanbieder: g.aanbiederAgbCode,
        nummers: g.toewijzingen.map((x) => x.toewijzingNummer),
        wijziging: g.bevatWijziging,
      })),
    ).toEqual([
      { bsn: '999993653', aanbieder: '11111111', nummers: [2, 3], wijziging: true },
      { bsn: '999993653', aanbieder: '22222222', nummers: [4], wijziging: false },
    ]);
  });

  it('neemt een gewijzigde, al afgelopen of verwijderde toewijzing nog één keer mee', () => {
    const verwijderd = { ...t(7, '2025-02-01', '2025-02-01'), redenWijziging: '13' as const };
    const groepen = groepeerToewijzingen(
      [
        { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: verwijderd, gewijzigd: true },
        { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(8, '2025-02-01') },
      ],
      '2025-03-14',
    );
    expect(groepen[0]!.toewijzingen.map((x) => x.toewijzingNummer)).toEqual([7, 8]);
  });

  it('weigert een toewijzingnummer dat twee keer voorkomt (TR332)', () => {
    expect(() =>
      groepeerToewijzingen(
        [
          { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(1, '2025-01-01') },
          { bsn: '999990019', aanbiederAgbCode: '11111111', toewijzing: t(1, '2025-01-01') },
        ],
        '2025-03-14',
      ),
    ).toThrow(/TR332/);
  });

  it('levert groepen waarvan de berichten door de controles komen', () => {
    const rng = mulberry32(87);
    const bsn = maakTestBsnGenerator(rng);
    const items: ToewijzingVoorGroepering[] = [];
    const clienten = Array.from({ length: 4 }, (_, i) => genereerWmo301Input(rng, { bsn, volgnummer: i }));
    let nummer = 1;
    for (const c of clienten) {
      for (const [k, toewijzing] of c.toewijzingen.entries()) {
        items.push({
          bsn: c.client.bsn,
          aanbiederAgbCode: k % 2 === 0 ? '11111111' : '22222222',
          toewijzing: { ...toewijzing, toewijzingNummer: nummer++ },
          gewijzigd: true,
        });
      }
    }
    const groepen = groepeerToewijzingen(items, '2025-01-01');
    expect(groepen.length).toBeGreaterThan(clienten.length);
    const xmls = groepen.map((g, i) => {
      const client = clienten.find((c) => c.client.bsn === g.bsn)!;
      const dagtekening = client.header.berichtIdentificatie.dagtekening;
      return bouwWmo301({
        header: {
          gemeentecode: '0150',
          aanbiederAgbCode: g.aanbiederAgbCode,
          berichtIdentificatie: { identificatie: `G-${i}`, dagtekening },
        },
        client: client.client,
        toewijzingen: g.toewijzingen,
      });
    });
    const xsd = xmllintValideerBatch(xmls);
    const regels = regelcheckBatch(xmls);
    expect(xmls.map((_, i) => beschrijf(xsd[i]!, regels[i]!)).filter(Boolean)).toEqual([]);
  });
});
