import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { enigeGemeente, inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { personenRepo } from '../repo-personen.ts';

/** Search on BSN, postcode with house number, or the start of the surname (the search is audited). */
export function zoekPersonen(db: Database, actor: Actor, q: { zoek: string; geboortedatum?: string }) {
  return inTx(db, actor, async (tx) => {
    const rows = await personenRepo.zoek(
      tx,
      q.zoek,
      q.geboortedatum,
      enigeGemeente(actor),
      actor.principal.gemeenten,
    );
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'persoon',
      doel: DOEL_INTAKE,
      toelichting: `${rows.length} resultaten`,
      personen: rows.map((r) => r.id),
    });
    return rows;
  });
}
