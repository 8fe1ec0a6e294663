/**
 * The plan of the synthetic data: which clients have which voorzieningen when. Pure and
 * deterministic for an rng. The reference year (2019 for the Deventer profile) is built exactly
 * to the targets per wijk and category; the years before and after grow from it as chains of
 * indications (herindicaties), new clients and clients who stop — under two rules that keep the
 * reference year exact: a voorziening outside the plan never overlaps the reference year, and its
 * besluitdatum never falls in it (docs/demo-data.md explains the construction).
 *
 * Definitions (issue 7): a voorziening is valid in the year when [ingangsdatum, einddatum] overlaps
 * it (open end = valid); it is issued in the year when its besluitdatum falls in it; clients per
 * category count distinct clients with a valid voorziening of that category.
 */
import { geheelGetal, type Rng } from '../../../domain/bsn/prng.ts';
import { dagnummer, maakDatum, vanDagnummer } from '../../../domain/termijnen/index.ts';
import type { Doel, Doelen } from './kerncijfers.ts';
import { CATEGORIEEN } from './parameters.ts';

export interface PlanLijn {
  categorie: string;
  /** 0: the category's main product, 1: the second (parallel lines). */
  product: 0 | 1;
  ingang: number;
  einde: number | null;
  besluit: number;
  wijk: string;
  pgb: boolean;
  /** Started at the 2015 transition (overgangsrecht): a migrated beschikking without case history. */
  overgang: boolean;
}

export interface PlanClient {
  nr: number;
  wijk: string;
  verhuizing: { dag: number; wijk: string } | null;
  /** Categories with a voorziening valid in the reference year. */
  referentie: Set<string>;
  lijnen: PlanLijn[];
}

export interface PlanOpties {
  jaar: number;
  /** Day number of today: nothing is decided after it. */
  vandaag: number;
  /** Unique clients with a voorziening valid in the reference year (all wijken). */
  uniekeClienten: number;
}

export const EERSTE_DAG = dagnummer('2015-01-01');

const kans = (rng: Rng, p: number) => rng() < p;
const tussen = (rng: Rng, van: number, tot: number) => van + geheelGetal(rng, Math.max(1, tot - van + 1));

function trekDuur(rng: Rng, categorie: string): number {
  const d = CATEGORIEEN[categorie]!.duur;
  let x = rng() * d.reduce((s, [, g]) => s + g, 0);
  for (const [m, g] of d) {
    if (x < g) return m;
    x -= g;
  }
  return d[0]![0];
}

/** The last day of a period of `maanden` months starting on day `ingang`. */
export function eindeNa(ingang: number, maanden: number): number {
  const iso = vanDagnummer(ingang);
  const j = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + maanden;
  const d = Number(iso.slice(8, 10));
  const jaar = j + Math.floor(m / 12);
  const maand = (m % 12) + 1;
  const laatste = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return dagnummer(maakDatum(jaar, maand, Math.min(d, laatste))) - 1;
}

/** The first day of a period of `maanden` months ending on day `einde`. */
function beginVoor(einde: number, maanden: number): number {
  return einde - Math.round(maanden * 30.44) + 1;
}

/** How the reference-year targets of one wijk and category are met (see `verdeling`). */
export interface Verdeling {
  /** Voorzieningen issued in the year that start after it (herindicatie decided in Nov/Dec). */
  f: number;
  /** Clients whose indication ends in the year and is renewed in it (two valid voorzieningen). */
  x: number;
  /** Clients with one voorziening from before the year (still running or ending in it). */
  t1: number;
  /** Clients whose first voorziening in the category starts in the year. */
  t2: number;
  /** Extra parallel voorzieningen: from before the year, and starting in it. */
  ea: number;
  eb: number;
}

/**
 * Splits a target (clients C, valid G, issued A) into client types. Valid voorzieningen are either
 * running from before the year (na) or start in it (nb, all issued in it); the f issued ones that
 * start after the year complete A. Then na = G − A + f and nb = A − f, and
 *   C = t1 + t2 + x,  na = t1 + x + ea,  nb = t2 + x + eb.
 */
export function verdeling(d: Doel): Verdeling {
  const { clienten: c, geldig: g, afgegeven: a } = d;
  if (c === 0) {
    if (g !== 0 || a !== 0) throw new Error('Voorzieningen zonder cliënten in de doelen');
    return { f: 0, x: 0, t1: 0, t2: 0, ea: 0, eb: 0 };
  }
  if (g < c || a > g) throw new Error(`Onmogelijk doel: ${JSON.stringify(d)}`);
  for (let f = Math.min(Math.floor(0.04 * a), c); f >= 0; f--) {
    const nb = a - f;
    const na = g - nb;
    const x = Math.min(na, nb, g - c, c);
    const e = g - c - x;
    const ea = Math.min(e, na - x);
    const eb = e - ea;
    const t1 = na - x - ea;
    const t2 = nb - x - eb;
    if (t1 >= 0 && t2 >= 0 && eb >= 0 && f <= t1 + t2 + x) return { f, x, t1, t2, ea, eb };
  }
  throw new Error(`Geen verdeling voor ${JSON.stringify(d)}`);
}

/** Largest-remainder rounding of `waarden` to integers that sum to `totaal`. */
export function verdeelAfgerond(waarden: readonly number[], totaal: number): number[] {
  const vloer = waarden.map(Math.floor);
  let rest = totaal - vloer.reduce((s, v) => s + v, 0);
  const volgorde = waarden
    .map((v, i) => ({ i, r: v - Math.floor(v) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    vloer[i]!++;
    rest--;
  }
  return vloer;
}

/**
 * Unique clients per wijk: between the largest category (every client of it is unique) and the sum
 * over categories (nobody has two), at the same relative position in every wijk.
 */
export function uniekPerWijk(doelen: Doelen, totaal: number): Map<string, number> {
  const wijken = [...doelen.keys()];
  const max = wijken.map((w) => Math.max(...[...doelen.get(w)!.values()].map((d) => d.clienten)));
  const som = wijken.map((w) => [...doelen.get(w)!.values()].reduce((s, d) => s + d.clienten, 0));
  const sMax = max.reduce((s, v) => s + v, 0);
  const sSom = som.reduce((s, v) => s + v, 0);
  if (totaal < sMax || totaal > sSom) throw new Error(`Unieke cliënten ${totaal} buiten [${sMax}, ${sSom}]`);
  const f = sSom === sMax ? 0 : (totaal - sMax) / (sSom - sMax);
  const n = verdeelAfgerond(
    wijken.map((_, i) => max[i]! + (som[i]! - max[i]!) * f),
    totaal,
  );
  return new Map(wijken.map((w, i) => [w, Math.min(som[i]!, Math.max(max[i]!, n[i]!))]));
}

function schud<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = geheelGetal(rng, i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** Yearly inflow of new clients per category, as a share of the reference year's clients. */
const INSTROOM: Record<string, number> = {
  '01': 0.2,
  '02': 0.32,
  '03': 0.5,
  '04': 0.7,
  '07': 0.24,
  '08': 0.14,
  '10': 0.5,
};
/** Chains that ended before the reference year, as a share of its clients. */
const UITSTROOM_VOOR: Record<string, number> = {
  '01': 1.1,
  '02': 1.7,
  '03': 2,
  '04': 2.5,
  '07': 1.1,
  '08': 0.6,
  '10': 2,
};

export function maakPlan(doelen: Doelen, opties: PlanOpties, rng: Rng): PlanClient[] {
  const j0 = dagnummer(`${opties.jaar}-01-01`);
  const j1 = dagnummer(`${opties.jaar}-12-31`);
  const vandaag = opties.vandaag;
  const clienten: PlanClient[] = [];
  const eigenaar = new Map<PlanLijn, PlanClient>();
  const wijkcodes = [...doelen.keys()];
  const nieuweClient = (wijk: string): PlanClient => {
    const c: PlanClient = { nr: clienten.length, wijk, verhuizing: null, referentie: new Set(), lijnen: [] };
    clienten.push(c);
    return c;
  };
  const wijkOp = (c: PlanClient, dag: number) =>
    c.verhuizing && dag >= c.verhuizing.dag ? c.verhuizing.wijk : c.wijk;
  const voorsprong = () => geheelGetal(rng, 29);
  const lijn = (c: PlanClient, l: Omit<PlanLijn, 'wijk' | 'overgang'>): PlanLijn => {
    const x: PlanLijn = { ...l, wijk: wijkOp(c, l.ingang), overgang: l.ingang <= EERSTE_DAG };
    if (x.overgang) {
      x.ingang = EERSTE_DAG;
      x.besluit = EERSTE_DAG - tussen(rng, 14, 60);
    } else if (x.besluit < EERSTE_DAG + 14) {
      // Decided under the Wmo 2015: after a melding received on or after 1 January 2015.
      x.besluit = EERSTE_DAG + 14 + geheelGetal(rng, 14);
    }
    if (x.einde !== null && x.einde < x.ingang) throw new Error('einde vóór ingang');
    if (x.besluit > vandaag) throw new Error('besluit na vandaag');
    c.lijnen.push(x);
    eigenaar.set(x, c);
    return x;
  };

  /** Earlier indications of a chain that started before the year (all before it). */
  const terug = (c: PlanClient, eerste: PlanLijn) => {
    let ingang = eerste.ingang;
    const v = CATEGORIEEN[eerste.categorie]!.verlenging;
    while (ingang > EERSTE_DAG && kans(rng, v)) {
      const einde = ingang - 1;
      const d = trekDuur(rng, eerste.categorie) || 36;
      const begin = Math.max(EERSTE_DAG, beginVoor(einde, d));
      lijn(c, {
        categorie: eerste.categorie,
        product: eerste.product,
        ingang: begin,
        einde,
        besluit: begin - voorsprong(),
        pgb: eerste.pgb,
      });
      ingang = begin;
    }
  };

  /** Later indications (herindicaties) after the year: decided after it, up to today. */
  const vooruit = (c: PlanClient, laatste: PlanLijn, kansVerlenging?: number) => {
    let cur = laatste;
    const v = kansVerlenging ?? CATEGORIEEN[laatste.categorie]!.verlenging;
    while (cur.einde !== null && kans(rng, v)) {
      const ingang = cur.einde + 1;
      if (ingang <= j1) throw new Error('opvolger in het referentiejaar');
      const besluit = Math.max(j1 + 1, ingang - voorsprong());
      if (besluit > vandaag) return;
      const d = trekDuur(rng, cur.categorie);
      cur = lijn(c, {
        categorie: cur.categorie,
        product: cur.product,
        ingang,
        einde: d === 0 ? null : eindeNa(ingang, d),
        besluit,
        pgb: cur.pgb,
      });
    }
  };

  // 1. The reference year: clients per wijk, each with the categories it has in the year.
  const uniek = uniekPerWijk(doelen, opties.uniekeClienten);
  for (const wijk of wijkcodes) {
    const perCat = doelen.get(wijk)!;
    const cats = [...perCat.keys()].filter((c) => perCat.get(c)!.clienten > 0);
    const wijkClienten = Array.from({ length: uniek.get(wijk)! }, () => nieuweClient(wijk));
    // Every client gets one primary category (capacity: the category's clients), then each
    // category takes its remaining clients at random from those without it.
    const primair = verdeelAfgerond(
      cats.map(
        (c) =>
          (perCat.get(c)!.clienten * wijkClienten.length) /
          cats.reduce((s, k) => s + perCat.get(k)!.clienten, 0),
      ),
      wijkClienten.length,
    ).map((n, i) => Math.min(n, perCat.get(cats[i]!)!.clienten));
    let tekort = wijkClienten.length - primair.reduce((s, n) => s + n, 0);
    for (let i = 0; tekort > 0; i = (i + 1) % cats.length) {
      if (primair[i]! < perCat.get(cats[i]!)!.clienten) {
        primair[i]!++;
        tekort--;
      }
    }
    // A few clients move to another wijk after the year: their later voorzieningen are there.
    for (const cl of wijkClienten) {
      if (wijkcodes.length > 1 && vandaag - 60 > j1 + 60 && kans(rng, 0.03)) {
        const andere = wijkcodes.filter((w) => w !== wijk);
        cl.verhuizing = {
          dag: tussen(rng, j1 + 60, vandaag - 60),
          wijk: andere[geheelGetal(rng, andere.length)]!,
        };
      }
    }
    const volgorde = schud(rng, [...wijkClienten]);
    let k = 0;
    cats.forEach((c, i) => {
      for (let n = 0; n < primair[i]!; n++) volgorde[k++]!.referentie.add(c);
    });
    for (const c of cats) {
      const nodig = perCat.get(c)!.clienten - wijkClienten.filter((x) => x.referentie.has(c)).length;
      const kandidaten = schud(
        rng,
        wijkClienten.filter((x) => !x.referentie.has(c)),
      );
      for (let n = 0; n < nodig; n++) kandidaten[n]!.referentie.add(c);
    }

    // 2. Per category: the voorzieningen of the year, then their chains before and after it.
    for (const c of cats) {
      const v = verdeling(perCat.get(c)!);
      const p = CATEGORIEEN[c]!;
      const metC = schud(
        rng,
        wijkClienten.filter((x) => x.referentie.has(c)),
      );
      const t3 = metC.slice(0, v.x);
      const t1 = metC.slice(v.x, v.x + v.t1);
      const t2 = metC.slice(v.x + v.t1);
      const hoofdA = new Map<PlanClient, PlanLijn>();
      const hoofdB = new Map<PlanClient, PlanLijn>();
      const pgbVan = new Map<PlanClient, boolean>();
      const pgb = (cl: PlanClient) => {
        let b = pgbVan.get(cl);
        if (b === undefined) {
          b = kans(rng, p.pgb);
          pgbVan.set(cl, b);
        }
        return b;
      };
      const bLijn = (cl: PlanClient, ingang: number, product: 0 | 1, besluit?: number) => {
        const d = trekDuur(rng, c);
        return lijn(cl, {
          categorie: c,
          product,
          ingang,
          einde: d === 0 ? null : eindeNa(ingang, d),
          besluit: besluit ?? Math.max(j0, ingang - voorsprong()),
          pgb: pgb(cl),
        });
      };
      const aLijn = (cl: PlanClient, product: 0 | 1, einde?: number) => {
        const d = trekDuur(rng, c);
        let ingang: number;
        let eind: number | null;
        if (einde !== undefined) {
          eind = einde;
          ingang = Math.max(EERSTE_DAG, beginVoor(einde, d || 36));
          if (ingang >= j0) ingang = j0 - 1 - geheelGetal(rng, 180);
        } else if (d === 0) {
          ingang = tussen(rng, EERSTE_DAG, j0 - 1);
          eind = null;
        } else {
          ingang = tussen(rng, Math.max(EERSTE_DAG, j0 - Math.round(d * 30.44) + 1), j0 - 1);
          eind = eindeNa(ingang, d);
          if (eind < j0) eind = j0 + geheelGetal(rng, 60);
        }
        return lijn(cl, {
          categorie: c,
          product,
          ingang,
          einde: eind,
          besluit: ingang - voorsprong(),
          pgb: pgb(cl),
        });
      };
      for (const cl of t3) {
        const ingangB = tussen(rng, j0 + 1, j1);
        hoofdA.set(cl, aLijn(cl, 0, ingangB - 1));
        hoofdB.set(cl, bLijn(cl, ingangB, 0));
      }
      for (const cl of t1) hoofdA.set(cl, aLijn(cl, 0));
      for (const cl of t2) hoofdB.set(cl, bLijn(cl, tussen(rng, j0, j1), 0));
      const extraA: PlanLijn[] = [];
      const metA = [...hoofdA.keys()];
      for (let n = 0; n < v.ea; n++) extraA.push(aLijn(metA[n % metA.length]!, 1));
      const metB = hoofdB.size ? [...hoofdB.keys()] : metA;
      const extraB: PlanLijn[] = [];
      for (let n = 0; n < v.eb; n++) {
        const cl = metB[n % metB.length]!;
        const h = hoofdB.get(cl);
        // A second product granted in the same beschikking as the client's new indication.
        extraB.push(h ? bLijn(cl, h.ingang, 1, h.besluit) : bLijn(cl, tussen(rng, j0, j1), 1));
      }
      // Issued in the year, starting after it: the renewal of an indication ending around New Year.
      const dragers = [...hoofdA.entries()].filter(([cl]) => !hoofdB.has(cl)).map(([, l]) => l);
      const dragersB = [...hoofdB.values()];
      const fDragers = [...schud(rng, dragers), ...schud(rng, dragersB)].slice(0, v.f);
      for (const l of fDragers) l.einde = j1 + geheelGetal(rng, 60);
      // Chains: earlier indications of what ran into the year; later ones of what runs out of it.
      for (const l of [...hoofdA.values(), ...extraA]) if (kans(rng, 0.9)) terug(ownerOf(l), l);
      const opvolgers = new Set(fDragers);
      for (const [cl, l] of [...hoofdA.entries(), ...hoofdB.entries()]) {
        if (l.einde === null) continue;
        if (opvolgers.has(l)) {
          const ingang = l.einde + 1;
          const d = trekDuur(rng, c);
          const s = lijn(cl, {
            categorie: c,
            product: l.product,
            ingang,
            einde: d === 0 ? null : eindeNa(ingang, d),
            besluit: Math.min(ingang, j1) - geheelGetal(rng, 45),
            pgb: l.pgb,
          });
          vooruit(cl, s);
        } else if (l.einde >= j1 && (!hoofdB.has(cl) || hoofdB.get(cl) === l)) vooruit(cl, l);
      }
      for (const l of [...extraA, ...extraB]) {
        if (l.einde !== null && l.einde >= j1 && !opvolgers.has(l)) vooruit(ownerOf(l), l, 0.5);
      }
    }
  }

  // 3. Clients outside the year: chains that ended before it, and new clients after it.
  const jaarVandaag = Number(vanDagnummer(vandaag).slice(0, 4));
  for (const wijk of wijkcodes) {
    const referentie = clienten.filter((x) => x.wijk === wijk && x.referentie.size > 0);
    for (const [c, d] of doelen.get(wijk)!) {
      if (d.clienten === 0) continue;
      const zonderC = schud(
        rng,
        referentie.filter((x) => !x.referentie.has(c)),
      );
      let bestaand = 0;
      const client = (aandeelBestaand: number) =>
        bestaand < zonderC.length && kans(rng, aandeelBestaand) ? zonderC[bestaand++]! : nieuweClient(wijk);
      const p = CATEGORIEEN[c]!;
      const voor = Math.round(d.clienten * UITSTROOM_VOOR[c]!);
      for (let n = 0; n < voor; n++) {
        const cl = client(0.3);
        // Most stopped in the last two years before it (clients of the 2015 transition left earlier).
        const einde = kans(rng, 0.7) ? tussen(rng, j0 - 730, j0 - 1) : tussen(rng, EERSTE_DAG + 90, j0 - 1);
        const duur = Math.min(trekDuur(rng, c) || 24, 24);
        const ingang = Math.max(EERSTE_DAG, beginVoor(einde, duur));
        const l = lijn(cl, {
          categorie: c,
          product: 0,
          ingang,
          einde,
          besluit: ingang - voorsprong(),
          pgb: kans(rng, p.pgb),
        });
        terug(cl, l);
      }
      for (let jaar = opties.jaar + 1; jaar <= jaarVandaag; jaar++) {
        const nieuw = Math.round(d.clienten * INSTROOM[c]!);
        for (let n = 0; n < nieuw; n++) {
          const van = Math.max(dagnummer(`${jaar}-01-01`), j1 + 1);
          const tot = Math.min(dagnummer(`${jaar}-12-31`), vandaag);
          if (tot < van) break;
          const ingang = tussen(rng, van, tot);
          const besluit = Math.max(j1 + 1, ingang - voorsprong());
          if (besluit > vandaag) continue;
          const cl = client(0.25);
          const duur = trekDuur(rng, c);
          const l = lijn(cl, {
            categorie: c,
            product: 0,
            ingang,
            einde: duur === 0 ? null : eindeNa(ingang, duur),
            besluit,
            pgb: kans(rng, p.pgb),
          });
          vooruit(cl, l);
        }
      }
    }
  }

  // Owner lookup for chain extension of parallel lines.
  function ownerOf(l: PlanLijn): PlanClient {
    const c = eigenaar.get(l);
    if (!c) throw new Error('lijn zonder cliënt');
    return c;
  }
  return clienten;
}
