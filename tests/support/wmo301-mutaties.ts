import type { Wmo301Input } from '../../src/domain/iwmo/wmo301-typen.ts';

export type Controle = 'xsd' | { fout: string } | 'geen';
export interface Mutatie {
  naam: string;
  regel: string;
  controle: Controle;
  muteer: (i: Wmo301Input) => void;
}

const t0 = (i: Wmo301Input) => i.toewijzingen[0]!;
const t1 = (i: Wmo301Input) => i.toewijzingen[1]!;
const adres0 = (i: Wmo301Input) => i.client.contactgegevens[0]!.adres!;

export const MUTATIES: Mutatie[] = [
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
