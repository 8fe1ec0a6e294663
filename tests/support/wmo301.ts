/** Test input for the WMO301 builder and a readable account of what the official checks found. */
import type { Wmo301Input } from '../../src/domain/iwmo/wmo301-typen.ts';
import type { RegelcheckResultaat, XsdResultaat } from './iwmo.ts';

/** A small valid message: HbH per week with an end date, and a budget for begeleiding. */
export function basis(): Wmo301Input {
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

export function beschrijf(xsd: XsdResultaat, regels: RegelcheckResultaat): string {
  return [
    ...xsd.fouten.map((f) => `XSD: ${f}`),
    ...regels.fouten.map((f) => `${f.code} ${f.locaties.join(' ')} ${f.details ?? ''}`),
  ].join('\n');
}
