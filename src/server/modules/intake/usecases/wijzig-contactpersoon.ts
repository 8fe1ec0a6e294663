import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { huishoudenView } from '../presenters.ts';
import { huishoudensRepo } from '../repo-huishoudens.ts';
import type { ContactpersoonWijzigen } from '../schemas.ts';
import { controleerBehandelaar } from './stappen.ts';

export type WijzigContactpersoonInvoer = z.output<typeof ContactpersoonWijzigen>;

/** A teamleider gives the household another contactpersoon (one per household, with history). */
export function wijzigContactpersoon(
  db: Database,
  actor: Actor,
  id: string,
  input: WijzigContactpersoonInvoer,
) {
  return inTx(db, actor, async (tx) => {
    const h = await huishoudensRepo.header(tx, id);
    if (!h) throw errors.notFound('Het huishouden');
    await controleerBehandelaar(tx, input.medewerkerId, h.gemeente_code, 'medewerkerId');
    const r = await huishoudensRepo.zetContactpersoon(
      tx,
      { id, gemeenteCode: h.gemeente_code, versie: input.versie },
      input.medewerkerId,
      alsMedewerker(actor.principal).medewerkerId,
      input.reden ?? null,
    );
    if (r === 'versieconflict') throw errors.versionConflict('Het huishouden');
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'huishouden',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: h.gemeente_code,
    });
    if (r === 'gewijzigd') {
      await recordEvent(tx, actor, {
        gemeenteCode: h.gemeente_code,
        type: 'ContactpersoonGewijzigd',
        objectType: 'huishouden',
        objectId: id,
        data: { medewerkerId: input.medewerkerId, vorigeMedewerkerId: h.contactpersoon_id },
      });
    }
    return huishoudenView(tx, id);
  });
}
