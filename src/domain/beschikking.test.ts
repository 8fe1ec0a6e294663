import { describe, expect, it } from 'vitest';
import {
  controleerVoorzieningen,
  pgbBudgetPerJaar,
  pgbZinOverlap,
  type VoorzieningRegel,
  vierOgenFout,
} from './beschikking.ts';

const hbh: VoorzieningRegel = {
  besluit: 'toekenning',
  motivering: 'Uit het onderzoek blijkt dat hulp nodig is.',
  productcategorie: '01',
  productcode: '01A01',
  volume: 3,
  eenheid: '04',
  frequentie: '2',
  leveringsvorm: 'zin',
  aanbiederId: 'a',
  ingangsdatum: '2026-07-01',
  einddatum: '2027-06-30',
  herindicatiedatum: '2027-04-01',
};

describe('beschikkingsregels', () => {
  it('een volledige toekenning is in orde', () => {
    expect(controleerVoorzieningen([hbh])).toEqual([]);
  });

  it.each<[string, Partial<VoorzieningRegel>, string]>([
    ['einddatum vóór ingangsdatum', { einddatum: '2026-06-30' }, 'voorzieningen.0.einddatum'],
    ['omvang zonder eenheid', { eenheid: null }, 'voorzieningen.0.eenheid'],
    ['zin zonder aanbieder', { aanbiederId: null }, 'voorzieningen.0.aanbiederId'],
    ['geen motivering', { motivering: ' ' }, 'voorzieningen.0.motivering'],
    ['herindicatie na het einde', { herindicatiedatum: '2027-07-01' }, 'voorzieningen.0.herindicatiedatum'],
    ['geen leveringsvorm', { leveringsvorm: null }, 'voorzieningen.0.leveringsvorm'],
  ])('%s', (_l, patch, veld) => {
    expect(controleerVoorzieningen([{ ...hbh, ...patch }]).map((b) => b.veld)).toContain(veld);
  });

  it('een afwijzing heeft alleen een motivering nodig', () => {
    expect(
      controleerVoorzieningen([
        { besluit: 'afwijzing', motivering: 'Voorliggende voorziening volstaat.', productcategorie: '08' },
      ]),
    ).toEqual([]);
  });

  it('OP043: pgb en zin voor hetzelfde product in overlappende periodes', () => {
    const pgb = {
      ...hbh,
      leveringsvorm: 'pgb' as const,
      aanbiederId: null,
      ingangsdatum: '2027-01-01',
      einddatum: null,
    };
    expect(pgbZinOverlap([hbh, pgb]).map((b) => b.code)).toEqual(['OP043']);
    expect(pgbZinOverlap([hbh, { ...pgb, ingangsdatum: '2027-07-01' }])).toEqual([]);
    expect(pgbZinOverlap([hbh, { ...pgb, productcode: '01A02' }])).toEqual([]);
    expect(pgbZinOverlap([pgb], [hbh]).map((b) => b.veld)).toEqual(['voorzieningen.0.leveringsvorm']);
  });

  it.each([
    [3, 25.5, '2', 3978],
    [1, 1200, '6', 1200],
    [2, 10.005, '4', 240.24],
    [1, 60, '1', 21900],
  ] as const)('pgb-budget %d × €%d per frequentie %s = €%d per jaar', (volume, tarief, freq, budget) => {
    expect(pgbBudgetPerJaar(volume, tarief, freq)).toBe(budget);
  });

  it('vier ogen', () => {
    expect(vierOgenFout('x', 'x')).toMatch(/ander dan de opsteller/);
    expect(vierOgenFout('x', 'y')).toBeNull();
  });
});
