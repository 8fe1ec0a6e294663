import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { presenteerDoorbraak } from '../presenters-doorbraken.ts';
import { doorbrakenRepo } from '../repo-doorbraken.ts';
import type { BeoordelingInvoer } from '../schemas-doorbraken.ts';
import { DOEL_DOORBRAAK } from './maak-doorbraak.ts';

/** The privacy officer's review list (newest first); `te-beoordelen` is what is still open. */
export function toonDoorbraken(
  db: Database,
  actor: Actor,
  status: 'te-beoordelen' | 'beoordeeld' | undefined,
) {
  return inTx(db, actor, async (tx) => {
    const rows = await doorbrakenRepo.lijst(tx, status);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'doorbraak',
      objectId: null,
      doel: DOEL_DOORBRAAK,
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map(presenteerDoorbraak);
  });
}

/** Marks one doorbraak justified or not; once, by someone else than the medewerker who made it. */
export function beoordeelDoorbraak(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof BeoordelingInvoer>,
) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const d = await doorbrakenRepo.get(tx, id, true);
    if (!d) throw errors.notFound('De doorbraak');
    if (d.medewerker_id === mw.medewerkerId)
      throw errors.conflict('eigen-doorbraak', 'U kunt uw eigen doorbraak niet beoordelen.');
    if (d.beoordeling) throw errors.conflict('al-beoordeeld', 'Deze doorbraak is al beoordeeld.');
    if (
      !(await doorbrakenRepo.beoordeel(
        tx,
        id,
        input.versie,
        input.oordeel,
        input.toelichting ?? null,
        mw.medewerkerId,
      ))
    )
      throw errors.versionConflict('De doorbraak');
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'doorbraak',
      objectId: id,
      doel: DOEL_DOORBRAAK,
      gemeenteCode: d.gemeente_code,
      toelichting: `beoordeling ${input.oordeel}`,
      personen: [d.persoon_id],
    });
    return presenteerDoorbraak((await doorbrakenRepo.get(tx, id))!);
  });
}
