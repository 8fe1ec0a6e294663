/**
 * Burgerservicenummer (BSN): format and elfproef.
 *
 * A BSN is 9 digits (Wet algemene bepalingen burgerservicenummer; in the BRP and in the Haal Centraal
 * BRP API always 9 digits, with leading zeros: e.g. 000009830 in the RvIG test set). It passes the
 * "elfproef" variant for BSNs: 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 ≡ 0
 * (mod 11). 000000000 passes that sum but is not a BSN.
 *
 * Decisions:
 * - `isGeldigBsn` is strict: exactly 9 digits, nothing else. That is the canonical form we store and
 *   exchange.
 * - `normaliseerBsn` is for user input: it removes surrounding whitespace and the separators people
 *   type (spaces, dots, hyphens) and left-pads an 8-digit number with one 0 (older numbers are
 *   often written without the leading zero: "8-cijferige nummers worden voorzien van een
 *   voorloopnul"). It returns the canonical 9-digit string, or `null` when the result is not a valid
 *   BSN. It does not pad further: 7 digits or fewer is rejected.
 * - The elfproef catches typos; it does not prove that the number was issued. Only the BRP/BV BSN can.
 */
import { geheelGetal, type Rng } from './prng.ts';

const GEWICHTEN = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

function elfproefSom(cijfers: string): number {
  let som = 0;
  for (let i = 0; i < 9; i++) som += GEWICHTEN[i]! * (cijfers.charCodeAt(i) - 48);
  return som;
}

/** True when `value` is exactly 9 ASCII digits, not all zeros, and passes the BSN elfproef. */
export function isGeldigBsn(value: string): boolean {
  if (typeof value !== 'string' || !/^[0-9]{9}$/.test(value)) return false;
  if (value === '000000000') return false;
  return elfproefSom(value) % 11 === 0;
}

/**
 * Canonical 9-digit BSN from user input, or `null` when it is not a valid BSN. Accepts surrounding
 * whitespace, inner spaces/dots/hyphens ("1234.56.782", "123 456 782") and 8 digits (left-padded with
 * one 0).
 */
export function normaliseerBsn(value: string): string | null {
  if (typeof value !== 'string') return null;
  const cijfers = value.trim().replace(/[\s.-]/g, '');
  if (!/^[0-9]{8,9}$/.test(cijfers)) return null;
  const bsn = cijfers.length === 8 ? `0${cijfers}` : cijfers;
  return isGeldigBsn(bsn) ? bsn : null;
}

/**
 * Prefix of generated test BSNs. The official RvIG test persons for the BRP proefomgeving (testset
 * persoonslijsten 2022-05-02, shared/standards/haal-centraal-brp) almost all have BSNs 99999xxxx
 * (999990019 … 999999990); BSNs starting with 999 are the range used for test persons. We generate
 * in 999000000–999989999 and deliberately skip 99999xxxx, so that synthetic demo persons never
 * coincide with an official test person (who may be served by a BRP mock with different data).
 */
export const TEST_BSN_PREFIX = '999';

/**
 * One valid test BSN: '999' + five random digits d4…d8 (d4d5 ≠ '99') + the check digit d9 that makes
 * the elfproef hold (d9 = (9·d1 + … + 2·d8) mod 11; combinations where that is 10 are redrawn).
 * Deterministic for a seeded `rng` (see `mulberry32`). Uniform over the ~90,000 valid numbers in the
 * range; use `maakTestBsnGenerator` when the numbers must be distinct.
 */
export function genereerTestBsn(rng: Rng): string {
  for (let poging = 0; poging < 1000; poging++) {
    const midden = geheelGetal(rng, 99_000); // 00000 … 98999 → d4d5 never '99'
    const acht = `${TEST_BSN_PREFIX}${String(midden).padStart(5, '0')}`;
    const som = elfproefSom(`${acht}0`);
    const controle = som % 11;
    if (controle === 10) continue;
    return `${acht}${controle}`;
  }
  throw new Error('genereerTestBsn: rng levert geen bruikbare getallen');
}

/**
 * A generator of distinct test BSNs (see `genereerTestBsn`): draws until it finds one it has not
 * returned before. Deterministic for a seeded `rng`. Throws when the range is nearly exhausted.
 */
export function maakTestBsnGenerator(rng: Rng): () => string {
  const gezien = new Set<string>();
  const MAXIMUM = 80_000; // of ~90,000 possible numbers; beyond this redraws become slow
  return () => {
    if (gezien.size >= MAXIMUM) throw new Error(`Meer dan ${MAXIMUM} test-BSN's gevraagd`);
    for (;;) {
      const bsn = genereerTestBsn(rng);
      if (!gezien.has(bsn)) {
        gezien.add(bsn);
        return bsn;
      }
    }
  };
}
