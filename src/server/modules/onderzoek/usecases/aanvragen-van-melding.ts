import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_AANVRAAG } from '../doel.ts';
import { presenteerAanvraag } from '../presenters.ts';
import { aanvragenRepo } from '../repo-aanvragen.ts';

/** The aanvragen of one melding, oldest first (a search: the persons shown are audited). */
export function aanvragenVanMelding(db: Database, actor: Actor, meldingId: string) {
  return inTx(db, actor, async (tx) => {
    const rows = await aanvragenRepo.vanMelding(tx, meldingId);
    // No rows: a melding without aanvragen, or one that does not exist or belongs to another
    // gemeente (row-level security hides it). The latter is a 404, like GET /meldingen/{id}.
    if (rows.length === 0 && !(await aanvragenRepo.meldingBestaat(tx, meldingId)))
      throw errors.notFound('De melding');
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'aanvraag',
      objectId: meldingId,
      doel: DOEL_AANVRAAG,
      toelichting: 'aanvragen van een melding',
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map(presenteerAanvraag);
  });
}
