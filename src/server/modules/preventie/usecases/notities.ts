import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { DOEL_PREVENTIE } from '../diensten.ts';
import { verwijzingenRepo } from '../repo-verwijzingen.ts';
import { metVerwijzing, toelichting } from './stappen.ts';

/**
 * The partner's internal notes on a referral. No policy lets the gemeente read them (migration
 * 018); the route is the partner's only.
 */
export function notities(db: Database, actor: Actor, id: string, nieuw?: { tekst: string }) {
  const p = actor.principal;
  if (p.soort !== 'partner') throw errors.forbidden();
  return metVerwijzing(
    db,
    actor,
    id,
    { doel: nieuw ? 'notitie maken' : 'notities lezen', actie: nieuw ? 'update' : 'read' },
    async (tx, v) => {
      if (nieuw) await verwijzingenRepo.voegNotitieToe(tx, id, p.organisatieId, nieuw.tekst);
      await audit(tx, actor, {
        actie: nieuw ? 'create' : 'read',
        objectType: 'verwijzing-notitie',
        objectId: id,
        doel: DOEL_PREVENTIE,
        gemeenteCode: v.gemeente_code,
        personen: [],
        toelichting: await toelichting(tx, actor, nieuw ? 'notitie maken' : 'notities lezen'),
      });
      return verwijzingenRepo.notities(tx, id);
    },
  );
}
