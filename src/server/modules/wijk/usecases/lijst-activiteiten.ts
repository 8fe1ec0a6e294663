import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { wijkRepo } from '../repo-wijk.ts';
import type { Activiteit, ActiviteitenQuery } from '../schemas.ts';
import { gemeenteVan } from '../wie.ts';

/**
 * Activities per wijk and period. The gemeente sees every partner's; a partner sees its own
 * organisation's only (row-level security, migration 019).
 */
export function lijstActiviteiten(
  db: Database,
  actor: Actor,
  q: z.output<typeof ActiviteitenQuery>,
): Promise<z.infer<typeof Activiteit>[]> {
  const gemeente = gemeenteVan(actor, q.gemeente);
  return inTx(db, actor, async (tx) => {
    let wijkId: string | undefined;
    if (q.wijk) {
      const w = await wijkRepo.wijk(tx, gemeente, q.wijk);
      if (!w)
        throw errors.field('wijk', 'onbekende-wijk', `Wijk ${q.wijk} bestaat niet in gemeente ${gemeente}.`);
      wijkId = w.id;
    }
    return wijkRepo.activiteiten(tx, { gemeente, wijkId, van: q.van, tot: q.tot });
  });
}
