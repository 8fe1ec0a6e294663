import type { z } from 'zod';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { Bevindingen } from '../../../platform/http/controles.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { meldingKenmerk } from '../ontvangstbevestiging.ts';
import { meldingView } from '../presenters.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import { personenRepo } from '../repo-personen.ts';
import type { MeldingInvoer } from '../schemas.ts';
import { meldingBevindingen } from './controleer-melding.ts';
import { legMeldingVast } from './leg-melding-vast.ts';
import { registreerPersoonInTx } from './registreer-persoon.ts';

export type RegistreerMeldingInvoer = z.output<typeof MeldingInvoer>;

/**
 * Registers a melding, informatievraag or signaal (Wmo 2015 art. 2.3.2): the person (new or
 * known), a guard against a duplicate open melding, the legal terms, the audit row and the domain
 * event in one transaction, and for a melding the ontvangstbevestiging's content. The letter's PDF
 * is made after commit (ADR 0020), so registration does not pay for it.
 */
export async function registreerMelding(db: Database, actor: Actor, input: RegistreerMeldingInvoer) {
  const { weergave, documentId } = await inTx(db, actor, async (tx) => {
    // Every check at once, before anything is written (controles.ts; issue 15).
    new Bevindingen(await meldingBevindingen(tx, actor, input)).gooi();
    let persoonId = input.persoonId;
    if (input.nieuwePersoon) {
      persoonId = (await registreerPersoonInTx(tx, actor, input.nieuwePersoon, 'nieuwePersoon.')).persoonId;
    }
    const persoon = await personenRepo.get(tx, persoonId!);
    if (!persoon)
      throw errors.field(
        'persoonId',
        'bestaat-niet',
        'Deze persoon bestaat niet of u heeft er geen toegang toe.',
      );
    if (!persoon.huishouden_id)
      throw errors.field('persoonId', 'geen-huishouden', 'Deze persoon hoort bij geen huishouden.');
    if (persoon.geboortedatum > input.ontvangstdatum) {
      throw errors.field(
        'ontvangstdatum',
        'voor-geboorte',
        'De ontvangstdatum ligt vóór de geboortedatum van de persoon.',
      );
    }
    const waarschuwingen: string[] = [];
    if (input.soort !== 'informatievraag') {
      const dubbel = await meldingenRepo.mogelijkDubbel(tx, persoon.id, input.leefgebieden);
      if (dubbel.length > 0) {
        const nummers = dubbel.map(meldingKenmerk).join(', ');
        if (!input.dubbeleMeldingBevestigd) {
          throw errors.conflict(
            'mogelijk-dubbele-melding',
            `Deze persoon heeft al een open melding over dezelfde leefgebieden (${nummers}). Bevestig als dit een nieuwe hulpvraag is.`,
            [
              {
                name: 'dubbeleMeldingBevestigd',
                code: 'bevestiging-nodig',
                reason: `Open melding: ${nummers}.`,
              },
            ],
          );
        }
        waarschuwingen.push(`Geregistreerd naast open melding ${nummers} (bevestigd).`);
      }
    }
    const { melding: m, documentId } = await legMeldingVast(
      tx,
      actor,
      { ...persoon, huishouden_id: persoon.huishouden_id },
      {
        ...input,
        geregistreerdDoor: alsMedewerker(actor.principal).medewerkerId,
      },
    );
    return { weergave: await meldingView(tx, m, waarschuwingen), documentId };
  });
  await planDocumenten(db, [documentId]);
  return weergave;
}
