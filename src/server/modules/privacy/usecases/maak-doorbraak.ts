import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { presenteerDoorbraak } from '../presenters-doorbraken.ts';
import { doorbrakenRepo } from '../repo-doorbraken.ts';
import type { DoorbraakInvoer } from '../schemas-doorbraken.ts';

export const DOEL_DOORBRAAK = 'toezicht-op-gegevensverwerking';

/**
 * Break-glass (issue 18, ADR 0030): an unrelated medewerker opens a person's case for the hours the
 * gemeente set (gemeenten.doorbraak_uren), with a reason. The row itself is the access: the
 * relationship function of migration 034 reads it, the audit trail records it as a doorbraak, the
 * contactpersoon sees it and the privacy officer judges it.
 */
export function maakDoorbraak(db: Database, actor: Actor, input: z.output<typeof DoorbraakInvoer>) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const p = await doorbrakenRepo.huishoudenVan(tx, input.persoonId);
    if (!p) throw errors.field('persoonId', 'onbekend', 'Deze persoon is niet gevonden in uw gemeente.');
    if (!p.huishouden_id)
      throw errors.field('persoonId', 'geen-dossier', 'Deze persoon heeft geen dossier om te openen.');
    if (p.heeft)
      throw errors.conflict('al-relatie', 'U heeft al toegang tot dit dossier; een doorbraak is niet nodig.');
    const id = await doorbrakenRepo.insert(tx, {
      gemeenteCode: p.gemeente_code,
      persoonId: input.persoonId,
      huishoudenId: p.huishouden_id,
      medewerkerId: mw.medewerkerId,
      reden: input.reden,
      toelichting: input.toelichting,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'doorbraak',
      objectId: id,
      doel: DOEL_DOORBRAAK,
      gemeenteCode: p.gemeente_code,
      toelichting: `doorbraak ${input.reden}`,
      personen: [input.persoonId],
    });
    return presenteerDoorbraak((await doorbrakenRepo.get(tx, id))!);
  });
}
