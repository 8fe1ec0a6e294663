import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { huishoudenView } from '../presenters.ts';
import { huishoudensRepo } from '../repo-huishoudens.ts';
import { personenRepo } from '../repo-personen.ts';
import type { LidToevoegen } from '../schemas.ts';

export type VoegLidToeInvoer = z.output<typeof LidToevoegen>;

/** A person moves into this household (from another one); the membership history stays. */
export function voegLidToe(db: Database, actor: Actor, id: string, input: VoegLidToeInvoer) {
  return inTx(db, actor, async (tx) => {
    const h = await huishoudensRepo.header(tx, id);
    if (!h) throw errors.notFound('Het huishouden');
    const p = await personenRepo.get(tx, input.persoonId);
    if (!p || p.gemeente_code !== h.gemeente_code) {
      throw errors.field('persoonId', 'bestaat-niet', 'Deze persoon bestaat niet in deze gemeente.');
    }
    if (p.huishouden_id === id)
      throw errors.field('persoonId', 'al-lid', 'Deze persoon hoort al bij dit huishouden.');
    await huishoudensRepo.verhuisLid(tx, h.gemeente_code, id, input.persoonId, input.relatie, today());
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'huishouden',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: h.gemeente_code,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: h.gemeente_code,
      type: 'LidToegevoegd',
      objectType: 'huishouden',
      objectId: id,
      data: { persoonId: input.persoonId, relatie: input.relatie, vorigHuishoudenId: p.huishouden_id },
    });
    return huishoudenView(tx, id);
  });
}
