import type { z } from 'zod';
import { beschikkingKenmerk } from '../../../../domain/beschikking.ts';
import { bezwaarUiterlijk } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { laadAfzender, planDocument } from '../../../platform/documents/opslag.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { beslissingOpBezwaarBrief } from '../brief-bezwaar.ts';
import { bezwaarView } from '../presenter-bezwaar.ts';
import { bezwarenRepo } from '../repo-bezwaren.ts';
import type { BeslissingInvoer } from '../schemas-bezwaar.ts';

/**
 * The beslissing op bezwaar (Awb 7:11, 7:12) with its letter. Gegrond means herroeping: the new
 * decision is a new beschikking through the existing wijziging/intrekking path (ADR 0014), made
 * separately (the screen starts it pre-filled and linked by `bezwaarId`); this records the outcome
 * and sets the bewaarplicht to the end of the beroepstermijn.
 */
export async function beslisOpBezwaar(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof BeslissingInvoer>,
) {
  const { weergave, documentId } = await inTx(db, actor, async (tx) => {
    const z = await bezwarenRepo.get(tx, id, true);
    if (!z) throw errors.notFound('Het bezwaar');
    if (z.versie !== input.versie) throw errors.versionConflict('Het bezwaar');
    if (z.status !== 'open') throw errors.conflict('bezwaar-beslist', 'Op dit bezwaar is al beslist.');
    if (input.besluitdatum < z.ontvangstdatum || input.besluitdatum > today()) {
      throw errors.field(
        'besluitdatum',
        'ongeldig',
        'De beslissing ligt tussen de ontvangst van het bezwaar en vandaag.',
      );
    }
    // Bewaarplicht until the beroepstermijn ends: six weeks after the bekendmaking (Awb 6:7, 6:8, 8:1).
    const bewaarplichtTot = bezwaarUiterlijk(input.besluitdatum, await intake.api.laadKalender(tx));
    await bezwarenRepo.beslis(tx, z.id, {
      uitkomst: input.uitkomst,
      op: input.besluitdatum,
      motivering: input.motivering,
      bewaarplichtTot,
    });
    const documentId = await planDocument(tx, {
      gemeenteCode: z.gemeente_code,
      meldingId: null,
      huishoudenId: null,
      beschikkingId: z.beschikking_id,
      bezwaarId: z.id,
      soort: 'beslissing-op-bezwaar',
      bestandsnaam: `beslissing-op-bezwaar-${beschikkingKenmerk(z.beschikking_nummer)}.pdf`,
      brief: beslissingOpBezwaarBrief({
        gemeente: await laadAfzender(tx, z.gemeente_code),
        persoon: await intake.api.adresVoorBrief(tx, z.persoon_id),
        kenmerk: beschikkingKenmerk(z.beschikking_nummer),
        datum: input.besluitdatum,
        ontvangstdatum: z.ontvangstdatum,
        uitkomst: input.uitkomst,
        motivering: input.motivering,
        adviescommissie: z.adviescommissie,
      }),
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bezwaar',
      objectId: z.id,
      doel: 'wmo-bezwaar',
      gemeenteCode: z.gemeente_code,
      toelichting: `beslist: ${input.uitkomst}`,
      personen: [z.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: z.gemeente_code,
      type: 'BeslissingOpBezwaar',
      objectType: 'beschikking',
      objectId: z.beschikking_id,
      data: {
        bezwaarId: z.id,
        uitkomst: input.uitkomst,
        besluitdatum: input.besluitdatum,
        binnenTermijn: input.besluitdatum <= z.beslissing_uiterlijk,
      },
    });
    return { weergave: bezwaarView((await bezwarenRepo.get(tx, z.id))!), documentId };
  });
  await planDocumenten(db, [documentId]);
  return weergave;
}
