import type { z } from 'zod';
import { beoordeelBewaring, type Dossiersoort } from '../../../../domain/privacy/bewaartermijnen.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import type { Brief } from '../../../platform/documents/brief.ts';
import { renderBrief } from '../../../platform/documents/brief-renderer.ts';
import { AppError, errors } from '../../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../../platform/usecase.ts';
import { feitenVanPersoon } from './feiten.ts';
import { lijstenRepo } from './repo-lijsten.ts';
import type { TermijnInstellen, Uitzondering } from './schemas.ts';
import { bewaarTermijn, laadTermijnen } from './termijnen.ts';
import { vernietigingGeweigerd } from './vernietigen.ts';
import { voerUit } from './voer-uit.ts';

const DOEL = 'archivering';

export function toonTermijnen(db: Database, actor: Actor, gemeente: string) {
  requireGemeente(actor, gemeente, 'gemeente');
  return inTx(db, actor, async (tx) => ({
    gemeenteCode: gemeente,
    termijnen: Object.values(await laadTermijnen(tx, gemeente)),
  }));
}

export function stelTermijnIn(
  db: Database,
  actor: Actor,
  gemeente: string,
  dossiersoort: Dossiersoort,
  input: z.output<typeof TermijnInstellen>,
) {
  const mw = alsMedewerker(actor.principal);
  requireGemeente(actor, gemeente, 'gemeente');
  return inTx(db, actor, async (tx) => {
    const ok = await bewaarTermijn(tx, { gemeente, dossiersoort, ...input, door: mw.medewerkerId });
    if (!ok) throw errors.versionConflict('De bewaartermijn');
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bewaartermijn',
      objectId: null,
      doel: DOEL,
      gemeenteCode: gemeente,
      toelichting: `${dossiersoort}: ${input.jaren} jaar`,
    });
    return { gemeenteCode: gemeente, termijnen: Object.values(await laadTermijnen(tx, gemeente)) };
  });
}

async function lijstView(tx: Sql, ids: string[]) {
  const lijsten = (await lijstenRepo.lijsten(tx)).filter((l) => ids.length === 0 || ids.includes(l.id));
  const lijstIds = lijsten.map((l) => l.id);
  const personen = await lijstenRepo.personen(tx, lijstIds);
  const goedkeuringen = await lijstenRepo.goedkeuringen(tx, lijstIds);
  const namen = await tx.query<{ id: string; naam: string }>(
    `SELECT id, concat_ws(' ', voornamen, tussenvoegsel, achternaam) AS naam FROM personen WHERE id = ANY ($1::uuid[])`,
    [personen.map((p) => p.persoon_id).filter((x) => x !== null)],
  );
  const naam = new Map(namen.rows.map((r) => [r.id, r.naam]));
  return {
    lijsten: lijsten.map((l) => ({
      id: l.id,
      gemeenteCode: l.gemeente_code,
      peildatum: l.peildatum,
      status: l.status,
      opgesteldOp: l.opgesteld_op.toISOString(),
      vernietigdOp: l.vernietigd_op?.toISOString() ?? null,
      versie: l.versie,
      verklaring: l.verklaring !== null,
      goedkeuringen: goedkeuringen
        .filter((g) => g.lijst_id === l.id)
        .map((g) => ({
          rol: g.rol,
          medewerkerId: g.medewerker_id,
          naam: g.naam,
          goedgekeurdOp: g.goedgekeurd_op.toISOString(),
        })),
      personen: personen
        .filter((p) => p.lijst_id === l.id)
        .map((p) => ({
          pseudoniem: p.pseudoniem,
          persoonId: p.persoon_id,
          persoonNaam: p.persoon_id ? (naam.get(p.persoon_id) ?? null) : null,
          dossiersoort: p.grond.dossiersoort,
          einde: p.grond.einde,
          termijnVerstreken: p.grond.termijnVerstreken,
          status: p.status,
          redenNiet: p.reden_niet,
          verwijderd: p.verwijderd,
        })),
    })),
  };
}

export function toonLijsten(db: Database, actor: Actor, ids: string[] = []) {
  return inTx(db, actor, async (tx) => {
    const v = await lijstView(tx, ids);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'vernietigingslijst',
      doel: DOEL,
      personen: v.lijsten.flatMap((l) => l.personen.map((p) => p.persoonId)),
    });
    return v;
  });
}

/**
 * One approval. The archivaris and the privacy officer (auditor) each approve once, and they must be
 * two different people. Before the second approval every person is checked again: one with an open
 * case or a hold refuses the approval with the persons named (nothing recorded, nothing destroyed).
 * After the second approval commits, the destruction runs, each person in their own transaction.
 */
export async function keurGoed(db: Database, actor: Actor, lijstId: string) {
  const mw = alsMedewerker(actor.principal);
  const tweede = await inTx(db, actor, async (tx) => {
    const lijst = await lijstenRepo.lijst(tx, lijstId, true);
    if (!lijst) throw errors.notFound('De vernietigingslijst');
    if (lijst.status !== 'voorgesteld') {
      throw new AppError(
        409,
        'lijst-afgehandeld',
        'Lijst al uitgevoerd',
        'Deze vernietigingslijst is al uitgevoerd.',
      );
    }
    const eerder = await lijstenRepo.goedkeuringen(tx, [lijstId]);
    if (eerder.some((g) => g.medewerker_id === mw.medewerkerId)) {
      throw new AppError(
        409,
        'zelfde-persoon',
        'Tweede goedkeuring door dezelfde persoon',
        'U heeft deze lijst al goedgekeurd. De tweede goedkeuring moet van iemand anders komen, in de andere rol (archivaris of privacy officer).',
      );
    }
    const rol = (['archivaris', 'auditor'] as const).find(
      (r) => mw.rollen.includes(r) && !eerder.some((g) => g.rol === r),
    );
    if (!rol) {
      throw new AppError(
        409,
        'rol-al-goedgekeurd',
        'Rol heeft al goedgekeurd',
        'Deze lijst is al goedgekeurd in uw rol. De tweede goedkeuring komt van de andere rol (archivaris of privacy officer).',
      );
    }
    if (eerder.length === 1) await controleerPersonen(tx, lijstId);
    await lijstenRepo.keurGoed(tx, lijstId, lijst.gemeente_code, rol, mw.medewerkerId);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'vernietigingslijst',
      objectId: lijstId,
      doel: DOEL,
      gemeenteCode: lijst.gemeente_code,
      toelichting: `goedkeuring als ${rol}`,
    });
    return eerder.length === 1;
  });
  if (tweede) await voerUit(db, lijstId);
  const v = await inTx(db, actor, (tx) => lijstView(tx, [lijstId]));
  return v.lijsten[0]!;
}

async function controleerPersonen(tx: Sql, lijstId: string) {
  const personen = (await lijstenRepo.personen(tx, [lijstId])).filter((p) => p.status === 'voorgesteld');
  const problemen = [];
  for (const p of personen) {
    const f = p.persoon_id ? await feitenVanPersoon(tx, p.persoon_id) : null;
    const o = f ? beoordeelBewaring(f, await laadTermijnen(tx, p.gemeente_code), today()) : null;
    if (o && !o.vernietigen) {
      problemen.push({
        name: `personen.${p.pseudoniem}`,
        code: o.reden,
        reason: vernietigingGeweigerd(o.reden).message,
      });
    }
  }
  if (problemen.length > 0) {
    throw new AppError(
      409,
      'vernietiging-geweigerd',
      'Vernietiging geweigerd',
      'Niet iedereen op de lijst mag worden vernietigd. Haal deze personen van de lijst (uitzondering) en keur daarna opnieuw goed; er is niets vernietigd.',
      problemen,
    );
  }
}

/** Takes a person off a waiting list, with the reason (they stay; the statement names them). */
export function maakUitzondering(
  db: Database,
  actor: Actor,
  lijstId: string,
  input: z.output<typeof Uitzondering>,
) {
  return inTx(db, actor, async (tx) => {
    const lijst = await lijstenRepo.lijst(tx, lijstId, true);
    if (!lijst) throw errors.notFound('De vernietigingslijst');
    const persoon = (await lijstenRepo.personen(tx, [lijstId])).find(
      (p) => p.pseudoniem === input.pseudoniem,
    );
    if (!persoon || !(await lijstenRepo.nietVernietigen(tx, lijstId, input.pseudoniem, input.reden))) {
      throw errors.field(
        'pseudoniem',
        'onbekend',
        'Deze persoon staat niet (meer) als voorgesteld op de lijst.',
      );
    }
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'vernietigingslijst',
      objectId: lijstId,
      doel: DOEL,
      gemeenteCode: lijst.gemeente_code,
      toelichting: 'persoon van de lijst gehaald',
      personen: [persoon.persoon_id],
    });
    return (await lijstView(tx, [lijstId])).lijsten[0]!;
  });
}

export async function downloadVerklaring(db: Database, actor: Actor, lijstId: string) {
  const brief = await inTx(db, actor, async (tx) => {
    const lijst = await lijstenRepo.lijst(tx, lijstId);
    if (!lijst?.verklaring) throw errors.notFound('De vernietigingsverklaring');
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'vernietigingslijst',
      objectId: lijstId,
      doel: DOEL,
      gemeenteCode: lijst.gemeente_code,
    });
    return lijst.verklaring as Brief;
  });
  return {
    inhoud: await renderBrief(brief),
    bestandsnaam: `vernietigingsverklaring-${lijstId.slice(0, 8)}.pdf`,
  };
}
