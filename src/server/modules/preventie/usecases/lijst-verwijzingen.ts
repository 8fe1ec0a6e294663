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
 * asking for another organisation's inbox is refused outright. One page at a time (25 by
 * default): the audit row names the persons actually shown, not a whole backlog.
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
      pageSize: f.pageSize,
      voor: f.voor ?? null,
    });
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'verwijzingen',
      doel: DOEL_PREVENTIE,
      personen: rows.flatMap((v) => getoondePersonen(v, p)),
      toelichting: await toelichting(tx, actor, p.soort === 'partner' ? 'inbox' : 'verwijzingen volgen'),
    });
    // A full page may have a next one; its cursor is the last row's position (keyset, no offset).
    const laatste = rows.length === f.pageSize ? rows[rows.length - 1] : undefined;
    return {
      rijen: rows.map((v) => verwijzingSamenvatting(v, p)),
      volgende: laatste?.id ?? null,
    };
  });
}
