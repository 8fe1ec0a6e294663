import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { DOEL_PREVENTIE } from '../diensten.ts';
import { getoondePersonen, verwijzingView } from '../presenters.ts';
import { type VerwijzingRow, verwijzingenRepo } from '../repo-verwijzingen.ts';
import { checkVersie, metVerwijzing, toelichting } from './stappen.ts';

/**
 * The partner's step on a referral (accept, decline, plan contact): the referral must be the
 * partner's own (else 404, audited), in the right state (else 409) and unchanged since it was read.
 */
export function behandelVerwijzing(
  db: Database,
  actor: Actor,
  id: string,
  stap: {
    naam: string;
    versie?: number;
    toegestaan: ReadonlyArray<VerwijzingRow['status']>;
    weigering: string;
    doe: (tx: Sql, v: VerwijzingRow) => Promise<void>;
  },
) {
  return metVerwijzing(
    db,
    actor,
    id,
    { doel: stap.naam, actie: 'update', forUpdate: true },
    async (tx, v) => {
      if (!stap.toegestaan.includes(v.status)) throw errors.conflict('verkeerde-status', stap.weigering);
      checkVersie(v, stap.versie);
      await stap.doe(tx, v);
      const na = (await verwijzingenRepo.get(tx, id))!;
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'verwijzing',
        objectId: id,
        doel: DOEL_PREVENTIE,
        gemeenteCode: v.gemeente_code,
        personen: getoondePersonen(na, actor.principal),
        toelichting: await toelichting(tx, actor, stap.naam),
      });
      return verwijzingView(na, actor.principal);
    },
  );
}
