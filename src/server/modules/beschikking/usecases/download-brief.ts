import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import type { Database } from '../../../platform/db/types.ts';
import { pdfVanDocument } from '../../../platform/documents/maken.ts';
import { inTx } from '../../../platform/usecase.ts';
import { briefVan, DOEL } from '../repo-beschikking.ts';

/**
 * The beschikking letter as PDF (the print is audited). Not made yet, or failed: made now, after
 * the audit's transaction; this is also the caseworker's retry of a failed letter (ADR 0020).
 */
export async function downloadBeschikkingsbrief(db: Database, actor: Actor, id: string) {
  const doc = await inTx(db, actor, async (tx) => {
    const d = await briefVan(tx, id);
    if (!d)
      throw await nietGevonden(
        tx,
        'beschikkingen',
        id,
        'De beschikkingsbrief (de beschikking is nog niet vastgesteld)',
      );
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'document',
      objectId: d.id,
      doel: DOEL,
      gemeenteCode: d.gemeente_code,
    });
    return d;
  });
  return {
    bestandsnaam: doc.bestandsnaam,
    inhoud: doc.inhoud ? Buffer.from(doc.inhoud) : await pdfVanDocument(db, doc.id),
  };
}
