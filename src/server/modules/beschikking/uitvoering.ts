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
 * Returns the outgoing messages and the voorzieningen that were ended (for the letter).
 */
export async function voerBesluitUit(
  tx: Sql,
  b: Kop,
  id: string,
  besluitdatum: string,
): Promise<{ berichten: string[]; beeindigd: VoorzieningRij[] }> {
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
  return { berichten: await wijsToe(tx, id, besluitdatum), beeindigd: [] };
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
