import { randomBytes } from 'node:crypto';
import type { Database } from '../db/types.ts';
import type { InwonerPrincipal, Vertegenwoordiging } from './principal.ts';
import { hashToken, refreshSeconds } from './sessions.ts';

/**
 * Resident sessions (issue 17, ADR 0026): their own cookie and table, never `sessies`. A staff
 * cookie on a resident route finds no resident session and the reverse, so both answer 401.
 */
export const INWONER_COOKIE = 'ot_inwoner';

/** Resident routes: only the resident cookie counts there, and only there. */
export const INWONER_PAD = '/api/v1/inwoner/';

/** DigiD-backed portals end a session after 15 minutes without use. */
export const INWONER_IDLE_MINUTEN = 15;
/** And at most two hours after login. */
export const INWONER_MAX_UREN = 2;

export interface NieuweInwonerSessie {
  gemeenteCode: string;
  bsn: string;
  pseudoniem: string;
  acr: string;
  niveau: number;
  namens: (Vertegenwoordiging & { machtigingId: string | null }) | null;
  methode: 'digid' | 'demo';
}

export async function createInwonerSession(
  db: Database,
  s: NieuweInwonerSessie,
): Promise<{ token: string; sessieId: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const sessieId = hashToken(token);
  await db.systemQuery(
    `INSERT INTO inwoner_sessies (id, gemeente_code, bsn, pseudoniem, acr, niveau, namens_bsn, namens_grondslag,
       machtiging_id, methode, csrf_token, verloopt_op)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now() + make_interval(hours => $12))`,
    [
      sessieId,
      s.gemeenteCode,
      s.bsn,
      s.pseudoniem,
      s.acr,
      s.niveau,
      s.namens?.bsn ?? null,
      s.namens?.grondslag ?? null,
      s.namens?.machtigingId ?? null,
      s.methode,
      csrfToken,
      INWONER_MAX_UREN,
    ],
  );
  return { token, sessieId, csrfToken };
}

interface Rij {
  id: string;
  gemeente_code: string;
  bsn: string;
  pseudoniem: string;
  acr: string;
  namens_bsn: string | null;
  namens_grondslag: Vertegenwoordiging['grondslag'] | null;
  machtiging_geldig: boolean;
  csrf_token: string;
  touch: boolean;
}

/**
 * The resident behind a cookie, in one statement. A session that acts for someone on a recorded
 * machtiging ends when that machtiging is no longer valid (expired or withdrawn).
 */
export async function loadInwonerPrincipal(db: Database, token: string): Promise<InwonerPrincipal | null> {
  if (!token || token.length > 100) return null;
  const sessieId = hashToken(token);
  const { rows } = await db.systemQuery<Rij>(
    `SELECT s.id, s.gemeente_code, s.bsn, s.pseudoniem, s.acr, s.namens_bsn, s.namens_grondslag, s.csrf_token,
            (s.machtiging_id IS NULL OR EXISTS (
               SELECT 1 FROM machtigingen mg WHERE mg.id = s.machtiging_id AND mg.geldig_van <= ot_vandaag()
                 AND (mg.geldig_tot IS NULL OR mg.geldig_tot >= ot_vandaag()))) AS machtiging_geldig,
            (s.laatst_gebruikt_op < now() - make_interval(secs => $3)) AS touch
     FROM inwoner_sessies s
     WHERE s.id = $1 AND s.verloopt_op > now() AND s.laatst_gebruikt_op > now() - make_interval(mins => $2)`,
    [sessieId, INWONER_IDLE_MINUTEN, refreshSeconds(INWONER_IDLE_MINUTEN)],
  );
  const r = rows[0];
  if (!r?.machtiging_geldig) return null;
  if (r.touch)
    await db.systemQuery('UPDATE inwoner_sessies SET laatst_gebruikt_op = now() WHERE id = $1', [sessieId]);
  return {
    soort: 'inwoner',
    bsn: r.bsn,
    namens: r.namens_bsn && r.namens_grondslag ? { bsn: r.namens_bsn, grondslag: r.namens_grondslag } : null,
    acr: r.acr,
    pseudoniem: r.pseudoniem,
    gemeenteCode: r.gemeente_code,
    gemeenten: [r.gemeente_code],
    sessieId: r.id,
    csrfToken: r.csrf_token,
  };
}

export async function destroyInwonerSession(db: Database, sessieId: string): Promise<void> {
  await db.systemQuery('DELETE FROM inwoner_sessies WHERE id = $1', [sessieId]);
}
