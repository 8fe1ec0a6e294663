import type { Actor } from '../../../platform/auth/principal.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { preventie } from '../../preventie/index.ts';

/**
 * The partner a request is about (partners.id). Row-level security shows a medewerker the partners
 * of their gemeenten and partner staff only their own organisation, so any other id is 404, as if
 * it did not exist (need-to-know).
 */
export async function partnerOf404(tx: Sql, actor: Actor, id: string): Promise<{ id: string; naam: string }> {
  const p = actor.principal;
  if (p.soort === 'partner' && p.organisatieId !== id) throw errors.notFound('Partner');
  const partner = await preventie.api.partner(tx, id);
  if (!partner) throw errors.notFound('Partner');
  return { id: partner.id, naam: partner.naam };
}
