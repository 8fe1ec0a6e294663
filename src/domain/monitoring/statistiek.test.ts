import { describe, expect, it } from 'vitest';
import { aandeel, mediaan, percentiel, percentielUitHistogram } from './statistiek.ts';

describe('percentiel (zoals percentile_cont)', () => {
  it.each([
    { waarden: [], p: 0.5, verwacht: null },
    { waarden: [7], p: 0.5, verwacht: 7 },
    { waarden: [7], p: 0.9, verwacht: 7 },
    { waarden: [1, 2], p: 0.5, verwacht: 1.5 },
    { waarden: [3, 1, 2], p: 0.5, verwacht: 2 },
    { waarden: [1, 2, 3, 4], p: 0.5, verwacht: 2.5 },
    // p90 of 1..10: position 0.9 × 9 = 8.1 → 9 + 0.1 × (10 − 9).
    { waarden: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], p: 0.9, verwacht: 9.1 },
    { waarden: [5, 5, 5, 100], p: 0.5, verwacht: 5 },
    { waarden: [0, 42], p: 0, verwacht: 0 },
    { waarden: [0, 42], p: 1, verwacht: 42 },
  ])('$waarden p=$p → $verwacht', ({ waarden, p, verwacht }) => {
    const r = percentiel(waarden, p);
    if (verwacht === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(verwacht, 10);
  });

  it('mediaan is p50', () => {
    expect(mediaan([4, 1, 3, 2])).toBe(2.5);
  });

  it('weigert p buiten [0, 1]', () => {
    expect(() => percentiel([1], 1.5)).toThrow(RangeError);
    expect(() => percentiel([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('percentielUitHistogram', () => {
  it('geeft hetzelfde als de uitgeschreven waarden', () => {
    const histogram: Array<[number, number]> = [
      [42, 3],
      [10, 5],
      [28, 0],
      [15, 2],
    ];
    const uitgeschreven = histogram.flatMap(([w, n]) => Array<number>(n).fill(w));
    for (const p of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
      expect(percentielUitHistogram(histogram, p)).toBeCloseTo(percentiel(uitgeschreven, p)!, 10);
    }
  });

  it('interpoleert tussen twee emmers', () => {
    // 10,10,20,20: median between rank 1 (10) and rank 2 (20).
    expect(
      percentielUitHistogram(
        [
          [10, 2],
          [20, 2],
        ],
        0.5,
      ),
    ).toBe(15);
  });

  it('leeg of alleen nullen → null', () => {
    expect(percentielUitHistogram([], 0.5)).toBeNull();
    expect(percentielUitHistogram([[3, 0]], 0.5)).toBeNull();
  });
});

describe('aandeel', () => {
  it.each([
    [1, 3, 0.3333],
    [2, 2, 1],
    [0, 5, 0],
    [3, 0, null],
  ])('%i / %i → %s', (t, n, verwacht) => {
    expect(aandeel(t, n)).toBe(verwacht);
  });
});
