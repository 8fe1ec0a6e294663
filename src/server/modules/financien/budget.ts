import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { zetBudget } from './repo-financien.ts';

/** Beleid/control enter (or change) the budget of a product category for a year. */
export function begroot(
  db: Database,
  actor: Actor,
  a: { gemeente: string; jaar: number; categorie: string; bedrag: number },
) {
  requireGemeente(actor, a.gemeente, 'gemeente');
  return inTx(db, actor, async (tx) => {
    const bedrag = Math.round(a.bedrag * 100) / 100;
    await zetBudget(tx, { ...a, bedrag, door: alsMedewerker(actor.principal).medewerkerId });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'budget',
      objectId: null,
      doel: 'monitoring',
      gemeenteCode: a.gemeente,
      toelichting: `${a.jaar} ${a.categorie}`,
    });
    return { gemeente: a.gemeente, jaar: a.jaar, productcategorie: a.categorie, bedrag };
  });
}
