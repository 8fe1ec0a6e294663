import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { maakDocument } from '../../../platform/documents/maken.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { meldingView } from '../presenters.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import { meldingOf404 } from './stappen.ts';

/**
 * The caseworker's retry of a letter of this melding that could not be made (or is not made yet):
 * made now; the melding shows the outcome (status, and the error if it failed again).
 */
export async function maakDocumentOpnieuw(db: Database, actor: Actor, id: string, documentId: string) {
  await inTx(db, actor, async (tx) => {
    const m = await meldingOf404(tx, id);
    if (!(await meldingenRepo.documentVan(tx, id, documentId))) throw errors.notFound('Het document');
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'document',
      objectId: documentId,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
      toelichting: 'opnieuw maken',
    });
  });
  await maakDocument(db, documentId);
  return inTx(db, actor, async (tx) => meldingView(tx, await meldingOf404(tx, id)));
}
