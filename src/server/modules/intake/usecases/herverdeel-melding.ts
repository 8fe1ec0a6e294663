import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { meldingView } from '../presenters.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import type { Herverdeling } from '../schemas.ts';
import { checkVersie, controleerBehandelaar, meldingOf404, wijsBehandelaarToe } from './stappen.ts';

export type HerverdeelMeldingInvoer = z.output<typeof Herverdeling>;

/** A teamleider gives an open melding to another behandelaar, who also becomes the contactpersoon. */
export function herverdeelMelding(db: Database, actor: Actor, id: string, input: HerverdeelMeldingInvoer) {
  return inTx(db, actor, async (tx) => {
    const m = await meldingOf404(tx, id, true);
    checkVersie(m, input.versie);
    if (m.status !== 'nieuw' && m.status !== 'onderzoek') {
      throw errors.conflict('niet-open', 'Alleen een open melding kan worden herverdeeld.');
    }
    const { team_id } = await controleerBehandelaar(
      tx,
      input.behandelaarId,
      m.gemeente_code,
      'behandelaarId',
    );
    await meldingenRepo.zetBehandelaar(tx, id, input.behandelaarId, team_id);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'melding',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
    });
    await wijsBehandelaarToe(tx, actor, m, input.behandelaarId, input.reden ?? null);
    return meldingView(tx, await meldingOf404(tx, id));
  });
}
