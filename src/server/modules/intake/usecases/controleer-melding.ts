import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { Bevindingen, type Deels } from '../../../platform/http/controles.ts';
import type { InvalidParam } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { personenRepo } from '../repo-personen.ts';
import type { RegistreerMeldingInvoer } from './registreer-melding.ts';

/** The Wmo 2015 took effect on 1 January 2015: an older ontvangstdatum is a typing error. */
const EERSTE_ONTVANGSTDATUM = '2015-01-01';

/**
 * The melding's checks beyond its schema: dates against today and against each other, and what
 * only the database knows (the person exists and has a household, the BSN is not yet known, the
 * postcode lies in a wijk). Every field that is valid on its own is checked, so these findings
 * come back together with the schema's (controles.ts); a missing field is simply skipped.
 */
export async function meldingBevindingen(
  tx: Sql,
  actor: Actor,
  m: Deels<RegistreerMeldingInvoer>,
): Promise<InvalidParam[]> {
  const b = new Bevindingen();
  const vandaag = today();
  const ontvangst = m.ontvangstdatum;
  if (ontvangst && ontvangst > vandaag)
    b.fout('ontvangstdatum', 'in-toekomst', 'De ontvangstdatum kan niet in de toekomst liggen.');
  else if (ontvangst && ontvangst < EERSTE_ONTVANGSTDATUM)
    b.fout('ontvangstdatum', 'te-oud', 'De ontvangstdatum ligt vóór de Wmo 2015 (1 januari 2015).');
  const plan = m.persoonlijkPlanOntvangenOp;
  if (plan && (plan > vandaag || (ontvangst && plan < ontvangst)))
    b.fout('persoonlijkPlanOntvangenOp', 'ongeldig', 'Vul een datum in tussen de ontvangstdatum en vandaag.');

  const nieuw = m.nieuwePersoon;
  if (nieuw) {
    const gemeenteCode = nieuw.gemeenteCode ?? actor.principal.gemeenteCode;
    const geboren = nieuw.geboortedatum;
    if (geboren && geboren > vandaag)
      b.fout('nieuwePersoon.geboortedatum', 'in-toekomst', 'De geboortedatum ligt in de toekomst.');
    else if (geboren && ontvangst && geboren > ontvangst)
      b.fout(
        'nieuwePersoon.geboortedatum',
        'na-melding',
        'De geboortedatum ligt na de ontvangstdatum van de melding.',
      );
    if (!actor.principal.gemeenten.includes(gemeenteCode)) {
      b.fout(
        'nieuwePersoon.gemeenteCode',
        'geen-bevoegdheid',
        `U bent niet bevoegd voor gemeente ${gemeenteCode}.`,
      );
      return b.lijst;
    }
    if (nieuw.bsn && (await personenRepo.idBijBsn(tx, gemeenteCode, nieuw.bsn)))
      b.fout('nieuwePersoon.bsn', 'uniek', 'Er is al een persoon met dit BSN; zoek die persoon op.');
    const postcode = nieuw.adres?.postcode;
    if (
      postcode &&
      !(await personenRepo.wijkVoorPostcode(tx, gemeenteCode, postcode)) &&
      (await personenRepo.heeftPostcodetabel(tx, gemeenteCode))
    )
      b.fout(
        'nieuwePersoon.adres.postcode',
        'onbekende-postcode',
        'Deze postcode hoort niet bij een wijk van de gemeente.',
      );
  } else if (m.persoonId) {
    const persoon = await personenRepo.get(tx, m.persoonId);
    if (!persoon)
      b.fout('persoonId', 'bestaat-niet', 'Deze persoon bestaat niet of u heeft er geen toegang toe.');
    else if (!persoon.huishouden_id)
      b.fout('persoonId', 'geen-huishouden', 'Deze persoon hoort bij geen huishouden.');
    else if (ontvangst && persoon.geboortedatum > ontvangst)
      b.fout(
        'ontvangstdatum',
        'voor-geboorte',
        'De ontvangstdatum ligt vóór de geboortedatum van de persoon.',
      );
  }
  return b.lijst;
}

/** For the route: the checks on the fields that passed the schema, in a read-only transaction. */
export function controleerMelding(db: Database) {
  return (req: FastifyRequest, geldig: unknown) =>
    inTx(db, req.actor(), (tx) =>
      meldingBevindingen(tx, req.actor(), (geldig ?? {}) as Deels<RegistreerMeldingInvoer>),
    );
}
