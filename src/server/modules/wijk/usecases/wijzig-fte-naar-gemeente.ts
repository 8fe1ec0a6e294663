import type { z } from 'zod';
import { SubsidieFout, subsidieVerlaging } from '../../../../domain/preventie/subsidie.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { opdrachtView } from '../presenters.ts';
import { opdrachtenRepo } from '../repo-opdrachten.ts';
import type { Opdracht, OpdrachtWijzigen } from '../schemas.ts';
import { DOEL_WIJK } from '../wie.ts';
import { partnerOf404 } from './partner-toegang.ts';

/**
 * Beleid records how many fte move from the partner to the gemeente; the reduction of the subsidy
 * follows naar rato (domain/preventie/subsidie.ts) and is shown with its formula.
 */
export function wijzigFteNaarGemeente(
  db: Database,
  actor: Actor,
  partnerId: string,
  jaar: number,
  v: z.output<typeof OpdrachtWijzigen>,
): Promise<z.infer<typeof Opdracht>> {
  return inTx(db, actor, async (tx) => {
    await partnerOf404(tx, actor, partnerId);
    const o = await opdrachtenRepo.opdracht(tx, partnerId, jaar, true);
    if (!o) throw errors.notFound(`Opdracht ${jaar}`);
    if (o.versie !== v.versie)
      throw errors.conflict(
        'versie',
        'Iemand anders heeft deze opdracht intussen gewijzigd. Laad haar opnieuw.',
      );
    try {
      subsidieVerlaging({ subsidieCent: o.subsidie_cent, fte: o.fte, fteNaarGemeente: v.fteNaarGemeente });
    } catch (e) {
      if (e instanceof SubsidieFout) throw errors.field(e.veld, 'ongeldig', e.message);
      throw e;
    }
    await opdrachtenRepo.zetFteNaarGemeente(tx, o.id, v.fteNaarGemeente);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'opdracht',
      objectId: o.id,
      doel: DOEL_WIJK,
      gemeenteCode: o.gemeente_code,
      toelichting: `fte naar gemeente ${o.fte_naar_gemeente} → ${v.fteNaarGemeente}`,
    });
    const nieuw = (await opdrachtenRepo.opdracht(tx, partnerId, jaar))!;
    return opdrachtView(nieuw, await opdrachtenRepo.afspraken(tx, o.id));
  });
}
