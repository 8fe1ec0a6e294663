import { describe, expect, it } from 'vitest';
import { euro, SubsidieFout, subsidieVerlaging } from './subsidie.ts';

/**
 * Procesplan Ontvlechting sociale teams (college decision 2020-000868), §4: "Vanaf 2022 komt
 * personeel bij de gemeente in dienst waarbij de subsidie naar rato van het aantal fte wordt
 * verlaagd." The 2020 subsidies are from the same decision (De Kern € 743.955, Raster € 1.209.505,
 * MEE € 979.588); the fte split over the partners is a synthetic demo figure (003 gives only the
 * total of 27,31 fte and the shift of 10,9 fte).
 */
describe('subsidieVerlaging (naar rato van het aantal fte)', () => {
  it.each([
    // subsidie (cent), fte, fte naar gemeente, verlaging (cent), nieuwe subsidie (cent)
    { subsidie: 97_958_800, fte: 8.1, over: 3.3, verlaging: 39_909_141, nieuw: 58_049_659 }, // MEE: 97958800×330/810 = 39909140,74
    { subsidie: 120_950_500, fte: 10, over: 4.4, verlaging: 53_218_220, nieuw: 67_732_280 }, // Raster: exact 44%
    { subsidie: 74_395_500, fte: 6.21, over: 2.2, verlaging: 26_355_894, nieuw: 48_039_606 }, // De Kern: 74395500×220/621 = 26355893,72
    { subsidie: 100_000, fte: 1, over: 0, verlaging: 0, nieuw: 100_000 }, // nothing moves
    { subsidie: 100_000, fte: 1, over: 1, verlaging: 100_000, nieuw: 0 }, // everything moves
    { subsidie: 1, fte: 2, over: 1, verlaging: 1, nieuw: 0 }, // half a cent rounds up (half away from zero)
    { subsidie: 100, fte: 3, over: 1, verlaging: 33, nieuw: 67 }, // 33,33… rounds down
  ])(
    '$subsidie cent, $over van $fte fte → verlaging $verlaging',
    ({ subsidie, fte, over, verlaging, nieuw }) => {
      const r = subsidieVerlaging({ subsidieCent: subsidie, fte, fteNaarGemeente: over });
      expect(r.verlagingCent).toBe(verlaging);
      expect(r.nieuweSubsidieCent).toBe(nieuw);
      expect(r.verlagingCent + r.nieuweSubsidieCent).toBe(subsidie);
    },
  );

  it('toont de berekening die de controller narekent', () => {
    const r = subsidieVerlaging({ subsidieCent: 97_958_800, fte: 8.1, fteNaarGemeente: 3.3 });
    expect(r.formule).toBe(
      'verlaging = subsidie × fte naar gemeente ÷ fte van de opdracht = € 979.588,00 × 3,30 fte ÷ 8,10 fte = ' +
        '€ 399.091,41 (afgerond op hele centen); nieuwe subsidie = € 979.588,00 − € 399.091,41 = € 580.496,59',
    );
  });

  it.each([
    { i: { subsidieCent: -1, fte: 1, fteNaarGemeente: 0 }, veld: 'subsidieCent' },
    { i: { subsidieCent: 1.5, fte: 1, fteNaarGemeente: 0 }, veld: 'subsidieCent' },
    { i: { subsidieCent: 100, fte: 0, fteNaarGemeente: 0 }, veld: 'fte' },
    { i: { subsidieCent: 100, fte: 1.234, fteNaarGemeente: 0 }, veld: 'fte' },
    { i: { subsidieCent: 100, fte: 1, fteNaarGemeente: 1.01 }, veld: 'fteNaarGemeente' },
    { i: { subsidieCent: 100, fte: 1, fteNaarGemeente: -0.5 }, veld: 'fteNaarGemeente' },
  ])('weigert $i met een fout op $veld', ({ i, veld }) => {
    try {
      subsidieVerlaging(i);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SubsidieFout);
      expect((e as SubsidieFout).veld).toBe(veld);
    }
  });

  it.each([
    [0, '€ 0,00'],
    [5, '€ 0,05'],
    [74_395_500, '€ 743.955,00'],
    [120_950_500, '€ 1.209.505,00'],
  ])('euro(%i) = %s', (c, s) => expect(euro(c)).toBe(s));
});
