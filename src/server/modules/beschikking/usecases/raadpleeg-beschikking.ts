import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { beschikkingView } from '../presenters.ts';
import { DOEL } from '../repo-beschikking.ts';

/** One beschikking with its voorzieningen, messages and letter status (the read is audited). */
export function raadpleegBeschikking(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const v = await beschikkingView(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'beschikking',
      objectId: id,
      doel: DOEL,
      gemeenteCode: v.gemeenteCode,
    });
    return v;
  });
}
