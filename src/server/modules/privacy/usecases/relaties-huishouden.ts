import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { vereisRelatieHuishouden } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { presenteerDoorbraak } from '../presenters-doorbraken.ts';
import { doorbrakenRepo } from '../repo-doorbraken.ts';
import type { MeekijkerInvoer } from '../schemas-doorbraken.ts';

const DOEL = 'wmo-onderzoek';

async function huishoudenMetRelatie(tx: Sql, id: string) {
  const h = await doorbrakenRepo.huishouden(tx, id);
  if (!h) throw errors.notFound('Het huishouden');
  await vereisRelatieHuishouden(tx, id);
  return h;
}

function meekijkerView(r: Awaited<ReturnType<typeof doorbrakenRepo.meekijkers>>[number]) {
  return {
    id: r.id,
    medewerker: { id: r.medewerker_id, naam: r.medewerker_naam },
    toegevoegdDoor: r.door_naam,
    toegevoegdOp: r.toegevoegd_op.toISOString(),
    tot: r.tot ? r.tot.toISOString() : null,
  };
}

/** Who opened this household's case by doorbraak (shown to the contactpersoon and the team). */
export function doorbrakenVanHuishouden(db: Database, actor: Actor, huishoudenId: string) {
  return inTx(db, actor, async (tx) => {
    await huishoudenMetRelatie(tx, huishoudenId);
    return (await doorbrakenRepo.vanHuishouden(tx, huishoudenId)).map(presenteerDoorbraak);
  });
}

/** The doorbraken of the last 30 days on the caller's own households (their start page). */
export function mijnDoorbraken(db: Database, actor: Actor) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) =>
    (await doorbrakenRepo.voorContactpersoon(tx, mw.medewerkerId)).map(presenteerDoorbraak),
  );
}

export function meekijkers(db: Database, actor: Actor, huishoudenId: string) {
  return inTx(db, actor, async (tx) => {
    await huishoudenMetRelatie(tx, huishoudenId);
    return (await doorbrakenRepo.meekijkers(tx, huishoudenId)).map(meekijkerView);
  });
}

/** Only the contactpersoon adds or removes a meekijker: the relationship is theirs to share. */
async function alsContactpersoon(tx: Sql, actor: Actor, huishoudenId: string) {
  const mw = alsMedewerker(actor.principal);
  const h = await huishoudenMetRelatie(tx, huishoudenId);
  if (h.contactpersoon_id !== mw.medewerkerId)
    throw errors.forbidden(
      'Alleen de contactpersoon van het huishouden voegt meekijkers toe of trekt ze in.',
    );
  return { h, mw };
}

export function voegMeekijkerToe(
  db: Database,
  actor: Actor,
  huishoudenId: string,
  input: z.output<typeof MeekijkerInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const { h, mw } = await alsContactpersoon(tx, actor, huishoudenId);
    if (input.tot && input.tot < today())
      throw errors.field('tot', 'verleden', 'De einddatum kan niet in het verleden liggen.');
    if (!(await doorbrakenRepo.medewerkerIn(tx, input.medewerkerId, h.gemeente_code)))
      throw errors.field('medewerkerId', 'onbekend', 'Deze medewerker werkt niet voor deze gemeente.');
    const id = await doorbrakenRepo.voegMeekijkerToe(tx, {
      gemeenteCode: h.gemeente_code,
      huishoudenId,
      medewerkerId: input.medewerkerId,
      door: mw.medewerkerId,
      tot: input.tot ?? null,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'meekijker',
      objectId: id,
      doel: DOEL,
      gemeenteCode: h.gemeente_code,
      toelichting: `meekijker ${input.medewerkerId}`,
    });
    return (await doorbrakenRepo.meekijkers(tx, huishoudenId)).map(meekijkerView);
  });
}

export function trekMeekijkerIn(db: Database, actor: Actor, huishoudenId: string, id: string) {
  return inTx(db, actor, async (tx) => {
    const { h } = await alsContactpersoon(tx, actor, huishoudenId);
    if (!(await doorbrakenRepo.trekMeekijkerIn(tx, huishoudenId, id))) throw errors.notFound('De meekijker');
    await audit(tx, actor, {
      actie: 'delete',
      objectType: 'meekijker',
      objectId: id,
      doel: DOEL,
      gemeenteCode: h.gemeente_code,
    });
    return (await doorbrakenRepo.meekijkers(tx, huishoudenId)).map(meekijkerView);
  });
}
