import {
  dwangsomStand,
  dwangsomVaststellingUiterlijk,
  ingebrekestellingVoortijdig,
} from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { dwangsomView } from '../dwangsom-view.ts';
import { type AanvraagTermijnRow, awbRepo } from '../repo-awb.ts';

/** The dwangsom owed on `peildatum` (Awb 4:17) and, once it stopped, the 4:18 deadline. */
export async function dwangsomOp(tx: Sql, a: AanvraagTermijnRow, peildatum: string) {
  const i = await awbRepo.ingebrekestelling(tx, a.id);
  if (!i) throw errors.notFound('De ingebrekestelling');
  const stand = dwangsomStand(i.dwangsom_vanaf, peildatum, a.besluitdatum);
  const vaststellingUiterlijk =
    stand.afgelopen && stand.laatsteDag
      ? dwangsomVaststellingUiterlijk(stand.laatsteDag, await intake.api.laadKalender(tx))
      : null;
  return {
    ...dwangsomView(stand),
    peildatum,
    ontvangstdatum: i.ontvangstdatum,
    voortijdig: ingebrekestellingVoortijdig(i.beslistermijn_uiterlijk, i.ontvangstdatum),
    vaststellingUiterlijk,
  };
}

/** GET /aanvragen/{id}/dwangsom: the amount owed as of any date (default today). */
export function raadpleegDwangsom(db: Database, actor: Actor, aanvraagId: string, peildatum?: string) {
  return inTx(db, actor, async (tx) => {
    const a = await awbRepo.aanvraag(tx, aanvraagId);
    if (!a) throw errors.notFound('De aanvraag');
    const uit = await dwangsomOp(tx, a, peildatum ?? today());
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'aanvraag',
      objectId: a.id,
      doel: 'wmo-aanvraag',
      gemeenteCode: a.gemeente_code,
      toelichting: 'dwangsom',
      personen: [a.persoon_id],
    });
    return uit;
  });
}
