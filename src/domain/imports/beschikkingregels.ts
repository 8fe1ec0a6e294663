/**
 * The historic import of beschikkingen (docs/import.md): one CSV row per granted voorziening.
 * Pure rules: which columns, how each value is read and checked, the keys that make the import
 * idempotent, and the checks across rows (duplicates, one birth date per client). Lookups that
 * need the database (wijk, postcode → wijk, aanbieder, product) come in through `ImportContext`.
 *
 * Error messages never repeat a value from the file (it may be a BSN or a birth date): the line
 * number and the column name are enough to find it.
 */
import { hash } from 'node:crypto';
import { isGeldigBsn } from '../bsn/bsn.ts';
import type { Productcategorie } from '../iwmo/codelijsten.ts';
import { productcategorieVan } from './categorie.ts';

export const VERPLICHTE_KOLOMMEN = [
  'client_id',
  'geboortedatum',
  'postcode',
  'productcategorie',
  'leveringsvorm',
  'besluitdatum',
  'ingangsdatum',
] as const;
export const OPTIONELE_KOLOMMEN = [
  'wijkcode',
  'productcode',
  'aanbieder_agb',
  'einddatum',
  'achternaam',
  'tussenvoegsel',
  'voornamen',
  'geslacht',
  'straat',
  'huisnummer',
  'huisnummertoevoeging',
  'woonplaats',
] as const;
export type Kolom = (typeof VERPLICHTE_KOLOMMEN)[number] | (typeof OPTIONELE_KOLOMMEN)[number];
const ALLE_KOLOMMEN: readonly Kolom[] = [...VERPLICHTE_KOLOMMEN, ...OPTIONELE_KOLOMMEN];

/** A row-level (or file-level, regel 1) error. `kolom` null: the row as a whole. */
export interface ImportFout {
  regel: number;
  kolom: string | null;
  code: string;
  melding: string;
}

export type Kop = Map<Kolom, number>;

/** The header: column positions, or every problem with it at once. Names are case-insensitive. */
export function leesKop(velden: readonly string[], regel = 1): { kop: Kop } | { fouten: ImportFout[] } {
  const kop: Kop = new Map();
  const fouten: ImportFout[] = [];
  velden.forEach((ruw, i) => {
    const naam = ruw
      .trim()
      .toLowerCase()
      .replace(/^\ufeff/, '');
    if (naam === '') {
      fouten.push({ regel, kolom: null, code: 'kolom-leeg', melding: `Kolom ${i + 1} heeft geen naam.` });
    } else if (!(ALLE_KOLOMMEN as readonly string[]).includes(naam)) {
      fouten.push({
        regel,
        kolom: naam,
        code: 'kolom-onbekend',
        melding: `Onbekende kolom "${naam}". Toegestaan: ${ALLE_KOLOMMEN.join(', ')}.`,
      });
    } else if (kop.has(naam as Kolom)) {
      fouten.push({
        regel,
        kolom: naam,
        code: 'kolom-dubbel',
        melding: `De kolom "${naam}" staat er twee keer in.`,
      });
    } else kop.set(naam as Kolom, i);
  });
  for (const k of VERPLICHTE_KOLOMMEN) {
    if (!kop.has(k))
      fouten.push({ regel, kolom: k, code: 'kolom-ontbreekt', melding: `De kolom "${k}" ontbreekt.` });
  }
  return fouten.length ? { fouten } : { kop };
}

/** What the database knows about the gemeente, for the lookups a row needs. */
export interface ImportContext {
  vandaag: string;
  wijkOpCode(code: string): string | null;
  wijkOpPostcode(postcode: string): string | null;
  aanbiederOpAgb(agb: string): string | null;
  product(categorie: string, productcode: string): string | null;
}

export type Geslacht = 'man' | 'vrouw' | 'anders' | 'onbekend';

export interface ImportRegel {
  regel: number;
  /** 'b:<bsn>' or 's:<source key>': who the client is. */
  persoonSleutel: string;
  bsn: string | null;
  bronSleutel: string | null;
  geboortedatum: string;
  postcode: string;
  wijkId: string;
  productcategorie: Productcategorie;
  productcode: string | null;
  productId: string | null;
  leveringsvorm: 'zin' | 'pgb';
  aanbiederId: string | null;
  besluitdatum: string;
  ingangsdatum: string;
  einddatum: string | null;
  achternaam: string | null;
  tussenvoegsel: string | null;
  voornamen: string | null;
  geslacht: Geslacht;
  straat: string | null;
  huisnummer: number | null;
  huisnummertoevoeging: string | null;
  woonplaats: string | null;
  /** Key of the beschikking (client + besluitdatum): rows with the same key form one beschikking. */
  beschikkingSleutel: string;
  /** Key of the voorziening line: the identity of the row (see `voorzieningIdentiteit`). */
  voorzieningSleutel: string;
}

const DAGEN_IN_MAAND = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO (2019-03-01) or Dutch (1-3-2019, 01-03-2019, 01/03/2019) → ISO, or null when no real date. */
export function leesDatum(waarde: string): string | null {
  const w = waarde.trim();
  let j: number;
  let m: number;
  let d: number;
  let r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
  if (r) {
    j = Number(r[1]);
    m = Number(r[2]);
    d = Number(r[3]);
  } else {
    r = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(w);
    if (!r) return null;
    d = Number(r[1]);
    m = Number(r[2]);
    j = Number(r[3]);
  }
  if (j < 1900 || j > 2999 || m < 1 || m > 12 || d < 1) return null;
  const schrikkel = (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;
  const dagen = m === 2 ? (schrikkel ? 29 : 28) : DAGEN_IN_MAAND[m - 1]!;
  if (d > dagen) return null;
  return `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** '1234 ab' → '1234AB'; null when it is no Dutch postcode. */
export function leesPostcode(waarde: string): string | null {
  const p = waarde.replace(/\s+/g, '').toUpperCase();
  return /^[1-9][0-9]{3}[A-Z]{2}$/.test(p) ? p : null;
}

const LEVERINGSVORM: Record<string, 'zin' | 'pgb'> = {
  zin: 'zin',
  natura: 'zin',
  zorginnatura: 'zin',
  pgb: 'pgb',
  persoonsgebondenbudget: 'pgb',
};

const GESLACHT: Record<string, Geslacht> = {
  m: 'man',
  man: 'man',
  v: 'vrouw',
  vrouw: 'vrouw',
  x: 'anders',
  anders: 'anders',
  o: 'onbekend',
  onbekend: 'onbekend',
};

/** A client: a BSN when it has 8 or 9 digits (separators allowed), otherwise a source-system key. */
export function leesClientId(
  waarde: string,
): { bsn: string } | { bronSleutel: string } | { fout: string; code: string } {
  const w = waarde.trim();
  const cijfers = w.replace(/[\s.-]/g, '');
  if (/^[0-9]{8,9}$/.test(cijfers)) {
    const bsn = cijfers.padStart(9, '0');
    return isGeldigBsn(bsn)
      ? { bsn }
      : {
          code: 'bsn-ongeldig',
          fout: 'client_id heeft 8 of 9 cijfers (een BSN) maar voldoet niet aan de elfproef. Een bronsleutel van 8 of 9 cijfers: zet er een letter voor.',
        };
  }
  if (/^[A-Za-z0-9][A-Za-z0-9._\-/:]{0,99}$/.test(w)) return { bronSleutel: w };
  return {
    code: 'client-id-ongeldig',
    fout:
      w === ''
        ? 'client_id is leeg.'
        : 'client_id is geen BSN en geen geldige bronsleutel (letters, cijfers en . _ - / :, hoogstens 100 tekens).',
  };
}

function sleutel(...delen: string[]): string {
  return hash('sha256', delen.join('\u001f'), 'base64url').slice(0, 32);
}

/**
 * What makes a row one voorziening: client, besluitdatum, category, product and ingangsdatum. Two
 * rows that agree on these are duplicates (even if the einddatum differs: which one is right?).
 */
export function voorzieningIdentiteit(r: {
  persoonSleutel: string;
  besluitdatum: string;
  productcategorie: string;
  productcode: string | null;
  ingangsdatum: string;
}): string {
  return sleutel(
    'v1',
    r.persoonSleutel,
    r.besluitdatum,
    r.productcategorie,
    r.productcode ?? '',
    r.ingangsdatum,
  );
}

export function beschikkingIdentiteit(persoonSleutel: string, besluitdatum: string): string {
  return sleutel('b1', persoonSleutel, besluitdatum);
}

/** Reads the values of one row and collects its errors (methods, not per-row closures: a million rows). */
class RegelLezer {
  readonly fouten: ImportFout[] = [];
  constructor(
    readonly regel: number,
    readonly velden: readonly string[],
    readonly kop: Kop,
  ) {}
  fout(kolom: string | null, code: string, melding: string): void {
    this.fouten.push({ regel: this.regel, kolom, code, melding });
  }
  waarde(k: Kolom): string {
    const i = this.kop.get(k);
    return i === undefined ? '' : this.velden[i]!.trim();
  }
  optioneel(k: Kolom, max: number): string | null {
    const w = this.waarde(k);
    if (w === '') return null;
    if (w.length > max) {
      this.fout(k, 'te-lang', `${k} is langer dan ${max} tekens.`);
      return null;
    }
    return w;
  }
  datum(k: Kolom, verplicht: boolean): string | null {
    const w = this.waarde(k);
    if (w === '') {
      if (verplicht) this.fout(k, 'verplicht', `${k} ontbreekt.`);
      return null;
    }
    const d = leesDatum(w);
    if (!d) this.fout(k, 'datum-ongeldig', `${k} is geen geldige datum (jjjj-mm-dd of dd-mm-jjjj).`);
    return d;
  }
}

/** Checks one row; every problem in it at once. */
export function leesRegel(
  regel: number,
  velden: readonly string[],
  kop: Kop,
  ctx: ImportContext,
): { ok: true; regel: ImportRegel } | { ok: false; fouten: ImportFout[] } {
  const l = new RegelLezer(regel, velden, kop);
  const fouten = l.fouten;
  if (velden.length !== kop.size) {
    l.fout(
      null,
      'aantal-kolommen',
      `Deze regel heeft ${velden.length} kolommen; de kopregel heeft er ${kop.size}. Staat er een scheidingsteken in een waarde zonder aanhalingstekens?`,
    );
    return { ok: false, fouten };
  }

  const client = leesClientId(l.waarde('client_id'));
  if ('fout' in client) l.fout('client_id', client.code, client.fout);
  const geboortedatum = l.datum('geboortedatum', true);
  if (geboortedatum && geboortedatum > ctx.vandaag)
    l.fout('geboortedatum', 'in-toekomst', 'geboortedatum ligt in de toekomst.');

  const postcodeRuw = l.waarde('postcode');
  const postcode = leesPostcode(postcodeRuw);
  if (!postcode)
    l.fout(
      'postcode',
      postcodeRuw ? 'postcode-ongeldig' : 'verplicht',
      'postcode ontbreekt of is geen postcode (1234AB).',
    );
  const wijkcode = l.waarde('wijkcode').toUpperCase();
  let wijkId: string | null = null;
  if (wijkcode) {
    wijkId = ctx.wijkOpCode(wijkcode);
    if (!wijkId) l.fout('wijkcode', 'wijk-onbekend', `Wijk "${wijkcode}" bestaat niet in deze gemeente.`);
  } else if (postcode) {
    wijkId = ctx.wijkOpPostcode(postcode);
    if (!wijkId)
      l.fout(
        'wijkcode',
        'wijk-onbekend',
        'De postcode valt in geen wijk van deze gemeente; vul wijkcode in.',
      );
  }

  const categorieRuw = l.waarde('productcategorie');
  const productcategorie = productcategorieVan(categorieRuw);
  if (!productcategorie)
    l.fout(
      'productcategorie',
      categorieRuw ? 'categorie-onbekend' : 'verplicht',
      categorieRuw
        ? `Onbekende productcategorie "${categorieRuw.slice(0, 60)}": gebruik de WMO020-code (01–18) of de naam (bijv. "hulp bij het huishouden").`
        : 'productcategorie ontbreekt.',
    );
  const productcode = l.waarde('productcode').toUpperCase() || null;
  if (productcode && !/^[0-9A-Z]{5}$/.test(productcode))
    l.fout('productcode', 'productcode-ongeldig', 'productcode heeft 5 tekens (cijfers en hoofdletters).');
  const productId =
    productcode && productcategorie && /^[0-9A-Z]{5}$/.test(productcode)
      ? ctx.product(productcategorie, productcode)
      : null;

  const lvRuw = l.waarde('leveringsvorm');
  const leveringsvorm = LEVERINGSVORM[lvRuw.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
  if (!leveringsvorm)
    l.fout('leveringsvorm', lvRuw ? 'leveringsvorm-onbekend' : 'verplicht', 'leveringsvorm is zin of pgb.');

  const agb = l.waarde('aanbieder_agb');
  let aanbiederId: string | null = null;
  if (agb) {
    if (!/^[0-9]{8}$/.test(agb))
      l.fout('aanbieder_agb', 'agb-ongeldig', 'aanbieder_agb is een AGB-code van 8 cijfers.');
    else {
      aanbiederId = ctx.aanbiederOpAgb(agb);
      if (!aanbiederId)
        l.fout(
          'aanbieder_agb',
          'aanbieder-onbekend',
          `Geen aanbieder met AGB-code ${agb} in deze gemeente; voeg hem eerst toe bij Organisatie.`,
        );
    }
  }

  const besluitdatum = l.datum('besluitdatum', true);
  const ingangsdatum = l.datum('ingangsdatum', true);
  const einddatum = l.datum('einddatum', false);
  if (besluitdatum && besluitdatum > ctx.vandaag)
    l.fout('besluitdatum', 'in-toekomst', 'besluitdatum ligt in de toekomst.');
  if (ingangsdatum && einddatum && einddatum < ingangsdatum)
    l.fout('einddatum', 'voor-ingang', 'einddatum ligt vóór ingangsdatum.');
  if (geboortedatum && ingangsdatum && ingangsdatum < geboortedatum)
    l.fout('ingangsdatum', 'voor-geboorte', 'ingangsdatum ligt vóór de geboortedatum.');

  const achternaam = l.optioneel('achternaam', 200);
  const tussenvoegsel = l.optioneel('tussenvoegsel', 20);
  const voornamen = l.optioneel('voornamen', 200);
  const geslachtRuw = l.waarde('geslacht').toLowerCase();
  const geslacht = geslachtRuw ? (GESLACHT[geslachtRuw] ?? null) : 'onbekend';
  if (!geslacht)
    l.fout('geslacht', 'geslacht-onbekend', 'geslacht is man, vrouw, anders of onbekend (of m, v, x, o).');
  const straat = l.optioneel('straat', 200);
  const huisnummerRuw = l.waarde('huisnummer');
  let huisnummer: number | null = null;
  if (huisnummerRuw) {
    if (/^[0-9]{1,5}$/.test(huisnummerRuw) && Number(huisnummerRuw) >= 1) huisnummer = Number(huisnummerRuw);
    else l.fout('huisnummer', 'huisnummer-ongeldig', 'huisnummer is een getal van 1 tot 99999.');
  }
  const huisnummertoevoeging = l.optioneel('huisnummertoevoeging', 10);
  const woonplaats = l.optioneel('woonplaats', 100);

  if (fouten.length) return { ok: false, fouten };
  const persoonSleutel =
    'bsn' in client ? `b:${client.bsn}` : `s:${(client as { bronSleutel: string }).bronSleutel}`;
  const r = {
    persoonSleutel,
    besluitdatum: besluitdatum!,
    productcategorie: productcategorie!,
    productcode,
    ingangsdatum: ingangsdatum!,
  };
  return {
    ok: true,
    regel: {
      regel,
      ...r,
      bsn: 'bsn' in client ? client.bsn : null,
      bronSleutel: 'bronSleutel' in client ? client.bronSleutel : null,
      geboortedatum: geboortedatum!,
      postcode: postcode!,
      wijkId: wijkId!,
      productId,
      leveringsvorm: leveringsvorm!,
      aanbiederId,
      einddatum,
      achternaam,
      tussenvoegsel,
      voornamen,
      geslacht: geslacht!,
      straat,
      huisnummer,
      huisnummertoevoeging,
      woonplaats,
      beschikkingSleutel: beschikkingIdentiteit(persoonSleutel, besluitdatum!),
      voorzieningSleutel: voorzieningIdentiteit(r),
    },
  };
}

/**
 * Checks across rows, in file order: a row that repeats an earlier one (same voorziening identity)
 * and a client whose birth date differs from an earlier row are errors on the later line.
 * Returns the rows that pass and the errors.
 */
export function controleerSamenhang(regels: readonly ImportRegel[]): {
  geldig: ImportRegel[];
  fouten: ImportFout[];
} {
  const gezien = new Map<string, number>();
  const geboorte = new Map<string, { datum: string; regel: number }>();
  const geldig: ImportRegel[] = [];
  const fouten: ImportFout[] = [];
  for (const r of regels) {
    const eerder = gezien.get(r.voorzieningSleutel);
    if (eerder !== undefined) {
      fouten.push({
        regel: r.regel,
        kolom: null,
        code: 'dubbele-regel',
        melding: `Dubbele regel: dezelfde cliënt, besluitdatum, productcategorie, productcode en ingangsdatum als regel ${eerder}.`,
      });
      continue;
    }
    const g = geboorte.get(r.persoonSleutel);
    if (g && g.datum !== r.geboortedatum) {
      fouten.push({
        regel: r.regel,
        kolom: 'geboortedatum',
        code: 'geboortedatum-tegenstrijdig',
        melding: `Deze cliënt heeft op regel ${g.regel} een andere geboortedatum.`,
      });
      continue;
    }
    gezien.set(r.voorzieningSleutel, r.regel);
    if (!g) geboorte.set(r.persoonSleutel, { datum: r.geboortedatum, regel: r.regel });
    geldig.push(r);
  }
  return { geldig, fouten };
}
