import type { z } from 'zod';
import { lichteHerindicatieBevindingen } from '../../../../domain/herziening.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { inTx } from '../../../platform/usecase.ts';
import { beschikkingView } from '../presenters.ts';
import {
  DOEL,
  kop,
  schrijfVoorzieningen,
  vastgesteldeVoorziening,
  voegBeschikkingToe,
} from '../repo-beschikking.ts';
import type { LichteHerindicatie } from '../schemas.ts';
import { aanFout } from './stappen.ts';

export type LichteHerindicatieInvoer = z.output<typeof LichteHerindicatie>;

/**
 * Light herindicatie: the voorziening ends soon, the resident confirms nothing changed, so it is
 * continued for a new period without a melding and a full onderzoek — recorded as such (who spoke to
 * the resident, when, how, per aspect). It is still a beschikking: four eyes, letter with bezwaar,
 * a new toewijzing for ZIN.
 */
export function herindiceerLicht(
  db: Database,
  actor: Actor,
  voorzieningId: string,
  input: LichteHerindicatieInvoer,
) {
  return inTx(db, actor, async (tx) => {
    const v = await vastgesteldeVoorziening(tx, voorzieningId);
    if (!v) throw await nietGevonden(tx, 'voorzieningen', voorzieningId, 'De (vastgestelde) voorziening');
    const bevindingen = lichteHerindicatieBevindingen(
      {
        besluit: v.besluit,
        ingangsdatum: v.ingangsdatum,
        einddatum: v.einddatum,
        beeindigdOp: v.beeindigd_op,
        alVervolgd: v.vervolgd,
      },
      input,
      today(),
    );
    const oud = await kop(tx, v.beschikking_id);
    const nieuwId = await voegBeschikkingToe(tx, {
      gemeenteCode: oud.gemeente_code,
      persoonId: oud.persoon_id,
      soort: 'herindicatie',
      vorigeBeschikkingId: oud.id,
      toelichting: input.toelichting,
      opgesteldDoor: alsMedewerker(actor.principal).medewerkerId,
      herindicatie: {
        contactOp: input.contactOp,
        contactwijze: input.contactwijze,
        ongewijzigd: input.ongewijzigd,
        voorzieningId: v.id,
      },
    });
    // The same product, omvang, leveringsvorm and aanbieder: only the period is new. The contract
    // and budget checks of a normal toekenning run again (tariffs or contracts may have changed).
    await schrijfVoorzieningen(
      tx,
      { id: nieuwId, gemeente_code: oud.gemeente_code, persoon_id: oud.persoon_id },
      [
        {
          besluit: 'toekenning',
          motivering:
            `Lichte herindicatie: de situatie is ongewijzigd (gesprek op ${formatDatumLang(input.contactOp)}). ${input.toelichting}`.slice(
              0,
              10000,
            ),
          productId: v.product_id,
          volume: v.volume,
          leveringsvorm: v.leveringsvorm,
          aanbiederId: v.aanbieder_id,
          ingangsdatum: input.ingangsdatum,
          einddatum: input.einddatum,
          herindicatiedatum: input.herindicatiedatum ?? null,
        },
      ],
      { vervolgOp: v.id, extraFouten: bevindingen.map(aanFout) },
    );
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'beschikking',
      objectId: nieuwId,
      doel: DOEL,
      gemeenteCode: oud.gemeente_code,
      toelichting: 'lichte herindicatie',
    });
    await recordEvent(tx, actor, {
      gemeenteCode: oud.gemeente_code,
      type: 'LichteHerindicatieOpgesteld',
      objectType: 'persoon',
      objectId: oud.persoon_id,
      data: { beschikkingId: nieuwId, voorzieningId: v.id, contactwijze: input.contactwijze },
    });
    return beschikkingView(tx, nieuwId);
  });
}
