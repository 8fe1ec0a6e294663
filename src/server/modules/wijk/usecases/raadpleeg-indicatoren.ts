import type { z } from 'zod';
import {
  berekenIndicatoren,
  type Kwartaal,
  kwartaalPeriode,
} from '../../../../domain/preventie/indicatoren.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { opdrachtView } from '../presenters.ts';
import { opdrachtenRepo } from '../repo-opdrachten.ts';
import type { Indicatoren } from '../schemas.ts';
import { partnerOf404 } from './partner-toegang.ts';

/**
 * A partner's prestatie-indicatoren for a quarter (PDCA): the agreed targets (plan), the figures
 * computed from the registrations (measured), the partner's explanation (check) and what is
 * adjusted (act), on one page that the partner and the gemeente both read.
 */
export function raadpleegIndicatoren(
  db: Database,
  actor: Actor,
  partnerId: string,
  k: Kwartaal,
): Promise<z.infer<typeof Indicatoren>> {
  return inTx(db, actor, async (tx) => {
    const org = await partnerOf404(tx, actor, partnerId);
    const periode = kwartaalPeriode(k);
    const opdracht = await opdrachtenRepo.opdracht(tx, partnerId, k.jaar);
    const afspraken = opdracht ? await opdrachtenRepo.afspraken(tx, opdracht.id) : [];
    const verwijzingen = await opdrachtenRepo.verwijzingRegistraties(tx, partnerId, periode.van, periode.tot);
    const indicatoren = berekenIndicatoren(
      k,
      {
        verwijzingen: verwijzingen.rijen,
        activiteiten: await opdrachtenRepo.activiteitRegistraties(tx, partnerId, periode.van, periode.tot),
        signalen: await opdrachtenRepo.signaalRegistraties(tx, partnerId, periode.van, periode.tot),
      },
      afspraken,
    );
    const r = opdracht ? await opdrachtenRepo.rapportage(tx, opdracht.id, k.kwartaal) : null;
    return {
      partner: { id: org.id, naam: org.naam },
      jaar: k.jaar,
      kwartaal: k.kwartaal,
      periode,
      opdracht: opdracht ? opdrachtView(opdracht, afspraken) : null,
      bronVerwijzingen: verwijzingen.bron,
      indicatoren,
      rapportage: {
        toelichting: r?.toelichting ?? null,
        toegelichtOp: r?.toegelicht_op ?? null,
        bijsturing: r?.bijsturing ?? null,
        bijgestuurdOp: r?.bijgestuurd_op ?? null,
        versie: r?.versie ?? null,
      },
    };
  });
}
