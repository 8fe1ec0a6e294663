import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_PREVENTIE } from '../diensten.ts';
import { getoondePersonen, verwijzingSamenvatting } from '../presenters.ts';
import { verwijzingenRepo } from '../repo-verwijzingen.ts';
import type { VerwijzingenFilter } from '../schemas-verwijzingen.ts';
import { toelichting } from './stappen.ts';

/**
 * The partner's inbox (`?partner=<own id>&status=nieuw`) or toegang's list (per melding, per
 * partner). Row-level security narrows a partner to its own organisation whatever the filter;
 * asking for another organisation's inbox is refused outright.
 */
export function lijstVerwijzingen(db: Database, actor: Actor, f: z.output<typeof VerwijzingenFilter>) {
  const p = actor.principal;
  if (p.soort === 'partner' && f.partner && f.partner !== p.organisatieId) {
    throw errors.field(
      'partner',
      'andere-organisatie',
      'U ziet alleen de verwijzingen van uw eigen organisatie.',
    );
  }
  return inTx(db, actor, async (tx) => {
    const rows = await verwijzingenRepo.lijst(tx, {
      partnerId: p.soort === 'partner' ? p.organisatieId : f.partner,
      status: f.status,
      meldingId: p.soort === 'partner' ? null : f.meldingId,
    });
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'verwijzingen',
      doel: DOEL_PREVENTIE,
      personen: rows.flatMap((v) => getoondePersonen(v, p)),
      toelichting: await toelichting(tx, actor, p.soort === 'partner' ? 'inbox' : 'verwijzingen volgen'),
    });
    return rows.map((v) => verwijzingSamenvatting(v, p));
  });
}
