import type { z } from 'zod';
import {
  bezwaarBeslissingUiterlijk,
  bezwaarHerstelDagen,
  bezwaarTijdigheid,
} from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { bezwaarView } from '../presenter-bezwaar.ts';
import { bezwarenRepo } from '../repo-bezwaren.ts';
import type { BezwaarInvoer } from '../schemas-bezwaar.ts';

const DOEL = 'wmo-bezwaar';

/**
 * Registers a bezwaar against a vastgestelde beschikking: whether it is on time (Awb 6:9) and the
 * decision deadline (7:10 lid 1: six weeks, twelve with an adviescommissie, counted from the day
 * after the bezwaartermijn ended). A late bezwaar is registered too (flagged): the decision on it
 * (niet-ontvankelijk, or verschoonbaar per 6:11) is the bestuursorgaan's.
 */
export function registreerBezwaar(
  db: Database,
  actor: Actor,
  beschikkingId: string,
  input: z.output<typeof BezwaarInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const b = await bezwarenRepo.beschikking(tx, beschikkingId);
    if (!b) throw await nietGevonden(tx, 'beschikkingen', beschikkingId, 'De beschikking');
    if (b.status !== 'vastgesteld' || !b.besluitdatum) {
      throw errors.conflict(
        'niet-vastgesteld',
        'Bezwaar kan alleen tegen een vastgestelde beschikking; deze is nog een concept.',
      );
    }
    const bekendmaking = b.bekendgemaakt_op ?? b.besluitdatum;
    // Awb 6:10 lid 1: a bezwaar made after the decision was taken but before it was made known is
    // not inadmissible for that reason; before the decision existed there is nothing to object to.
    if (input.ontvangstdatum < b.besluitdatum) {
      throw errors.field(
        'ontvangstdatum',
        'voor-bekendmaking',
        `Het bezwaar kan niet eerder zijn ontvangen dan het besluit (${b.besluitdatum}) en de bekendmaking (${bekendmaking}).`,
      );
    }
    if (input.ontvangstdatum > today()) {
      throw errors.field(
        'ontvangstdatum',
        'in-toekomst',
        'De ontvangstdatum kan niet in de toekomst liggen.',
      );
    }
    const postdatum = input.postdatum ?? null;
    if (postdatum && postdatum > input.ontvangstdatum) {
      throw errors.field('postdatum', 'na-ontvangst', 'De postdatum ligt na de ontvangstdatum.');
    }
    if (input.proForma && !input.hersteltermijnTot) {
      throw errors.field(
        'hersteltermijnTot',
        'verplicht',
        'Geef bij een pro-forma bezwaar aan tot wanneer de gronden kunnen worden aangevuld (Awb 6:6).',
      );
    }
    const kalender = await intake.api.laadKalender(tx);
    const bezwaarUiterlijk = b.bezwaar_uiterlijk!;
    const tijdigheid = bezwaarTijdigheid(
      bezwaarUiterlijk,
      { ontvangstdatum: input.ontvangstdatum, postdatum },
      kalender,
    );
    const beslissingUiterlijk = bezwaarBeslissingUiterlijk(
      {
        bekendmaking,
        adviescommissie: input.adviescommissie,
        verdaagd: false,
        // Awb 7:10 lid 2: the request to repair (6:6) goes out on receipt; the term stands still.
        herstelDagen:
          input.proForma && input.hersteltermijnTot
            ? bezwaarHerstelDagen({
                verzocht: input.ontvangstdatum,
                hersteltermijnTot: input.hersteltermijnTot,
              })
            : 0,
      },
      kalender,
    );
    const id = await bezwarenRepo.voegToe(tx, b, {
      ontvangstdatum: input.ontvangstdatum,
      postdatum,
      tijdigheid,
      adviescommissie: input.adviescommissie,
      proForma: input.proForma ?? false,
      hersteltermijnTot: input.proForma ? (input.hersteltermijnTot ?? null) : null,
      beslissingUiterlijk,
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'bezwaar',
      objectId: id,
      doel: DOEL,
      gemeenteCode: b.gemeente_code,
      personen: [b.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: b.gemeente_code,
      type: 'BezwaarOntvangen',
      objectType: 'beschikking',
      objectId: b.id,
      data: { bezwaarId: id, ontvangstdatum: input.ontvangstdatum, tijdigheid, beslissingUiterlijk },
    });
    return bezwaarView((await bezwarenRepo.get(tx, id))!);
  });
}
