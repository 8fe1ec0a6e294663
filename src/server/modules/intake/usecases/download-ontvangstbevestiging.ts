import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { pdfVanDocument } from '../../../platform/documents/maken.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import { meldingOf404 } from './stappen.ts';

/**
 * The ontvangstbevestiging as PDF (the print is audited). A letter not made yet is made now, after
 * the audit's transaction: the download is the last of the ways a letter gets made (ADR 0020).
 */
export async function downloadOntvangstbevestiging(db: Database, actor: Actor, id: string) {
  const doc = await inTx(db, actor, async (tx) => {
    const m = await meldingOf404(tx, id);
    const d = await meldingenRepo.document(tx, id, 'ontvangstbevestiging');
    if (!d) throw errors.notFound('De ontvangstbevestiging van deze melding');
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'document',
      objectId: d.id,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
    });
    return d;
  });
  return {
    bestandsnaam: doc.bestandsnaam,
    mimeType: doc.mime_type,
    inhoud: doc.inhoud ? Buffer.from(doc.inhoud) : await pdfVanDocument(db, doc.id),
  };
}
