/**
 * Percentiles for doorlooptijden. The definition is PostgreSQL's `percentile_cont` (linear
 * interpolation between the two nearest ranks), so a figure computed here equals the same figure
 * computed in SQL: the median of 1 and 2 days is 1.5.
 */

/** The p-th percentile (0 ≤ p ≤ 1) of the values; null for no values. */
export function percentiel(waarden: readonly number[], p: number): number | null {
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  return percentielUitHistogram(
    gesorteerd.map((w) => [w, 1] as const),
    p,
  );
}

export function mediaan(waarden: readonly number[]): number | null {
  return percentiel(waarden, 0.5);
}

/**
 * The same percentile from a histogram of [waarde, aantal] pairs. The database sends counts per
 * number of days rather than one row per case, so a year of a large gemeente stays a few hundred
 * rows. The pairs may come in any order; counts of 0 are ignored.
 */
export function percentielUitHistogram(
  histogram: ReadonlyArray<readonly [number, number]>,
  p: number,
): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentiel buiten [0, 1]: ${p}`);
  const emmers = histogram.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const totaal = emmers.reduce((s, [, n]) => s + n, 0);
  if (totaal === 0) return null;
  const positie = p * (totaal - 1);
  const onder = Math.floor(positie);
  const laag = waardeOpRang(emmers, onder);
  const hoog = waardeOpRang(emmers, Math.ceil(positie));
  return laag + (hoog - laag) * (positie - onder);
}

/** The value at 0-based rank `rang` in the sorted, expanded histogram. */
function waardeOpRang(emmers: ReadonlyArray<readonly [number, number]>, rang: number): number {
  let gezien = 0;
  for (const [waarde, n] of emmers) {
    gezien += n;
    if (rang < gezien) return waarde;
  }
  return emmers[emmers.length - 1]![0];
}

/** A share as a fraction rounded to 4 decimals, null when there is nothing to divide by. */
export function aandeel(teller: number, noemer: number): number | null {
  return noemer > 0 ? Math.round((teller / noemer) * 10000) / 10000 : null;
}
