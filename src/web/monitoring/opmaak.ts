import type { Celwaarde } from './types.ts';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const procent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

/** A cell for the screen: shares as percentages, numbers the Dutch way, suppressed markers as they are. */
export function celTekst(sleutel: string, waarde: Celwaarde): string {
  if (waarde === null) return '–';
  if (typeof waarde === 'string') return waarde;
  if (sleutel.startsWith('aandeel')) return procent.format(waarde);
  return getal.format(waarde);
}

/** The number of a cell for a chart; a suppressed or empty cell is no point. */
export function celGetal(waarde: Celwaarde | undefined): number | null {
  return typeof waarde === 'number' ? waarde : null;
}
