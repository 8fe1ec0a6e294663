import { formatDatum, formatFte } from '../ui/format.ts';
import type { Celwaarde } from './types.ts';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const geheel = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const procent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const maandNaam = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Fte, one way on every screen (ui/format.ts): "1,0", "0,89", "20,41". */
export const fteTekst = formatFte;

/** A count on a chart axis: whole numbers only, the Dutch way ("1.500"). */
export function aantalTekst(n: number): string {
  return geheel.format(n);
}

/** A header or code as people read it: with a capital ("open meldingen" → "Open meldingen"). */
export function kopTekst(kop: string): string {
  return kop.charAt(0).toLocaleUpperCase('nl-NL') + kop.slice(1);
}

/** 'YYYY-MM' → 'december 2026'; anything else unchanged. */
export function maandTekst(waarde: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(waarde);
  return m ? maandNaam.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))) : waarde;
}

/**
 * A cell for the screen: shares as percentages, fte with one formatter, numbers the Dutch way,
 * months and dates in words, codes with a capital; suppressed markers as they are.
 */
export function celTekst(sleutel: string, waarde: Celwaarde): string {
  if (waarde === null) return '–';
  if (typeof waarde === 'string') {
    if (/^\d{4}-\d{2}$/.test(waarde)) return maandTekst(waarde);
    if (/^\d{4}-\d{2}-\d{2}/.test(waarde)) return formatDatum(waarde.slice(0, 10));
    return /^[<≤]/.test(waarde) ? waarde : kopTekst(waarde);
  }
  if (sleutel.startsWith('aandeel')) return procent.format(waarde);
  if (sleutel === 'fte' || sleutel.startsWith('fte_') || sleutel === 'verschil') return fteTekst(waarde);
  return getal.format(waarde);
}

/** The number of a cell for a chart; a suppressed or empty cell is no point. */
export function celGetal(waarde: Celwaarde | undefined): number | null {
  return typeof waarde === 'number' ? waarde : null;
}
