import type { z } from 'zod';
import {
  betalendeGemeente,
  toetsPlaatsing,
  wachtlijstVolgorde,
} from '../../../../../domain/regio/plaatsing.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../../platform/auth/principal.ts';
import { today } from '../../../../platform/clock.ts';
import type { Database } from '../../../../platform/db/types.ts';
import { recordEvent } from '../../../../platform/events/events.ts';
import { errors, type InvalidParam } from '../../../../platform/http/errors.ts';
import { inTx } from '../../../../platform/usecase.ts';
import { aanmeldingView, locatieView, plaatsingView } from '../presenters.ts';
import { plaatsingRepo } from '../repo.ts';
import type {
  DoorstroomInvoer,
  PlaatsenFilter,
  PlaatsingInvoer,
  VerhuizingInvoer,
  WachtlijstFilter,
} from '../schemas.ts';
import { DOEL, laadAanmelding } from './aanmelding.ts';

/** Capacity per location (places, occupied, waiting); with `locatie` also who lives there. */
export function plaatsen(db: Database, actor: Actor, filter: z.output<typeof PlaatsenFilter>) {
  return inTx(db, actor, async (tx) => {
    const peildatum = filter.peildatum ?? today();
    const locaties = (await plaatsingRepo.locaties(tx, peildatum, filter.locatie ?? null)).map(locatieView);
    if (filter.locatie && locaties.length === 0) throw errors.notFound('De locatie');
    const bewoners = filter.locatie ? await plaatsingRepo.bewoners(tx, filter.locatie, peildatum) : [];
    if (filter.locatie)
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'bw-plaatsing',
        doel: DOEL,
        toelichting: `bewoners van een locatie: ${bewoners.length}`,
        personen: bewoners.map((b) => b.persoon_id),
      });
    return { peildatum, locaties, bewoners: bewoners.map(plaatsingView) };
  });
}

/** The wachtlijst in order: urgency, then waiting time (domain/regio/plaatsing.ts). */
export function wachtlijst(db: Database, actor: Actor, filter: z.output<typeof WachtlijstFilter>) {
  return inTx(db, actor, async (tx) => {
    const peildatum = today();
    const rijen = await plaatsingRepo.wachtenden(tx, {
      soort: filter.soort ?? null,
      locatie: filter.locatie ?? null,
    });
    const volgorde = wachtlijstVolgorde(
      rijen.map((r) => ({
        id: r.id,
        urgentie: r.urgentie,
        sinds: r.wachtlijst_sinds ?? r.aanmeldingsdatum,
        r,
      })),
    );
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'bw-aanmelding',
      doel: DOEL,
      toelichting: `wachtlijst: ${rijen.length}`,
      personen: rijen.map((r) => r.persoon_id),
    });
    return {
      peildatum,
      wachtenden: volgorde.map((w, i) => ({ ...aanmeldingView(w.r, peildatum), positie: i + 1 })),
    };
  });
}

/**
 * Places a person from the wachtlijst on a location. The location row is locked, then counted: a
 * full location is refused with a field error and nothing is written.
 */
export function plaats(db: Database, actor: Actor, input: z.output<typeof PlaatsingInvoer>) {
  return inTx(db, actor, async (tx) => {
    const a = await laadAanmelding(tx, input.aanmeldingId, true);
    const [l] = await plaatsingRepo.locaties(tx, input.van, input.locatieId, true);
    const fouten: InvalidParam[] = [];
    if (!l) fouten.push({ name: 'locatieId', code: 'bestaat-niet', reason: 'Deze locatie bestaat niet.' });
    else {
      if (l.soort !== a.soort)
        fouten.push({
          name: 'locatieId',
          code: 'verkeerde-soort',
          reason: `${l.naam} is geen locatie voor ${a.soort === 'opvang' ? 'opvang' : 'beschermd wonen'}.`,
        });
      const vol = toetsPlaatsing({ naam: l.naam, plaatsen: l.plaatsen, bezet: l.bezet });
      if (vol) fouten.push({ name: 'locatieId', code: 'locatie-vol', reason: vol });
    }
    if (a.status !== 'wachtlijst' && a.status !== 'aangemeld')
      fouten.push({
        name: 'aanmeldingId',
        code: 'verkeerde-status',
        reason: 'Deze inwoner is al geplaatst of de aanmelding is afgesloten.',
      });
    if (input.van < a.aanmeldingsdatum)
      fouten.push({
        name: 'van',
        code: 'voor-aanmelding',
        reason: 'De plaatsing begint vóór de aanmelding.',
      });
    if (fouten.length) {
      const vol = fouten.some((f) => f.code === 'locatie-vol');
      throw vol
        ? errors.conflict('locatie-vol', fouten.find((f) => f.code === 'locatie-vol')!.reason, fouten)
        : errors.invalid(fouten);
    }
    const ok = await plaatsingRepo.zetStatus(tx, a.id, input.versie, { status: 'geplaatst' });
    if (!ok) throw errors.versionConflict('De aanmelding');
    const id = await plaatsingRepo.voegPlaatsingToe(tx, {
      gemeenteCode: a.gemeente_code,
      aanmeldingId: a.id,
      locatieId: input.locatieId,
      van: input.van,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'bw-plaatsing',
      objectId: id,
      doel: DOEL,
      gemeenteCode: a.gemeente_code,
      personen: [a.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: a.gemeente_code,
      type: 'BwMoGeplaatst',
      objectType: 'bw-plaatsing',
      objectId: id,
      data: { aanmeldingId: a.id, locatieId: input.locatieId, van: input.van },
    });
    return plaatsingView((await plaatsingRepo.plaatsing(tx, id))!);
  });
}

/**
 * Plans the doorstroom towards independent living and hands the resident over warmly: a task on
 * the worklist of the local toegang of the gemeente where they will live (bw_overdrachten).
 */
export function planDoorstroom(
  db: Database,
  actor: Actor,
  plaatsingId: string,
  input: z.output<typeof DoorstroomInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const p = await plaatsingRepo.plaatsing(tx, plaatsingId);
    if (!p) throw errors.notFound('De plaatsing');
    const a = await laadAanmelding(tx, p.aanmelding_id);
    const fouten: InvalidParam[] = [];
    if (input.doorstroomDatum < p.van)
      fouten.push({
        name: 'doorstroomDatum',
        code: 'voor-plaatsing',
        reason: 'De doorstroomdatum ligt vóór het begin van de plaatsing.',
      });
    if (!(await plaatsingRepo.gemeenten(tx)).has(input.vervolgGemeenteCode))
      fouten.push({
        name: 'vervolgGemeenteCode',
        code: 'bestaat-niet',
        reason: 'Kies een gemeente uit de lijst.',
      });
    if (fouten.length) throw errors.invalid(fouten);
    if (!(await plaatsingRepo.planDoorstroom(tx, plaatsingId, input.versie, input)))
      throw errors.versionConflict('De plaatsing');
    const overdrachtId = await plaatsingRepo.voegOverdrachtToe(tx, {
      gemeenteCode: input.vervolgGemeenteCode,
      aanmeldingId: p.aanmelding_id,
      plaatsingId,
      geplandeDatum: input.doorstroomDatum,
      vervolgVoorziening: input.vervolgVoorziening,
      contactpersoonId: alsMedewerker(actor.principal).medewerkerId,
      contactpersoonNaam: alsMedewerker(actor.principal).naam,
      persoonId: p.persoon_id,
      inwonerNaam: p.persoon_naam,
      inwonerGeboortedatum: a.geboortedatum,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bw-plaatsing',
      objectId: plaatsingId,
      doel: DOEL,
      gemeenteCode: p.gemeente_code,
      personen: [p.persoon_id],
      toelichting: `doorstroom gepland; overdracht ${overdrachtId}`,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: input.vervolgGemeenteCode,
      type: 'BwMoOverdrachtGepland',
      objectType: 'bw-overdracht',
      objectId: overdrachtId,
      data: { plaatsingId, geplandeDatum: input.doorstroomDatum },
    });
    return plaatsingView((await plaatsingRepo.plaatsing(tx, plaatsingId))!);
  });
}

/** The warm handovers to the caller's gemeenten: who comes, when, with what, and the regional contactpersoon. */
export function overdrachten(db: Database, actor: Actor) {
  return inTx(db, actor, async (tx) => {
    const rijen = await plaatsingRepo.overdrachten(tx);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'bw-overdracht',
      doel: DOEL,
      toelichting: `${rijen.length} overdrachten`,
      personen: rijen.map((r) => r.persoon_id),
    });
    return rijen.map((r) => ({
      id: r.id,
      inwoner: { naam: r.persoon_naam, geboortedatum: r.geboortedatum },
      persoon: r.zichtbaar ? { id: r.persoon_id } : null,
      gemeente: { code: r.gemeente_code, naam: r.gemeente_naam },
      geplandeDatum: r.geplande_datum,
      vervolgVoorziening: r.vervolg_voorziening,
      contactpersoon: r.contactpersoon,
      status: r.status,
    }));
  });
}

/** Records a move during the case and answers which gemeente pays from when (domain betalendeGemeente). */
export function registreerVerhuizing(
  db: Database,
  actor: Actor,
  aanmeldingId: string,
  input: z.output<typeof VerhuizingInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const a = await laadAanmelding(tx, aanmeldingId, true);
    if (input.naarGemeenteCode && !actor.principal.gemeenten.includes(input.naarGemeenteCode))
      throw errors.field(
        'naarGemeenteCode',
        'buiten-regio',
        'Deze gemeente hoort niet bij de regio; kies "buiten de regio".',
      );
    const id = await plaatsingRepo.voegVerhuizingToe(tx, {
      gemeenteCode: a.gemeente_code,
      aanmeldingId,
      datum: input.datum,
      naar: input.naarGemeenteCode,
      naarInstelling: input.naarInstelling,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bw-aanmelding',
      objectId: aanmeldingId,
      doel: DOEL,
      gemeenteCode: a.gemeente_code,
      personen: [a.persoon_id],
      toelichting: 'verhuizing',
    });
    const verhuizingen = (await plaatsingRepo.verhuizingen(tx, [aanmeldingId])).map((v) => ({
      datum: v.datum,
      naar: v.naar_gemeente_code,
      naarInstelling: v.naar_instelling,
    }));
    return {
      id,
      datum: input.datum,
      naarGemeenteCode: input.naarGemeenteCode,
      naarInstelling: input.naarInstelling,
      betaalperioden: betalendeGemeente(a.herkomst_gemeente_code, verhuizingen, a.aanmeldingsdatum, null),
    };
  });
}
