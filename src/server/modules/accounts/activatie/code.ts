import { createHash, randomInt } from 'node:crypto';

/** How long an activation code stays valid: long enough to hand over, short enough to go stale. */
export const ACTIVATIE_UREN = 72;

// No 0/O, 1/I/L: the code is read aloud or typed over from paper.
const ALFABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time code of 20 characters (~99 bits) in groups of four: ABCD-EFGH-JKMN-PQRS-TUVW. */
export function nieuweActivatiecode(): string {
  const tekens = Array.from({ length: 20 }, () => ALFABET[randomInt(ALFABET.length)]);
  return tekens.join('').replace(/(.{4})(?!$)/g, '$1-');
}

/**
 * The stored form. The code is random with ~99 bits, so a fast hash is enough (unlike a
 * password, it cannot be guessed from a list); dashes, spaces and case do not matter.
 */
export function activatiecodeHash(code: string): string {
  const schoon = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(`activatie:${schoon}`).digest('hex');
}
