import { describe, expect, it } from 'vitest';
import { berekenIndicatoren, dagenTussen, kwartaalPeriode, type Registraties } from './indicatoren.ts';

/**
 * Prestatie-indicatoren per kwartaal (procesplan 2020-000868 §5.2 uitgangspunt 8 and the deelproject
 * opdrachtgeverschap: indicators with a PDCA cycle). The fixture is computed by hand below.
 */
describe('kwartaalPeriode', () => {
  it.each([
    [2024, 1, '2024-01-01', '2024-03-31'],
    [2024, 2, '2024-04-01', '2024-06-30'],
    [2024, 3, '2024-07-01', '2024-09-30'],
    [2024, 4, '2024-10-01', '2024-12-31'],
    [2023, 1, '2023-01-01', '2023-03-31'],
  ] as const)('%i K%i = %s t/m %s', (jaar, kwartaal, van, tot) => {
    expect(kwartaalPeriode({ jaar, kwartaal })).toEqual({ van, tot });
  });
  it('dagenTussen telt kalenderdagen, ook over de zomertijd', () => {
    expect(dagenTussen('2024-03-29', '2024-04-03')).toBe(5);
  });
});

describe('berekenIndicatoren (handberekende fixture, K2 2024)', () => {
  const r: Registraties = {
    verwijzingen: [
      // Received in Q2: these four and the last one. Within 5 days: #1 (2 days), #2 (5), the last (1);
      // #3 took 6 days; #4 is not picked up yet.
      {
        ontvangenOp: '2024-04-02',
        opgepaktOp: '2024-04-04',
        afgeslotenOp: '2024-05-10',
        uitkomst: 'opgelost',
      },
      {
        ontvangenOp: '2024-05-01',
        opgepaktOp: '2024-05-06',
        afgeslotenOp: '2024-06-30',
        uitkomst: 'niet-bereikt',
      },
      { ontvangenOp: '2024-06-20', opgepaktOp: '2024-06-26', afgeslotenOp: null, uitkomst: null },
      { ontvangenOp: '2024-06-30', opgepaktOp: null, afgeslotenOp: null, uitkomst: null },
      // Received in Q1, closed in Q2 as opgelost: counts for the share solved, not for received.
      {
        ontvangenOp: '2024-03-28',
        opgepaktOp: '2024-03-29',
        afgeslotenOp: '2024-04-15',
        uitkomst: 'opgelost',
      },
      // Closed in Q3: not in Q2.
      {
        ontvangenOp: '2024-06-01',
        opgepaktOp: '2024-06-02',
        afgeslotenOp: '2024-07-01',
        uitkomst: 'opgelost',
      },
    ],
    activiteiten: [
      { periodeVan: '2024-04-01', wijk: 'A', deelnemers: 12 },
      { periodeVan: '2024-05-01', wijk: 'A', deelnemers: 8 },
      { periodeVan: '2024-06-15', wijk: 'G', deelnemers: 25 },
      { periodeVan: '2024-03-31', wijk: 'H', deelnemers: 100 }, // Q1
    ],
    signalen: [{ datum: '2024-04-10' }, { datum: '2024-07-01' }],
  };
  // By hand: received 5 (the four above plus 2024-06-01); within 5 days 3 of 5 = 60,0 %;
  // closed in Q2 with an outcome 3 (05-10, 06-30, 04-15), solved 2 → 66,7 %;
  // activities 3, bereik 12 + 8 + 25 = 45, wijken 2 (A, G), signalen 1.
  const uit = berekenIndicatoren({ jaar: 2024, kwartaal: 2 }, r, [
    { code: 'verwijzingen-binnen-termijn', streefwaarde: 80, termijnDagen: 5 },
    { code: 'aandeel-opgelost', streefwaarde: 60 },
    { code: 'bereik', streefwaarde: 50 },
  ]);
  const per = Object.fromEntries(uit.map((w) => [w.code, w]));

  it('komt overeen met de handberekening', () => {
    expect(
      Object.fromEntries(
        uit.map((w) => [w.code, [w.gemeten, w.teller, w.noemer, w.streefwaarde, w.gehaald]]),
      ),
    ).toEqual({
      'verwijzingen-ontvangen': [5, null, null, null, null],
      'verwijzingen-binnen-termijn': [60, 3, 5, 80, false],
      'aandeel-opgelost': [66.7, 2, 3, 60, true],
      activiteiten: [3, null, null, null, null],
      bereik: [45, null, null, 50, false],
      'wijken-bereikt': [2, null, null, null, null],
      wijksignalen: [1, null, null, null, null],
    });
  });

  it('legt elke berekening in woorden uit', () => {
    expect(per['verwijzingen-binnen-termijn']!.berekening).toBe(
      '3 van de 5 ontvangen verwijzingen binnen 5 dagen geaccepteerd of afgewezen',
    );
  });

  it('een andere afgesproken termijn telt anders', () => {
    const w = berekenIndicatoren({ jaar: 2024, kwartaal: 2 }, r, [
      { code: 'verwijzingen-binnen-termijn', streefwaarde: 80, termijnDagen: 6 },
    ]).find((x) => x.code === 'verwijzingen-binnen-termijn')!;
    expect([w.teller, w.noemer, w.gemeten, w.gehaald]).toEqual([4, 5, 80, true]);
  });

  it('zonder registraties: aantallen 0, percentages niet te meten', () => {
    const leeg = berekenIndicatoren(
      { jaar: 2024, kwartaal: 2 },
      { verwijzingen: [], activiteiten: [], signalen: [] },
      [{ code: 'aandeel-opgelost', streefwaarde: 60 }],
    );
    const m = Object.fromEntries(leeg.map((w) => [w.code, [w.gemeten, w.gehaald]]));
    expect(m['verwijzingen-ontvangen']).toEqual([0, null]);
    expect(m['aandeel-opgelost']).toEqual([null, null]);
  });
});
