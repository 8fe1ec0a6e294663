import type { Actor } from '../../../platform/auth/principal.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { opdrachtenRepo } from '../repo-opdrachten.ts';

/**
 * The partner organisation a request is about. Partner staff may ask only about their own
 * organisation: any other id is 404, as if it did not exist (need-to-know). The gemeente asks about
 * any partner organisation it can see.
 */
export async function partnerOf404(
  tx: Sql,
  actor: Actor,
  id: string,
): Promise<{ id: string; naam: string | null }> {
  const p = actor.principal;
  if (p.soort === 'partner') {
    if (p.organisatieId !== id) throw errors.notFound('Partnerorganisatie');
    // A partner may not be able to read the organisaties table itself; its name comes with the opdracht.
    return { id, naam: null };
  }
  const org = await opdrachtenRepo.organisatie(tx, id);
  if (!org) throw errors.notFound('Partnerorganisatie');
  return { id: org.id, naam: org.naam };
}
