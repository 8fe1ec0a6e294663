import { describe, expect, it } from 'vitest';
import { bezwaarBeslissingUiterlijk } from './awb.ts';
import { bezwaarHerstelDagen, controleerVerdaging, verdaagdUiterlijk } from './awb-verdaging.ts';
import { STANDAARD_KALENDER as K } from './kalender.ts';

// Dates counted by hand; 2026: Koningsdag ma 27 april, Kerst vr 25 / za 26 december.

describe('verdaging van de beslistermijn van een aanvraag (Awb 4:14 lid 3)', () => {
  it.each([
    ['vóór het einde, later: toegestaan', '2026-06-10', '2026-06-15', '2026-07-15', null],
    ['op de laatste dag zelf: nog op tijd', '2026-06-15', '2026-06-15', '2026-07-15', null],
    ['de dag na het einde: te laat', '2026-06-16', '2026-06-15', '2026-07-15', 'termijn-verstreken'],
    ['zelfde datum: niet later', '2026-06-10', '2026-06-15', '2026-06-15', 'niet-later'],
    ['eerdere datum: niet later', '2026-06-10', '2026-06-15', '2026-06-12', 'niet-later'],
  ])('%s', (_, vandaag, huidigUiterlijk, nieuweDatum, fout) => {
    expect(controleerVerdaging({ vandaag, huidigUiterlijk, nieuweDatum })).toBe(fout);
  });

  it.each([
    ['ma 15 juni + 4 weken = ma 13 juli', '2026-06-15', 4, '2026-07-13'],
    ['do 10 december + 2 weken = do 24 december', '2026-12-10', 2, '2026-12-24'],
    ['vr 11 december + 2 weken = Kerst vr 25 → ma 28 december (Atw art. 1)', '2026-12-11', 2, '2026-12-28'],
    ['ma 20 april + 1 week = Koningsdag ma 27 → di 28 april', '2026-04-20', 1, '2026-04-28'],
  ])('%s', (_, huidig, weken, verwacht) => {
    expect(verdaagdUiterlijk(huidig, weken, K)).toBe(verwacht);
  });
});

describe('hersteltermijn schort de beslistermijn op bezwaar op (Awb 7:10 lid 2, 6:6)', () => {
  it.each([
    [
      'verzocht 1 juni, termijn tot 15 juni ongebruikt: 2 t/m 14 juni = 13 dagen',
      '2026-06-01',
      '2026-06-15',
      null,
      13,
    ],
    ['hersteld op 8 juni: 2 t/m 7 juni = 6 dagen', '2026-06-01', '2026-06-15', '2026-06-08', 6],
    ['hersteld de dag na het verzoek: 0 dagen', '2026-06-01', '2026-06-15', '2026-06-02', 0],
    [
      'hersteld na de termijn telt tot het einde van de termijn',
      '2026-06-01',
      '2026-06-15',
      '2026-06-20',
      13,
    ],
  ])('%s', (_, verzocht, hersteltermijnTot, hersteldOp, dagen) => {
    expect(bezwaarHerstelDagen({ verzocht, hersteltermijnTot, hersteldOp })).toBe(dagen);
  });

  it('verlengt de termijn zelf; de Atw één keer aan het einde', () => {
    // Bekendmaking ma 4 mei 2026: bezwaartermijn tot ma 15 juni; + 6 weken = ma 27 juli.
    const zonder = bezwaarBeslissingUiterlijk(
      { bekendmaking: '2026-05-04', adviescommissie: false, verdaagd: false },
      K,
    );
    expect(zonder).toBe('2026-07-27');
    // 13 dagen opgeschort: ma 27 juli + 13 = zo 9 augustus → ma 10 augustus.
    const met = bezwaarBeslissingUiterlijk(
      { bekendmaking: '2026-05-04', adviescommissie: false, verdaagd: false, herstelDagen: 13 },
      K,
    );
    expect(met).toBe('2026-08-10');
  });
});
