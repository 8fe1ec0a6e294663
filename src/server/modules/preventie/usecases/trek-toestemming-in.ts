import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_PREVENTIE } from '../diensten.ts';
import { verwijzingenRepo } from '../repo-verwijzingen.ts';
import { toelichting } from './stappen.ts';

/**
 * The resident withdraws consent (AVG art. 7(3)): from the commit on, row-level security hides the
 * referrals it carried and their data from the partner (migration 018); open referrals end as
 * 'ingetrokken'. What the partner did before stays lawful; its terugkoppeling stays with toegang.
 */
export function trekToestemmingIn(db: Database, actor: Actor, id: string, input: { toelichting?: string }) {
  const medewerker = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const t = await verwijzingenRepo.toestemming(tx, id);
    if (!t) throw errors.notFound('De toestemming');
    if (t.ingetrokken_op) throw errors.conflict('al-ingetrokken', 'Deze toestemming is al ingetrokken.');
    const beeindigd = await verwijzingenRepo.trekIn(
      tx,
      id,
      medewerker.medewerkerId,
      input.toelichting ?? null,
    );
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'toestemming',
      objectId: id,
      doel: DOEL_PREVENTIE,
      gemeenteCode: t.gemeente_code,
      personen: [t.persoon_id],
      toelichting: await toelichting(
        tx,
        actor,
        'toestemming intrekken',
        `verwijzingen beëindigd: ${beeindigd.length}`,
      ),
    });
    return { id, ingetrokkenOp: new Date(), beeindigdeVerwijzingen: beeindigd };
  });
}
