/**
 * Pure rules for beschikkingen (Wmo 2015 art. 2.3.5, 2.3.6, 2.3.10; Awb): what a voorziening line
 * needs, the pgb budget, the iWmo rule that pgb and zorg in natura for the same product may not
 * overlap (OP043), and four eyes.
 */
import type { Frequentie } from './iwmo/codelijsten.ts';

/** A beschikking's states and kinds: the one list the API schemas and the row types derive from. */
export const BESCHIKKING_STATUSSEN = ['concept', 'vastgesteld'] as const;
export type BeschikkingStatus = (typeof BESCHIKKING_STATUSSEN)[number];
/** Besluit op een aanvraag; wijziging, intrekking (Wmo 2015 art. 2.3.10) en lichte herindicatie. */
export const BESCHIKKING_SOORTEN = ['besluit', 'wijziging', 'intrekking', 'herindicatie'] as const;
export type BeschikkingSoort = (typeof BESCHIKKING_SOORTEN)[number];

export type Leveringsvorm = 'zin' | 'pgb';

export interface VoorzieningRegel {
  besluit: 'toekenning' | 'afwijzing';
  motivering?: string | null;
  productcategorie: string;
  productcode?: string | null;
  volume?: number | null;
  eenheid?: string | null;
  frequentie?: string | null;
  leveringsvorm?: Leveringsvorm | null;
  aanbiederId?: string | null;
  ingangsdatum?: string | null;
  einddatum?: string | null;
  herindicatiedatum?: string | null;
}

export interface Bevinding {
  veld: string;
  code: string;
  reden: string;
}

/** Everything wrong with the lines of one beschikking, named per field (`voorzieningen.0.einddatum`). */
/** `bestaand`: the client's current toekenningen from other beschikkingen (for OP043). */
export function controleerVoorzieningen(
  regels: readonly VoorzieningRegel[],
  bestaand: readonly VoorzieningRegel[] = [],
): Bevinding[] {
  const uit: Bevinding[] = [];
  regels.forEach((r, i) => {
    const f = (veld: string, code: string, reden: string) =>
      uit.push({ veld: `voorzieningen.${i}.${veld}`, code, reden });
    if (!r.motivering?.trim())
      f('motivering', 'verplicht', 'Motiveer het besluit, met verwijzing naar het onderzoek.');
    if (r.volume != null && !r.eenheid) f('eenheid', 'verplicht', 'Een omvang heeft een eenheid.');
    if (r.ingangsdatum && r.einddatum && r.einddatum < r.ingangsdatum) {
      f('einddatum', 'voor-ingang', 'De einddatum ligt vóór de ingangsdatum.');
    }
    if (r.besluit === 'afwijzing') return;
    if (!r.ingangsdatum) f('ingangsdatum', 'verplicht', 'Een toekenning heeft een ingangsdatum.');
    if (!r.leveringsvorm) f('leveringsvorm', 'verplicht', 'Kies zorg in natura of een pgb.');
    if (r.volume == null) f('volume', 'verplicht', 'Een toekenning heeft een omvang.');
    if (!r.eenheid) f('eenheid', 'verplicht', 'Een toekenning heeft een eenheid.');
    if (!r.frequentie) f('frequentie', 'verplicht', 'Een toekenning heeft een frequentie.');
    if (r.leveringsvorm === 'zin' && !r.aanbiederId)
      f('aanbiederId', 'verplicht', 'Zorg in natura heeft een aanbieder.');
    if (r.herindicatiedatum && r.ingangsdatum && r.herindicatiedatum < r.ingangsdatum) {
      f('herindicatiedatum', 'voor-ingang', 'De herindicatie ligt vóór de ingangsdatum.');
    }
    if (r.herindicatiedatum && r.einddatum && r.herindicatiedatum > r.einddatum) {
      f(
        'herindicatiedatum',
        'na-einde',
        'Plan de herindicatie vóór de einddatum, zodat de voorziening niet vervalt.',
      );
    }
  });
  uit.push(...pgbZinOverlap(regels, bestaand));
  return uit;
}

function overlapt(a: VoorzieningRegel, b: VoorzieningRegel): boolean {
  const aEind = a.einddatum ?? '9999-12-31';
  const bEind = b.einddatum ?? '9999-12-31';
  return (a.ingangsdatum ?? '') <= bEind && (b.ingangsdatum ?? '') <= aEind;
}

/**
 * iWmo OP043: for one client, the same product may not be granted as zorg in natura and as pgb in
 * overlapping periods. `bestaand` are the client's current toekenningen (other beschikkingen).
 */
export function pgbZinOverlap(
  regels: readonly VoorzieningRegel[],
  bestaand: readonly VoorzieningRegel[] = [],
): Bevinding[] {
  const uit: Bevinding[] = [];
  const toekenningen = regels
    .map((r, i) => ({ r, i }))
    .filter((x) => x.r.besluit === 'toekenning' && x.r.leveringsvorm);
  const zelfdeProduct = (a: VoorzieningRegel, b: VoorzieningRegel) =>
    a.productcategorie === b.productcategorie && (a.productcode ?? null) === (b.productcode ?? null);
  for (const { r, i } of toekenningen) {
    const botsing =
      toekenningen.some(
        (o) => o.i < i && o.r.leveringsvorm !== r.leveringsvorm && zelfdeProduct(o.r, r) && overlapt(o.r, r),
      ) ||
      bestaand.some(
        (o) =>
          o.besluit === 'toekenning' &&
          o.leveringsvorm &&
          o.leveringsvorm !== r.leveringsvorm &&
          zelfdeProduct(o, r) &&
          overlapt(o, r),
      );
    if (botsing) {
      uit.push({
        veld: `voorzieningen.${i}.leveringsvorm`,
        code: 'OP043',
        reden:
          'Hetzelfde product kan niet in dezelfde periode als pgb én als zorg in natura worden toegekend (iWmo OP043).',
      });
    }
  }
  return uit;
}

/** How often a frequentie occurs in a year. "Totaal binnen geldigheidsduur" is once. */
const PER_JAAR: Record<Frequentie, number> = { '1': 365, '2': 52, '4': 12, '6': 1 };

/**
 * The pgb budget for a year (or for the whole period, for frequentie 6), in euro with cents:
 * volume × pgb tariff per eenheid × occurrences per year. Rounded to whole cents, half up.
 */
export function pgbBudgetPerJaar(volume: number, tariefPerEenheid: number, frequentie: Frequentie): number {
  const centen = Math.round(volume * Math.round(tariefPerEenheid * 100) * PER_JAAR[frequentie]);
  return centen / 100;
}

/** Four eyes: a beschikking is fixed by someone other than its author. */
export function vierOgenFout(opgesteldDoor: string | null, vastgesteldDoor: string): string | null {
  return opgesteldDoor === vastgesteldDoor
    ? 'Een ander dan de opsteller moet de beschikking controleren en vaststellen.'
    : null;
}

/** The kenmerk of a beschikking on its letter, in lists and in iWmo screens: B-000123. */
export function beschikkingKenmerk(nummer: number): string {
  return `B-${String(nummer).padStart(6, '0')}`;
}
