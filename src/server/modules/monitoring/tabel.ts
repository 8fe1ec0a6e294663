import {
  onderdruk,
  onderdrukkingToelichting,
  onderdruktTeken,
} from '../../../domain/monitoring/onderdrukking.ts';
import { aandeel } from '../../../domain/monitoring/statistiek.ts';
import type { Celwaarde } from '../../platform/export/index.ts';

const DAG = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const TIJD = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/**
 * A date for the explanation under a table, the Dutch way: '2026-12-07' → '7 december 2026', a
 * moment → '7 december 2026 om 14:01' (Amsterdam time). Never ISO in text people read.
 */
export function datumTekst(waarde: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(waarde)) return DAG.format(new Date(`${waarde}T12:00:00Z`));
  const d = new Date(waarde);
  return Number.isNaN(d.getTime()) ? waarde : `${DAG.format(d)} om ${TIJD.format(d)}`;
}

const MAAND = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A month for a title people read: '2026-12' → 'december 2026'. */
export function maandTekst(maand: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(maand);
  return m ? MAAND.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))) : maand;
}

/** A column of a monitoring table. `telling`: a count of people or cases, suppressed for publication. */
export interface MKolom {
  sleutel: string;
  kop: string;
  telling?: boolean;
  citeren?: boolean;
  breedte?: number;
}

export type MRij = Record<string, Celwaarde>;

/** Every monitoring answer is a table: the same columns go to the screen, CSV and XLSX. */
export interface MTabel {
  titel: string;
  kolommen: Array<MKolom & { telling: boolean }>;
  rijen: Array<Record<string, string | number | null>>;
  toelichting: string[];
  publicatie: boolean;
}

export function tabel(
  titel: string,
  kolommen: readonly MKolom[],
  rijen: readonly MRij[],
  toelichting: readonly string[] = [],
): MTabel {
  return {
    titel,
    kolommen: kolommen.map((k) => ({ ...k, telling: k.telling === true })),
    rijen: rijen.map((r) =>
      Object.fromEntries(kolommen.map((k) => [k.sleutel, normaal(r[k.sleutel])])),
    ) as MTabel['rijen'],
    toelichting: [...toelichting],
    publicatie: false,
  };
}

function normaal(v: Celwaarde): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  return v;
}

/**
 * The table for publication: every count column's cells below the threshold replaced by "<5",
 * and — because a column total can be computed from the published cells — per column (or per the
 * given groups) the secondary suppression of the domain rule. Shares and medians in a row with a
 * suppressed count are removed too.
 */
export function voorPublicatie(t: MTabel, drempel: number, extraGroepen?: (rij: number) => string[]): MTabel {
  const rijen = t.rijen.map((r) => ({ ...r }));
  for (const k of t.kolommen.filter((x) => x.telling)) {
    const cellen = t.rijen.map((r, i) => ({
      waarde: typeof r[k.sleutel] === 'number' ? (r[k.sleutel] as number) : 0,
      groepen: extraGroepen ? extraGroepen(i) : [`kolom:${k.sleutel}`],
    }));
    onderdruk(cellen, drempel).forEach((c, i) => {
      if (c.onderdrukt && typeof t.rijen[i]![k.sleutel] === 'number') {
        rijen[i]![k.sleutel] = onderdruktTeken(c.onderdrukt, drempel);
      }
    });
  }
  // A share or a median of suppressed cases could reveal them: blank it when its row has a suppressed count.
  for (const [i, r] of rijen.entries()) {
    const onderdrukt = t.kolommen.some(
      (k) => k.telling && typeof r[k.sleutel] === 'string' && typeof t.rijen[i]![k.sleutel] === 'number',
    );
    if (!onderdrukt) continue;
    for (const k of t.kolommen.filter((x) => !x.telling && typeof t.rijen[i]![x.sleutel] === 'number')) {
      if (/^(aandeel|mediaan|p90)/.test(k.sleutel)) r[k.sleutel] = '×';
    }
  }
  return {
    ...t,
    rijen,
    publicatie: true,
    toelichting: [...t.toelichting, onderdrukkingToelichting(drempel)],
  };
}

export { aandeel };
