import type { z } from 'zod';
import { beschikkingKenmerk } from '../../../../domain/beschikking.ts';
import { bezwaarBeslissingUiterlijk, bezwaarHerstelDagen } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { laadAfzender, planDocument } from '../../../platform/documents/opslag.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { verdagingBrief } from '../brief-bezwaar.ts';
import { bezwaarView } from '../presenter-bezwaar.ts';
import { bezwarenRepo } from '../repo-bezwaren.ts';
import type { VerdagingInvoer } from '../schemas-bezwaar.ts';

/**
 * Awb 7:10 lid 3: the decision may be verdaagd once, by at most six weeks, before the term ends;
 * lid 4: further uitstel only with the indiener's consent (a new date agreed with them).
 */
export async function verdaagBezwaar(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof VerdagingInvoer>,
) {
  const { weergave, documentId } = await inTx(db, actor, async (tx) => {
    const z = await bezwarenRepo.get(tx, id, true);
    if (!z) throw errors.notFound('Het bezwaar');
    if (z.versie !== input.versie) throw errors.versionConflict('Het bezwaar');
    if (z.status !== 'open') throw errors.conflict('bezwaar-beslist', 'Op dit bezwaar is al beslist.');
    const vandaag = today();
    if (vandaag > z.beslissing_uiterlijk) {
      throw errors.field(
        'beslissingUiterlijk',
        'termijn-verstreken',
        `De beslistermijn is op ${formatDatumLang(z.beslissing_uiterlijk)} verstreken; verdagen kan alleen voor het einde van de termijn.`,
      );
    }
    const kalender = await intake.api.laadKalender(tx);
    let uiterlijk: string;
    if (!z.verdaagd_op) {
      const b = await bezwarenRepo.beschikking(tx, z.beschikking_id);
      uiterlijk = bezwaarBeslissingUiterlijk(
        {
          bekendmaking: b!.bekendgemaakt_op ?? b!.besluitdatum!,
          adviescommissie: z.adviescommissie,
          verdaagd: true,
          herstelDagen:
            z.pro_forma && z.hersteltermijn_tot
              ? bezwaarHerstelDagen({ verzocht: z.ontvangstdatum, hersteltermijnTot: z.hersteltermijn_tot })
              : 0,
        },
        kalender,
      );
      await bezwarenRepo.verdaag(tx, z.id, vandaag, input.reden, uiterlijk);
    } else {
      if (input.instemmingIndiener !== true) {
        throw errors.field(
          'instemmingIndiener',
          'instemming-nodig',
          'Dit bezwaar is al eens verdaagd. Verder uitstel kan alleen als de indiener ermee instemt (Awb 7:10 lid 4).',
        );
      }
      if (!input.uitstelTot) {
        throw errors.field(
          'uitstelTot',
          'verplicht',
          'Vul de nieuwe datum in die met de indiener is afgesproken.',
        );
      }
      if (input.uitstelTot <= z.beslissing_uiterlijk) {
        throw errors.field(
          'uitstelTot',
          'niet-later',
          'De nieuwe datum moet na de huidige beslistermijn liggen.',
        );
      }
      uiterlijk = input.uitstelTot;
      await bezwarenRepo.stelUit(tx, z.id, uiterlijk, input.reden);
    }
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bezwaar',
      objectId: z.id,
      doel: 'wmo-bezwaar',
      gemeenteCode: z.gemeente_code,
      personen: [z.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: z.gemeente_code,
      type: z.verdaagd_op ? 'BezwaarUitgesteld' : 'BezwaarVerdaagd',
      objectType: 'beschikking',
      objectId: z.beschikking_id,
      data: { bezwaarId: z.id, was: z.beslissing_uiterlijk, beslissingUiterlijk: uiterlijk },
    });
    // Awb 7:10 lid 3: the indiener is told in writing, before the term ends (the letter is dated today).
    const documentId = await planDocument(tx, {
      gemeenteCode: z.gemeente_code,
      meldingId: null,
      huishoudenId: null,
      beschikkingId: z.beschikking_id,
      bezwaarId: z.id,
      soort: 'bezwaar-verdaging',
      bestandsnaam: `verdaging-bezwaar-${beschikkingKenmerk(z.beschikking_nummer)}.pdf`,
      brief: verdagingBrief({
        gemeente: await laadAfzender(tx, z.gemeente_code),
        persoon: await intake.api.adresVoorBrief(tx, z.persoon_id),
        kenmerk: beschikkingKenmerk(z.beschikking_nummer),
        datum: vandaag,
        ontvangstdatum: z.ontvangstdatum,
        nieuweDatum: uiterlijk,
        reden: input.reden,
        uitstel: Boolean(z.verdaagd_op),
      }),
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    return { weergave: bezwaarView((await bezwarenRepo.get(tx, z.id))!), documentId };
  });
  await planDocumenten(db, [documentId]);
  return weergave;
}
