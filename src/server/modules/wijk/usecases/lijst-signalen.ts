import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { wijkRepo } from '../repo-wijk.ts';
import type { SignalenQuery, Wijksignaal } from '../schemas.ts';
import { gemeenteVan } from '../wie.ts';

/** The signal board: per wijk or for the whole gemeente, newest first. */
export function lijstSignalen(
  db: Database,
  actor: Actor,
  q: z.output<typeof SignalenQuery>,
): Promise<z.infer<typeof Wijksignaal>[]> {
  const gemeente = gemeenteVan(actor, q.gemeente);
  return inTx(db, actor, async (tx) => {
    let wijkId: string | undefined;
    if (q.wijk) {
      const w = await wijkRepo.wijk(tx, gemeente, q.wijk);
      if (!w)
        throw errors.field('wijk', 'onbekende-wijk', `Wijk ${q.wijk} bestaat niet in gemeente ${gemeente}.`);
      wijkId = w.id;
    }
    return wijkRepo.signalen(tx, { gemeente, wijkId, status: q.status });
  });
}
