import type { z } from 'zod';
import { toetsAfwijzing } from '../../../../../domain/regio/plaatsing.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../../platform/auth/principal.ts';
import { today } from '../../../../platform/clock.ts';
import type { Database, Sql } from '../../../../platform/db/types.ts';
import { recordEvent } from '../../../../platform/events/events.ts';
import { errors, type InvalidParam } from '../../../../platform/http/errors.ts';
import { inTx } from '../../../../platform/usecase.ts';
import { intake } from '../../../intake/index.ts';
import { aanmeldingView } from '../presenters.ts';
import { plaatsingRepo } from '../repo.ts';
import type { AanmeldingenFilter, AanmeldingInvoer, AfwijzingInvoer, WachtlijstInvoer } from '../schemas.ts';

/** The verwerking (verwerkingsregister) of the regional access; audit rows name it. */
export const DOEL = 'regionale-toegang-bw-mo';

export async function laadAanmelding(tx: Sql, id: string, opSlot = false) {
  const a = await plaatsingRepo.aanmelding(tx, id, opSlot);
  if (!a) throw errors.notFound('De aanmelding');
  return a;
}

/**
 * Registers an aanmelding for beschermd wonen or opvang, by the resident or a third party. The case
 * belongs to the gemeente of origin; someone from outside the region is registered under the
 * centrumgemeente (the gemeente of the regional team): the opvang is landelijk toegankelijk, so
 * "from elsewhere" is recorded, never refused.
 */
export function registreerAanmelding(db: Database, actor: Actor, input: z.output<typeof AanmeldingInvoer>) {
  return inTx(db, actor, async (tx) => {
    const m = alsMedewerker(actor.principal);
    const fouten: InvalidParam[] = [];
    const buitenRegio = input.herkomstGemeenteCode === null;
    if (!buitenRegio && !actor.principal.gemeenten.includes(input.herkomstGemeenteCode!))
      fouten.push({
        name: 'herkomstGemeenteCode',
        code: 'buiten-regio',
        reason: 'Deze gemeente hoort niet bij de regio. Kies "buiten de regio" en vul de woonplaats in.',
      });
    // A missing woonplaats or aanmelder is refused by the schema, with the other field errors.
    if (input.aanmeldingsdatum > today())
      fouten.push({
        name: 'aanmeldingsdatum',
        code: 'in-toekomst',
        reason: 'De datum van aanmelding ligt in de toekomst.',
      });
    if (fouten.length) throw errors.invalid(fouten);

    const gemeenteCode =
      input.herkomstGemeenteCode ?? (m.teamId ? await plaatsingRepo.teamGemeente(tx, m.teamId) : null);
    if (!gemeenteCode)
      throw errors.field('herkomstGemeenteCode', 'verplicht', 'Kies de gemeente van herkomst.');
    const bestaand = input.persoon.bsn
      ? await intake.api.persoonBijBsn(tx, gemeenteCode, input.persoon.bsn)
      : null;
    const persoonId =
      bestaand?.id ??
      (await intake.api.voegPersoonToe(tx, {
        gemeenteCode,
        bsn: input.persoon.bsn ?? null,
        voornamen: input.persoon.voornamen ?? null,
        achternaam: input.persoon.achternaam,
        geboortedatum: input.persoon.geboortedatum,
        geslacht: 'onbekend',
        woonplaats: buitenRegio ? input.herkomstWoonplaats : null,
        bron: 'handmatig',
      }));
    const id = await plaatsingRepo.voegAanmeldingToe(tx, {
      gemeenteCode,
      persoonId,
      soort: input.soort,
      herkomstGemeenteCode: input.herkomstGemeenteCode,
      herkomstWoonplaats: buitenRegio ? input.herkomstWoonplaats!.trim() : null,
      aangemeldDoor: input.aangemeldDoor,
      aanmelder: input.aangemeldDoor === 'inwoner' ? null : (input.aanmelder ?? null),
      urgentie: input.urgentie,
      toelichting: input.toelichting ?? null,
      aanmeldingsdatum: input.aanmeldingsdatum,
      contactpersoonId: m.medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'bw-aanmelding',
      objectId: id,
      doel: DOEL,
      gemeenteCode,
      personen: [persoonId],
    });
    await recordEvent(tx, actor, {
      gemeenteCode,
      type: 'BwMoAangemeld',
      objectType: 'bw-aanmelding',
      objectId: id,
      data: { soort: input.soort, aangemeldDoor: input.aangemeldDoor, urgentie: input.urgentie, buitenRegio },
    });
    return aanmeldingView((await plaatsingRepo.aanmelding(tx, id))!, today());
  });
}

export function raadpleegAanmelding(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const a = await laadAanmelding(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'bw-aanmelding',
      objectId: id,
      doel: DOEL,
      gemeenteCode: a.gemeente_code,
      personen: [a.persoon_id],
    });
    return aanmeldingView(a, today());
  });
}

export function raadpleegAanmeldingen(
  db: Database,
  actor: Actor,
  filter: z.output<typeof AanmeldingenFilter>,
) {
  return inTx(db, actor, async (tx) => {
    const rijen = await plaatsingRepo.aanmeldingen(tx, filter.status ?? null);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'bw-aanmelding',
      doel: DOEL,
      toelichting: `${rijen.length} aanmeldingen`,
      personen: rijen.map((r) => r.persoon_id),
    });
    return rijen.map((r) => aanmeldingView(r, today()));
  });
}

/** Puts an aanmelding on the wachtlijst from today, with its urgency and preferred location. */
export function zetOpWachtlijst(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof WachtlijstInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const a = await laadAanmelding(tx, id, true);
    if (a.status !== 'aangemeld')
      throw errors.conflict(
        'verkeerde-status',
        a.status === 'wachtlijst'
          ? 'Deze inwoner staat al op de wachtlijst.'
          : 'Alleen een nieuwe aanmelding kan op de wachtlijst.',
      );
    if (input.voorkeurLocatieId) {
      const [l] = await plaatsingRepo.locaties(tx, today(), input.voorkeurLocatieId);
      if (!l) throw errors.field('voorkeurLocatieId', 'bestaat-niet', 'Deze locatie bestaat niet.');
      if (l.soort !== a.soort)
        throw errors.field(
          'voorkeurLocatieId',
          'verkeerde-soort',
          `${l.naam} is een locatie voor ${l.soort === 'opvang' ? 'opvang' : 'beschermd wonen'}; kies een locatie van dezelfde soort als de aanmelding.`,
        );
    }
    const ok = await plaatsingRepo.zetStatus(tx, id, input.versie, {
      status: 'wachtlijst',
      urgentie: input.urgentie,
      wachtlijstSinds: today(),
      voorkeurLocatieId: input.voorkeurLocatieId ?? null,
    });
    if (!ok) throw errors.versionConflict('De aanmelding');
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bw-aanmelding',
      objectId: id,
      doel: DOEL,
      gemeenteCode: a.gemeente_code,
      personen: [a.persoon_id],
      toelichting: 'op de wachtlijst',
    });
    await recordEvent(tx, actor, {
      gemeenteCode: a.gemeente_code,
      type: 'BwMoOpWachtlijst',
      objectType: 'bw-aanmelding',
      objectId: id,
      data: { urgentie: input.urgentie ?? a.urgentie },
    });
    return aanmeldingView((await plaatsingRepo.aanmelding(tx, id))!, today());
  });
}

/** Refuses an aanmelding; never because the person comes from outside the region (landelijke toegankelijkheid). */
export function wijsAf(db: Database, actor: Actor, id: string, input: z.output<typeof AfwijzingInvoer>) {
  return inTx(db, actor, async (tx) => {
    const a = await laadAanmelding(tx, id, true);
    const fout = toetsAfwijzing({
      grond: input.grond,
      herkomstBuitenRegio: a.herkomst_gemeente_code === null,
    });
    if (fout) throw errors.field('grond', 'landelijk-toegankelijk', fout);
    if (a.status !== 'aangemeld' && a.status !== 'wachtlijst')
      throw errors.conflict(
        'verkeerde-status',
        'Een geplaatste of afgesloten aanmelding kan niet meer worden afgewezen.',
      );
    const ok = await plaatsingRepo.zetStatus(tx, id, input.versie, {
      status: 'afgewezen',
      afwijzingsgrond: input.grond,
    });
    if (!ok) throw errors.versionConflict('De aanmelding');
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bw-aanmelding',
      objectId: id,
      doel: DOEL,
      gemeenteCode: a.gemeente_code,
      personen: [a.persoon_id],
      toelichting: `afgewezen: ${input.grond}`,
    });
    return aanmeldingView((await plaatsingRepo.aanmelding(tx, id))!, today());
  });
}
