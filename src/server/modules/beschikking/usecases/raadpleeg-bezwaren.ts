import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { bezwaarView } from '../presenter-bezwaar.ts';
import { bezwarenRepo } from '../repo-bezwaren.ts';

const DOEL = 'wmo-bezwaar';

export function raadpleegBezwaar(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const z = await bezwarenRepo.get(tx, id);
    if (!z) throw errors.notFound('Het bezwaar');
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'bezwaar',
      objectId: id,
      doel: DOEL,
      gemeenteCode: z.gemeente_code,
      personen: [z.persoon_id],
    });
    return bezwaarView(z);
  });
}

/** The bezwaren against one beschikking (open first is the caller's choice; ordered by receipt). */
export function bezwarenVanBeschikking(db: Database, actor: Actor, beschikkingId: string) {
  return inTx(db, actor, async (tx) => {
    const rows = await bezwarenRepo.vanBeschikking(tx, beschikkingId);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'bezwaar',
      objectId: beschikkingId,
      doel: DOEL,
      toelichting: 'bezwaren van een beschikking',
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map(bezwaarView);
  });
}

/** The bezwaren worklist, by decision deadline. */
export function bezwaarLijst(db: Database, actor: Actor, status: string | null) {
  return inTx(db, actor, async (tx) => {
    const rows = await bezwarenRepo.lijst(tx, status);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'bezwaar',
      doel: DOEL,
      toelichting: `bezwaren${status ? ` (${status})` : ''}: ${rows.length}`,
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map(bezwaarView);
  });
}
