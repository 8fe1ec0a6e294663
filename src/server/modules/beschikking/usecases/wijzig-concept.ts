import type { z } from 'zod';
import { plusDagen } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { regio } from '../../regio/index.ts';
import { beschikkingView } from '../presenters.ts';
import { DOEL, kop, schrijfVoorzieningen, werkConceptBij } from '../repo-beschikking.ts';
import type { BeschikkingInvoer } from '../schemas.ts';
import { toelichtingBevinding } from './controleer-beschikking.ts';
import { checkVersie, wijzigingOpties } from './stappen.ts';

export type WijzigConceptInvoer = z.output<typeof BeschikkingInvoer> & { versie: number };

/** Changes a concept besluit or wijziging (a fixed beschikking changes only by a new one). */
export function wijzigConcept(db: Database, actor: Actor, id: string, input: WijzigConceptInvoer) {
  return inTx(db, actor, async (tx) => {
    const b = await kop(tx, id, true);
    checkVersie(b, input.versie);
    if (b.status !== 'concept')
      throw errors.conflict(
        'vastgesteld',
        'Een vastgestelde beschikking wijzigt u met een nieuwe beschikking (wijziging of intrekking).',
      );
    if (b.soort === 'intrekking' || b.soort === 'herindicatie')
      throw errors.conflict(
        `${b.soort}-concept`,
        'Een intrekking of herindicatie past u niet aan: verwijder het concept en stel het opnieuw op.',
      );
    const opties =
      b.soort === 'wijziging'
        ? await wijzigingOpties(
            tx,
            b.vorige_beschikking_id!,
            plusDagen(b.ingetrokken_per!, 1),
            input.voorzieningen,
          )
        : {};
    // Beschermd wonen and opvang only by the regional team (issue 20), and the motivation of a
    // wijziging, reported with the other checks (issue 15: all errors at once).
    const bwMo = await regio.api.bwMoFouten(tx, actor, input.voorzieningen);
    await schrijfVoorzieningen(tx, b, input.voorzieningen, {
      ...opties,
      extraFouten: [
        ...toelichtingBevinding(b.soort, input.toelichting),
        ...(opties.extraFouten ?? []),
        ...bwMo,
      ],
    });
    await werkConceptBij(tx, id, input.toelichting ?? null);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'beschikking',
      objectId: id,
      doel: DOEL,
      gemeenteCode: b.gemeente_code,
    });
    return beschikkingView(tx, id);
  });
}
