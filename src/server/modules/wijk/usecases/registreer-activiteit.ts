import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { wijkRepo } from '../repo-wijk.ts';
import type { Activiteit, ActiviteitInvoer } from '../schemas.ts';
import { gemeenteVan, medewerkerOfPartner } from '../wie.ts';

/**
 * A partner registers a collective or preventive activity in a wijk with anonymous participant
 * counts for a period: preventie becomes visible next to the Wmo figures. The activity belongs to
 * the caller's organisation; there is no field to register one for another organisation.
 */
export function registreerActiviteit(
  db: Database,
  actor: Actor,
  v: z.output<typeof ActiviteitInvoer>,
): Promise<z.infer<typeof Activiteit>> {
  const gemeente = gemeenteVan(actor, v.gemeente);
  const wie = medewerkerOfPartner(actor);
  if (!wie.partnerId) throw errors.forbidden('Alleen medewerkers van een partner registreren activiteiten.');
  return inTx(db, actor, async (tx) => {
    const wijk = await wijkRepo.wijk(tx, gemeente, v.wijk);
    if (!wijk)
      throw errors.field('wijk', 'onbekende-wijk', `Wijk ${v.wijk} bestaat niet in gemeente ${gemeente}.`);
    const id = await wijkRepo.maakActiviteit(tx, {
      gemeente,
      partnerId: wie.partnerId!,
      wijkId: wijk.id,
      soort: v.soort,
      naam: v.naam,
      periodeVan: v.periodeVan,
      periodeTot: v.periodeTot,
      bijeenkomsten: v.bijeenkomsten,
      deelnemers: v.deelnemers,
      nieuweDeelnemers: v.nieuweDeelnemers,
      toelichting: v.toelichting ?? null,
      door: wie.gebruikerId,
    });
    return (await wijkRepo.activiteiten(tx, { gemeente, id }))[0]!;
  });
}
