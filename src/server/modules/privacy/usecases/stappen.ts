import type { Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { type VerzoekRow, verzoekenRepo } from '../repo-verzoeken.ts';

/** The request, or 404 when it does not exist or belongs to another gemeente (row-level security). */
export async function verzoekOf404(tx: Sql, id: string): Promise<VerzoekRow> {
  const v = await verzoekenRepo.get(tx, id);
  if (!v) throw errors.notFound('Dit privacyverzoek');
  return v;
}
