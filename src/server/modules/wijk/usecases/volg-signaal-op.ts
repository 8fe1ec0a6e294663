import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { wijkRepo } from '../repo-wijk.ts';
import type { SignaalOpvolging, Wijksignaal } from '../schemas.ts';
import { DOEL_WIJK } from '../wie.ts';

/** Status and follow-up of a signal: either side of the board may record what was done. */
export function volgSignaalOp(
  db: Database,
  actor: Actor,
  id: string,
  v: z.output<typeof SignaalOpvolging>,
): Promise<z.infer<typeof Wijksignaal>> {
  return inTx(db, actor, async (tx) => {
    const s = await wijkRepo.signaal(tx, id, true);
    if (!s) throw errors.notFound('Signaal');
    if (s.versie !== v.versie)
      throw errors.conflict(
        'versie',
        'Iemand anders heeft dit signaal intussen bijgewerkt. Laad het opnieuw.',
      );
    await wijkRepo.volgSignaalOp(tx, id, v.status, v.opvolging ?? null);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'wijksignaal',
      objectId: id,
      doel: DOEL_WIJK,
      gemeenteCode: s.gemeenteCode,
    });
    return (await wijkRepo.signaal(tx, id))!;
  });
}
