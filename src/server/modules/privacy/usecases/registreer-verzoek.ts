import type { z } from 'zod';
import { avgTermijnen } from '../../../../domain/privacy/avg-termijnen.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { DOEL_RECHTEN_BETROKKENE } from '../doel.ts';
import { presenteerVerzoek } from '../presenters-verzoeken.ts';
import { verzoekenRepo } from '../repo-verzoeken.ts';
import type { VerzoekRegistreren } from '../schemas-verzoeken.ts';

/**
 * Registers a data-subject request with its term (AVG art. 12 lid 3). The person must be one the
 * privacy officer's gemeenten hold (row-level security); the request takes that person's gemeente.
 */
export function registreerVerzoek(db: Database, actor: Actor, input: z.output<typeof VerzoekRegistreren>) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const persoon = await intake.api.persoon(tx, input.persoonId);
    if (!persoon)
      throw errors.field('persoonId', 'onbekend', 'Deze persoon is niet gevonden in uw gemeente.');
    if (input.ontvangstdatum > today()) {
      throw errors.field(
        'ontvangstdatum',
        'in-toekomst',
        'De ontvangstdatum kan niet in de toekomst liggen.',
      );
    }
    const t = avgTermijnen(input.ontvangstdatum, await intake.api.laadKalender(tx));
    const id = await verzoekenRepo.insert(tx, {
      gemeenteCode: persoon.gemeente_code,
      persoonId: persoon.id,
      soort: input.soort,
      ontvangstdatum: input.ontvangstdatum,
      toelichting: input.toelichting ?? null,
      afhandelingUiterlijk: t.afhandelingUiterlijk,
      verlengingMeldenUiterlijk: t.verlengingMeldenUiterlijk,
      door: mw.medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'privacyverzoek',
      objectId: id,
      doel: DOEL_RECHTEN_BETROKKENE,
      gemeenteCode: persoon.gemeente_code,
      toelichting: input.soort,
      personen: [persoon.id],
    });
    return presenteerVerzoek((await verzoekenRepo.get(tx, id))!);
  });
}
