import type { z } from 'zod';
import { audit, markeerGeaudit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { onderzoek } from '../../onderzoek/index.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { portaalRepo } from '../repo-portaal.ts';
import type { VerslagReactie } from '../schemas.ts';

/**
 * The inwoner reacts on the verslag (agree, remarks, disagree): stored by the onderzoek module as
 * the inwoner's own reaction, where the caseworker sees the reaction. `id` is the onderzoek's id
 * (the verslag belongs to it). Not the inwoner's → 404, audited.
 */
export async function reageerOpVerslag(
  db: Database,
  actor: Actor<InwonerPrincipal>,
  id: string,
  input: z.output<typeof VerslagReactie>,
) {
  const uit = await inTx(db, actor, async (tx) => {
    const o = await portaalRepo.onderzoekVanMelding(tx, id);
    if (!o) {
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'onderzoek',
        objectId: id,
        doel: DOEL_PORTAAL,
        resultaat: 'geweigerd',
        personen: [],
      });
      return null;
    }
    return onderzoek.api.legReactieVanInwonerVast(tx, actor, id, {
      soort: input.soort,
      toelichting: input.toelichting ?? null,
    });
  });
  if (!uit) throw markeerGeaudit(errors.notFound('Dit verslag'));
  return uit;
}
