/**
 * The lines of the beschikking form: what the user typed (strings, kept as typed on an error), the
 * API body made from it, and the server's invalidParams (`voorzieningen.1.leveringsvorm`) sorted
 * back onto the line they belong to, also after lines were added or removed.
 */
import type { InvalidParam } from '../api/client.ts';
import type { Besluit, Leveringsvorm, Product, Voorziening, VoorzieningInvoer } from './types.ts';

export interface Regel {
  /** Stable key of the line on the form (ids of its fields), not sent. */
  sleutel: string;
  besluit: Besluit | '';
  motivering: string;
  productId: string;
  /** Only for an afwijzing without a product. */
  productcategorie: string;
  volume: string;
  leveringsvorm: Leveringsvorm | '';
  aanbiederId: string;
  ingangsdatum: string;
  einddatum: string;
  herindicatiedatum: string;
}

export type RegelVeld = Exclude<keyof Regel, 'sleutel'>;

let teller = 0;
function nieuweSleutel(): string {
  teller += 1;
  return `r${teller}`;
}

export function legeRegel(): Regel {
  return {
    sleutel: nieuweSleutel(),
    besluit: '',
    motivering: '',
    productId: '',
    productcategorie: '',
    volume: '',
    leveringsvorm: '',
    aanbiederId: '',
    ingangsdatum: '',
    einddatum: '',
    herindicatiedatum: '',
  };
}

/** A stored line back into the form (editing a concept). */
export function regelUitVoorziening(v: Voorziening): Regel {
  return {
    sleutel: nieuweSleutel(),
    besluit: v.besluit,
    motivering: v.motivering,
    productId: v.product?.id ?? '',
    productcategorie: v.product ? '' : v.productcategorie,
    volume: v.volume === null ? '' : String(v.volume),
    leveringsvorm: v.leveringsvorm ?? '',
    aanbiederId: v.aanbieder?.id ?? '',
    ingangsdatum: v.ingangsdatum ?? '',
    einddatum: v.einddatum ?? '',
    herindicatiedatum: v.herindicatiedatum ?? '',
  };
}

/**
 * "3" → 3. Anything that is not a number is passed on as typed, so that the server's validation
 * reports it next to the field (one source of validation rules).
 */
export function parseVolume(invoer: string): number | string | null {
  const t = invoer.trim();
  if (t === '') return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

/** Which fields the line shows: an afwijzing has no omvang, leveringsvorm or period. */
export function zichtbareVelden(r: Regel): RegelVeld[] {
  const basis: RegelVeld[] = ['besluit', 'productId'];
  if (r.besluit === 'afwijzing') {
    return [...basis, ...(r.productId ? [] : (['productcategorie'] as RegelVeld[])), 'motivering'];
  }
  return [
    ...basis,
    'volume',
    'leveringsvorm',
    ...(r.leveringsvorm === 'zin' ? (['aanbiederId'] as RegelVeld[]) : []),
    'ingangsdatum',
    'einddatum',
    'herindicatiedatum',
    'motivering',
  ];
}

const leeg = (s: string) => (s.trim() ? s.trim() : null);

/** The API line for what the user typed; fields the line does not show are not sent. */
export function naarInvoer(r: Regel): VoorzieningInvoer {
  if (r.besluit === 'afwijzing') {
    return {
      besluit: 'afwijzing',
      motivering: r.motivering,
      productId: r.productId || null,
      ...(r.productId || !r.productcategorie ? {} : { productcategorie: r.productcategorie }),
    };
  }
  return {
    // Not chosen: the server names the field.
    besluit: r.besluit || undefined,
    motivering: r.motivering,
    productId: r.productId || null,
    volume: parseVolume(r.volume),
    leveringsvorm: r.leveringsvorm || null,
    aanbiederId: r.leveringsvorm === 'zin' ? r.aanbiederId || null : null,
    ingangsdatum: leeg(r.ingangsdatum),
    einddatum: leeg(r.einddatum),
    herindicatiedatum: leeg(r.herindicatiedatum),
  };
}

/** The API's name of a line's field, for the fields the API derives (eenheid from the product). */
const VELD_VAN_API: Record<string, RegelVeld> = {
  besluit: 'besluit',
  motivering: 'motivering',
  productId: 'productId',
  eenheid: 'productId',
  frequentie: 'productId',
  productcategorie: 'productcategorie',
  volume: 'volume',
  leveringsvorm: 'leveringsvorm',
  aanbiederId: 'aanbiederId',
  ingangsdatum: 'ingangsdatum',
  einddatum: 'einddatum',
  herindicatiedatum: 'herindicatiedatum',
};

export interface RegelFouten {
  /** Line key → field → reason (the first reason per field). */
  velden: Record<string, Partial<Record<RegelVeld, string>>>;
  /** Line key → reasons that belong to no field the line shows. */
  regel: Record<string, string[]>;
  /** The beschikking's own fields ("toelichting"). */
  algemeen: Record<string, string>;
  /** Everything else ("voorzieningen": at least one line), for the summary. */
  overig: InvalidParam[];
}

/**
 * Sorts the server's invalidParams over the lines. `sleutels` are the lines' keys in the order in
 * which they were sent: index 1 in the answer is the line that was second then.
 */
export function sorteerFouten(
  params: readonly InvalidParam[],
  sleutels: readonly string[],
  regels: readonly Regel[],
): RegelFouten {
  const uit: RegelFouten = { velden: {}, regel: {}, algemeen: {}, overig: [] };
  for (const p of params) {
    if (p.name === 'toelichting') {
      uit.algemeen.toelichting ??= p.reason;
      continue;
    }
    const m = /^voorzieningen\.(\d+)(?:\.(\w+))?/.exec(p.name);
    const sleutel = m ? sleutels[Number(m[1])] : undefined;
    if (!m || !sleutel) {
      uit.overig.push(p);
      continue;
    }
    const regel = regels.find((r) => r.sleutel === sleutel);
    // A line removed since the answer: its error no longer applies.
    if (!regel) continue;
    const veld = m[2] ? VELD_VAN_API[m[2]] : undefined;
    if (veld && zichtbareVelden(regel).includes(veld)) {
      const velden = uit.velden[sleutel] ?? {};
      velden[veld] ??= p.reason;
      uit.velden[sleutel] = velden;
    } else {
      uit.regel[sleutel] = [...(uit.regel[sleutel] ?? []), p.reason];
    }
  }
  return uit;
}

/** The contracted aanbieders of the chosen product (ZIN may only go to one of them). */
export function aanbiedersVan(productId: string, producten: readonly Product[] | undefined) {
  return producten?.find((p) => p.id === productId)?.aanbieders ?? [];
}
