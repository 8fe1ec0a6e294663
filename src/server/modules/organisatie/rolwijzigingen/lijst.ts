import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { toRolwijziging } from './presenter.ts';
import { type RolwijzigingFilter, rolwijzigingRepo } from './repository.ts';

/** All role changes the caller's gemeenten hold, newest first: for the auditor and for beheer. */
export function lijstRolwijzigingen(db: Database, actor: Actor, filter: RolwijzigingFilter) {
  return inTx(db, actor, async (tx) => {
    const rows = await rolwijzigingRepo.list(tx, filter);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'rolwijziging',
      doel: 'toegangsbeheer',
      gemeenteCode: filter.gemeente ?? actor.principal.gemeenteCode,
      toelichting: `${rows.length} resultaten`,
    });
    return rows.map(toRolwijziging);
  });
}
