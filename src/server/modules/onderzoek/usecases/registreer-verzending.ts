import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import type { VerslagVerzending } from '../schemas.ts';
import { auditOnderzoek, bump, onderzoekOf404, onderzoekView } from './stappen.ts';

/** Records when and how the verslag reached the resident (Wmo 2.3.2 lid 8). */
export function registreerVerzending(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof VerslagVerzending>,
) {
  return inTx(db, actor, async (tx) => {
    const o = await onderzoekOf404(tx, id, true);
    if (o.status !== 'afgerond')
      throw errors.conflict('niet-afgerond', 'Het verslag bestaat pas na het afronden van het onderzoek.');
    if (input.verstuurdOp > today())
      throw errors.field('verstuurdOp', 'in-toekomst', 'De datum ligt in de toekomst.');
    await bump(tx, o, input.versie, 'verslag_verstuurd_op = $3, verslag_wijze = $4', [
      input.verstuurdOp,
      input.wijze,
    ]);
    await auditOnderzoek(tx, actor, o, 'update');
    await recordEvent(tx, actor, {
      gemeenteCode: o.gemeente_code,
      type: 'VerslagVerstuurd',
      objectType: 'melding',
      objectId: o.melding_id,
      data: { verstuurdOp: input.verstuurdOp, wijze: input.wijze },
    });
    return onderzoekView(tx, await onderzoekOf404(tx, id));
  });
}
