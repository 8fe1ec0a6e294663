/**
 * WMO301 — Toewijzing Wmo-ondersteuning (iWmo 3.2, BerichtCode 414): a pure message builder.
 *
 * `bouwWmo301(input)` returns the XML of one toewijzingbericht (one client, one aanbieder).
 * `valideerWmo301Input(input)` returns the problems, in Dutch, that would make the message fail the
 * XSD (xsd/WMO301.xsd + basisschema.xsd) or the standard's rule checker
 * (iwmo-3.2-regels-TR-CD-CS.xsl, version 2.10.5); `bouwWmo301` refuses input with problems
 * (`Wmo301ValidatieFout`), so every message it returns is valid. `serialiseerWmo301` writes XML
 * without validating (for tests that need a broken message).
 *
 * Sources: WMO301.xsd, basisschema.xsd, voorbeeldberichten/WMO301.xml, the XSL, codelijsten/*.md.
 *
 * Structure and namespaces (as the XSD): root `wmo301:Bericht` (Header, Client); elements declared in
 * WMO301.xsd are in the wmo301 namespace, the children of basisschema complex types (CDT_*) in the
 * iwmo basisschema namespace. Header: BerichtCode 414, BerichtVersie 3, BerichtSubversie 2, Afzender
 * (gemeentecode), Ontvanger (AGB-code aanbieder), BerichtIdentificatie (Identificatie, Dagtekening),
 * XsdVersie (BasisschemaXsdVersie 1.0.0, BerichtXsdVersie 1.0.0 — the versions in the XSD appinfo).
 * Client: Bsn, Geboortedatum, Geslacht, Naam, Communicatie?, JuridischeStatus?,
 * WettelijkeVertegenwoordiging?, Commentaar?, Relaties?, Contactgegevens (≥1 Contact),
 * ToegewezenProducten (≥1 ToegewezenProduct: ToewijzingNummer, ReferentieAanbieder?, Product?,
 * Toewijzingsdatum, Toewijzingstijd, Ingangsdatum, Einddatum?, RedenWijziging?, Omvang?, Budget?,
 * Commentaar?).
 *
 * Not in WMO301 (iWmo 3.2), so not in the input: a Verwijzer (only in WMO315 verzoek om toewijzing;
 * COD327 is in codelijsten.ts for that message), a Beschikkingnummer/Beschikking (the XSL still has
 * templates for n5:Beschikking from older releases; the 3.2 XSD has no such element) and an
 * aanvraagdatum.
 *
 * Rules implemented in `valideerWmo301Input` (all the rule checker templates that match WMO301, plus
 * XSD facets and a few cross-message rules it cannot check):
 * - XSD: required elements, code lists (enumerations), lengths (in Unicode code points, after NFC),
 *   patterns (`.*[^\s].*`: not only whitespace and no line breaks; Voorletters [a-zA-ZÀ-ỳ]{1,6};
 *   AGB 8 digits; gemeente 4 digits; BSN 9 digits; Telefoonnummer digits), integer ranges
 *   (ToewijzingNummer 0–999999999, Volume/Budget 0–99999999, Huisnummer 0–99999, Volgorde 0–99),
 *   real calendar dates YYYY-MM-DD, Toewijzingstijd hh:mm:ss, characters XML 1.0 can represent.
 * - CS002 Bsn elfproef (stricter: also not 000000000) — via `isGeldigBsn`.
 * - CS003 Einddatum ≥ Ingangsdatum (ToegewezenProduct) and Einddatum ≥ Begindatum (Contact/Periode).
 * - TR134 Geboortedatum (client, relatie) and Toewijzingsdatum not after the Dagtekening.
 * - TR002 Geboortedatum at most 120 years before the Dagtekening, unless DatumGebruik 3 + 1900-01-01.
 * - CS139 DatumGebruik consistent with the date (1: day 01; 2: 01-01; 3: 1900-01-01).
 * - CS050 Partnernaam → NaamGebruik 1–4; no Partnernaam → NaamGebruik 1.
 * - CD007 Communicatie/Taal filled iff Vorm is 1 (tolk taal).
 * - TR061 Contactgegevens has a Contact of Soort 01, 02 or 03.
 * - TR101 no duplicates: Contact Soort within Contactgegevens, Relatie Nummer, ToewijzingNummer.
 * - TR006 every Contact has a Telefoon and/or (Huis and Postcode).
 * - CD005 Postcode and LandCode both or neither. CD025 LandCode NL → Huisnummer.
 *   CS089 LandCode NL → Postcode 1234AB (first digit 1–9). CD034 Soort 01/03 → Postcode.
 *   CD009 Periode only for Soort 04.
 * - CD041 Product/Code filled → Omvang. CD080 Omvang → Product/Code (when Einddatum empty or after
 *   2020-12-31). CD077/CD078 Budget and Omvang exclude each other. CD075 Budget → Einddatum.
 *   CD079 no Budget → Product. CD076 Frequentie 2 (per week) → Einddatum (the iWmo 3.2 rule as
 *   published: needed to convert weekly volumes to monthly declarations).
 *   CS338 Eenheid 14/16/83/84 → Frequentie 2, 4 or 6 (when Einddatum empty or after 2020-12-31).
 * - CS336 RedenWijziging 01 not used. CS335 RedenWijziging 13 (verwijderd) → Einddatum = Ingangsdatum
 *   (we also require the Einddatum then; the checker only compares when both are present).
 * - TR302 the same product (same Categorie and Code; same Categorie when one has no Code; or a
 *   toewijzing without Product) occurs more than once only with non-overlapping periods, except
 *   hulpmiddelen (categorie 11–14) and withdrawn toewijzingen (RedenWijziging 01/13 with
 *   Einddatum = Ingangsdatum) — ported from the XSL's tr302/isPeriodOverlay templates.
 * - TR378 gemeentecode exists in the CBS indeling (we use the 2026 list in codelijsten.ts; the checker
 *   does not check this).
 * - TR056 Identificatie unique per berichtsoort for the sender: only when the caller passes the
 *   identificaties already used (`opties.gebruikteBerichtIdentificaties`).
 * - Own checks: Commentaar at most 1000 characters (the 3.2 XSD sets no maximum); an Adres or
 *   Periode is not empty (the XSD allows <Adres/>, but it carries nothing).
 *
 * Cross-message rules the caller must guarantee: OP087 — a toewijzingbericht contains all current
 * toewijzingen of the client at that aanbieder (`groepeerToewijzingen` builds those groups); TR332 —
 * ToewijzingNummer unique per gemeente (the service's number sequence); RedenWijziging is filled when
 * a toewijzing that was sent before is changed (OP033x) — the builder cannot know what was sent
 * before; TR379 ReferentieAanbieder only when honouring a verzoek om toewijzing/wijziging; TR381
 * Productcode fits the Productcategorie in the product code list in use (regional, not available).
 */
import { isGeldigBsn } from '../bsn/bsn.ts';
import { type IsoDatum, isIsoDatum } from '../termijnen/datum.ts';
import {
  type AanduidingWoonadres,
  type Communicatievorm,
  type Datumgebruik,
  type Eenheid,
  type Frequentie,
  type Geslacht,
  HULPMIDDELEN_CATEGORIEEN,
  isAanduidingWoonadres,
  isCbsGemeentecode,
  isCommunicatievorm,
  isDatumgebruik,
  isEenheid,
  isFrequentie,
  isGeslacht,
  isJuridischeStatus,
  isLandCode,
  isNaamgebruik,
  isProductcategorie,
  isRedenWijziging,
  isSoortAdres,
  isSoortRelatie,
  isWettelijkeVertegenwoordiging,
  type JuridischeStatus,
  type Naamgebruik,
  type Productcategorie,
  type RedenWijziging,
  type SoortAdres,
  type SoortRelatie,
  type WettelijkeVertegenwoordiging,
} from './codelijsten.ts';
import { nfc, ongeldigXmlTeken, XmlSchrijver } from './xml.ts';

export const WMO301_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/wmo301/schema';
export const IWMO_BASISSCHEMA_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';
/** Fixed header values (WMO301.xsd patterns). */
export const WMO301_BERICHTCODE = '414';
export const WMO301_BERICHTVERSIE = '3';
export const WMO301_BERICHTSUBVERSIE = '2';
/** The XSD versions this builder writes for (appinfo of WMO301.xsd and basisschema.xsd). */
export const WMO301_XSD_VERSIE = { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' } as const;

/** Own limit for Commentaar (the iWmo 3.2 XSD has none). */
export const MAX_COMMENTAAR_LENGTE = 1000;

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** One problem in the input. */
export interface Wmo301Fout {
  /** Path in the input, e.g. 'toewijzingen[1].einddatum'. */
  veld: string;
  /**
   * 'XSD' (schema), an iWmo rule code ('CS003', 'TR302' …), or — for our own stricter checks —
   * 'eigen grens' (Commentaar length) or 'onvolledig' (an empty Adres or Periode).
   */
  regel: string;
  /** Message in Dutch for the user. */
  melding: string;
}

export class Wmo301ValidatieFout extends Error {
  constructor(readonly fouten: readonly Wmo301Fout[]) {
    super(
      `WMO301-bericht niet gemaakt, de invoer voldoet niet aan iWmo 3.2:\n${fouten
        .map((f) => `- ${f.veld} (${f.regel}): ${f.melding}`)
        .join('\n')}`,
    );
    this.name = 'Wmo301ValidatieFout';
  }
}

export interface Wmo301ValidatieOpties {
  /** Identificaties of WMO301 messages this gemeente sent before (TR056). */
  gebruikteBerichtIdentificaties?: ReadonlySet<string>;
}

/** XML whitespace (XSD \s): space, tab, CR, LF — not NBSP. */
const XML_WITRUIMTE = /^[ \t\r\n]*$/;
const TIJD = /^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$/;
const VOORLETTERS = /^[a-zA-Z\u00C0-\u1EF3]{1,6}$/u;
const NL_POSTCODE = /^[1-9][0-9]{3}[A-Za-z]{2}$/;
const GRENS_2020 = '2020-12-31';

function lengte(tekst: string): number {
  let n = 0;
  for (const _ of tekst) n++;
  return n;
}

function alsGetal(datum: IsoDatum): number {
  return Number(datum.replaceAll('-', ''));
}

/** Sees whether two toewijzingen overlap in time (the XSL's isPeriodOverlay on Ingangsdatum/Einddatum). */
export function periodesOverlappen(
  a: Pick<Wmo301Toewijzing, 'ingangsdatum' | 'einddatum'>,
  b: Pick<Wmo301Toewijzing, 'ingangsdatum' | 'einddatum'>,
): boolean {
  if (a.einddatum && b.einddatum) return !(a.einddatum < b.ingangsdatum || b.einddatum < a.ingangsdatum);
  if (a.einddatum) return a.einddatum >= b.ingangsdatum;
  if (b.einddatum) return b.einddatum >= a.ingangsdatum;
  return true;
}

/** TR302 exemption: withdrawn toewijzingen (RedenWijziging 01/13 with Einddatum = Ingangsdatum). */
function negeerVoorTr302(t: Wmo301Toewijzing): boolean {
  return (
    (t.redenWijziging === '01' || t.redenWijziging === '13') &&
    !!t.einddatum &&
    t.einddatum === t.ingangsdatum
  );
}

/** Whether TR302 sees `a` and `b` as "the same product" (before looking at periods and hulpmiddelen). */
function zelfdeProductVoorTr302(a: Wmo301Toewijzing, b: Wmo301Toewijzing): boolean {
  if (!a.product || !b.product) return true;
  if (a.product.code !== undefined && b.product.code !== undefined) {
    return a.product.code === b.product.code && a.product.categorie === b.product.categorie;
  }
  return a.product.categorie === b.product.categorie;
}

/**
 * Pairs of toewijzingen (indexes, i < j) that break TR302: the same product more than once with
 * overlapping periods, not hulpmiddelen (11–14) and not withdrawn.
 */
export function tr302Conflicten(toewijzingen: readonly Wmo301Toewijzing[]): Array<[number, number]> {
  const conflicten: Array<[number, number]> = [];
  for (let j = 0; j < toewijzingen.length; j++) {
    const dit = toewijzingen[j]!;
    if (negeerVoorTr302(dit)) continue;
    for (let i = 0; i < j; i++) {
      const ander = toewijzingen[i]!;
      if (negeerVoorTr302(ander) || !zelfdeProductVoorTr302(dit, ander)) continue;
      const hulpmiddel = (t: Wmo301Toewijzing) =>
        t.product !== undefined && HULPMIDDELEN_CATEGORIEEN.has(t.product.categorie);
      if (hulpmiddel(dit) || hulpmiddel(ander)) continue;
      if (periodesOverlappen(dit, ander)) conflicten.push([i, j]);
    }
  }
  return conflicten;
}

class Validator {
  readonly fouten: Wmo301Fout[] = [];

  fout(veld: string, regel: string, melding: string): void {
    this.fouten.push({ veld, regel, melding });
  }

  /**
   * A text element: a string of at most `max` characters (code points, after NFC) that XML can hold
   * and that is not only whitespace. `eenRegel`: no line breaks (the XSD pattern `.*[^\s].*`).
   */
  tekst(
    veld: string,
    label: string,
    waarde: unknown,
    opties: { max?: number; eenRegel?: boolean } = {},
  ): waarde is string {
    const { max, eenRegel = true } = opties;
    if (typeof waarde !== 'string') {
      this.fout(veld, 'XSD', `${label} ontbreekt of is geen tekst.`);
      return false;
    }
    const tekst = nfc(waarde);
    const ongeldig = ongeldigXmlTeken(tekst);
    if (ongeldig >= 0) {
      const cp = tekst.codePointAt(ongeldig) ?? 0;
      this.fout(
        veld,
        'XSD',
        `${label} bevat een teken dat niet in een bericht kan (U+${cp.toString(16).toUpperCase().padStart(4, '0')}).`,
      );
      return false;
    }
    if (XML_WITRUIMTE.test(tekst)) {
      this.fout(veld, 'XSD', `${label} is leeg.`);
      return false;
    }
    if (eenRegel && /[\r\n]/.test(tekst)) {
      this.fout(veld, 'XSD', `${label} mag geen regelovergang bevatten.`);
      return false;
    }
    if (max !== undefined && lengte(tekst) > max) {
      this.fout(veld, 'XSD', `${label} is te lang: maximaal ${max} tekens, nu ${lengte(tekst)}.`);
      return false;
    }
    return true;
  }

  datum(veld: string, label: string, waarde: unknown): waarde is IsoDatum {
    if (!isIsoDatum(waarde)) {
      this.fout(
        veld,
        'XSD',
        waarde === undefined
          ? `${label} ontbreekt.`
          : `${label} is geen geldige datum (verwacht JJJJ-MM-DD): ${JSON.stringify(waarde)}.`,
      );
      return false;
    }
    return true;
  }

  geheelGetal(veld: string, label: string, waarde: unknown, min: number, max: number): waarde is number {
    if (typeof waarde !== 'number' || !Number.isInteger(waarde) || waarde < min || waarde > max) {
      this.fout(
        veld,
        'XSD',
        `${label} moet een geheel getal van ${min} tot en met ${max} zijn, kreeg ${JSON.stringify(waarde)}.`,
      );
      return false;
    }
    return true;
  }

  code<T extends string>(
    veld: string,
    label: string,
    waarde: unknown,
    isCode: (w: unknown) => w is T,
    codelijst: string,
  ): waarde is T {
    if (!isCode(waarde)) {
      this.fout(
        veld,
        'XSD',
        waarde === undefined
          ? `${label} ontbreekt.`
          : `${label} ${JSON.stringify(waarde)} komt niet voor in codelijst ${codelijst}.`,
      );
      return false;
    }
    return true;
  }

  commentaar(veld: string, waarde: unknown): void {
    if (
      this.tekst(veld, 'Commentaar', waarde, { eenRegel: false }) &&
      lengte(nfc(waarde)) > MAX_COMMENTAAR_LENGTE
    ) {
      this.fout(
        veld,
        'eigen grens',
        `Commentaar is te lang: maximaal ${MAX_COMMENTAAR_LENGTE} tekens, nu ${lengte(nfc(waarde))}.`,
      );
    }
  }

  geboortedatum(veld: string, g: Geboortedatum | undefined, dagtekening: IsoDatum | undefined): void {
    if (!g) {
      this.fout(veld, 'XSD', 'Geboortedatum ontbreekt.');
      return;
    }
    const datumOk = this.datum(`${veld}.datum`, 'Geboortedatum', g.datum);
    const gebruikOk =
      g.datumGebruik === undefined ||
      this.code(`${veld}.datumGebruik`, 'Datumgebruik', g.datumGebruik, isDatumgebruik, 'COD170');
    if (!datumOk) return;
    if (gebruikOk) {
      if (g.datumGebruik === '3' && g.datum !== '1900-01-01') {
        this.fout(veld, 'CS139', 'Bij een onbekende geboortedatum (datumgebruik 3) is de datum 1900-01-01.');
      } else if (g.datumGebruik === '2' && g.datum.slice(5) !== '01-01') {
        this.fout(
          veld,
          'CS139',
          'Bij alleen een bekend geboortejaar (datumgebruik 2) is de datum 1 januari.',
        );
      } else if (g.datumGebruik === '1' && g.datum.slice(8) !== '01') {
        this.fout(veld, 'CS139', 'Bij een onbekende geboortedag (datumgebruik 1) is de dag 01.');
      }
    }
    if (dagtekening) {
      if (g.datum > dagtekening) {
        this.fout(
          veld,
          'TR134',
          `Geboortedatum (${g.datum}) ligt na de dagtekening van het bericht (${dagtekening}).`,
        );
      }
      const onbekend = g.datumGebruik === '3' && g.datum === '1900-01-01';
      if (!onbekend && alsGetal(g.datum) + 1_200_000 < alsGetal(dagtekening)) {
        this.fout(
          veld,
          'TR002',
          `Geboortedatum (${g.datum}) ligt meer dan 120 jaar voor de dagtekening; gebruik datumgebruik 3 (1900-01-01) als de datum onbekend is.`,
        );
      }
    }
  }

  achternaam(veld: string, label: string, a: Achternaam | undefined): void {
    if (!a) {
      this.fout(veld, 'XSD', `${label} ontbreekt.`);
      return;
    }
    this.tekst(`${veld}.achternaam`, `${label}: achternaam`, a.achternaam, { max: 200 });
    if (a.voorvoegsel !== undefined)
      this.tekst(`${veld}.voorvoegsel`, `${label}: voorvoegsel`, a.voorvoegsel, { max: 10 });
  }

  naam(veld: string, n: VolledigeNaam | undefined): void {
    if (!n) {
      this.fout(veld, 'XSD', 'Naam ontbreekt.');
      return;
    }
    this.achternaam(`${veld}.geslachtsnaam`, 'Geslachtsnaam', n.geslachtsnaam);
    if (n.partnernaam !== undefined) this.achternaam(`${veld}.partnernaam`, 'Partnernaam', n.partnernaam);
    if (n.voornamen !== undefined) this.tekst(`${veld}.voornamen`, 'Voornamen', n.voornamen, { max: 200 });
    if (n.voorletters !== undefined) {
      if (typeof n.voorletters !== 'string' || !VOORLETTERS.test(nfc(n.voorletters))) {
        this.fout(
          `${veld}.voorletters`,
          'XSD',
          `Voorletters moeten 1 tot 6 letters zijn, zonder punten of spaties (bijvoorbeeld 'JH'), kreeg ${JSON.stringify(n.voorletters)}.`,
        );
      }
    }
    if (this.code(`${veld}.naamgebruik`, 'Naamgebruik', n.naamgebruik, isNaamgebruik, 'COD700')) {
      if (n.partnernaam !== undefined && !['1', '2', '3', '4'].includes(n.naamgebruik)) {
        this.fout(`${veld}.naamgebruik`, 'CS050', 'Met een partnernaam is het naamgebruik 1, 2, 3 of 4.');
      } else if (n.partnernaam === undefined && n.naamgebruik !== '1') {
        this.fout(
          `${veld}.naamgebruik`,
          'CS050',
          'Zonder partnernaam is het naamgebruik 1 (eigen naam); vul de partnernaam in voor naamgebruik 2, 3 of 4.',
        );
      }
    }
  }

  telefoon(veld: string, t: Telefoon | undefined): void {
    if (!t) {
      this.fout(veld, 'XSD', 'Telefoonnummer ontbreekt.');
      return;
    }
    if (typeof t.telefoonnummer !== 'string' || !/^[0-9]{1,15}$/.test(t.telefoonnummer)) {
      this.fout(
        `${veld}.telefoonnummer`,
        'XSD',
        `Telefoonnummer moet uit 1 tot 15 cijfers bestaan (zonder spaties of streepjes), kreeg ${JSON.stringify(t.telefoonnummer)}.`,
      );
    }
    this.tekst(`${veld}.landnummer`, 'Landnummer', t.landnummer, { max: 4 });
  }

  contact(veld: string, c: Contact | undefined): void {
    if (!c) {
      this.fout(veld, 'XSD', 'Contact ontbreekt.');
      return;
    }
    this.code(`${veld}.soort`, 'Soort adres', c.soort, isSoortAdres, 'COD757');
    const a = c.adres;
    if (a !== undefined) {
      const velden = [a.huis, a.postcode, a.straatnaam, a.plaatsnaam, a.landCode];
      if (velden.every((v) => v === undefined)) this.fout(`${veld}.adres`, 'onvolledig', 'Adres is leeg.');
      if (a.huis !== undefined) {
        this.geheelGetal(`${veld}.adres.huis.huisnummer`, 'Huisnummer', a.huis.huisnummer, 0, 99999);
        if (a.huis.huisletter !== undefined) {
          this.tekst(`${veld}.adres.huis.huisletter`, 'Huisletter', a.huis.huisletter, { max: 1 });
        }
        if (a.huis.huisnummerToevoeging !== undefined) {
          this.tekst(
            `${veld}.adres.huis.huisnummerToevoeging`,
            'Huisnummertoevoeging',
            a.huis.huisnummerToevoeging,
            {
              max: 4,
            },
          );
        }
        if (a.huis.aanduidingWoonadres !== undefined) {
          this.code(
            `${veld}.adres.huis.aanduidingWoonadres`,
            'Aanduiding woonadres',
            a.huis.aanduidingWoonadres,
            isAanduidingWoonadres,
            'NUM061',
          );
        }
      }
      if (a.postcode !== undefined) this.tekst(`${veld}.adres.postcode`, 'Postcode', a.postcode, { max: 8 });
      if (a.straatnaam !== undefined && this.tekst(`${veld}.adres.straatnaam`, 'Straatnaam', a.straatnaam)) {
        if (lengte(nfc(a.straatnaam)) > 24) {
          this.fout(
            `${veld}.adres.straatnaam`,
            'XSD',
            `Straatnaam is te lang (maximaal 24 tekens, nu ${lengte(nfc(a.straatnaam))}); gebruik de verkorte straatnaam (NEN 5825) uit de BAG.`,
          );
        }
      }
      if (a.plaatsnaam !== undefined)
        this.tekst(`${veld}.adres.plaatsnaam`, 'Plaatsnaam', a.plaatsnaam, { max: 80 });
      if (a.landCode !== undefined && !isLandCode(a.landCode)) {
        this.fout(
          `${veld}.adres.landCode`,
          'XSD',
          `Landcode ${JSON.stringify(a.landCode)} is onbekend (ISO 3166, bijvoorbeeld NL).`,
        );
      }
      if ((a.postcode === undefined) !== (a.landCode === undefined)) {
        this.fout(
          `${veld}.adres`,
          'CD005',
          'Postcode en landcode worden allebei of geen van beide ingevuld.',
        );
      }
      if (a.landCode === 'NL') {
        if (a.huis === undefined)
          this.fout(`${veld}.adres.huis`, 'CD025', 'Bij een Nederlands adres is het huisnummer verplicht.');
        if (a.postcode !== undefined && !NL_POSTCODE.test(a.postcode)) {
          this.fout(
            `${veld}.adres.postcode`,
            'CS089',
            `Een Nederlandse postcode heeft de vorm 1234AB (zonder spatie), kreeg ${JSON.stringify(a.postcode)}.`,
          );
        }
      }
    }
    if ((c.soort === '01' || c.soort === '03') && a?.postcode === undefined) {
      this.fout(
        `${veld}.adres.postcode`,
        'CD034',
        'Bij een BRP-adres of verblijfadres is de postcode verplicht.',
      );
    }
    if (c.organisatie !== undefined)
      this.tekst(`${veld}.organisatie`, 'Organisatie', c.organisatie, { max: 35 });
    if (c.telefoon !== undefined) {
      this.telefoon(`${veld}.telefoon.telefoon01`, c.telefoon.telefoon01);
      if (c.telefoon.telefoon02 !== undefined)
        this.telefoon(`${veld}.telefoon.telefoon02`, c.telefoon.telefoon02);
    }
    if (c.emailadres !== undefined)
      this.tekst(`${veld}.emailadres`, 'E-mailadres', c.emailadres, { max: 80 });
    if (c.telefoon === undefined && (a?.huis === undefined || a.postcode === undefined)) {
      this.fout(
        veld,
        'TR006',
        'Een contact heeft een telefoonnummer en/of een adres met huisnummer en postcode.',
      );
    }
    if (c.periode !== undefined) {
      if (c.soort !== '04') {
        this.fout(
          `${veld}.periode`,
          'CD009',
          'Een periode mag alleen bij een tijdelijk verblijfadres (soort 04).',
        );
      }
      const { begindatum, einddatum } = c.periode;
      if (begindatum === undefined && einddatum === undefined)
        this.fout(`${veld}.periode`, 'onvolledig', 'Periode is leeg.');
      const beginOk =
        begindatum === undefined || this.datum(`${veld}.periode.begindatum`, 'Begindatum', begindatum);
      const eindOk =
        einddatum === undefined || this.datum(`${veld}.periode.einddatum`, 'Einddatum', einddatum);
      if (
        beginOk &&
        eindOk &&
        begindatum !== undefined &&
        einddatum !== undefined &&
        einddatum < begindatum
      ) {
        this.fout(
          `${veld}.periode.einddatum`,
          'CS003',
          `Einddatum (${einddatum}) ligt vóór de begindatum (${begindatum}).`,
        );
      }
    }
  }

  toewijzing(veld: string, t: Wmo301Toewijzing, dagtekening: IsoDatum | undefined): void {
    this.geheelGetal(`${veld}.toewijzingNummer`, 'Toewijzingnummer', t.toewijzingNummer, 0, 999_999_999);
    if (t.referentieAanbieder !== undefined) {
      this.tekst(`${veld}.referentieAanbieder`, 'Referentie aanbieder', t.referentieAanbieder, { max: 36 });
    }
    if (t.product !== undefined) {
      this.code(
        `${veld}.product.categorie`,
        'Productcategorie',
        t.product.categorie,
        isProductcategorie,
        'WMO020',
      );
      if (t.product.code !== undefined)
        this.tekst(`${veld}.product.code`, 'Productcode', t.product.code, { max: 5 });
    }
    const toewijzingsdatumOk = this.datum(`${veld}.toewijzingsdatum`, 'Toewijzingsdatum', t.toewijzingsdatum);
    if (typeof t.toewijzingstijd !== 'string' || !TIJD.test(t.toewijzingstijd)) {
      this.fout(
        `${veld}.toewijzingstijd`,
        'XSD',
        `Toewijzingstijd moet de vorm uu:mm:ss hebben, kreeg ${JSON.stringify(t.toewijzingstijd)}.`,
      );
    }
    const ingangOk = this.datum(`${veld}.ingangsdatum`, 'Ingangsdatum', t.ingangsdatum);
    const eindOk = t.einddatum === undefined || this.datum(`${veld}.einddatum`, 'Einddatum', t.einddatum);
    const einddatum = eindOk ? t.einddatum : undefined;
    if (toewijzingsdatumOk && dagtekening && t.toewijzingsdatum > dagtekening) {
      this.fout(
        `${veld}.toewijzingsdatum`,
        'TR134',
        `Toewijzingsdatum (${t.toewijzingsdatum}) ligt na de dagtekening van het bericht (${dagtekening}).`,
      );
    }
    if (ingangOk && einddatum !== undefined && einddatum < t.ingangsdatum) {
      this.fout(
        `${veld}.einddatum`,
        'CS003',
        `Einddatum (${einddatum}) ligt vóór de ingangsdatum (${t.ingangsdatum}).`,
      );
    }
    if (t.redenWijziging !== undefined) {
      if (
        this.code(`${veld}.redenWijziging`, 'Reden wijziging', t.redenWijziging, isRedenWijziging, 'WMO002')
      ) {
        if (t.redenWijziging === '01') {
          this.fout(
            `${veld}.redenWijziging`,
            'CS336',
            'Reden wijziging 01 (administratieve correctie, vervallen) mag niet meer worden gebruikt; gebruik 14.',
          );
        }
        if (t.redenWijziging === '13' && (t.einddatum === undefined || t.einddatum !== t.ingangsdatum)) {
          this.fout(
            `${veld}.einddatum`,
            'CS335',
            'Bij reden wijziging 13 (verwijderd) is de einddatum gelijk aan de ingangsdatum.',
          );
        }
      }
    }
    // Omvang / Budget / Product
    const na2020 = einddatum === undefined || einddatum > GRENS_2020;
    if (t.omvang !== undefined) {
      const o = t.omvang;
      this.geheelGetal(`${veld}.omvang.volume`, 'Volume', o.volume, 0, 99_999_999);
      const eenheidOk = this.code(`${veld}.omvang.eenheid`, 'Eenheid', o.eenheid, isEenheid, 'WJ756');
      const frequentieOk = this.code(
        `${veld}.omvang.frequentie`,
        'Frequentie',
        o.frequentie,
        isFrequentie,
        'WMO757',
      );
      if (frequentieOk && o.frequentie === '2' && t.einddatum === undefined) {
        this.fout(
          `${veld}.einddatum`,
          'CD076',
          'Bij een omvang per week (frequentie 2) is de einddatum verplicht (nodig om per maand te kunnen declareren).',
        );
      }
      if (
        eenheidOk &&
        frequentieOk &&
        na2020 &&
        ['14', '16', '83', '84'].includes(o.eenheid) &&
        o.frequentie === '1'
      ) {
        this.fout(
          `${veld}.omvang.frequentie`,
          'CS338',
          'Bij eenheid etmaal, dagdeel, euro of stuks (inspanning) is de frequentie per week, per maand of totaal binnen de toewijzing.',
        );
      }
      if (na2020 && t.product?.code === undefined) {
        this.fout(`${veld}.product.code`, 'CD080', 'Bij een omvang is een productcode verplicht.');
      }
    } else if (t.product?.code !== undefined) {
      this.fout(
        `${veld}.omvang`,
        'CD041',
        'Bij een productcode is de omvang (volume, eenheid, frequentie) verplicht.',
      );
    }
    if (t.budget !== undefined) {
      this.geheelGetal(`${veld}.budget`, 'Budget (eurocent)', t.budget, 0, 99_999_999);
      if (t.omvang !== undefined) {
        this.fout(`${veld}.budget`, 'CD077', 'Een toewijzing heeft een omvang of een budget, niet allebei.');
      }
      if (t.einddatum === undefined) {
        this.fout(`${veld}.einddatum`, 'CD075', 'Bij een budget is de einddatum verplicht.');
      }
    } else if (t.product === undefined) {
      this.fout(
        `${veld}.product`,
        'CD079',
        'Zonder budget is het product (ten minste de productcategorie) verplicht.',
      );
    }
    if (t.commentaar !== undefined) this.commentaar(`${veld}.commentaar`, t.commentaar);
  }
}

/**
 * Checks `input` against the WMO301 XSD and rules (see the module comment). Returns all problems
 * found (empty: the message can be built and will pass the XSD and the rule checker).
 */
export function valideerWmo301Input(input: Wmo301Input, opties: Wmo301ValidatieOpties = {}): Wmo301Fout[] {
  const v = new Validator();
  const h = input?.header;
  let dagtekening: IsoDatum | undefined;
  if (!h) {
    v.fout('header', 'XSD', 'Header ontbreekt.');
  } else {
    if (typeof h.gemeentecode !== 'string' || !/^[0-9]{4}$/.test(h.gemeentecode)) {
      v.fout(
        'header.gemeentecode',
        'XSD',
        `Gemeentecode moet uit 4 cijfers bestaan, kreeg ${JSON.stringify(h.gemeentecode)}.`,
      );
    } else if (!isCbsGemeentecode(h.gemeentecode)) {
      v.fout(
        'header.gemeentecode',
        'TR378',
        `Gemeentecode ${h.gemeentecode} komt niet voor in de CBS-gemeentelijke indeling.`,
      );
    }
    if (typeof h.aanbiederAgbCode !== 'string' || !/^[0-9]{8}$/.test(h.aanbiederAgbCode)) {
      v.fout(
        'header.aanbiederAgbCode',
        'XSD',
        `AGB-code van de aanbieder moet uit 8 cijfers bestaan, kreeg ${JSON.stringify(h.aanbiederAgbCode)}.`,
      );
    }
    const bi = h.berichtIdentificatie;
    if (!bi) {
      v.fout('header.berichtIdentificatie', 'XSD', 'Berichtidentificatie ontbreekt.');
    } else {
      if (
        v.tekst(
          'header.berichtIdentificatie.identificatie',
          'Identificatie van het bericht',
          bi.identificatie,
          { max: 12 },
        ) &&
        opties.gebruikteBerichtIdentificaties?.has(bi.identificatie)
      ) {
        v.fout(
          'header.berichtIdentificatie.identificatie',
          'TR056',
          `Identificatie ${JSON.stringify(bi.identificatie)} is al gebruikt voor een eerder toewijzingsbericht.`,
        );
      }
      if (v.datum('header.berichtIdentificatie.dagtekening', 'Dagtekening', bi.dagtekening))
        dagtekening = bi.dagtekening;
    }
  }

  const c = input?.client;
  if (!c) {
    v.fout('client', 'XSD', 'Cliënt ontbreekt.');
  } else {
    if (!isGeldigBsn(c.bsn)) {
      v.fout(
        'client.bsn',
        'CS002',
        `BSN ${JSON.stringify(c.bsn)} is ongeldig: 9 cijfers die voldoen aan de elfproef.`,
      );
    }
    v.geboortedatum('client.geboortedatum', c.geboortedatum, dagtekening);
    v.code('client.geslacht', 'Geslacht', c.geslacht, isGeslacht, 'COD046');
    v.naam('client.naam', c.naam);
    if (c.communicatie !== undefined) {
      const com = c.communicatie;
      if (v.code('client.communicatie.vorm', 'Communicatievorm', com.vorm, isCommunicatievorm, 'COD747')) {
        if (com.vorm === '1' && com.taal === undefined) {
          v.fout(
            'client.communicatie.taal',
            'CD007',
            'Bij een tolk (communicatievorm 1) is de taal verplicht.',
          );
        }
        if (com.vorm !== '1' && com.taal !== undefined) {
          v.fout(
            'client.communicatie.taal',
            'CD007',
            'Een taal hoort alleen bij communicatievorm 1 (tolk taal).',
          );
        }
      }
      if (com.taal !== undefined) v.tekst('client.communicatie.taal', 'Taal', com.taal, { max: 25 });
    }
    if (c.juridischeStatus !== undefined) {
      v.code('client.juridischeStatus', 'Juridische status', c.juridischeStatus, isJuridischeStatus, 'WJ232');
    }
    if (c.wettelijkeVertegenwoordiging !== undefined) {
      v.code(
        'client.wettelijkeVertegenwoordiging',
        'Wettelijke vertegenwoordiging',
        c.wettelijkeVertegenwoordiging,
        isWettelijkeVertegenwoordiging,
        'WJ003',
      );
    }
    if (c.commentaar !== undefined) v.commentaar('client.commentaar', c.commentaar);

    if (c.relaties !== undefined) {
      if (!Array.isArray(c.relaties)) {
        v.fout('client.relaties', 'XSD', 'Relaties is geen lijst.');
      } else {
        const nummers = new Set<string>();
        c.relaties.forEach((r, i) => {
          const veld = `client.relaties[${i}]`;
          if (v.tekst(`${veld}.nummer`, 'Nummer van de relatie', r.nummer, { max: 20 })) {
            if (nummers.has(r.nummer))
              v.fout(`${veld}.nummer`, 'TR101', `Relatienummer ${r.nummer} komt twee keer voor.`);
            nummers.add(r.nummer);
          }
          if (r.volgorde !== undefined) v.geheelGetal(`${veld}.volgorde`, 'Volgorde', r.volgorde, 0, 99);
          v.code(`${veld}.soort`, 'Soort relatie', r.soort, isSoortRelatie, 'COD472');
          if (r.geboortedatum !== undefined)
            v.geboortedatum(`${veld}.geboortedatum`, r.geboortedatum, dagtekening);
          if (r.geslacht !== undefined)
            v.code(`${veld}.geslacht`, 'Geslacht', r.geslacht, isGeslacht, 'COD046');
          v.naam(`${veld}.naam`, r.naam);
          v.contact(`${veld}.contact`, r.contact);
        });
      }
    }

    if (!Array.isArray(c.contactgegevens) || c.contactgegevens.length === 0) {
      v.fout(
        'client.contactgegevens',
        'XSD',
        'Ten minste één contact (adres of telefoon) van de cliënt is verplicht.',
      );
    } else {
      const soorten = new Set<string>();
      c.contactgegevens.forEach((contact, i) => {
        v.contact(`client.contactgegevens[${i}]`, contact);
        if (contact && soorten.has(contact.soort)) {
          v.fout(
            `client.contactgegevens[${i}].soort`,
            'TR101',
            `Soort adres ${contact.soort} komt twee keer voor.`,
          );
        }
        if (contact) soorten.add(contact.soort);
      });
      if (!['01', '02', '03'].some((s) => soorten.has(s))) {
        v.fout(
          'client.contactgegevens',
          'TR061',
          'De cliënt heeft ten minste een BRP-adres (01), correspondentieadres (02) of verblijfadres (03).',
        );
      }
    }
  }

  const toewijzingen = input?.toewijzingen;
  if (!Array.isArray(toewijzingen) || toewijzingen.length === 0) {
    v.fout('toewijzingen', 'XSD', 'Ten minste één toegewezen product is verplicht.');
  } else {
    const nummers = new Set<number>();
    toewijzingen.forEach((t, i) => {
      const veld = `toewijzingen[${i}]`;
      v.toewijzing(veld, t, dagtekening);
      if (nummers.has(t.toewijzingNummer)) {
        v.fout(
          `${veld}.toewijzingNummer`,
          'TR101',
          `Toewijzingnummer ${t.toewijzingNummer} komt twee keer voor in het bericht.`,
        );
      }
      nummers.add(t.toewijzingNummer);
    });
    const datumsOk = toewijzingen.every(
      (t) => isIsoDatum(t.ingangsdatum) && (t.einddatum === undefined || isIsoDatum(t.einddatum)),
    );
    if (datumsOk) {
      for (const [i, j] of tr302Conflicten(toewijzingen)) {
        v.fout(
          `toewijzingen[${j}]`,
          'TR302',
          `Toewijzing ${toewijzingen[j]!.toewijzingNummer} en ${toewijzingen[i]!.toewijzingNummer} betreffen hetzelfde product met overlappende periodes; alleen bij hulpmiddelen (categorie 11–14) mag dat.`,
        );
      }
    }
  }
  return v.fouten;
}

// ---------------------------------------------------------------------------------------------
// Serialisation
// ---------------------------------------------------------------------------------------------

const W = (naam: string) => `wmo301:${naam}`;
const B = (naam: string) => `iwmo:${naam}`;

function schrijfGeboortedatum(x: XmlSchrijver, g: Geboortedatum): void {
  x.open(W('Geboortedatum')).tekst(B('Datum'), g.datum).optioneel(B('DatumGebruik'), g.datumGebruik).sluit();
}

function schrijfAchternaam(x: XmlSchrijver, naam: string, a: Achternaam): void {
  x.open(B(naam)).tekst(B('Achternaam'), a.achternaam).optioneel(B('Voorvoegsel'), a.voorvoegsel).sluit();
}

function schrijfNaam(x: XmlSchrijver, n: VolledigeNaam): void {
  x.open(W('Naam'));
  schrijfAchternaam(x, 'Geslachtsnaam', n.geslachtsnaam);
  if (n.partnernaam) schrijfAchternaam(x, 'Partnernaam', n.partnernaam);
  x.optioneel(B('Voornamen'), n.voornamen)
    .optioneel(B('Voorletters'), n.voorletters)
    .tekst(B('NaamGebruik'), n.naamgebruik);
  x.sluit();
}

function schrijfTelefoon(x: XmlSchrijver, naam: string, t: Telefoon): void {
  x.open(B(naam)).tekst(B('Telefoonnummer'), t.telefoonnummer).tekst(B('Landnummer'), t.landnummer).sluit();
}

function schrijfContact(x: XmlSchrijver, c: Contact): void {
  x.open(W('Contact')).tekst(W('Soort'), c.soort);
  if (c.adres) {
    const a = c.adres;
    x.open(W('Adres'));
    if (a.huis) {
      x.open(B('Huis'))
        .tekst(B('Huisnummer'), a.huis.huisnummer)
        .optioneel(B('Huisletter'), a.huis.huisletter)
        .optioneel(B('HuisnummerToevoeging'), a.huis.huisnummerToevoeging)
        .optioneel(B('AanduidingWoonadres'), a.huis.aanduidingWoonadres)
        .sluit();
    }
    x.optioneel(B('Postcode'), a.postcode)
      .optioneel(B('Straatnaam'), a.straatnaam)
      .optioneel(B('Plaatsnaam'), a.plaatsnaam)
      .optioneel(B('LandCode'), a.landCode)
      .sluit();
  }
  x.optioneel(W('Organisatie'), c.organisatie);
  if (c.telefoon) {
    x.open(W('Telefoon'));
    schrijfTelefoon(x, 'Telefoon01', c.telefoon.telefoon01);
    if (c.telefoon.telefoon02) schrijfTelefoon(x, 'Telefoon02', c.telefoon.telefoon02);
    x.sluit();
  }
  x.optioneel(W('Emailadres'), c.emailadres);
  if (c.periode) {
    x.open(W('Periode'))
      .optioneel(B('Begindatum'), c.periode.begindatum)
      .optioneel(B('Einddatum'), c.periode.einddatum)
      .sluit();
  }
  x.sluit();
}

function schrijfToewijzing(x: XmlSchrijver, t: Wmo301Toewijzing): void {
  x.open(W('ToegewezenProduct'))
    .tekst(W('ToewijzingNummer'), t.toewijzingNummer)
    .optioneel(W('ReferentieAanbieder'), t.referentieAanbieder);
  if (t.product)
    x.open(W('Product'))
      .tekst(B('Categorie'), t.product.categorie)
      .optioneel(B('Code'), t.product.code)
      .sluit();
  x.tekst(W('Toewijzingsdatum'), t.toewijzingsdatum)
    .tekst(W('Toewijzingstijd'), t.toewijzingstijd)
    .tekst(W('Ingangsdatum'), t.ingangsdatum)
    .optioneel(W('Einddatum'), t.einddatum)
    .optioneel(W('RedenWijziging'), t.redenWijziging);
  if (t.omvang) {
    x.open(W('Omvang'))
      .tekst(B('Volume'), t.omvang.volume)
      .tekst(B('Eenheid'), t.omvang.eenheid)
      .tekst(B('Frequentie'), t.omvang.frequentie)
      .sluit();
  }
  x.optioneel(W('Budget'), t.budget).optioneel(W('Commentaar'), t.commentaar).sluit();
}

/**
 * Writes the WMO301 XML for `input` WITHOUT validating it (element order and namespaces as the XSD;
 * text escaped and NFC-normalised). Use `bouwWmo301` unless you need an invalid message on purpose.
 * Throws only for text that XML cannot represent.
 */
export function serialiseerWmo301(input: Wmo301Input): string {
  const { header: h, client: c } = input;
  const x = new XmlSchrijver().openRoot(W('Bericht'), {
    iwmo: IWMO_BASISSCHEMA_NAMESPACE,
    wmo301: WMO301_NAMESPACE,
  });
  x.open(W('Header'))
    .tekst(W('BerichtCode'), WMO301_BERICHTCODE)
    .tekst(W('BerichtVersie'), WMO301_BERICHTVERSIE)
    .tekst(W('BerichtSubversie'), WMO301_BERICHTSUBVERSIE)
    .tekst(W('Afzender'), h.gemeentecode)
    .tekst(W('Ontvanger'), h.aanbiederAgbCode)
    .open(W('BerichtIdentificatie'))
    .tekst(B('Identificatie'), h.berichtIdentificatie.identificatie)
    .tekst(B('Dagtekening'), h.berichtIdentificatie.dagtekening)
    .sluit()
    .open(W('XsdVersie'))
    .tekst(B('BasisschemaXsdVersie'), WMO301_XSD_VERSIE.basisschemaXsdVersie)
    .tekst(B('BerichtXsdVersie'), WMO301_XSD_VERSIE.berichtXsdVersie)
    .sluit()
    .sluit();

  x.open(W('Client')).tekst(W('Bsn'), c.bsn);
  schrijfGeboortedatum(x, c.geboortedatum);
  x.tekst(W('Geslacht'), c.geslacht);
  schrijfNaam(x, c.naam);
  if (c.communicatie)
    x.open(W('Communicatie'))
      .tekst(B('Vorm'), c.communicatie.vorm)
      .optioneel(B('Taal'), c.communicatie.taal)
      .sluit();
  x.optioneel(W('JuridischeStatus'), c.juridischeStatus)
    .optioneel(W('WettelijkeVertegenwoordiging'), c.wettelijkeVertegenwoordiging)
    .optioneel(W('Commentaar'), c.commentaar);
  if (c.relaties?.length) {
    x.open(W('Relaties'));
    for (const r of c.relaties) {
      x.open(W('Relatie'))
        .tekst(W('Nummer'), r.nummer)
        .optioneel(W('Volgorde'), r.volgorde)
        .tekst(W('Soort'), r.soort);
      if (r.geboortedatum) schrijfGeboortedatum(x, r.geboortedatum);
      x.optioneel(W('Geslacht'), r.geslacht);
      schrijfNaam(x, r.naam);
      schrijfContact(x, r.contact);
      x.sluit();
    }
    x.sluit();
  }
  x.open(W('Contactgegevens'));
  for (const contact of c.contactgegevens) schrijfContact(x, contact);
  x.sluit();
  x.open(W('ToegewezenProducten'));
  for (const t of input.toewijzingen) schrijfToewijzing(x, t);
  x.sluit();
  x.sluit(); // Client
  x.sluit(); // Bericht
  return x.resultaat();
}

/**
 * The WMO301 toewijzingsbericht for `input`: validated (`valideerWmo301Input`, throws
 * `Wmo301ValidatieFout` listing every problem), then serialised. UTF-8 text without BOM.
 */
export function bouwWmo301(input: Wmo301Input, opties: Wmo301ValidatieOpties = {}): string {
  const fouten = valideerWmo301Input(input, opties);
  if (fouten.length) throw new Wmo301ValidatieFout(fouten);
  return serialiseerWmo301(input);
}

// ---------------------------------------------------------------------------------------------
// OP087: one message per client and aanbieder with all current toewijzingen
// ---------------------------------------------------------------------------------------------

export interface ToewijzingVoorGroepering {
  bsn: string;
  aanbiederAgbCode: string;
  toewijzing: Wmo301Toewijzing;
  /** True when this toewijzing is new or changed since the last message to the aanbieder. */
  gewijzigd?: boolean;
}

export interface ToewijzingGroep {
  bsn: string;
  aanbiederAgbCode: string;
  /** All toewijzingen to send, by ingangsdatum then toewijzingNummer. */
  toewijzingen: Wmo301Toewijzing[];
  /** Whether at least one of them is new or changed — only then does a message need to go out. */
  bevatWijziging: boolean;
}

/** A toewijzing is current on `peildatum` when it has no einddatum or ends on or after it. */
export function isActueel(t: Pick<Wmo301Toewijzing, 'einddatum'>, peildatum: IsoDatum): boolean {
  return t.einddatum === undefined || t.einddatum >= peildatum;
}

/**
 * OP087: a toewijzingsbericht contains all current toewijzingen of the client at the aanbieder.
 * Groups `items` per (BSN, aanbieder) in order of first appearance; each group holds the
 * toewijzingen that are current on `peildatum` (the dagtekening of the message to be sent) plus those
 * that changed (`gewijzigd`, e.g. ended in the past or withdrawn with RedenWijziging 13 — the
 * aanbieder must receive that change once). Groups with nothing to send are left out. Throws when a
 * toewijzingNummer occurs twice (TR332: unique per gemeente).
 */
export function groepeerToewijzingen(
  items: readonly ToewijzingVoorGroepering[],
  peildatum: IsoDatum,
): ToewijzingGroep[] {
  if (!isIsoDatum(peildatum))
    throw new RangeError(`Peildatum is geen geldige datum: ${JSON.stringify(peildatum)}`);
  const nummers = new Set<number>();
  const groepen = new Map<string, ToewijzingGroep>();
  for (const item of items) {
    const nummer = item.toewijzing.toewijzingNummer;
    if (nummers.has(nummer)) throw new Error(`Toewijzingnummer ${nummer} komt twee keer voor (TR332)`);
    nummers.add(nummer);
    const sleutel = `${item.bsn}|${item.aanbiederAgbCode}`;
    let groep = groepen.get(sleutel);
    if (!groep) {
      groep = {
        bsn: item.bsn,
        aanbiederAgbCode: item.aanbiederAgbCode,
        toewijzingen: [],
        bevatWijziging: false,
      };
      groepen.set(sleutel, groep);
    }
    if (item.gewijzigd || isActueel(item.toewijzing, peildatum)) {
      groep.toewijzingen.push(item.toewijzing);
      if (item.gewijzigd) groep.bevatWijziging = true;
    }
  }
  const resultaat = [...groepen.values()].filter((g) => g.toewijzingen.length > 0);
  for (const g of resultaat) {
    g.toewijzingen.sort((a, b) =>
      a.ingangsdatum < b.ingangsdatum
        ? -1
        : a.ingangsdatum > b.ingangsdatum
          ? 1
          : a.toewijzingNummer - b.toewijzingNummer,
    );
  }
  return resultaat;
}
