import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors, type InvalidParam } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { regioRepo } from '../repo-regio.ts';
import type { DienstverbandInvoer, FormatieFilter } from '../schemas.ts';

type Rij = Awaited<ReturnType<typeof regioRepo.dienstverbanden>>[number];

const view = (r: Rij) => ({
  id: r.id,
  medewerker: { id: r.medewerker_id, naam: r.medewerker_naam },
  werkgever: { id: r.werkgever_id, naam: r.werkgever_naam },
  vorm: r.vorm,
  team: { id: r.team_id, naam: r.team_naam },
  van: r.van,
  tot: r.tot,
  fte: Number(r.fte),
});

const overlapt = (a: { van: string; tot: string | null }, b: { van: string; tot: string | null }) =>
  a.van <= (b.tot ?? '9999-12-31') && b.van <= (a.tot ?? '9999-12-31');

/**
 * Records who employs a medewerker and for which team they work, for a period (issue 20 item 5):
 * a secondment from a provider, then employment by the centrumgemeente, then placement in another
 * team are three consecutive records. Periods of one medewerker do not overlap.
 */
export function registreerDienstverband(
  db: Database,
  actor: Actor,
  medewerkerId: string,
  input: z.output<typeof DienstverbandInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const m = await regioRepo.medewerker(tx, medewerkerId);
    if (!m) throw errors.notFound('De medewerker');
    const fouten: InvalidParam[] = [];
    if (!(await regioRepo.organisatie(tx, input.werkgeverId)))
      fouten.push({
        name: 'werkgeverId',
        code: 'bestaat-niet',
        reason: 'Deze werkgever staat niet in het register.',
      });
    const team = await regioRepo.team(tx, input.teamId);
    if (!team) fouten.push({ name: 'teamId', code: 'bestaat-niet', reason: 'Dit team bestaat niet.' });
    if (input.tot && input.tot < input.van)
      fouten.push({ name: 'tot', code: 'voor-begin', reason: 'De einddatum ligt vóór de begindatum.' });
    const periode = { van: input.van, tot: input.tot ?? null };
    if ((await regioRepo.dienstverbandenVan(tx, medewerkerId)).some((d) => overlapt(d, periode)))
      fouten.push({
        name: 'van',
        code: 'overlapt',
        reason: 'Deze periode overlapt met een ander dienstverband van deze medewerker. Beëindig dat eerst.',
      });
    if (fouten.length) throw errors.invalid(fouten);
    const id = await regioRepo.voegDienstverbandToe(tx, {
      gemeenteCode: m.gemeente_code,
      medewerkerId,
      werkgeverId: input.werkgeverId,
      vorm: input.vorm,
      teamId: input.teamId,
      van: input.van,
      tot: input.tot ?? null,
      fte: input.fte,
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'dienstverband',
      objectId: id,
      doel: 'organisatiebeheer',
      gemeenteCode: m.gemeente_code,
    });
    return view((await regioRepo.dienstverbanden(tx, null)).find((d) => d.id === id)!);
  });
}

/** Fte per employer and form on a date: what the region pays for, whoever employs the staff. */
export function formatie(db: Database, actor: Actor, filter: z.output<typeof FormatieFilter>) {
  return inTx(db, actor, async (tx) => {
    const peildatum = filter.peildatum ?? today();
    const rijen = (await regioRepo.dienstverbanden(tx, peildatum)).map(view);
    const groepen = new Map<string, { werkgever: string; vorm: string; medewerkers: number; fte: number }>();
    for (const r of rijen) {
      const sleutel = `${r.werkgever.naam}\u0000${r.vorm}`;
      const g = groepen.get(sleutel) ?? { werkgever: r.werkgever.naam, vorm: r.vorm, medewerkers: 0, fte: 0 };
      g.medewerkers += 1;
      g.fte = Math.round((g.fte + r.fte) * 100) / 100;
      groepen.set(sleutel, g);
    }
    return { peildatum, perWerkgever: [...groepen.values()], dienstverbanden: rijen };
  });
}
