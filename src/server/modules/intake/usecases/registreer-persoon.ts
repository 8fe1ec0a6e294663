import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { presenteerPersoon } from '../presenters.ts';
import { huishoudensRepo } from '../repo-huishoudens.ts';
import { personenRepo } from '../repo-personen.ts';
import type { PersoonInvoer } from '../schemas.ts';
import { persoonOf404, wijkVan } from './stappen.ts';

export type RegistreerPersoonInvoer = z.output<typeof PersoonInvoer>;

/**
 * Registers a person and puts them in a household: an existing one, or a new one with the person
 * as referentiepersoon. Used on its own and inside melding registration (same transaction).
 */
export async function registreerPersoonInTx(
  tx: Sql,
  actor: Actor,
  input: RegistreerPersoonInvoer,
  veld = '',
) {
  const gemeenteCode = input.gemeenteCode ?? actor.principal.gemeenteCode;
  requireGemeente(actor, gemeenteCode, `${veld}gemeenteCode`);
  if (input.geboortedatum > today()) {
    throw errors.field(`${veld}geboortedatum`, 'in-toekomst', 'De geboortedatum ligt in de toekomst.');
  }
  if (input.bsn && (await personenRepo.idBijBsn(tx, gemeenteCode, input.bsn))) {
    throw errors.conflict('bestaat-al', 'Er is al een persoon met dit BSN; zoek die persoon op.', [
      { name: `${veld}bsn`, code: 'uniek', reason: 'Er is al een persoon met dit BSN.' },
    ]);
  }
  const wijkId = await wijkVan(tx, gemeenteCode, input.adres?.postcode, `${veld}adres.postcode`);
  const persoonId = await personenRepo.insert(tx, {
    gemeenteCode,
    bsn: input.bsn,
    voornamen: input.voornamen,
    tussenvoegsel: input.tussenvoegsel,
    achternaam: input.achternaam,
    geboortedatum: input.geboortedatum,
    geslacht: input.geslacht,
    straat: input.adres?.straat,
    huisnummer: input.adres?.huisnummer,
    huisnummertoevoeging: input.adres?.huisnummertoevoeging,
    postcode: input.adres?.postcode,
    woonplaats: input.adres?.woonplaats,
    wijkId,
    telefoon: input.telefoon,
    email: input.email,
    taal: input.taal,
    communicatiebehoeften: input.communicatiebehoeften,
    bron: input.bron,
  });
  let huishoudenId = input.huishouden?.huishoudenId;
  if (huishoudenId) {
    const h = await huishoudensRepo.header(tx, huishoudenId);
    if (!h || h.gemeente_code !== gemeenteCode) {
      throw errors.field(
        `${veld}huishouden.huishoudenId`,
        'bestaat-niet',
        'Dit huishouden bestaat niet in deze gemeente.',
      );
    }
  } else {
    const naam = `Huishouden ${[input.tussenvoegsel, input.achternaam].filter(Boolean).join(' ')}`;
    huishoudenId = await huishoudensRepo.insert(tx, gemeenteCode, naam);
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'huishouden',
      objectId: huishoudenId,
      doel: DOEL_INTAKE,
      gemeenteCode,
    });
  }
  await huishoudensRepo.verhuisLid(
    tx,
    gemeenteCode,
    huishoudenId,
    persoonId,
    input.huishouden?.relatie ?? 'referentiepersoon',
    today(),
  );
  await audit(tx, actor, {
    actie: 'create',
    objectType: 'persoon',
    objectId: persoonId,
    doel: DOEL_INTAKE,
    gemeenteCode,
  });
  await recordEvent(tx, actor, {
    gemeenteCode,
    type: 'PersoonGeregistreerd',
    objectType: 'huishouden',
    objectId: huishoudenId,
    data: { persoonId },
  });
  return { persoonId, huishoudenId, gemeenteCode };
}

/** Registers a person (with a new or existing household) on its own. */
export function registreerPersoon(db: Database, actor: Actor, input: RegistreerPersoonInvoer) {
  return inTx(db, actor, async (tx) => {
    const { persoonId } = await registreerPersoonInTx(tx, actor, input);
    return presenteerPersoon(await persoonOf404(tx, persoonId));
  });
}
