import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { pdfVanDocument } from '../../../platform/documents/maken.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_ONDERZOEK } from '../doel.ts';
import { onderzoekenRepo } from '../repo-onderzoeken.ts';
import { onderzoekOf404 } from './stappen.ts';

/** The verslag as PDF (audited); made now if the job has not made it yet (ADR 0020). */
export async function downloadVerslag(db: Database, actor: Actor, id: string) {
  const doc = await inTx(db, actor, async (tx) => {
    const o = await onderzoekOf404(tx, id);
    if (!o.verslag_id) throw errors.notFound('Het verslag (het onderzoek is nog niet afgerond)');
    const document = await onderzoekenRepo.document(tx, o.verslag_id);
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'document',
      objectId: o.verslag_id,
      doel: DOEL_ONDERZOEK,
      gemeenteCode: o.gemeente_code,
    });
    return document;
  });
  return {
    bestandsnaam: doc.bestandsnaam,
    inhoud: doc.inhoud ? Buffer.from(doc.inhoud) : await pdfVanDocument(db, doc.id),
  };
}
