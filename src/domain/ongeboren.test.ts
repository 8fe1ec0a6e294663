import { describe, expect, it } from 'vitest';
import { controleerVerwachteGeboortedatum, maandenTotGeboorte } from './ongeboren.ts';

describe('ongeboren kind', () => {
  it.each([
    ['2026-06-01', null],
    ['2026-05-31', 'in-verleden'],
    ['2027-03-22', null], // + 294 dagen (42 weken)
    ['2027-03-23', 'te-ver-vooruit'],
  ] as const)('verwachte geboortedatum %s op 1 juni 2026 → %s', (datum, fout) => {
    expect(controleerVerwachteGeboortedatum(datum, '2026-06-01')).toBe(fout);
  });

  it.each([
    ['2027-03-01', -9], // 273 dagen
    ['2026-07-01', -1], // 30 dagen
    ['2026-06-01', 0],
  ] as const)('verwacht %s: %i maanden op 1 juni 2026', (datum, maanden) => {
    expect(maandenTotGeboorte(datum, '2026-06-01')).toBe(maanden);
  });
});
