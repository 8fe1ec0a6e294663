/** The official example messages of the incoming kinds, what the readers must make of them, and helpers to break them. */
import { readFileSync } from 'node:fs';
import type { Controleresultaat } from '../../src/domain/iwmo/controlerapport.ts';
import type {
  Wmo305Bericht,
  Wmo307Bericht,
  Wmo315Bericht,
  Wmo317Bericht,
} from '../../src/domain/iwmo/inkomend-typen.ts';
import { iwmoVoorbeeldPad } from './iwmo.ts';

export const voorbeeld = (bericht: string) => readFileSync(iwmoVoorbeeldPad(bericht), 'utf8');
export const WMO305 = voorbeeld('WMO305');
export const WMO307 = voorbeeld('WMO307');
export const WMO315 = voorbeeld('WMO315');
export const WMO317 = voorbeeld('WMO317');

/** Replaces `van` by `naar` exactly once (so that a test never silently changes nothing). */
export function vervang(xml: string, van: string | RegExp, naar: string): string {
  const resultaat = xml.replace(van, naar);
  if (resultaat === xml) throw new Error(`Niets vervangen: ${van}`);
  return resultaat;
}

/** The codes and sources of a check result, for compact assertions. */
export const codes = (r: Controleresultaat) => r.fouten.map((f) => `${f.bron}:${f.code}`);

export const XSD_VERSIE = { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' };

export const VERWACHT_305: Wmo305Bericht = {
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

export const VERWACHT_307: Wmo307Bericht = {
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

export const VERWACHT_315: Wmo315Bericht = {
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

export const VERWACHT_317: Wmo317Bericht = {
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
export const WMO317_GECORRIGEERD = vervang(
  WMO317,
  /(<wmo317:NieuwProduct>[\s\S]*?<wmo317:GewensteIngangsdatum>)2023-04-02/,
  '$12023-04-03',
);
