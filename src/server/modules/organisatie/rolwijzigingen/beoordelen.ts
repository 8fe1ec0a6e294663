import { audit } from '../../../platform/audit/audit.ts';
import { wijzigingsToelichting } from '../../../platform/audit/wijziging.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { toRolwijziging } from './presenter.ts';
import { rolwijzigingRepo } from './repository.ts';
import { functiescheiding } from './vastleggen.ts';

/**
 * A second beheerder approves or refuses a grant (four eyes, ADR 0021). Not the one who asked,
 * and not the medewerker who would get the roles. Approval adds the granted roles to the roles the
 * medewerker has now (a removal in between stays removed).
 */
export function beoordeelRolwijziging(
  db: Database,
  actor: Actor,
  id: string,
  input: { versie: number },
  besluit: 'goedgekeurd' | 'afgewezen',
) {
  return inTx(db, actor, async (tx) => {
    const r = await rolwijzigingRepo.get(tx, id, true);
    if (!r) throw errors.notFound('De rolwijziging');
    if (r.versie !== input.versie) throw errors.versionConflict('De rolwijziging');
    if (r.status !== 'wacht-op-goedkeuring') {
      throw errors.conflict('al-beoordeeld', 'Deze rolwijziging wacht niet (meer) op goedkeuring.');
    }
    if (r.medewerker_id === alsMedewerker(actor.principal).medewerkerId) {
      throw functiescheiding('U kunt geen rollen aan uzelf toekennen: een andere beheerder beoordeelt dit.');
    }
    if (r.aangevraagd_door === alsMedewerker(actor.principal).gebruikerId) {
      throw functiescheiding(
        'U vroeg deze rollen zelf aan; een andere beheerder moet de toekenning goedkeuren (vier ogen).',
      );
    }
    const m = await rolwijzigingRepo.rollenVan(tx, r.medewerker_id, true);
    if (!m) throw errors.notFound('De medewerker');
    const toegekend = r.rollen_na.filter((x) => !r.rollen_voor.includes(x));
    const nieuw = besluit === 'goedgekeurd' ? [...new Set([...m.rollen, ...toegekend])] : m.rollen;
    if (besluit === 'goedgekeurd') await rolwijzigingRepo.zetRollen(tx, r.medewerker_id, nieuw);
    await rolwijzigingRepo.beoordeel(tx, id, besluit, alsMedewerker(actor.principal).gebruikerId);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'medewerker',
      objectId: r.medewerker_id,
      doel: 'toegangsbeheer',
      gemeenteCode: r.gemeente_code,
      toelichting: wijzigingsToelichting({ rollen: m.rollen }, { rollen: nieuw }, ['rollen'], {
        rolwijziging: id,
        besluit,
        toegekend: besluit === 'goedgekeurd' ? toegekend : [],
      }),
    });
    const row = await rolwijzigingRepo.get(tx, id);
    return toRolwijziging(row!);
  });
}
