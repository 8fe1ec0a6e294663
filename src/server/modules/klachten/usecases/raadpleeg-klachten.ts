import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { klachtView } from '../presenters.ts';
import { klachtenRepo } from '../repo-klachten.ts';

export function raadpleegKlacht(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const k = await klachtenRepo.get(tx, id);
    if (!k) throw errors.notFound('De klacht');
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'klacht',
      objectId: id,
      doel: 'klachtbehandeling',
      gemeenteCode: k.gemeente_code,
      personen: k.persoon_id ? [k.persoon_id] : [],
    });
    return klachtView(k);
  });
}

/** The klachtcoördinator's worklist, by deadline (earliest first). */
export function klachtenLijst(db: Database, actor: Actor, status: string | null) {
  return inTx(db, actor, async (tx) => {
    const rows = await klachtenRepo.lijst(tx, status);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'klacht',
      doel: 'klachtbehandeling',
      toelichting: `klachten${status ? ` (${status})` : ''}: ${rows.length}`,
      personen: rows.flatMap((r) => (r.persoon_id ? [r.persoon_id] : [])),
    });
    return rows.map(klachtView);
  });
}
