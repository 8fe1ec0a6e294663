import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { presenteerTijdlijn } from '../presenters.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import { meldingOf404 } from './stappen.ts';

/** The melding's tijdlijn: its domain events in order, each with a sentence. */
export function raadpleegTijdlijn(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const m = await meldingOf404(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'melding',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
      toelichting: 'tijdlijn',
    });
    return presenteerTijdlijn(await meldingenRepo.tijdlijn(tx, id));
  });
}
