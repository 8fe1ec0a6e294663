import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import type { Database } from '../../../platform/db/types.ts';
import { pdfVanDocument } from '../../../platform/documents/maken.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { bezwaarView } from '../presenter-bezwaar.ts';
import { bezwarenRepo } from '../repo-bezwaren.ts';

const DOEL = 'wmo-bezwaar';

export function raadpleegBezwaar(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const z = await bezwarenRepo.get(tx, id);
    if (!z) throw await nietGevonden(tx, 'bezwaren', id, 'Het bezwaar');
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'bezwaar',
      objectId: id,
      doel: DOEL,
      gemeenteCode: z.gemeente_code,
      personen: [z.persoon_id],
    });
    return bezwaarView(z);
  });
}

/** The bezwaren against one beschikking (open first is the caller's choice; ordered by receipt). */
export function bezwarenVanBeschikking(db: Database, actor: Actor, beschikkingId: string) {
  return inTx(db, actor, async (tx) => {
    const rows = await bezwarenRepo.vanBeschikking(tx, beschikkingId);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'bezwaar',
      objectId: beschikkingId,
      doel: DOEL,
      toelichting: 'bezwaren van een beschikking',
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map(bezwaarView);
  });
}

/** The bezwaren worklist, by decision deadline. */
export function bezwaarLijst(
  db: Database,
  actor: Actor,
  status: string | null,
  huishoudenId: string | null = null,
) {
  return inTx(db, actor, async (tx) => {
    const rows = await bezwarenRepo.lijst(tx, status, huishoudenId);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'bezwaar',
      doel: DOEL,
      toelichting: `bezwaren${status ? ` (${status})` : ''}: ${rows.length}`,
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map(bezwaarView);
  });
}

/** The newest letter of the bezwaar (verdaging or beslissing) as PDF; the print is audited. */
export async function downloadBezwaarbrief(db: Database, actor: Actor, id: string) {
  const doc = await inTx(db, actor, async (tx) => {
    const d = await bezwarenRepo.brief(tx, id);
    if (!d) throw errors.notFound('Een brief bij dit bezwaar');
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
