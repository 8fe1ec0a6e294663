import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { wijkRepo } from '../repo-wijk.ts';
import { gemeenteVan } from '../wie.ts';

/** The wijken to choose from on the signal board and in forms (partner staff included). */
export function wijkKeuzelijst(db: Database, actor: Actor, gemeente?: string) {
  const code = gemeenteVan(actor, gemeente);
  return inTx(db, actor, (tx) => wijkRepo.wijken(tx, code));
}
