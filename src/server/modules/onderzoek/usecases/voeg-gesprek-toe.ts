import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { onderzoekenRepo } from '../repo-onderzoeken.ts';
import type { GesprekInvoer } from '../schemas.ts';
import { auditOnderzoek, onderzoekOf404, onderzoekView } from './stappen.ts';

/** Records a conversation of the onderzoek (not in the future; not after it is concluded). */
export function voegGesprekToe(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof GesprekInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const o = await onderzoekOf404(tx, id);
    if (o.status === 'afgerond')
      throw errors.conflict('afgerond', 'Een afgerond onderzoek kan niet meer worden gewijzigd.');
    if (input.datum > today())
      throw errors.field(
        'datum',
        'in-toekomst',
        'Een gesprek in de toekomst kan nog niet worden vastgelegd.',
      );
    await onderzoekenRepo.voegGesprekToe(tx, {
      gemeenteCode: o.gemeente_code,
      onderzoekId: id,
      datum: input.datum,
      locatie: input.locatie,
      deelnemers: input.deelnemers,
      toelichting: input.toelichting ?? null,
    });
    await auditOnderzoek(tx, actor, o, 'update');
    await recordEvent(tx, actor, {
      gemeenteCode: o.gemeente_code,
      type: 'GesprekGevoerd',
      objectType: 'melding',
      objectId: o.melding_id,
      data: { datum: input.datum, locatie: input.locatie, deelnemers: input.deelnemers },
    });
    return onderzoekView(tx, await onderzoekOf404(tx, id));
  });
}
