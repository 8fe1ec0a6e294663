import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { kalenderVoorWeergave } from '../kalender.ts';
import { presenteerMelding } from '../presenters.ts';
import { meldingenRepo } from '../repo-meldingen.ts';

/**
 * One melding, as the caseworker opens it (the read is audited). The most frequent request of the
 * day, so it takes one round trip for the melding and its documents, and names the person it shows
 * in the audit row itself: the row is at hand, and the lookup by object (audit/personen.ts) would
 * be planned anew in every INSERT (bench/RESULTS.md, "Issue 13: melding detail hersteld").
 */
export function raadpleegMelding(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const gevonden = await meldingenRepo.getMetDocumenten(tx, id);
    if (!gevonden) throw errors.notFound('De melding');
    const { melding: m, documenten } = gevonden;
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'melding',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
      personen: [m.persoon_id],
    });
    return presenteerMelding(m, {
      kalender: await kalenderVoorWeergave(tx),
      documenten,
      waarschuwingen: [],
      vandaag: today(),
    });
  });
}
