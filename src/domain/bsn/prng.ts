/**
 * A tiny seeded pseudo-random number generator for reproducible synthetic test data
 * (mulberry32, public domain, by Tommy Ettinger). NOT cryptographically secure: never use it for
 * tokens, passwords or anything an attacker may want to predict.
 */

/** Returns a number in [0, 1), like `Math.random`. */
export type Rng = () => number;

/** mulberry32: a 32-bit state PRNG; the same seed always yields the same sequence. */
export function mulberry32(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`Seed moet een eindig getal zijn: ${seed}`);
  let a = Math.trunc(seed) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniformly distributed integer in [0, n) from `rng`. */
export function geheelGetal(rng: Rng, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n moet een positief geheel getal zijn: ${n}`);
  const r = rng();
  if (!(r >= 0 && r < 1)) throw new RangeError(`rng() moet een getal in [0, 1) geven, kreeg ${r}`);
  return Math.floor(r * n);
}
