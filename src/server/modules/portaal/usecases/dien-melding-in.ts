import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import type { BrpConfig } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/types.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { AppError, errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { brp } from '../../brp/index.ts';
import { intake, type NieuweInwoner } from '../../intake/index.ts';
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
 * Who the melding is about when the gemeente does not know the resident yet: the BRP's record of
 * the DigiD BSN when the BRP is connected and knows it, else the name and birth date the resident
 * typed (all missing fields reported at once). Null when the person is known.
 */
async function nieuweInwoner(
  db: Database,
  actor: Actor<InwonerPrincipal>,
  input: z.output<typeof OnlineMeldingInvoer>,
  brpConfig: BrpConfig | null,
): Promise<NieuweInwoner | null> {
  if (await inTx(db, actor, (tx) => portaalRepo.persoon(tx))) return null;
  // Acting for someone the gemeente does not know cannot happen: the login refuses it.
  if (actor.principal.namens) throw errors.notFound('Uw gegevens');
  const uitBrp = brpConfig
    ? await brp.api.persoonVoorPortaal(db, actor, brpConfig, actor.principal.gemeenteCode)
    : null;
  if (uitBrp?.geboortedatum) {
    return {
      voornamen: uitBrp.voornamen,
      tussenvoegsel: uitBrp.tussenvoegsel,
      achternaam: uitBrp.achternaam,
      geboortedatum: uitBrp.geboortedatum,
      geslacht: uitBrp.geslacht,
      adres: uitBrp.adres,
      bron: 'brp',
    };
  }
  const p = input.persoon;
  if (!p) {
    throw errors.invalid(
      [
        { name: 'persoon.voornamen', code: 'verplicht', reason: 'Vul uw voornamen in.' },
        { name: 'persoon.achternaam', code: 'verplicht', reason: 'Vul uw achternaam in.' },
        { name: 'persoon.geboortedatum', code: 'verplicht', reason: 'Vul uw geboortedatum in.' },
      ],
      'De gemeente kent u nog niet. Vul uw naam en geboortedatum in.',
    );
  }
  return {
    voornamen: p.voornamen,
    tussenvoegsel: p.tussenvoegsel ?? null,
    achternaam: p.achternaam,
    geboortedatum: p.geboortedatum,
    geslacht: 'onbekend',
    adres: null,
    bron: 'handmatig',
  };
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
  brpConfig: BrpConfig | null = null,
) {
  const bijlagen = controleerBijlagen(input.bijlagen);
  if (input.urgent && !input.urgentToelichting) {
    throw errors.field('urgentToelichting', 'verplicht', 'Schrijf op waarom het snel moet.');
  }
  if (input.terugbellen && !input.telefoon) {
    throw errors.field('telefoon', 'verplicht', 'Vul het telefoonnummer in waarop wij u kunnen bellen.');
  }
  // Everything checked first: a resident unknown to the gemeente is registered only for a melding
  // that will be stored.
  const nieuw = await nieuweInwoner(db, actor, input, brpConfig);
  if (nieuw) await intake.api.registreerInwoner(db, actor, actor.principal.gemeenteCode, nieuw);
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
