import type { Leefgebied } from '../../../../domain/leefgebieden.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { personenRepo } from '../repo-personen.ts';
import { legMeldingVast } from './leg-melding-vast.ts';

export interface OnlineMelding {
  /** The person the melding is about: the inwoner, or whom they represent (row-level security). */
  persoonId: string;
  hulpvraag: string;
  leefgebieden: Leefgebied[];
  spoed: boolean;
  spoedToelichting: string | null;
  /** A phone number when the inwoner wants to be called back; null when not. */
  terugbelnummer: string | null;
  /** The inwoner's wish for free, independent cliëntondersteuning (null: does not know yet). */
  clientondersteuningGewenst: boolean | null;
}

/**
 * A melding the inwoner files in the portal (channel `online`, issue 17): the same registration
 * as at the desk (legal terms from today, audit row, event, ontvangstbevestiging), in the caller's
 * transaction so that the portal can store attachments with it. Row-level security lets an
 * inwoner insert only an online melding for the person of the session. A possible duplicate is not
 * refused (the inwoner cannot judge it); the werkvoorraad shows both and the caseworker decides.
 */
export async function registreerOnlineMelding(
  tx: Sql,
  actor: Actor<InwonerPrincipal>,
  input: OnlineMelding,
): Promise<{ meldingId: string; nummer: number; documentId: string | null; onderzoekUiterlijk: string }> {
  const persoon = await personenRepo.get(tx, input.persoonId);
  if (!persoon) throw errors.notFound('De persoon');
  if (!persoon.huishouden_id) {
    throw errors.conflict(
      'geen-huishouden',
      'Wij kunnen uw melding niet online ontvangen. Bel de gemeente, dan helpen wij u verder.',
    );
  }
  const namens = actor.principal.namens;
  const { melding, documentId } = await legMeldingVast(
    tx,
    actor,
    { ...persoon, huishouden_id: persoon.huishouden_id },
    {
      soort: 'melding',
      ontvangstdatum: today(),
      kanaal: 'online',
      // Acting for someone: the melder is the gemachtigde (named by pseudonym in the audit row).
      melder: {
        type: namens ? 'familielid' : 'inwoner',
        naam: null,
        organisatie: null,
        telefoon: input.terugbelnummer,
      },
      hulpvraag: input.hulpvraag,
      leefgebieden: input.leefgebieden,
      spoed: input.spoed,
      spoedToelichting: input.spoedToelichting,
      // The form explains free, independent cliëntondersteuning before the inwoner sends it.
      clientondersteuningAangeboden: true,
      clientondersteuningGeaccepteerd: input.clientondersteuningGewenst,
      persoonlijkPlanOntvangenOp: null,
      geregistreerdDoor: null,
    },
  );
  return {
    meldingId: melding.id,
    nummer: melding.nummer,
    documentId,
    onderzoekUiterlijk: melding.onderzoek_uiterlijk!,
  };
}
