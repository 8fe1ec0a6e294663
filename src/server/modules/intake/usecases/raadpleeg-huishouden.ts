import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { huishoudenView } from '../presenters.ts';

/** One household with its members, contactpersoon and meldingen (the read is audited). */
export function raadpleegHuishouden(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const view = await huishoudenView(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'huishouden',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: view.gemeenteCode,
    });
    return view;
  });
}
