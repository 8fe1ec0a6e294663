import type { Sql } from '../db/types.ts';

/** Failed logins allowed per account, and per address, in the window before login is refused. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

/**
 * Seconds until another attempt is allowed, or 0. Counted in the database so that every server
 * process sees the same attempts.
 */
export async function throttleDelay(tx: Sql, gebruikersnaam: string, ip: string): Promise<number> {
  const { rows } = await tx.query<{ account: number; address: number; oldest: Date | null }>(
    `SELECT
       count(*) FILTER (WHERE gebruikersnaam = $1) AS account,
       count(*) FILTER (WHERE herkomst_ip = $2) AS address,
       min(tijdstip) FILTER (WHERE gebruikersnaam = $1) AS oldest
     FROM inlogpogingen
     WHERE NOT gelukt AND tijdstip > now() - make_interval(mins => $3) AND (gebruikersnaam = $1 OR herkomst_ip = $2)`,
    [gebruikersnaam, ip, THROTTLE.windowMinutes],
  );
  const r = rows[0];
  if (!r) return 0;
  if (r.account >= THROTTLE.perAccount || r.address >= THROTTLE.perAddress) {
    const oldest = r.oldest ? r.oldest.getTime() : Date.now();
    const retry = Math.ceil((oldest + THROTTLE.windowMinutes * 60_000 - Date.now()) / 1000);
    return Math.max(retry, 1);
  }
  return 0;
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
    // A successful login clears the account's failures, not the address's.
    await tx.query('DELETE FROM inlogpogingen WHERE gebruikersnaam = $1 AND NOT gelukt', [gebruikersnaam]);
  }
}
