import { audit } from '../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';

export type ReactieSoort = 'akkoord' | 'opmerkingen' | 'niet-akkoord';

const DOEL_ONDERZOEK = 'wmo-onderzoek';

/**
 * The inwoner's own reaction on the verslag in the portal (issue 17): stored in the same place as
 * the reaction a medewerker types in (the caseworker sees it on the onderzoek), marked as the
 * inwoner's. Reading the verslag in the portal counts as receiving it digitally, so a verslag
 * not yet marked as sent is marked sent today. Row-level security lets an inwoner change only a
 * concluded onderzoek of their own melding.
 */
export async function legReactieVanInwonerVast(
  tx: Sql,
  actor: Actor<InwonerPrincipal>,
  onderzoekId: string,
  input: { soort: ReactieSoort; toelichting: string | null },
): Promise<{ meldingId: string }> {
  const { rows } = await tx.query<{ id: string; melding_id: string; gemeente_code: string; status: string }>(
    'SELECT id, melding_id, gemeente_code, status FROM onderzoeken WHERE id = $1 FOR UPDATE',
    [onderzoekId],
  );
  const o = rows[0];
  if (o?.status !== 'afgerond') throw errors.notFound('Het verslag');
  const vandaag = today();
  const tekst =
    input.toelichting ??
    (input.soort === 'akkoord' ? 'Akkoord met het verslag.' : 'Niet akkoord met het verslag.');
  await tx.query(
    `UPDATE onderzoeken SET reactie_inwoner = $2, reactie_ontvangen_op = $3, reactie_akkoord = $4,
       reactie_soort = $5, reactie_door = 'inwoner',
       verslag_verstuurd_op = coalesce(verslag_verstuurd_op, $3), verslag_wijze = coalesce(verslag_wijze, 'digitaal'),
       versie = versie + 1, gewijzigd_op = now()
     WHERE id = $1`,
    [o.id, tekst, vandaag, input.soort !== 'niet-akkoord', input.soort],
  );
  await audit(tx, actor, {
    actie: 'update',
    objectType: 'onderzoek',
    objectId: o.id,
    doel: DOEL_ONDERZOEK,
    gemeenteCode: o.gemeente_code,
    toelichting: 'reactie op verslag via inwonerportaal',
  });
  await recordEvent(tx, actor, {
    gemeenteCode: o.gemeente_code,
    type: 'ReactieOpVerslagOntvangen',
    objectType: 'melding',
    objectId: o.melding_id,
    data: { akkoord: input.soort !== 'niet-akkoord', soort: input.soort, via: 'inwonerportaal' },
  });
  return { meldingId: o.melding_id };
}
