import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { meldingView } from '../presenters.ts';
import { meldingOf404 } from './stappen.ts';

/** One melding, as the caseworker opens it (the read is audited). */
export function raadpleegMelding(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const m = await meldingOf404(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'melding',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
    });
    return meldingView(tx, m);
  });
}
