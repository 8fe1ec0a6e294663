import { beoordeelBewaring } from '../../../../domain/privacy/bewaartermijnen.ts';
import { datumInNederland, today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { laadAfzender } from '../../../platform/documents/opslag.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { feitenVanGemeente } from './feiten.ts';
import { lijstenRepo } from './repo-lijsten.ts';
import { laadTermijnen } from './termijnen.ts';
import { vernietigingsverklaring } from './verklaring.ts';
import { type VernietigOpties, vernietigPersoon } from './vernietigen.ts';

/**
 * The nightly job: per gemeente one vernietigingslijst with every person whose dossiers all passed
 * their term, without open case or bewaarplicht, and not yet on a waiting list. It also finishes a
 * list whose destruction was interrupted after its second approval.
 */
export async function stelVernietigingslijstenOp(db: Database): Promise<string[]> {
  const peildatum = today();
  const nieuw: string[] = [];
  const gemeenten = await db.systemTransaction((tx) => lijstenRepo.gemeenten(tx));
  for (const gemeente of gemeenten) {
    const id = await db.systemTransaction(async (tx) => {
      const termijnen = await laadTermijnen(tx, gemeente);
      const personen = [];
      for (const f of await feitenVanGemeente(tx, gemeente)) {
        const o = beoordeelBewaring(f, termijnen, peildatum);
        if (!o.vernietigen) continue;
        personen.push({
          persoonId: f.persoonId,
          grond: {
            dossiersoort: o.dossiersoort,
            einde: o.einde,
            termijnVerstreken: o.termijnVerstreken,
            jaren: termijnen[o.dossiersoort].jaren,
          },
        });
      }
      return personen.length > 0 ? lijstenRepo.maak(tx, gemeente, peildatum, personen) : null;
    });
    if (id) nieuw.push(id);
  }
  for (const id of await db.systemTransaction((tx) => lijstenRepo.onafgemaakt(tx))) await voerUit(db, id);
  return nieuw;
}

/**
 * Destroys every waiting person of an approved list, each in their own transaction, then writes the
 * vernietigingsverklaring. A person who got an open case or a hold since the list was approved is
 * not destroyed and is named in the statement with the reason.
 */
export async function voerUit(db: Database, lijstId: string, opts: VernietigOpties = {}): Promise<void> {
  const { lijst, personen, goedkeuringen } = await db.systemTransaction(async (tx) => ({
    lijst: await lijstenRepo.lijst(tx, lijstId),
    personen: await lijstenRepo.personen(tx, [lijstId]),
    goedkeuringen: await lijstenRepo.goedkeuringen(tx, [lijstId]),
  }));
  if (lijst?.status !== 'voorgesteld' || goedkeuringen.length < 2) return;
  const door = goedkeuringen.map((g) => `${g.naam} (${g.rol})`);
  for (const p of personen) {
    if (p.status !== 'voorgesteld' || !p.persoon_id) continue;
    try {
      await vernietigPersoon(
        db,
        { lijstId, pseudoniem: p.pseudoniem, persoonId: p.persoon_id, gemeenteCode: p.gemeente_code },
        { ...opts, goedgekeurdDoor: door },
      );
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'vernietiging-geweigerd') throw e;
      await db.systemTransaction((tx) => lijstenRepo.nietVernietigen(tx, lijstId, p.pseudoniem, e.message));
    }
  }
  await db.systemTransaction(async (tx) => {
    const nu = await lijstenRepo.personen(tx, [lijstId]);
    const brief = vernietigingsverklaring({
      gemeente: await laadAfzender(tx, lijst.gemeente_code),
      lijstId,
      datum: today(),
      peildatum: lijst.peildatum,
      vernietigd: nu
        .filter((p) => p.status === 'vernietigd')
        .map((p) => ({
          pseudoniem: p.pseudoniem,
          ...p.grond,
          rijen: Object.values(p.verwijderd ?? {}).reduce((a, b) => a + b, 0),
        })),
      nietVernietigd: nu
        .filter((p) => p.status === 'niet-vernietigd')
        .map((p) => ({ pseudoniem: p.pseudoniem, reden: p.reden_niet ?? '' })),
      goedkeuringen: goedkeuringen.map((g) => ({
        rol: g.rol,
        naam: g.naam,
        op: datumInNederland(g.goedgekeurd_op),
      })),
    });
    await lijstenRepo.sluit(tx, lijstId, brief);
  });
}
