import { termijnstatusGrenzen } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { kalenderVoorWeergave } from '../kalender.ts';
import { werkvoorraadRepo } from '../repo-werkvoorraad.ts';

/**
 * The team's load for the teamleider: per toegangsmedewerker the open meldingen, how many are
 * overdue and how many have ≤ 3 working days left; and the unassigned ones to distribute.
 */
export function verdeling(db: Database, actor: Actor, teamId: string | undefined) {
  return inTx(db, actor, async (tx) => {
    const kalender = await kalenderVoorWeergave(tx);
    const vandaag = today();
    const g = termijnstatusGrenzen(vandaag, kalender);
    const team = teamId ?? alsMedewerker(actor.principal).teamId;
    const rows = await werkvoorraadRepo.perMedewerker(tx, team, vandaag, g.drieWerkdagenTot);
    const zonderBehandelaar = await werkvoorraadRepo.zonderBehandelaar(tx, team);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'medewerker',
      doel: DOEL_INTAKE,
      toelichting: 'werkverdeling',
    });
    return {
      medewerkers: rows.map((r) => ({
        medewerker: { id: r.id, naam: r.naam },
        teamId: r.team_id,
        fte: r.fte,
        open: r.open,
        verlopen: r.verlopen,
        binnenDrieWerkdagen: r.binnen_drie,
      })),
      zonderBehandelaar,
    };
  });
}
