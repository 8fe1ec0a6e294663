/**
 * Random but valid WMO301 input, for property tests and demo data. Deterministic for a seeded `rng`
 * (`mulberry32` from ../bsn/prng.ts); BSNs come from the caller (e.g. `maakTestBsnGenerator`, which
 * gives 999xxxxxx test numbers).
 *
 * The generator deliberately covers the corners of the standard: names with & < > quotes and
 * diacritics (é, ë, ï, ç, ő …), voorvoegsels and partnernamen with every allowed naamgebruik, partial
 * birth dates (datumgebruik 1/2/3), multi-line commentaar up to the length limit, foreign and Dutch
 * addresses, temporary addresses with a periode, relaties, every productcategorie, eenheid and
 * frequentie within the rules, budgets, toewijzingen without product code, successive toewijzingen of
 * the same product, hulpmiddelen with overlapping periods, reden wijziging including 13 (verwijderd),
 * and maximum values (lengths, volume, budget, toewijzingnummer).
 */
import { geheelGetal, type Rng } from '../bsn/prng.ts';
import { type IsoDatum, plusDagen } from '../termijnen/datum.ts';
import {
  EENHEDEN,
  type Eenheid,
  type Frequentie,
  HULPMIDDELEN_CATEGORIEEN,
  type Naamgebruik,
  PRODUCTCATEGORIEEN,
  type Productcategorie,
  type RedenWijziging,
  SOORTEN_RELATIE,
  type SoortRelatie,
} from './codelijsten.ts';
import { tr302Conflicten } from './wmo301-regels.ts';
import {
  type Contact,
  type Geboortedatum,
  MAX_COMMENTAAR_LENGTE,
  type Relatie,
  type VolledigeNaam,
  type Wmo301Input,
  type Wmo301Toewijzing,
} from './wmo301-typen.ts';

function kies<T>(rng: Rng, lijst: readonly T[]): T {
  return lijst[geheelGetal(rng, lijst.length)]!;
}

function kans(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** Integer in [min, max]. */
function tussen(rng: Rng, min: number, max: number): number {
  return min + geheelGetal(rng, max - min + 1);
}

const GEMEENTEN = ['0150', '0384', '0363', '0344', '0599', '1680', '0014', '0193', '0796', '1992'];
const ACHTERNAMEN = [
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Dijkstra',
  'Brouwer',
  'Bakker & Zonen',
  '<Onbekend>',
  'Çelik',
  'Öztürk',
  'Brontë',
  'Éluard',
  'Müller-Lüdenscheidt',
  'Ïsselstein',
  "O'Neill",
  '"Smit"',
  'Nguyễn',
  'Łukasiewicz',
  'Erdős',
  'IJzerman',
  'Tromp > Tramp',
  'Ali Ben Salah',
];
const VOORVOEGSELS = ['van', 'de', 'van der', 'van den', 'ter', "'t", 'de la', "van 't", 'in het'];
const VOORNAMEN = [
  'Jan',
  'Piet',
  'Zoë',
  'Anaïs',
  'José',
  'Chloë',
  'Noël',
  'Ingrid',
  'Zeynep',
  'Fatima',
  'Björn',
  'Renée',
  'Élodie',
  'Ömer',
  'Ïda',
  'Åsa',
  'Mohammed',
];
const TALEN = ['Arabisch', 'Pools', 'Turks', 'Tigrinya', 'Nederlandse Gebarentaal', 'Oekraïens', 'Français'];
const STRATEN = [
  'Kerkstraat',
  'Brink',
  'Burg. van Roijensingel',
  "'s-Gravendijkwal",
  'Smedenstraat',
  'Lange Bisschopstraat',
  'Ütrechtseweg & Co',
  'Keizerstraat <oost>',
];
const PLAATSEN = [
  'Deventer',
  "'s-Hertogenbosch",
  'Den Haag',
  'Schiermonnikoog',
  'IJsselmuiden',
  'Diemen',
  'Zwolle',
];
const COMMENTAREN = [
  'Let op: hond & kat in huis.',
  'Sleutel bij de buren <nr. 12>.',
  'Regel 1\nRegel 2\n\tingesprongen regel 3',
  '"Aanhalingstekens" en \'apostrof\'',
  'Cliënt spreekt één taal: Oekraïens; tolk geregeld.',
  'Einde van CDATA: ]]> en een & teken',
  'Windows-regel\r\nvolgende regel',
  '  spaties ervoor en erna  ',
  'Tarief € 12,50 per uur – afgesproken met aanbieder',
];

function letters(rng: Rng, n: number, alfabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alfabet[geheelGetal(rng, alfabet.length)];
  return s;
}

function cijfers(rng: Rng, n: number): string {
  return letters(rng, n, '0123456789');
}

function commentaar(rng: Rng): string {
  if (kans(rng, 0.05)) {
    // Up to the length limit, with multi-byte characters and line breaks.
    const blok = 'Zorg & ondersteuning <éëï>\n';
    return blok
      .repeat(Math.ceil(MAX_COMMENTAAR_LENGTE / blok.length))
      .slice(0, MAX_COMMENTAAR_LENGTE - 1)
      .concat('.');
  }
  return kies(rng, COMMENTAREN);
}

function achternaam(rng: Rng): { achternaam: string; voorvoegsel?: string } {
  let naam = kies(rng, ACHTERNAMEN);
  if (kans(rng, 0.02)) naam = naam.repeat(Math.ceil(200 / naam.length)).slice(0, 200); // maximum length
  return kans(rng, 0.4) ? { achternaam: naam, voorvoegsel: kies(rng, VOORVOEGSELS) } : { achternaam: naam };
}

function naam(rng: Rng): VolledigeNaam {
  const voornamen = Array.from({ length: tussen(rng, 1, kans(rng, 0.05) ? 7 : 3) }, () =>
    kies(rng, VOORNAMEN),
  );
  const metPartner = kans(rng, 0.3);
  const naam: VolledigeNaam = {
    geslachtsnaam: achternaam(rng),
    naamgebruik: metPartner ? kies<Naamgebruik>(rng, ['1', '2', '3', '4']) : '1',
  };
  if (metPartner) naam.partnernaam = achternaam(rng);
  if (kans(rng, 0.85)) naam.voornamen = voornamen.join(' ');
  if (kans(rng, 0.85)) {
    naam.voorletters = voornamen
      .map((v) => v[0]!)
      .join('')
      .slice(0, 6);
  }
  return naam;
}

function geboortedatum(rng: Rng, dagtekening: IsoDatum): Geboortedatum {
  const datum = plusDagen(dagtekening, -tussen(rng, 0, 119 * 365));
  const r = rng();
  if (r < 0.06) return { datum: `${datum.slice(0, 7)}-01`, datumGebruik: '1' };
  if (r < 0.12) return { datum: `${datum.slice(0, 4)}-01-01`, datumGebruik: '2' };
  if (r < 0.16) return { datum: '1900-01-01', datumGebruik: '3' };
  return { datum };
}

function telefoon(rng: Rng) {
  return {
    telefoonnummer: `0${cijfers(rng, tussen(rng, 9, 14))}`,
    landnummer: kies(rng, ['0031', '0032', '0049', '31']),
  };
}

function nlAdres(rng: Rng) {
  const huis: NonNullable<NonNullable<Contact['adres']>['huis']> = {
    huisnummer: kans(rng, 0.02) ? 99999 : tussen(rng, 1, 999),
  };
  if (kans(rng, 0.2)) huis.huisletter = letters(rng, 1);
  if (kans(rng, 0.15)) huis.huisnummerToevoeging = kies(rng, ['BIS', '2', 'hs', '1-H', 'ZW']);
  if (kans(rng, 0.05)) huis.aanduidingWoonadres = kies(rng, ['AB', 'BY', 'TO', 'WW'] as const);
  return {
    huis,
    postcode: `${tussen(rng, 1000, 9999)}${letters(rng, 2)}`,
    straatnaam: kies(rng, STRATEN),
    plaatsnaam: kies(rng, PLAATSEN),
    landCode: 'NL',
  };
}

function buitenlandsAdres(rng: Rng) {
  return {
    huis: { huisnummer: tussen(rng, 1, 300) },
    postcode: kies(rng, ['1000', 'B-2000', '52062', 'SW1A 1AA']),
    straatnaam: kies(rng, ['Rue de la Loi', 'Aachener Straße', 'Downing Street']),
    plaatsnaam: kies(rng, ['Brussel', 'Aken', 'Londen']),
    landCode: kies(rng, ['BE', 'DE', 'GB']),
  };
}

function contact(rng: Rng, soort: Contact['soort'], dagtekening: IsoDatum): Contact {
  const c: Contact = { soort };
  if (soort === '01' || soort === '03') {
    c.adres = nlAdres(rng);
    if (soort === '03' && kans(rng, 0.7))
      c.organisatie = kies(rng, ['Zorgcentrum De Brink', 'Huize "Welgelegen"', 'Hospice & Co']);
  } else if (soort === '02') {
    if (kans(rng, 0.5)) c.adres = buitenlandsAdres(rng);
  } else {
    c.adres = { straatnaam: kies(rng, STRATEN), plaatsnaam: kies(rng, PLAATSEN) };
    const begin = plusDagen(dagtekening, -tussen(rng, 0, 60));
    c.periode = kans(rng, 0.8)
      ? { begindatum: begin, einddatum: plusDagen(begin, tussen(rng, 0, 90)) }
      : { begindatum: begin };
  }
  const adresCompleet = c.adres?.huis !== undefined && c.adres.postcode !== undefined;
  if (!adresCompleet || kans(rng, 0.4)) {
    c.telefoon = kans(rng, 0.3)
      ? { telefoon01: telefoon(rng), telefoon02: telefoon(rng) }
      : { telefoon01: telefoon(rng) };
  }
  if (kans(rng, 0.3))
    c.emailadres = kies(rng, ['a@b.nl', 'zoë.brontë@voorbeeld.nl', "o'neill+wmo@example.org"]);
  return c;
}

function relaties(rng: Rng, dagtekening: IsoDatum): Relatie[] {
  const aantal = tussen(rng, 1, 3);
  const soorten = Object.keys(SOORTEN_RELATIE) as SoortRelatie[];
  return Array.from({ length: aantal }, (_, i) => {
    const r: Relatie = {
      nummer: kans(rng, 0.7) ? String(i + 1) : `REL-${cijfers(rng, 6)}-${i}`,
      soort: kies(rng, soorten),
      naam: naam(rng),
      contact: contact(rng, kies(rng, ['01', '02'] as const), dagtekening),
    };
    if (kans(rng, 0.5)) r.volgorde = i + 1;
    if (kans(rng, 0.5)) r.geboortedatum = geboortedatum(rng, dagtekening);
    if (kans(rng, 0.5)) r.geslacht = kies(rng, ['0', '1', '2'] as const);
    return r;
  });
}

function tijd(rng: Rng): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(tussen(rng, 0, 23))}:${p(tussen(rng, 0, 59))}:${p(tussen(rng, 0, 59))}`;
}

const ALLE_CATEGORIEEN = Object.keys(PRODUCTCATEGORIEEN) as Productcategorie[];
const REGULIERE_CATEGORIEEN = ALLE_CATEGORIEEN.filter((c) => !HULPMIDDELEN_CATEGORIEEN.has(c));
const REDENEN: RedenWijziging[] = ['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '14'];

function omvang(rng: Rng): { volume: number; eenheid: Eenheid; frequentie: Frequentie } {
  const eenheid = kies(rng, Object.keys(EENHEDEN) as Eenheid[]);
  const frequenties: Frequentie[] = ['14', '16', '83', '84'].includes(eenheid)
    ? ['2', '4', '6']
    : ['1', '2', '4', '6'];
  const r = rng();
  const volume = r < 0.02 ? 0 : r < 0.04 ? 99_999_999 : tussen(rng, 1, eenheid === '83' ? 50_000 : 40);
  return { volume, eenheid, frequentie: kies(rng, frequenties) };
}

function toewijzing(
  rng: Rng,
  nummer: number,
  dagtekening: IsoDatum,
  vorige: readonly Wmo301Toewijzing[],
): Wmo301Toewijzing {
  const toewijzingsdatum = plusDagen(dagtekening, -tussen(rng, 0, 60));
  const t: Wmo301Toewijzing = {
    toewijzingNummer: nummer,
    toewijzingsdatum,
    toewijzingstijd: tijd(rng),
    ingangsdatum: plusDagen(toewijzingsdatum, tussen(rng, -90, 120)),
  };
  // A successor of an earlier toewijzing of the same product (starts after it ended).
  const voorganger = vorige.filter((v) => v.einddatum && v.product && v.redenWijziging !== '13');
  const opvolger = voorganger.length > 0 && kans(rng, 0.3) ? kies(rng, voorganger) : undefined;
  let soort: 'omvang' | 'budget' | 'alleen-categorie';
  if (opvolger) {
    t.product = { ...opvolger.product! };
    t.ingangsdatum = plusDagen(opvolger.einddatum!, tussen(rng, 1, 30));
    soort = opvolger.omvang ? 'omvang' : opvolger.budget !== undefined ? 'budget' : 'alleen-categorie';
  } else {
    const hulpmiddel = kans(rng, 0.2);
    const gebruikt = new Set(vorige.map((v) => v.product?.categorie));
    const vrij = REGULIERE_CATEGORIEEN.filter((c) => !gebruikt.has(c));
    const categorie = hulpmiddel || !vrij.length ? kies(rng, [...HULPMIDDELEN_CATEGORIEEN]) : kies(rng, vrij);
    const r = rng();
    soort = r < 0.65 ? 'omvang' : r < 0.85 ? 'budget' : 'alleen-categorie';
    if (soort === 'omvang') {
      t.product = { categorie, code: `${categorie}${letters(rng, 1)}${cijfers(rng, 2)}` };
    } else if (soort === 'budget' && vorige.length === 0 && kans(rng, 0.3)) {
      // A budget without product (allowed: CD079 only asks for a product when there is no budget).
    } else {
      t.product = { categorie };
    }
  }
  if (soort === 'omvang') t.omvang = omvang(rng);
  if (soort === 'budget') t.budget = kans(rng, 0.05) ? kies(rng, [0, 99_999_999]) : tussen(rng, 1, 2_500_000);

  const reden = rng();
  if (reden < 0.05) {
    t.redenWijziging = '13';
    t.einddatum = t.ingangsdatum;
  } else {
    if (reden < 0.25) t.redenWijziging = kies(rng, REDENEN);
    const eindVerplicht = soort === 'budget' || t.omvang?.frequentie === '2';
    if (eindVerplicht || kans(rng, 0.6)) t.einddatum = plusDagen(t.ingangsdatum, tussen(rng, 0, 3 * 365));
  }
  if (kans(rng, 0.15))
    t.referentieAanbieder = kans(rng, 0.1) ? `VOT-${cijfers(rng, 32)}` : `VOT-${cijfers(rng, 6)}`;
  if (kans(rng, 0.2)) t.commentaar = commentaar(rng);
  return t;
}

export interface GenereerOpties {
  /** Source of distinct valid BSNs (e.g. `maakTestBsnGenerator(rng)`). */
  bsn: () => string;
  /** Sequence number of the message; makes the berichtidentificatie unique (TR056). */
  volgnummer: number;
}

/** One random, valid WMO301 input (see the module comment). */
export function genereerWmo301Input(rng: Rng, opties: GenereerOpties): Wmo301Input {
  const dagtekening = plusDagen('2021-01-01', tussen(rng, 0, 6 * 365));
  const identificatie = kans(rng, 0.1)
    ? `${String(opties.volgnummer).padStart(6, '0')}${letters(rng, 6)}` // maximum length 12
    : `W301-${opties.volgnummer}`;

  const soorten: Contact['soort'][] = [];
  if (kans(rng, 0.9)) soorten.push('01');
  if (soorten.length === 0 || kans(rng, 0.3)) soorten.push('02');
  if (kans(rng, 0.15)) soorten.push('03');
  if (kans(rng, 0.15)) soorten.push('04');
  const contactgegevens = soorten.map((s) => contact(rng, s, dagtekening));

  const input: Wmo301Input = {
    header: {
      gemeentecode: kies(rng, GEMEENTEN),
      aanbiederAgbCode: cijfers(rng, 8),
      berichtIdentificatie: { identificatie, dagtekening },
    },
    client: {
      bsn: opties.bsn(),
      geboortedatum: geboortedatum(rng, dagtekening),
      geslacht: kies(rng, ['0', '1', '2'] as const),
      naam: naam(rng),
      contactgegevens,
    },
    toewijzingen: [],
  };
  const c = input.client;
  if (kans(rng, 0.15)) {
    const vorm = kies(rng, ['1', '1', '2', '3'] as const);
    c.communicatie = vorm === '1' ? { vorm, taal: kies(rng, TALEN) } : { vorm };
  }
  if (kans(rng, 0.1)) c.juridischeStatus = kies(rng, ['01', '02', '03', '04', '05', '11', '12'] as const);
  if (kans(rng, 0.1)) c.wettelijkeVertegenwoordiging = kies(rng, ['06', '07', '08', '09', '10'] as const);
  if (kans(rng, 0.3)) c.commentaar = commentaar(rng);
  if (kans(rng, 0.25)) c.relaties = relaties(rng, dagtekening);

  const aantal = kies(rng, [1, 1, 1, 2, 2, 3, 4, 5, 8]);
  const basis = kans(rng, 0.05) ? 999_999_999 - aantal : tussen(rng, 1, 900_000_000);
  for (let i = 0; i < aantal; i++) {
    for (let poging = 0; poging < 5; poging++) {
      const t = toewijzing(rng, basis + i, dagtekening, input.toewijzingen);
      const kandidaat = [...input.toewijzingen, t];
      if (tr302Conflicten(kandidaat).length === 0) {
        input.toewijzingen.push(t);
        break;
      }
    }
  }
  if (input.toewijzingen.length === 0) {
    input.toewijzingen.push({
      toewijzingNummer: basis,
      product: { categorie: '01', code: '01A01' },
      toewijzingsdatum: dagtekening,
      toewijzingstijd: '12:00:00',
      ingangsdatum: dagtekening,
      omvang: { volume: 3, eenheid: '04', frequentie: '4' },
    });
  }
  return input;
}
