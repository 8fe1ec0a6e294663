import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL, kop, verwijderConcept } from '../repo-beschikking.ts';
import { checkVersie } from './stappen.ts';

/** A concept that should not become a decision is discarded (audited); fixed ones stay forever. */
export function verwijderBeschikkingsconcept(db: Database, actor: Actor, id: string, versie: number) {
  return inTx(db, actor, async (tx) => {
    const b = await kop(tx, id, true);
    checkVersie(b, versie);
    if (b.status !== 'concept')
      throw errors.conflict('vastgesteld', 'Een vastgestelde beschikking blijft bewaard.');
    await verwijderConcept(tx, id);
    await audit(tx, actor, {
      actie: 'delete',
      objectType: 'beschikking',
      objectId: id,
      doel: DOEL,
      gemeenteCode: b.gemeente_code,
      toelichting: `concept (${b.soort}) verwijderd`,
    });
  });
}
