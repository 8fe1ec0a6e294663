import { PRODUCTCATEGORIEEN } from '../iwmo/codelijsten.ts';

/**
 * Kerncijfers per wijk × productcategorie, as in the annex "Kerncijfers" of reference document 003
 * and shared/data/deventer-2019-wmo-kerncijfers.csv. This file turns the counts from the database
 * into the rows of that table: which categories, which order, which names. The definitions of the
 * counts themselves are in modules/monitoring/kerncijfers.ts (SQL) and docs/monitoring.md.
 */

export const MATEN = [
  'clienten',
  'geldige_beschikkingen',
  'afgegeven_beschikkingen',
  'unieke_clienten',
] as const;
export type Maat = (typeof MATEN)[number];

export const MAAT_OMSCHRIJVING: Record<Maat, string> = {
  clienten: 'Cliënten per productcategorie',
  geldige_beschikkingen: 'Geldige beschikkingen (op enig moment in het jaar)',
  afgegeven_beschikkingen: 'Afgegeven beschikkingen (besluitdatum in het jaar)',
  unieke_clienten: 'Unieke cliënten met een maatwerkvoorziening',
};

/**
 * The seven categories of the annex, in its order and with its (lower-case) names. They are always
 * in the table, also with 0; other categories only when they have a count.
 */
export const KERNCIJFER_CATEGORIEEN: ReadonlyArray<readonly [string, string]> = [
  ['01', 'hulp bij het huishouden'],
  ['02', 'begeleiding'],
  ['03', 'persoonlijke verzorging'],
  ['04', 'kortdurend verblijf'],
  ['07', 'dagbesteding'],
  ['08', 'vervoersdiensten'],
  ['10', 'overige maatwerkarrangementen'],
];
const VASTE = new Map(KERNCIJFER_CATEGORIEEN);

/** The Dutch name of a category as the kerncijfers write it: the annex's, or iWmo's in lower case. */
export function categorieNaam(code: string): string {
  return (
    VASTE.get(code) ?? PRODUCTCATEGORIEEN[code as keyof typeof PRODUCTCATEGORIEEN]?.toLowerCase() ?? code
  );
}

/** For voorzieningen without a wijk (address outside every postcode range). */
export const ONBEKENDE_WIJK = { code: '', naam: 'Onbekend' } as const;
/** The gemeente as a whole, in the unieke_clienten rows (each client once). */
export const TOTAAL = { code: '', naam: 'Totaal' } as const;

export interface KerncijferWijk {
  id: string;
  code: string;
  naam: string;
}

/** Counts per wijk (null: unknown) and category, as the query returns them. */
export interface CategorieTelling {
  wijkId: string | null;
  productcategorie: string;
  clienten: number;
  geldigeBeschikkingen: number;
  afgegevenBeschikkingen: number;
}

export interface UniekeTelling {
  /** Null: the voorzieningen without a wijk. */
  wijkId: string | null;
  aantal: number;
}

// A type (not an interface) so that rows are plain records for the export.
export type KerncijferRij = {
  jaar: number;
  gemeente: string;
  wijkcode: string;
  wijknaam: string;
  /** The Dutch category name; '' for unieke_clienten. */
  productcategorie: string;
  productcategorieCode: string | null;
  maat: Maat;
  aantal: number;
};

export interface Kerncijfers {
  jaar: number;
  gemeente: { code: string; naam: string };
  rijen: KerncijferRij[];
  /** The figures of the annex's first table ("Totaal Deventer"). */
  totalen: {
    uniekeClienten: number;
    /** Sum over wijken and categories: a client with two categories counts twice. */
    clienten: number;
    geldigeBeschikkingen: number;
    afgegevenBeschikkingen: number;
  };
}

const VELD: Record<Exclude<Maat, 'unieke_clienten'>, keyof CategorieTelling> = {
  clienten: 'clienten',
  geldige_beschikkingen: 'geldigeBeschikkingen',
  afgegeven_beschikkingen: 'afgegevenBeschikkingen',
};

/**
 * The rows in the order of the CSV: per maat (clienten, geldige, afgegeven, then unieke_clienten),
 * per category (the annex's seven, then others by code), per wijk in the annex's order (by code
 * from O to A), with "Onbekend" only when it has a count. unieke_clienten ends with the Totaal row.
 */
export function bouwKerncijfers(invoer: {
  jaar: number;
  gemeente: { code: string; naam: string };
  wijken: readonly KerncijferWijk[];
  tellingen: readonly CategorieTelling[];
  uniek: readonly UniekeTelling[];
  uniekTotaal: number;
  maten?: readonly Maat[];
}): Kerncijfers {
  const { jaar, gemeente } = invoer;
  const maten = MATEN.filter((m) => !invoer.maten || invoer.maten.includes(m));
  const wijken = [...invoer.wijken].sort((a, b) => (a.code < b.code ? 1 : a.code > b.code ? -1 : 0));
  const sleutel = (wijkId: string | null, cat: string) => `${wijkId ?? ''}|${cat}`;
  const telling = new Map(invoer.tellingen.map((t) => [sleutel(t.wijkId, t.productcategorie), t]));
  const extra = [...new Set(invoer.tellingen.map((t) => t.productcategorie))]
    .filter((c) => !VASTE.has(c))
    .sort();
  const categorieen = [...KERNCIJFER_CATEGORIEEN.map(([c]) => c), ...extra];
  const bekend = new Set(wijken.map((w) => w.id));
  const rij = (w: { code: string; naam: string }, cat: string | null, maat: Maat, aantal: number) => ({
    jaar,
    gemeente: gemeente.naam,
    wijkcode: w.code,
    wijknaam: w.naam,
    productcategorie: cat ? categorieNaam(cat) : '',
    productcategorieCode: cat,
    maat,
    aantal,
  });

  const rijen: KerncijferRij[] = [];
  for (const maat of maten) {
    if (maat === 'unieke_clienten') {
      const per = new Map(invoer.uniek.map((u) => [u.wijkId && bekend.has(u.wijkId) ? u.wijkId : null, 0]));
      for (const u of invoer.uniek) {
        const k = u.wijkId && bekend.has(u.wijkId) ? u.wijkId : null;
        per.set(k, (per.get(k) ?? 0) + u.aantal);
      }
      for (const w of wijken) rijen.push(rij(w, null, maat, per.get(w.id) ?? 0));
      if (per.get(null)) rijen.push(rij(ONBEKENDE_WIJK, null, maat, per.get(null)!));
      rijen.push(rij(TOTAAL, null, maat, invoer.uniekTotaal));
      continue;
    }
    for (const cat of categorieen) {
      for (const w of wijken)
        rijen.push(rij(w, cat, maat, Number(telling.get(sleutel(w.id, cat))?.[VELD[maat]] ?? 0)));
      const onbekend = invoer.tellingen
        .filter((t) => t.productcategorie === cat && !(t.wijkId && bekend.has(t.wijkId)))
        .reduce((s, t) => s + Number(t[VELD[maat]]), 0);
      if (onbekend) rijen.push(rij(ONBEKENDE_WIJK, cat, maat, onbekend));
    }
  }
  const som = (veld: keyof typeof VELD) => invoer.tellingen.reduce((s, t) => s + Number(t[VELD[veld]]), 0);
  return {
    jaar,
    gemeente,
    rijen,
    totalen: {
      uniekeClienten: invoer.uniekTotaal,
      clienten: som('clienten'),
      geldigeBeschikkingen: som('geldige_beschikkingen'),
      afgegevenBeschikkingen: som('afgegeven_beschikkingen'),
    },
  };
}
