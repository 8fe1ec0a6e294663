import type { IsoDatum } from '../termijnen/datum.ts';
import type {
  AanduidingWoonadres,
  Communicatievorm,
  Datumgebruik,
  Eenheid,
  Frequentie,
  Geslacht,
  JuridischeStatus,
  Naamgebruik,
  Productcategorie,
  RedenWijziging,
  SoortAdres,
  SoortRelatie,
  WettelijkeVertegenwoordiging,
} from './codelijsten.ts';

export const WMO301_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/wmo301/schema';
/** Fixed header values (WMO301.xsd patterns). */
export const WMO301_BERICHTCODE = '414';
export const WMO301_BERICHTVERSIE = '3';
export const WMO301_BERICHTSUBVERSIE = '2';
/** The XSD versions this builder writes for (appinfo of WMO301.xsd and basisschema.xsd). */
export const WMO301_XSD_VERSIE = { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' } as const;

/** Own limit for Commentaar (the iWmo 3.2 XSD has none). */
export const MAX_COMMENTAAR_LENGTE = 1000;

export interface Wmo301Header {
  /** CBS gemeentecode of the sending gemeente (Afzender), 4 digits, e.g. '0150' (Deventer). */
  gemeentecode: string;
  /** AGB code of the aanbieder (Ontvanger), 8 digits. */
  aanbiederAgbCode: string;
  berichtIdentificatie: {
    /** 1–12 characters, unique per berichtsoort for the gemeente (TR056). */
    identificatie: string;
    /** Date of the message, YYYY-MM-DD. */
    dagtekening: IsoDatum;
  };
}

export interface Geboortedatum {
  datum: IsoDatum;
  /** COD170: which part of `datum` is unknown (CS139). */
  datumGebruik?: Datumgebruik;
}

export interface Achternaam {
  achternaam: string;
  voorvoegsel?: string;
}

export interface VolledigeNaam {
  geslachtsnaam: Achternaam;
  partnernaam?: Achternaam;
  voornamen?: string;
  /** Letters only, no dots or spaces: 'JH' (max. 6). */
  voorletters?: string;
  /** COD700; with a partnernaam 1–4, without one 1 (CS050). */
  naamgebruik: Naamgebruik;
}

export interface Adres {
  huis?: {
    huisnummer: number;
    huisletter?: string;
    huisnummerToevoeging?: string;
    aanduidingWoonadres?: AanduidingWoonadres;
  };
  /** For LandCode NL: '1234AB' (CS089). Filled iff landCode is filled (CD005). */
  postcode?: string;
  /** Max. 24 characters: the verkorte straatnaam (NEN 5825) for long names. */
  straatnaam?: string;
  plaatsnaam?: string;
  /** ISO 3166-1 alpha-2 as enumerated in the XSD, e.g. 'NL'. */
  landCode?: string;
}

export interface Telefoon {
  /** Digits only, max. 15. */
  telefoonnummer: string;
  /** E.g. '0031'. */
  landnummer: string;
}

export interface Contact {
  /** COD757: 01 BRP-adres, 02 correspondentie, 03 verblijf, 04 tijdelijk verblijf. */
  soort: SoortAdres;
  adres?: Adres;
  organisatie?: string;
  telefoon?: { telefoon01: Telefoon; telefoon02?: Telefoon };
  emailadres?: string;
  /** Only for soort 04 (CD009). */
  periode?: { begindatum?: IsoDatum; einddatum?: IsoDatum };
}

export interface Relatie {
  /** Identifying number of the relatie, unique within the message (TR101), max. 20 characters. */
  nummer: string;
  volgorde?: number;
  soort: SoortRelatie;
  geboortedatum?: Geboortedatum;
  geslacht?: Geslacht;
  naam: VolledigeNaam;
  contact: Contact;
}

export interface Wmo301Client {
  bsn: string;
  geboortedatum: Geboortedatum;
  geslacht: Geslacht;
  naam: VolledigeNaam;
  /** Tolk: vorm 1 (tolk taal) requires taal, 2/3 forbid it (CD007). */
  communicatie?: { vorm: Communicatievorm; taal?: string };
  juridischeStatus?: JuridischeStatus;
  wettelijkeVertegenwoordiging?: WettelijkeVertegenwoordiging;
  commentaar?: string;
  relaties?: Relatie[];
  /** At least one contact of soort 01, 02 or 03 (TR061); each soort at most once (TR101). */
  contactgegevens: Contact[];
}

export interface Omvang {
  /** Integer 0–99999999. */
  volume: number;
  eenheid: Eenheid;
  frequentie: Frequentie;
}

export interface Wmo301Toewijzing {
  /** Integer 0–999999999, unique per gemeente (TR332) and within the message (TR101). */
  toewijzingNummer: number;
  /** Only when honouring a verzoek om toewijzing/wijziging of the aanbieder (TR379). */
  referentieAanbieder?: string;
  /** Required unless a budget is given (CD079). */
  product?: { categorie: Productcategorie; code?: string };
  /** Date and time the gemeente fixed the toewijzing (not after the dagtekening, TR134). */
  toewijzingsdatum: IsoDatum;
  /** hh:mm:ss, local time without zone. */
  toewijzingstijd: string;
  ingangsdatum: IsoDatum;
  einddatum?: IsoDatum;
  redenWijziging?: RedenWijziging;
  /** Volume × eenheid per frequentie; required when product.code is filled (CD041). */
  omvang?: Omvang;
  /** Budget in eurocent (1/100 of the currency), instead of an omvang (CD077/CD078); needs einddatum (CD075). */
  budget?: number;
  commentaar?: string;
}

export interface Wmo301Input {
  header: Wmo301Header;
  client: Wmo301Client;
  toewijzingen: Wmo301Toewijzing[];
}
