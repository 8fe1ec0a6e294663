import type { Sql } from '../db/types.ts';

/**
 * Login throttling. Failures are counted per account *and address* together: five wrong passwords
 * from one address lock that account for that address only, so a stranger elsewhere cannot keep
 * `beheer` out (issue 14). Each further failure doubles the wait (progressive delay). An address
 * that tries many accounts is refused as a whole.
 */
export const THROTTLE = {
  /** Failures older than this no longer count. */
  windowMinutes: 60,
  /** Failures of one account from one address before the first wait. */
  perAccountEnAdres: 5,
  /** The first wait; it doubles with every further failure, up to `maxSeconds`. */
  baseSeconds: 30,
  maxSeconds: 15 * 60,
  /** Failures from one address (any account) in the window before the address is refused. */
  perAddress: 30,
} as const;

/** The wait after `failures` failures of one account from one address (0 below the threshold). */
export function progressiveDelaySeconds(failures: number): number {
  if (failures < THROTTLE.perAccountEnAdres) return 0;
  const doublings = Math.min(failures - THROTTLE.perAccountEnAdres, 10);
  return Math.min(THROTTLE.baseSeconds * 2 ** doublings, THROTTLE.maxSeconds);
}

/**
 * Seconds until another attempt is allowed, or 0. Counted in the database so that every server
 * process sees the same attempts.
 */
export async function throttleDelay(tx: Sql, gebruikersnaam: string, ip: string): Promise<number> {
  const { rows } = await tx.query<{
    paar: number;
    laatste: Date | null;
    address: number;
    oudste_adres: Date | null;
  }>(
    `SELECT
       count(*) FILTER (WHERE gebruikersnaam = $1)::int AS paar,
       max(tijdstip) FILTER (WHERE gebruikersnaam = $1) AS laatste,
       count(*)::int AS address,
       min(tijdstip) AS oudste_adres
     FROM inlogpogingen
     WHERE NOT gelukt AND herkomst_ip = $2 AND tijdstip > now() - make_interval(mins => $3)`,
    [gebruikersnaam, ip, THROTTLE.windowMinutes],
  );
  const r = rows[0];
  if (!r) return 0;
  const now = Date.now();
  let wait = 0;
  const delay = progressiveDelaySeconds(Number(r.paar));
  if (delay > 0 && r.laatste) wait = Math.ceil((r.laatste.getTime() + delay * 1000 - now) / 1000);
  if (Number(r.address) >= THROTTLE.perAddress && r.oudste_adres) {
    const adres = Math.ceil((r.oudste_adres.getTime() + THROTTLE.windowMinutes * 60_000 - now) / 1000);
    wait = Math.max(wait, adres);
  }
  return Math.max(wait, 0);
}

export async function recordAttempt(
  tx: Sql,
  gebruikersnaam: string,
  ip: string,
  gelukt: boolean,
): Promise<void> {
  await tx.query('INSERT INTO inlogpogingen (gebruikersnaam, herkomst_ip, gelukt) VALUES ($1, $2, $3)', [
    gebruikersnaam,
    ip,
    gelukt,
  ]);
  if (gelukt) {
    // A successful login clears this account's failures from this address, not others'.
    await tx.query(
      'DELETE FROM inlogpogingen WHERE gebruikersnaam = $1 AND herkomst_ip = $2 AND NOT gelukt',
      [gebruikersnaam, ip],
    );
  }
}
