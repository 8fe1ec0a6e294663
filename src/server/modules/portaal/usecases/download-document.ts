import { audit, markeerGeaudit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { pdfVanDocument } from '../../../platform/documents/maken.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { portaalRepo } from '../repo-portaal.ts';

/**
 * A letter of the inwoner's own (ontvangstbevestiging, verslag, beschikking) as PDF, made now when
 * it is not made yet (ADR 0020). Another person's document → 404, audited.
 */
export async function downloadDocument(db: Database, actor: Actor<InwonerPrincipal>, id: string) {
  const doc = await inTx(db, actor, async (tx) => {
    const d = await portaalRepo.document(tx, id);
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'document',
      objectId: id,
      doel: DOEL_PORTAAL,
      resultaat: d ? 'toegestaan' : 'geweigerd',
      ...(d ? { gemeenteCode: d.gemeente_code } : { personen: [] }),
    });
    return d;
  });
  if (!doc) throw markeerGeaudit(errors.notFound('Dit document'));
  return {
    bestandsnaam: doc.bestandsnaam,
    mimeType: doc.mime_type,
    inhoud: doc.inhoud ? Buffer.from(doc.inhoud) : await pdfVanDocument(db, doc.id),
  };
}
