import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { AppError, errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { controleerBijlagen } from '../bijlagen.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { portaalRepo } from '../repo-portaal.ts';
import type { OnlineMeldingInvoer } from '../schemas.ts';
import { kenmerk } from '../statuslijn.ts';

/** At most this many online meldingen per person per minute: a person never needs more. */
export const MAX_MELDINGEN_PER_MINUUT = 5;

function teVeel(): AppError {
  return new AppError(
    429,
    'te-veel-meldingen',
    'Te veel meldingen',
    'U heeft in korte tijd veel meldingen gedaan. Wacht een minuut en probeer het opnieuw.',
    undefined,
    { 'retry-after': '60' },
  );
}

/**
 * The online melding (issue 17): attachments checked first (content, not the claimed type), then
 * the melding through intake's registration in the inwoner's transaction (row-level security:
 * only for the person of the session), the attachments with it; the ontvangstbevestiging is made
 * right after commit so that it is there at once.
 */
export async function dienMeldingIn(
  db: Database,
  actor: Actor<InwonerPrincipal>,
  input: z.output<typeof OnlineMeldingInvoer>,
) {
  const bijlagen = controleerBijlagen(input.bijlagen);
  if (input.urgent && !input.urgentToelichting) {
    throw errors.field('urgentToelichting', 'verplicht', 'Schrijf op waarom het snel moet.');
  }
  const uit = await inTx(db, actor, async (tx) => {
    const persoon = await portaalRepo.persoon(tx);
    if (!persoon) throw errors.notFound('Uw gegevens');
    if ((await portaalRepo.recenteOnlineMeldingen(tx, persoon.id)) >= MAX_MELDINGEN_PER_MINUUT) return null;
    const telefoon = input.terugbellen ? (input.telefoon ?? null) : null;
    if (input.terugbellen && !telefoon) {
      throw errors.field('telefoon', 'verplicht', 'Vul het telefoonnummer in waarop wij u kunnen bellen.');
    }
    const m = await intake.api.registreerOnlineMelding(tx, actor, {
      persoonId: persoon.id,
      hulpvraag: input.hulpvraag,
      leefgebieden: input.leefgebieden,
      spoed: input.urgent,
      spoedToelichting: input.urgentToelichting ?? null,
      terugbelnummer: telefoon,
      clientondersteuningGewenst:
        input.clientondersteuning === 'weet-niet' ? null : input.clientondersteuning === 'ja',
    });
    for (const b of bijlagen) {
      await portaalRepo.bewaarBijlage(tx, {
        gemeenteCode: persoon.gemeente_code,
        meldingId: m.meldingId,
        ...b,
      });
    }
    if (bijlagen.length > 0) {
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'melding',
        objectId: m.meldingId,
        doel: DOEL_PORTAAL,
        toelichting: `${bijlagen.length} bijlage(n)`,
      });
    }
    return m;
  });
  if (!uit) throw teVeel();
  await planDocumenten(db, [uit.documentId]);
  return {
    id: uit.meldingId,
    kenmerk: kenmerk(uit.nummer),
    onderzoekUiterlijk: uit.onderzoekUiterlijk,
    ontvangstbevestigingId: uit.documentId,
  };
}
