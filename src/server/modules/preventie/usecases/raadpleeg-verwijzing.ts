import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { DOEL_PREVENTIE } from '../diensten.ts';
import { gedeeldMetPartner, getoondePersonen, verwijzingView } from '../presenters.ts';
import { metVerwijzing, toelichting } from './stappen.ts';

/**
 * One referral: toegang sees everything but the partner's notes; the partner sees what the consent
 * covers today, or only the request to contact the resident via toegang. Every read is audited
 * with the organisation and the purpose; a referral that is not the partner's gives 404, audited.
 */
export function raadpleegVerwijzing(db: Database, actor: Actor, id: string) {
  return metVerwijzing(db, actor, id, { doel: 'verwijzing bekijken', actie: 'read' }, async (tx, v) => {
    const partner = actor.principal.soort === 'partner';
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'verwijzing',
      objectId: id,
      doel: DOEL_PREVENTIE,
      gemeenteCode: v.gemeente_code,
      personen: getoondePersonen(v, actor.principal),
      toelichting: await toelichting(
        tx,
        actor,
        'verwijzing bekijken',
        partner ? `gedeeld: ${gedeeldMetPartner(v).join(', ') || 'geen persoonsgegevens'}` : undefined,
      ),
    });
    return verwijzingView(v, actor.principal);
  });
}
