import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { beschikkingView } from '../presenters.ts';
import { DOEL, eersteLopendeIngang, kop, voegBeschikkingToe } from '../repo-beschikking.ts';
import type { Intrekking } from '../schemas.ts';
import { controleerHerroeping, koppelHerroeping } from './herroeping.ts';
import { moetVastgesteldBesluitZijn } from './stappen.ts';

export type TrekInInvoer = z.output<typeof Intrekking>;

/**
 * Wmo 2015 art. 2.3.10: a fixed beschikking is withdrawn by a new beschikking that references it.
 * Drafted here as a concept; four eyes and the effects (end of the voorzieningen and toewijzingen,
 * WMO301 with RedenWijziging, letter) follow at vaststelling.
 */
export function trekBeschikkingIn(db: Database, actor: Actor, id: string, input: TrekInInvoer) {
  return inTx(db, actor, async (tx) => {
    const oud = await kop(tx, id, true);
    moetVastgesteldBesluitZijn(oud, 'intrekbaar');
    const ingang = await eersteLopendeIngang(tx, id, input.per);
    if (!ingang)
      throw errors.field(
        'per',
        'niets-te-beeindigen',
        'Op die datum loopt geen voorziening van deze beschikking meer.',
      );
    if (input.per < ingang)
      throw errors.field(
        'per',
        'voor-ingang',
        'De beëindiging ligt vóór de ingangsdatum van de voorziening.',
      );
    if (input.bezwaarId) await controleerHerroeping(tx, input.bezwaarId, id);
    const nieuwId = await voegBeschikkingToe(tx, {
      gemeenteCode: oud.gemeente_code,
      persoonId: oud.persoon_id,
      soort: 'intrekking',
      vorigeBeschikkingId: id,
      toelichting: input.motivering,
      opgesteldDoor: alsMedewerker(actor.principal).medewerkerId,
      ingetrokkenPer: input.per,
      redenWijziging: input.redenWijziging,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'beschikking',
      objectId: nieuwId,
      doel: DOEL,
      gemeenteCode: oud.gemeente_code,
      toelichting: 'intrekking',
    });
    if (input.bezwaarId) await koppelHerroeping(tx, input.bezwaarId, nieuwId);
    return beschikkingView(tx, nieuwId);
  });
}
