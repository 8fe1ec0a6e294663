import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/types.ts';
import type { MedewerkerPrincipal, PartnerPrincipal } from './principal.ts';
import { isPartnerRol, isRol } from './rollen.ts';

export const SESSION_COOKIE = 'ot_sessie';

export interface SessionSettings {
  idleMinutes: number;
  maxHours: number;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Database,
  gebruikerId: string,
  ip: string,
  methode: 'wachtwoord' | 'oidc',
  settings: SessionSettings,
): Promise<{ token: string; csrfToken: string; sessieId: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const sessieId = hashToken(token);
  await db.systemTransaction(async (tx) => {
    await tx.query(
      `INSERT INTO sessies (id, gebruiker_id, csrf_token, verloopt_op, herkomst_ip, methode)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5, $6)`,
      [sessieId, gebruikerId, csrfToken, settings.maxHours, ip, methode],
    );
    await tx.query('UPDATE gebruikers SET laatst_ingelogd_op = now() WHERE id = $1', [gebruikerId]);
  });
  return { token, csrfToken, sessieId };
}

interface SessionRow {
  sessie_id: string;
  csrf_token: string;
  touch: boolean;
  gebruiker_id: string;
  gebruikersnaam: string;
  /** Null for a partner's medewerker (then partner_id is set). */
  medewerker_id: string | null;
  partner_id: string | null;
  naam: string;
  rollen: string[];
  gemeente_code: string;
  organisatie_id: string;
  team_id: string | null;
  team_soort: string | null;
  gemeenten: string[];
}

/**
 * How stale the last-used time may get before a request writes it again: a quarter of the idle
 * limit, at most a minute. A fixed minute would end a session in use when the limit is a minute
 * or two (a request at 0:59 does not write, the next at 1:01 finds the session expired).
 */
export function refreshSeconds(idleMinutes: number): number {
  return Math.max(1, Math.min(60, Math.floor((idleMinutes * 60) / 4)));
}

/**
 * Resolves a session cookie to the principal in one query. Sessions end after `idleMinutes`
 * without use or `maxHours` after login, and at once when the account or medewerker is
 * deactivated. The last-used time is written at most every `refreshSeconds`.
 */
export async function loadPrincipal(
  db: Database,
  token: string,
  settings: SessionSettings,
): Promise<MedewerkerPrincipal | PartnerPrincipal | null> {
  if (!token || token.length > 100) return null;
  const sessieId = hashToken(token);
  // One statement outside a transaction: this runs before every request.
  const { rows } = await db.systemQuery<SessionRow>(
    `SELECT s.id AS sessie_id, s.csrf_token, (s.laatst_gebruikt_op < now() - make_interval(secs => $3)) AS touch,
            g.id AS gebruiker_id, g.gebruikersnaam, m.id AS medewerker_id, m.naam, m.rollen, m.gemeente_code,
            m.organisatie_id, m.team_id, (SELECT t.soort FROM teams t WHERE t.id = m.team_id) AS team_soort,
            NULL::uuid AS partner_id,
            -- Roles per gemeente (migration 035): a staff team's roles only where granted.
            ot_rol_gemeenten(m.id) AS gemeenten
     FROM sessies s
     JOIN gebruikers g ON g.id = s.gebruiker_id
     JOIN medewerkers m ON m.id = g.medewerker_id
     WHERE s.id = $1 AND g.actief AND m.actief AND s.verloopt_op > now()
       AND s.laatst_gebruikt_op > now() - make_interval(mins => $2)
     UNION ALL
     -- A partner's medewerker (issue 16): the organisation is the partner, the gemeenten those it
     -- works for. Deactivating the person or the partner ends the session at once.
     SELECT s.id, s.csrf_token, (s.laatst_gebruikt_op < now() - make_interval(secs => $3)),
            g.id, g.gebruikersnaam, NULL::uuid, pm.naam, pm.rollen, p.gemeente_code,
            p.id, NULL::uuid, NULL::text, p.id,
            coalesce((SELECT array_agg(pg.gemeente_code ORDER BY pg.gemeente_code)
                      FROM partner_gemeenten pg WHERE pg.partner_id = p.id), ARRAY[]::text[])
     FROM sessies s
     JOIN gebruikers g ON g.id = s.gebruiker_id
     JOIN partner_medewerkers pm ON pm.id = g.partner_medewerker_id
     JOIN partners p ON p.id = pm.partner_id
     WHERE s.id = $1 AND g.actief AND pm.actief AND p.actief AND s.verloopt_op > now()
       AND s.laatst_gebruikt_op > now() - make_interval(mins => $2)`,
    [sessieId, settings.idleMinutes, refreshSeconds(settings.idleMinutes)],
  );
  const row = rows[0];
  if (row?.touch)
    await db.systemQuery('UPDATE sessies SET laatst_gebruikt_op = now() WHERE id = $1', [sessieId]);
  if (!row) return null;
  if (row.partner_id) {
    return {
      soort: 'partner',
      gebruikerId: row.gebruiker_id,
      gebruikersnaam: row.gebruikersnaam,
      naam: row.naam,
      rollen: row.rollen.filter(isPartnerRol),
      gemeenteCode: row.gemeente_code,
      gemeenten: row.gemeenten,
      organisatieId: row.partner_id,
      sessieId: row.sessie_id,
      csrfToken: row.csrf_token,
    };
  }
  return {
    soort: 'medewerker',
    gebruikerId: row.gebruiker_id,
    gebruikersnaam: row.gebruikersnaam,
    medewerkerId: row.medewerker_id!,
    naam: row.naam,
    rollen: row.rollen.filter(isRol),
    gemeenteCode: row.gemeente_code,
    gemeenten: row.gemeenten,
    organisatieId: row.organisatie_id,
    teamId: row.team_id,
    teamSoort: row.team_soort,
    sessieId: row.sessie_id,
    csrfToken: row.csrf_token,
  };
}

export async function destroySession(db: Database, sessieId: string): Promise<void> {
  await db.systemTransaction((tx) => tx.query('DELETE FROM sessies WHERE id = $1', [sessieId]));
}

export async function purgeExpiredSessions(db: Database, settings: SessionSettings): Promise<number> {
  return db.systemTransaction(async (tx) => {
    const r = await tx.query(
      `DELETE FROM sessies WHERE verloopt_op < now() OR laatst_gebruikt_op < now() - make_interval(mins => $1)`,
      [settings.idleMinutes],
    );
    await tx.query(`DELETE FROM inlogpogingen WHERE tijdstip < now() - interval '1 day'`);
    // Resident sessions (ADR 0026): 15 minutes idle, whatever the staff setting.
    await tx.query(
      `DELETE FROM inwoner_sessies WHERE verloopt_op < now() OR laatst_gebruikt_op < now() - interval '15 minutes'`,
    );
    return r.rowCount;
  });
}
