import { randomBytes } from 'node:crypto';

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix time in ms, then a counter and random bits. Ids made one after
 * the other sort after each other, so a million-row import appends to its indexes instead of
 * writing at random places in them (much faster once an index outgrows the database's cache).
 * The random part (62 bits) keeps them unguessable.
 */
export function maakUuid7(): () => string {
  let laatsteMs = 0;
  let teller = 0;
  let pool = randomBytes(0);
  let pos = 0;
  const willekeurig = (n: number) => {
    if (pos + n > pool.length) {
      pool = randomBytes(64 * 1024);
      pos = 0;
    }
    const b = pool.subarray(pos, pos + n);
    pos += n;
    return b;
  };
  return () => {
    let ms = Date.now();
    if (ms <= laatsteMs) {
      teller++;
      if (teller > 0xfff) {
        laatsteMs++;
        teller = 0;
      }
      ms = laatsteMs;
    } else {
      laatsteMs = ms;
      teller = 0;
    }
    const t = ms.toString(16).padStart(12, '0');
    const r = willekeurig(8).toString('hex');
    const variant = ((Number.parseInt(r[0]!, 16) & 0x3) | 0x8).toString(16);
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${teller.toString(16).padStart(3, '0')}-${variant}${r.slice(1, 4)}-${r.slice(4, 16)}`;
  };
}
