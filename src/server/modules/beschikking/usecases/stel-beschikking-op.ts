import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { aanvraagVoorBesluit } from '../../onderzoek/index.ts';
import { regio } from '../../regio/index.ts';
import { beschikkingView } from '../presenters.ts';
import {
  beschikkingOpAanvraag,
  DOEL,
  schrijfVoorzieningen,
  voegBeschikkingToe,
} from '../repo-beschikking.ts';
import type { BeschikkingInvoer } from '../schemas.ts';

export type StelBeschikkingOpInvoer = z.output<typeof BeschikkingInvoer>;

/** Drafts the beschikking on an aanvraag (a concept; vaststellen follows with four eyes). */
export function stelBeschikkingOp(
  db: Database,
  actor: Actor,
  aanvraagId: string,
  input: StelBeschikkingOpInvoer,
) {
  return inTx(db, actor, async (tx) => {
    const a = await aanvraagVoorBesluit(tx, aanvraagId, true);
    if (!a) throw await nietGevonden(tx, 'aanvragen', aanvraagId, 'De aanvraag');
    if (a.status !== 'ingediend') throw errors.conflict('al-besloten', 'Op deze aanvraag is al besloten.');
    const bestaand = await beschikkingOpAanvraag(tx, aanvraagId, true);
    if (bestaand)
      throw errors.conflict('bestaat-al', `Voor deze aanvraag is al een beschikking (${bestaand}).`);
    const id = await voegBeschikkingToe(tx, {
      gemeenteCode: a.gemeente_code,
      persoonId: a.persoon_id,
      soort: 'besluit',
      aanvraagId,
      toelichting: input.toelichting ?? null,
      opgesteldDoor: alsMedewerker(actor.principal).medewerkerId,
    });
    await schrijfVoorzieningen(
      tx,
      { id, gemeente_code: a.gemeente_code, persoon_id: a.persoon_id },
      input.voorzieningen,
      // Beschermd wonen and opvang only by the regional team (issue 20).
      { extraFouten: await regio.api.bwMoFouten(tx, actor, input.voorzieningen) },
    );
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'beschikking',
      objectId: id,
      doel: DOEL,
      gemeenteCode: a.gemeente_code,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: a.gemeente_code,
      type: 'BeschikkingOpgesteld',
      objectType: 'melding',
      objectId: a.melding_id,
      data: { beschikkingId: id, aanvraagId },
    });
    return beschikkingView(tx, id);
  });
}
