import { describe, expect, it } from 'vitest';
import { onderdruk, onderdrukkingToelichting, onderdruktTeken } from './onderdrukking.ts';

const waarden = (cellen: ReturnType<typeof onderdruk>) => cellen.map((c) => c.waarde);
const soorten = (cellen: ReturnType<typeof onderdruk>) => cellen.map((c) => c.onderdrukt);

describe('onderdruk (kleine aantallen voor publicatie)', () => {
  it.each([
    { drempel: 5, in: [0, 1, 4, 5, 6, 120], uit: [0, null, null, 5, 6, 120] },
    { drempel: 10, in: [9, 10], uit: [null, 10] },
    { drempel: 1, in: [0, 1], uit: [0, 1] },
  ])('drempel $drempel: $in → $uit (nul wordt gepubliceerd)', ({ drempel, in: i, uit }) => {
    expect(
      waarden(
        onderdruk(
          i.map((waarde) => ({ waarde })),
          drempel,
        ),
      ),
    ).toEqual(uit);
  });

  it('standaarddrempel is 5', () => {
    expect(waarden(onderdruk([{ waarde: 4 }, { waarde: 5 }]))).toEqual([null, 5]);
  });

  it('één onderdrukte cel in een groep met totaal: ook de kleinste andere cel (secundair)', () => {
    const r = onderdruk([
      { waarde: 3, groepen: ['wijk-A'] },
      { waarde: 40, groepen: ['wijk-A'] },
      { waarde: 12, groepen: ['wijk-A'] },
      { waarde: 0, groepen: ['wijk-A'] },
    ]);
    expect(soorten(r)).toEqual(['primair', null, 'secundair', null]);
    expect(waarden(r)).toEqual([null, 40, null, 0]);
  });

  it('twee onderdrukte cellen in een groep: geen extra onderdrukking', () => {
    const r = onderdruk([
      { waarde: 3, groepen: ['g'] },
      { waarde: 2, groepen: ['g'] },
      { waarde: 50, groepen: ['g'] },
    ]);
    expect(soorten(r)).toEqual(['primair', 'primair', null]);
  });

  it('secundaire onderdrukking werkt door in een andere groep', () => {
    // Row groups r1, r2 and column groups k1, k2, as in a wijk × categorie table with totals.
    const r = onderdruk([
      { waarde: 2, groepen: ['r1', 'k1'] },
      { waarde: 30, groepen: ['r1', 'k2'] },
      { waarde: 8, groepen: ['r2', 'k1'] },
      { waarde: 20, groepen: ['r2', 'k2'] },
    ]);
    // r1 has only the 2 → 30 too; k1 has only the 2 → 8 too; k2 then has only the 30 → 20 too.
    expect(soorten(r)).toEqual(['primair', 'secundair', 'secundair', 'secundair']);
  });

  it('zonder groepen geen secundaire onderdrukking', () => {
    expect(soorten(onderdruk([{ waarde: 1 }, { waarde: 9 }]))).toEqual(['primair', null]);
  });

  it('weigert een ongeldige drempel', () => {
    expect(() => onderdruk([], 0)).toThrow(RangeError);
    expect(() => onderdruk([], 2.5)).toThrow(RangeError);
  });

  it('tekens en toelichting noemen de drempel', () => {
    expect(onderdruktTeken('primair', 5)).toBe('<5');
    expect(onderdruktTeken('secundair', 5)).toBe('×');
    expect(onderdrukkingToelichting(10)).toContain('1 tot en met 9');
  });
});
