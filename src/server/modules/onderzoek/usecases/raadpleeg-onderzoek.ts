import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { auditOnderzoek, onderzoekOf404, onderzoekView } from './stappen.ts';

/** One onderzoek (the read is audited). */
export function raadpleegOnderzoek(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const o = await onderzoekOf404(tx, id);
    await auditOnderzoek(tx, actor, o, 'read');
    return onderzoekView(tx, o);
  });
}
