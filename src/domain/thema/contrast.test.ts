import { describe, expect, it } from 'vitest';
import { contrast, contrastfouten, contrastTekst } from './contrast.ts';

// WCAG 2.2 SC 1.4.3 (4.5:1 for text); reference values from the WCAG definition of relative luminance.
describe('contrast (WCAG 2.2, SC 1.4.3)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#1a5e8a', '#ffffff', 6.97],
  ])('%s op %s ≈ %s', (a, b, r) => {
    expect(contrast(a, b)).toBeCloseTo(r, 1);
  });

  it('rondt naar beneden af in de melding', () => {
    expect(contrastTekst(4.499)).toBe('4,4 : 1');
  });

  it.each([
    [{ kleurPrimair: '#1a5e8a', kleurOpPrimair: '#ffffff' }, []],
    [{ kleurPrimair: '#ffcc00', kleurOpPrimair: '#000000' }, ['kleurPrimair']],
    [{ kleurPrimair: '#1a5e8a', kleurOpPrimair: '#2a6e9a' }, ['kleurOpPrimair']],
    [{ kleurPrimair: '#ffff00', kleurOpPrimair: '#ffffff' }, ['kleurPrimair', 'kleurOpPrimair']],
  ])('%o → fouten bij %o', (k, velden) => {
    expect(contrastfouten(k).map((f) => f.veld)).toEqual(velden);
  });
});
