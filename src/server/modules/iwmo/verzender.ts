import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../platform/db/types.ts';

/**
 * Delivers outgoing iWmo messages (WMO301, WMO319) to the hand-over point to the GGK/VECOZO koppelvlak or
 * a regional message broker: a directory (`mapAfleverpunt`) or an HTTP endpoint (`httpAfleverpunt`).
 *
 * - At-least-once, without duplicates for the receiver: every message has a unique key (berichtcode,
 *   gemeente, identificatie — the identificatie is unique per berichtsoort and gemeente, TR056). The
 *   directory uses it as the file name (a retry rewrites the same file via a temporary file and an
 *   atomic rename); the HTTP endpoint gets it as `Idempotency-Key`, so it can drop a repeat.
 * - A message is marked sent only after the hand-over succeeded (HTTP: a 2xx answer), and a sent message
 *   is never picked again.
 * - A failed attempt counts in `pogingen`, keeps its cause in `laatste_fout` and waits before the next
 *   one (`wachttijdNaPoging`: 1, 2, 4 … minutes, at most an hour); the scheduled job retries.
 * - Order per client and aanbieder: a WMO301 carries all current toewijzingen (OP087), so a later
 *   message must not overtake an earlier one. A message waits while an earlier one for the same client
 *   and aanbieder has not been delivered.
 * - Claiming: the messages of a run are claimed (`volgende_poging_op` moved ahead) in one statement with
 *   SKIP LOCKED, so two processes running the job at once do not both send them.
 */
export interface Afleverpunt {
  lever(bericht: { sleutel: string; berichtcode: string; inhoud: string }): Promise<void>;
}

/** Writes `<sleutel>.xml` into `map` (temporary file + atomic rename). */
export function mapAfleverpunt(map: string): Afleverpunt {
  return {
    async lever({ sleutel, inhoud }) {
      await fs.mkdir(map, { recursive: true });
      const naam = `${sleutel}.xml`;
      const tmp = path.join(map, `.${naam}.tmp`);
      await fs.writeFile(tmp, inhoud, 'utf8');
      await fs.rename(tmp, path.join(map, naam));
    },
  };
}

export class AfleverFout extends Error {
  override name = 'AfleverFout';
}

/**
 * POSTs each message to `url` as application/xml with an `Idempotency-Key`. Only a 2xx answer counts as
 * delivered; a redirect is not followed (it counts as a failure), and an attempt ends after `timeoutMs`.
 */
export function httpAfleverpunt(url: string, opties: { timeoutMs?: number } = {}): Afleverpunt {
  return {
    async lever({ sleutel, berichtcode, inhoud }) {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/xml; charset=utf-8',
            'idempotency-key': sleutel,
            'x-iwmo-berichtcode': berichtcode,
          },
          body: inhoud,
          redirect: 'manual',
          signal: AbortSignal.timeout(opties.timeoutMs ?? 30_000),
        });
      } catch (e) {
        const oorzaak = (e as Error & { cause?: { code?: string } }).cause?.code ?? (e as Error).name;
        throw new AfleverFout(`Endpoint niet bereikbaar (${oorzaak}).`);
      }
      // The answer's body is not needed (and may carry nothing we should store).
      await res.body?.cancel().catch(() => {});
      if (res.status < 200 || res.status > 299)
        throw new AfleverFout(`Endpoint antwoordde HTTP ${res.status}.`);
    },
  };
}

/** Seconds to wait after the `pogingen`-th failed attempt: 60 × 2^(pogingen−1), at most an hour. */
export function wachttijdNaPoging(pogingen: number): number {
  return Math.min(60 * 2 ** Math.max(0, pogingen - 1), 3600);
}

/** How long a claimed message is reserved for the run that claimed it. */
const CLAIM_SECONDEN = 15 * 60;

export async function verzendKlaarstaandeBerichten(
  db: Database,
  bestemming: string | Afleverpunt,
  max = 200,
): Promise<{ verzonden: number; mislukt: number }> {
  const punt = typeof bestemming === 'string' ? mapAfleverpunt(bestemming) : bestemming;
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{
      id: string;
      gemeente_code: string;
      berichtcode: string;
      identificatie: string;
      inhoud: string;
      pogingen: number;
      volgorde: string;
      reeks: string;
    }>(
      `UPDATE iwmo_berichten b SET volgende_poging_op = now() + make_interval(secs => $2)
       WHERE b.id IN (
         SELECT k.id FROM iwmo_berichten k
         WHERE k.richting = 'uit' AND k.status = 'klaar' AND (k.volgende_poging_op IS NULL OR k.volgende_poging_op <= now())
           AND NOT EXISTS (
             SELECT 1 FROM iwmo_berichten e
             WHERE e.richting = 'uit' AND e.status = 'klaar' AND e.aanbieder_id = k.aanbieder_id
               AND e.persoon_id IS NOT DISTINCT FROM k.persoon_id AND (e.aangemaakt_op, e.id) < (k.aangemaakt_op, k.id)
               AND e.volgende_poging_op > now())
         ORDER BY k.aangemaakt_op, k.id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING b.id, b.gemeente_code, b.berichtcode, b.identificatie, b.inhoud, b.pogingen,
         b.aangemaakt_op::text || '|' || b.id AS volgorde, coalesce(b.aanbieder_id::text, '') || '|' || coalesce(b.persoon_id::text, b.id::text) AS reeks`,
      [max, CLAIM_SECONDEN],
    ),
  );
  rows.sort((a, b) => (a.volgorde < b.volgorde ? -1 : a.volgorde > b.volgorde ? 1 : 0));
  let verzonden = 0;
  let mislukt = 0;
  const geblokkeerd = new Set<string>();
  for (const b of rows) {
    if (geblokkeerd.has(b.reeks)) {
      // An earlier message of this client and aanbieder failed: this one waits for it (release the claim).
      await db.systemTransaction((tx) =>
        tx.query('UPDATE iwmo_berichten SET volgende_poging_op = NULL WHERE id = $1', [b.id]),
      );
      continue;
    }
    const sleutel = `${b.berichtcode}-${b.gemeente_code}-${b.identificatie}`;
    try {
      await punt.lever({ sleutel, berichtcode: b.berichtcode, inhoud: b.inhoud });
    } catch (e) {
      mislukt++;
      geblokkeerd.add(b.reeks);
      const fout = e instanceof AfleverFout ? e.message : `Afleveren mislukt (${(e as Error).name}).`;
      await db.systemTransaction((tx) =>
        tx.query(
          `UPDATE iwmo_berichten SET pogingen = pogingen + 1, laatste_fout = $3,
             volgende_poging_op = now() + make_interval(secs => $2) WHERE id = $1`,
          [b.id, wachttijdNaPoging(b.pogingen + 1), fout.slice(0, 500)],
        ),
      );
      continue;
    }
    await db.systemTransaction((tx) =>
      tx.query(
        `UPDATE iwmo_berichten SET status = 'verzonden', verzonden_op = now(), pogingen = pogingen + 1,
           volgende_poging_op = NULL, laatste_fout = NULL WHERE id = $1 AND status = 'klaar'`,
        [b.id],
      ),
    );
    verzonden++;
  }
  return { verzonden, mislukt };
}
