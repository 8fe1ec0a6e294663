import type { z } from 'zod';
import { plusDagen } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { beschikkingView } from '../presenters.ts';
import { DOEL, kop, schrijfVoorzieningen, voegBeschikkingToe } from '../repo-beschikking.ts';
import type { Wijziging } from '../schemas.ts';
import { controleerHerroeping, koppelHerroeping } from './herroeping.ts';
import { controleerAanvraagVoorWijziging, moetVastgesteldBesluitZijn, wijzigingOpties } from './stappen.ts';

export type WijzigBeschikkingInvoer = z.output<typeof Wijziging>;

/**
 * Wmo 2015 art. 2.3.10 (herziening): other omvang, product or period from `per`. A new beschikking
 * that references the old one; at vaststelling (four eyes) the old voorzieningen end the day before
 * `per` and the aanbieders get one WMO301 each with the changed and the new toewijzingen.
 */
export function wijzigBeschikking(db: Database, actor: Actor, id: string, input: WijzigBeschikkingInvoer) {
  return inTx(db, actor, async (tx) => {
    const oud = await kop(tx, id, true);
    moetVastgesteldBesluitZijn(oud, 'wijzigbaar');
    if (input.aanvraagId) await controleerAanvraagVoorWijziging(tx, input.aanvraagId, oud.persoon_id);
    if (input.bezwaarId) await controleerHerroeping(tx, input.bezwaarId, id);
    const opties = await wijzigingOpties(tx, id, input.per, input.voorzieningen);
    const nieuwId = await voegBeschikkingToe(tx, {
      gemeenteCode: oud.gemeente_code,
      persoonId: oud.persoon_id,
      soort: 'wijziging',
      aanvraagId: input.aanvraagId ?? null,
      vorigeBeschikkingId: id,
      toelichting: input.toelichting,
      opgesteldDoor: alsMedewerker(actor.principal).medewerkerId,
      ingetrokkenPer: plusDagen(input.per, -1),
      redenWijziging: input.redenWijziging,
    });
    await schrijfVoorzieningen(
      tx,
      { id: nieuwId, gemeente_code: oud.gemeente_code, persoon_id: oud.persoon_id },
      input.voorzieningen,
      opties,
    );
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'beschikking',
      objectId: nieuwId,
      doel: DOEL,
      gemeenteCode: oud.gemeente_code,
      toelichting: 'wijziging',
    });
    if (input.bezwaarId) await koppelHerroeping(tx, input.bezwaarId, nieuwId);
    return beschikkingView(tx, nieuwId);
  });
}
