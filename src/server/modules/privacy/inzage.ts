import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { inTx } from '../../platform/usecase.ts';
import { zoekPersonen } from './repo-inzage.ts';

/**
 * "Wie heeft deze persoon gezien?", step 1: the auditor finds the person by BSN or surname. Looking
 * up a BSN is itself an access to personal data, so it is audited with the persons found; step 2 is
 * the audit trail filtered on that person (`GET /audit-logregels?persoon=…`).
 */
export function zoekPersoonVoorInzage(db: Database, actor: Actor, q: { zoek: string }) {
  return inTx(db, actor, async (tx) => {
    const rows = await zoekPersonen(tx, q.zoek);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'persoon',
      doel: 'toezicht-op-gegevensverwerking',
      toelichting: `inzage: ${rows.length} resultaten`,
      personen: rows.map((r) => r.id),
    });
    return rows;
  });
}
