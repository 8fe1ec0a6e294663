import type { Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { bezwarenRepo } from '../repo-bezwaren.ts';

/**
 * A gegrond bezwaar herroept the besluit (Awb 7:11 lid 2): the new decision is a herziening
 * (wijziging or intrekking) of the same beschikking, linked to the bezwaar it answers. Checked
 * before the new beschikking is written, so a wrong link saves nothing.
 */
export async function controleerHerroeping(tx: Sql, bezwaarId: string, beschikkingId: string): Promise<void> {
  const z = await bezwarenRepo.get(tx, bezwaarId, true);
  const fout = (code: string, reason: string) => errors.field('bezwaarId', code, reason);
  if (!z || z.beschikking_id !== beschikkingId)
    throw fout('ander-besluit', 'Dit bezwaar is niet tegen deze beschikking gemaakt.');
  if (z.uitkomst !== 'gegrond')
    throw fout('niet-gegrond', 'Alleen een gegrond bezwaar leidt tot herroeping (Awb 7:11).');
  if (z.herroeping_beschikking_id)
    throw fout('al-herroepen', 'Voor dit bezwaar is al een nieuwe beschikking opgesteld.');
}

export function koppelHerroeping(tx: Sql, bezwaarId: string, nieuweBeschikkingId: string): Promise<void> {
  return bezwarenRepo.koppelHerroeping(tx, bezwaarId, nieuweBeschikkingId);
}
