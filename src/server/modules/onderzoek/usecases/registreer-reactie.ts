import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import type { Reactie } from '../schemas.ts';
import { auditOnderzoek, bump, onderzoekOf404, onderzoekView } from './stappen.ts';

/** Records the resident's reaction to the verslag (after it was sent, not in the future). */
export function registreerReactie(db: Database, actor: Actor, id: string, input: z.output<typeof Reactie>) {
  return inTx(db, actor, async (tx) => {
    const o = await onderzoekOf404(tx, id, true);
    if (!o.verslag_verstuurd_op)
      throw errors.conflict('niet-verstuurd', 'Leg eerst vast wanneer het verslag is verstuurd.');
    if (input.ontvangenOp < o.verslag_verstuurd_op || input.ontvangenOp > today()) {
      throw errors.field('ontvangenOp', 'ongeldig', 'Ligt tussen het versturen van het verslag en vandaag.');
    }
    await bump(
      tx,
      o,
      input.versie,
      "reactie_inwoner = $3, reactie_ontvangen_op = $4, reactie_akkoord = $5, reactie_door = 'medewerker', reactie_soort = NULL",
      [input.reactie, input.ontvangenOp, input.akkoord],
    );
    await auditOnderzoek(tx, actor, o, 'update');
    await recordEvent(tx, actor, {
      gemeenteCode: o.gemeente_code,
      type: 'ReactieOpVerslagOntvangen',
      objectType: 'melding',
      objectId: o.melding_id,
      data: { akkoord: input.akkoord },
    });
    return onderzoekView(tx, await onderzoekOf404(tx, id));
  });
}
