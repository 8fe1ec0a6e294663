import { plusDagen } from '../../../domain/termijnen/index.ts';
import type { Sql } from '../../platform/db/types.ts';
import { trekToewijzingenIn, wijsToe, wijzigToewijzingen } from '../iwmo/index.ts';
import { type Kop, voorzieningenVan } from './repo-beschikking.ts';

type VoorzieningRij = Awaited<ReturnType<typeof voorzieningenVan>>[number];

/**
 * What fixing a beschikking sets in motion, per soort, inside the vaststelling's transaction:
 * - besluit, herindicatie: toewijzingen for the ZIN lines, WMO301 per aanbieder;
 * - intrekking: the old voorzieningen that still run end on `ingetrokken_per`, their toewijzingen
 *   change with the RedenWijziging (WMO301);
 * - wijziging: as an intrekking for the old voorzieningen (ending the day before the change), plus
 *   new toewijzingen for the new lines — one WMO301 per aanbieder with both.
 * - besluit on a regular aanvraag of a melding that had a spoed beschikking (Wmo 2.3.3): the
 *   tijdelijke voorzieningen end the day before the regular decision takes effect (its first
 *   toegekende day, or its bekendmaking for a rejection); their toewijzingen change with
 *   RedenWijziging 05 (verkorting) in the same WMO301 as the new ones, as a wijziging does.
 * Returns the outgoing messages and the voorzieningen that were ended (for the letter).
 */
export async function voerBesluitUit(
  tx: Sql,
  b: Kop,
  id: string,
  besluitdatum: string,
): Promise<{ berichten: string[]; beeindigd: VoorzieningRij[]; spoedLaatsteDag?: string }> {
  if (b.soort === 'intrekking' || b.soort === 'wijziging') {
    const vorige = b.vorige_beschikking_id!;
    const laatsteDag = b.ingetrokken_per!;
    const beeindigd = await beeindigVoorzieningen(tx, vorige, laatsteDag);
    const berichten =
      b.soort === 'intrekking'
        ? await trekToewijzingenIn(tx, id, vorige, laatsteDag, b.reden_wijziging!, besluitdatum)
        : await wijzigToewijzingen(tx, id, vorige, laatsteDag, b.reden_wijziging!, besluitdatum);
    return { berichten, beeindigd };
  }
  if (b.soort === 'besluit' && b.aanvraag_id) {
    const spoed = await lopendeSpoedbeschikkingen(tx, b.aanvraag_id, id);
    if (spoed.length > 0) return beeindigSpoed(tx, id, spoed, besluitdatum);
  }
  return { berichten: await wijsToe(tx, id, besluitdatum), beeindigd: [] };
}

/** RedenWijziging 05 (Herbeoordeling: verkorting toewijzing): the regular decision replaces it. */
const REDEN_SPOED_EINDE = '05';

interface Spoedbeschikking {
  id: string;
  eerste_ingang: string;
}

/**
 * The vastgestelde beschikkingen on spoed aanvragen (Wmo 2.3.3) of the same melding whose
 * voorzieningen still run; none when this beschikking is itself on a spoed aanvraag.
 */
async function lopendeSpoedbeschikkingen(
  tx: Sql,
  aanvraagId: string,
  id: string,
): Promise<Spoedbeschikking[]> {
  const { rows } = await tx.query<Spoedbeschikking>(
    `SELECT s.id, min(v.ingangsdatum)::text AS eerste_ingang
     FROM aanvragen a
     JOIN aanvragen sa ON sa.melding_id = a.melding_id AND sa.grondslag = 'spoed' AND sa.id <> a.id
     JOIN beschikkingen s ON s.aanvraag_id = sa.id AND s.status = 'vastgesteld' AND s.id <> $2
     JOIN voorzieningen v ON v.beschikking_id = s.id AND v.besluit = 'toekenning' AND v.beeindigd_op IS NULL
     WHERE a.id = $1 AND a.grondslag <> 'spoed'
     GROUP BY s.id ORDER BY s.id`,
    [aanvraagId, id],
  );
  return rows;
}

/** The day the regular decision takes effect: its first toegekende day, else today's bekendmaking. */
async function ingangRegulier(tx: Sql, id: string): Promise<string | null> {
  const { rows } = await tx.query<{ ingang: string | null }>(
    `SELECT coalesce(
       (SELECT min(ingangsdatum)::text FROM voorzieningen WHERE beschikking_id = $1 AND besluit = 'toekenning'),
       (SELECT bekendgemaakt_op::text FROM beschikkingen WHERE id = $1)) AS ingang`,
    [id],
  );
  return rows[0]?.ingang ?? null;
}

async function beeindigSpoed(tx: Sql, id: string, spoed: Spoedbeschikking[], besluitdatum: string) {
  const ingang = (await ingangRegulier(tx, id)) ?? besluitdatum;
  const berichten: string[] = [];
  const beeindigd: VoorzieningRij[] = [];
  let laatsteDag = plusDagen(ingang, -1);
  for (const [i, s] of spoed.entries()) {
    // Never before the tijdelijke voorziening began: then it ends on its first day.
    laatsteDag = plusDagen(ingang, -1) < s.eerste_ingang ? s.eerste_ingang : plusDagen(ingang, -1);
    beeindigd.push(...(await beeindigVoorzieningen(tx, s.id, laatsteDag)));
    // The first in one WMO301 with the new toewijzingen (as a wijziging); further ones alone.
    berichten.push(
      ...(i === 0
        ? await wijzigToewijzingen(tx, id, s.id, laatsteDag, REDEN_SPOED_EINDE, besluitdatum)
        : await trekToewijzingenIn(tx, id, s.id, laatsteDag, REDEN_SPOED_EINDE, besluitdatum)),
    );
  }
  return { berichten, beeindigd, spoedLaatsteDag: laatsteDag };
}

async function beeindigVoorzieningen(tx: Sql, beschikkingId: string, laatsteDag: string) {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE voorzieningen SET beeindigd_op = $2 WHERE beschikking_id = $1 AND besluit = 'toekenning' AND beeindigd_op IS NULL
       AND (einddatum IS NULL OR einddatum > $2) RETURNING id`,
    [beschikkingId, laatsteDag],
  );
  const ids = new Set(rows.map((r) => r.id));
  return (await voorzieningenVan(tx, beschikkingId)).filter((v) => ids.has(v.id));
}
