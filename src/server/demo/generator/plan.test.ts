import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../domain/bsn/prng.ts';
import { dagnummer, vanDagnummer } from '../../../domain/termijnen/index.ts';
import { DEVENTER_2019_UNIEKE_CLIENTEN, leesKerncijfers } from './kerncijfers.ts';
import { eindeNa, maakPlan, uniekPerWijk, verdeelAfgerond, verdeling } from './plan.ts';

const kc = leesKerncijfers();
const J0 = dagnummer('2019-01-01');
const J1 = dagnummer('2019-12-31');
const VANDAAG = dagnummer('2026-11-25');

describe('verdeling', () => {
  it.each([
    [{ clienten: 624, geldig: 873, afgegeven: 504 }],
    [{ clienten: 178, geldig: 360, afgegeven: 248 }],
    [{ clienten: 3, geldig: 3, afgegeven: 2 }],
    [{ clienten: 1, geldig: 1, afgegeven: 0 }],
    [{ clienten: 5, geldig: 5, afgegeven: 5 }],
    [{ clienten: 4, geldig: 9, afgegeven: 8 }],
  ])('%j adds up', (d) => {
    const v = verdeling(d);
    expect(v.t1 + v.t2 + v.x).toBe(d.clienten);
    expect(v.t1 + v.x + v.ea + (v.t2 + v.x + v.eb)).toBe(d.geldig);
    expect(v.t2 + v.x + v.eb + v.f).toBe(d.afgegeven);
    expect(Math.min(v.t1, v.t2, v.x, v.ea, v.eb, v.f)).toBeGreaterThanOrEqual(0);
  });

  it('refuses impossible targets', () => {
    expect(() => verdeling({ clienten: 0, geldig: 1, afgegeven: 0 })).toThrow();
    expect(() => verdeling({ clienten: 3, geldig: 2, afgegeven: 0 })).toThrow();
    expect(() => verdeling({ clienten: 3, geldig: 3, afgegeven: 4 })).toThrow();
  });
});

describe('helpers', () => {
  it('verdeelAfgerond keeps the total', () => {
    expect(verdeelAfgerond([1.5, 1.5, 1], 4)).toEqual([2, 1, 1]);
    expect(verdeelAfgerond([0.2, 0.2, 0.6], 1)).toEqual([0, 0, 1]);
  });
  it('eindeNa: months minus one day', () => {
    expect(eindeNa(dagnummer('2019-03-15'), 12)).toBe(dagnummer('2020-03-14'));
    expect(eindeNa(dagnummer('2019-01-31'), 1)).toBe(dagnummer('2019-02-27'));
    expect(eindeNa(dagnummer('2019-01-01'), 36)).toBe(dagnummer('2021-12-31'));
  });
  it('uniekPerWijk sums to the total and stays between max and sum per wijk', () => {
    const u = uniekPerWijk(kc.doelen, DEVENTER_2019_UNIEKE_CLIENTEN);
    expect([...u.values()].reduce((s, v) => s + v, 0)).toBe(4786);
    for (const [w, n] of u) {
      const cl = [...kc.doelen.get(w)!.values()].map((d) => d.clienten);
      expect(n).toBeGreaterThanOrEqual(Math.max(...cl));
      expect(n).toBeLessThanOrEqual(cl.reduce((s, v) => s + v, 0));
    }
  });
});

describe('maakPlan (deventer-2019)', () => {
  const plan = maakPlan(kc.doelen, { jaar: 2019, vandaag: VANDAAG, uniekeClienten: 4786 }, mulberry32(42));
  const lijnen = plan.flatMap((c) => c.lijnen.map((l) => ({ c, l })));

  it('reproduces the 2019 kerncijfers exactly, per wijk and category', () => {
    const geldig = (l: { ingang: number; einde: number | null }) =>
      l.ingang <= J1 && (l.einde === null || l.einde >= J0);
    const perCel = new Map<string, typeof lijnen>();
    for (const x of lijnen) {
      const k = `${x.l.wijk}|${x.l.categorie}`;
      perCel.set(k, [...(perCel.get(k) ?? []), x]);
    }
    for (const [w, perCat] of kc.doelen) {
      for (const [cat, d] of perCat) {
        const hier = perCel.get(`${w}|${cat}`) ?? [];
        expect({
          w,
          cat,
          clienten: new Set(hier.filter((x) => geldig(x.l)).map((x) => x.c)).size,
          geldig: hier.filter((x) => geldig(x.l)).length,
          afgegeven: hier.filter((x) => x.l.besluit >= J0 && x.l.besluit <= J1).length,
        }).toEqual({ w, cat, ...d });
      }
    }
    expect(
      new Set(
        lijnen.filter((x) => x.l.ingang <= J1 && (x.l.einde === null || x.l.einde >= J0)).map((x) => x.c),
      ).size,
    ).toBe(4786);
  });

  it('is consistent: dates in order, nothing decided after today, no pgb and zin for one product at once', () => {
    for (const { l } of lijnen) {
      expect(l.einde === null || l.einde >= l.ingang).toBe(true);
      expect(l.besluit).toBeLessThanOrEqual(VANDAAG);
    }
    for (const c of plan) {
      for (const a of c.lijnen)
        for (const b of c.lijnen) {
          if (a === b || a.categorie !== b.categorie || a.product !== b.product || a.pgb === b.pgb) continue;
          const overlap = a.ingang <= (b.einde ?? 1e9) && b.ingang <= (a.einde ?? 1e9);
          expect(overlap).toBe(false);
        }
    }
  });

  it('is deterministic for a seed', () => {
    const b = maakPlan(kc.doelen, { jaar: 2019, vandaag: VANDAAG, uniekeClienten: 4786 }, mulberry32(42));
    expect(b.flatMap((c) => c.lijnen)).toEqual(plan.flatMap((c) => c.lijnen));
  });

  it('has history and future with herindicatie peaks', () => {
    const perJaar = new Map<number, number>();
    for (const { l } of lijnen) {
      const j = Number(vanDagnummer(l.besluit).slice(0, 4));
      perJaar.set(j, (perJaar.get(j) ?? 0) + 1);
    }
    const n = (j: number) => perJaar.get(j) ?? 0;
    expect(n(2019)).toBe(6069);
    for (let j = 2015; j <= 2026; j++) expect(n(j), String(j)).toBeGreaterThan(1000);
    // Peaks: the 2019 wave of herindicaties, and the next one two to three years later.
    expect(n(2019)).toBeGreaterThan(Math.max(n(2018), n(2020)) + 1500);
    expect(Math.max(n(2021), n(2022))).toBeGreaterThan(n(2020));
  });
});
