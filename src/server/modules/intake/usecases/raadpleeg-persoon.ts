import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { presenteerPersoon } from '../presenters.ts';
import { persoonOf404 } from './stappen.ts';

/** One person (the read is audited). */
export function raadpleegPersoon(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const row = await persoonOf404(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'persoon',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: row.gemeente_code,
    });
    return presenteerPersoon(row);
  });
}
