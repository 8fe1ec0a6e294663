import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_AANVRAAG } from '../doel.ts';
import { presenteerAanvraag } from '../presenters.ts';
import { type AanvraagRow, aanvragenRepo } from '../repo-aanvragen.ts';

export async function aanvraagOf404(tx: Sql, id: string): Promise<AanvraagRow> {
  const r = await aanvragenRepo.get(tx, id);
  if (!r) throw await nietGevonden(tx, 'aanvragen', id, 'De aanvraag');
  return r;
}

/** One aanvraag (the read is audited). */
export function raadpleegAanvraag(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const r = await aanvraagOf404(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'aanvraag',
      objectId: id,
      doel: DOEL_AANVRAAG,
      gemeenteCode: r.gemeente_code,
    });
    return presenteerAanvraag(r);
  });
}
