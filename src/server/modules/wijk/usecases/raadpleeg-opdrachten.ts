import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { opdrachtView } from '../presenters.ts';
import { opdrachtenRepo } from '../repo-opdrachten.ts';
import type { Opdracht } from '../schemas.ts';
import { gemeenteVan } from '../wie.ts';

/** The opdrachten of a year with their subsidy and its reduction (a partner sees its own only). */
export function raadpleegOpdrachten(
  db: Database,
  actor: Actor,
  jaar: number,
  gemeenteGevraagd?: string,
): Promise<z.infer<typeof Opdracht>[]> {
  const gemeente = gemeenteVan(actor, gemeenteGevraagd);
  return inTx(db, actor, async (tx) => {
    const uit = [];
    for (const o of await opdrachtenRepo.opdrachten(tx, gemeente, jaar))
      uit.push(opdrachtView(o, await opdrachtenRepo.afspraken(tx, o.id)));
    return uit;
  });
}
