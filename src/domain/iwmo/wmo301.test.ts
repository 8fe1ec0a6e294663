import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regelcheck, WMO301_VOORBEELD, xmllintValideer } from '../../../tests/support/iwmo.ts';
import { basis, beschrijf } from '../../../tests/support/wmo301.ts';
import { bouwWmo301 } from './wmo301.ts';
import type { Wmo301Input } from './wmo301-typen.ts';
import { valideerWmo301Input, Wmo301ValidatieFout } from './wmo301-validatie.ts';

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
