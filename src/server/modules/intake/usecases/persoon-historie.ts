import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { persoonWijzigingenRepo } from '../repo-persoon-wijzigingen.ts';
import { persoonOf404 } from './stappen.ts';

/** The corrections of one person, newest first: which fields, what they were, who and when. */
export function persoonHistorie(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const p = await persoonOf404(tx, id);
    const rows = await persoonWijzigingenRepo.vanPersoon(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'persoon',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: p.gemeente_code,
      toelichting: `historie: ${rows.length}`,
    });
    return rows.map((r) => ({
      id: r.id,
      gewijzigdOp: new Date(r.gewijzigd_op).toISOString(),
      door: r.door,
      velden: r.velden,
      vorige: r.vorige,
      privacyverzoekId: r.privacyverzoek_id,
    }));
  });
}
