import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { presenteerPersoon } from '../presenters.ts';
import { personenRepo } from '../repo-personen.ts';
import { PERSOON_VELDEN, persoonWijzigingenRepo } from '../repo-persoon-wijzigingen.ts';
import type { PersoonWijzigen } from '../schemas.ts';
import { persoonOf404, wijkVan } from './stappen.ts';

export type WijzigPersoonInvoer = z.output<typeof PersoonWijzigen>;

/**
 * Changes a person's details (optimistic locking on versie); a new address gets its wijk again. The
 * replaced values go to persoon_wijzigingen (migration 039), shown as the person's history.
 */
export function wijzigPersoon(db: Database, actor: Actor, id: string, input: WijzigPersoonInvoer) {
  return inTx(db, actor, async (tx) => {
    const current = await persoonOf404(tx, id);
    const { versie, adres, privacyverzoekId, ...rest } = input;
    const patch: Record<string, unknown> = { ...rest };
    if (adres !== undefined) {
      Object.assign(patch, {
        straat: adres?.straat ?? null,
        huisnummer: adres?.huisnummer ?? null,
        huisnummertoevoeging: adres?.huisnummertoevoeging ?? null,
        postcode: adres?.postcode ?? null,
        woonplaats: adres?.woonplaats ?? null,
        wijkId: await wijkVan(tx, current.gemeente_code, adres?.postcode, 'adres.postcode'),
      });
    }
    if (privacyverzoekId && current.bron === 'brp') weigerBrpVelden(input);
    if (input.geboortedatum && input.geboortedatum > today()) {
      throw errors.field('geboortedatum', 'in-toekomst', 'De geboortedatum ligt in de toekomst.');
    }
    await personenRepo.update(tx, id, versie, patch);
    const voor = presenteerPersoon(current);
    const na = presenteerPersoon(await persoonOf404(tx, id));
    // The history keeps what each changed field was before (issue 15), compared as the API shows it.
    const velden = PERSOON_VELDEN.filter((v) => JSON.stringify(voor[v]) !== JSON.stringify(na[v]));
    if (velden.length > 0) {
      await persoonWijzigingenRepo.voegToe(tx, {
        gemeenteCode: current.gemeente_code,
        persoonId: id,
        door: actor.principal.soort === 'medewerker' ? actor.principal.medewerkerId : null,
        velden,
        vorige: Object.fromEntries(velden.map((v) => [v, voor[v]])),
        privacyverzoekId: privacyverzoekId ?? null,
      });
    }
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'persoon',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: current.gemeente_code,
      // A rectificatie (AVG art. 16) names its request, so the privacy officer can show it was done.
      toelichting: privacyverzoekId ? `rectificatie op privacyverzoek ${privacyverzoekId}` : undefined,
    });
    return na;
  });
}

/** Fields the BRP owns for a person whose data came from the BRP (Wet BRP: the BRP is the source). */
// geslacht is left out: the schema gives it a default, so its presence says nothing about the request.
const BRP_VELDEN = ['voornamen', 'tussenvoegsel', 'achternaam', 'geboortedatum', 'adres'] as const;

/**
 * A rectificatie (AVG art. 16) of a field the BRP owns is not ours to make: the resident asks the
 * gemeente where they are registered to correct the BRP (Wet BRP art. 2.58), and the correction then
 * reaches us from the BRP. Every such field is named at once; nothing is changed.
 */
function weigerBrpVelden(input: WijzigPersoonInvoer) {
  const velden = BRP_VELDEN.filter((v) => input[v] !== undefined);
  if (velden.length === 0) return;
  throw errors.invalid(
    velden.map((name) => ({
      name,
      code: 'brp-gegeven',
      reason:
        'Dit gegeven komt uit de BRP. Een correctie vraagt de betrokkene aan bij de gemeente waar hij staat ingeschreven (Wet BRP art. 2.58); daarna komt de correctie via de BRP.',
    })),
    'Een rectificatie van BRP-gegevens gaat via de BRP.',
  );
}
