import { describe, expect, it } from 'vitest';
import { plusDagen, TermijnFout, weekdag } from './datum.ts';
import { type Kalender, LEGE_KALENDER, STANDAARD_KALENDER } from './kalender.ts';
import {
  atwVerlenging,
  berekenTermijn,
  beschikkingUiterlijk,
  bezwaarUiterlijk,
  dagenTot,
  isWerkdag,
  onderzoekUiterlijk,
  persoonlijkPlanUiterlijk,
  redenGeenWerkdag,
  termijnstatus,
  werkdagenTot,
  werkdagenTussen,
} from './termijnen.ts';

/**
 * Calendars used in the table:
 * - leeg: no gelijkgestelde dagen (weekends + Atw art. 3 lid 1/2 only);
 * - standaard: with the gelijkgestelde dagen of the 2023–2025 and 2026–2028 decrees;
 * - mei2043: hypothetical decree for 2043, when Hemelvaartsdag is 7 May (Pasen 29 March) and 5 May is
 *   a Tuesday: Monday 4, Wednesday 6 and Friday 8 May gelijkgesteld (the pattern described for such a
 *   year; makes 2–10 May one block of non-working days);
 * - vrijdag2035: hypothetical decree gelijkstelling of Friday 4 May 2035 (after Hemelvaartsdag 3 May).
 */
const KALENDERS = {
  leeg: LEGE_KALENDER,
  standaard: STANDAARD_KALENDER,
  mei2043: {
    gelijkgesteld: [
      { datum: '2043-05-04', omschrijving: 'maandag vóór 5 mei (test)' },
      { datum: '2043-05-06', omschrijving: 'woensdag tussen 5 mei en Hemelvaartsdag (test)' },
      { datum: '2043-05-08', omschrijving: 'vrijdag na Hemelvaartsdag (test)' },
    ],
  },
  vrijdag2035: { gelijkgesteld: [{ datum: '2035-05-04', omschrijving: 'vrijdag na Hemelvaartsdag (test)' }] },
} satisfies Record<string, Kalender>;
type KalenderNaam = keyof typeof KALENDERS;

const TERMIJNEN = {
  onderzoek: { functie: onderzoekUiterlijk, dagen: 42 },
  persoonlijkPlan: { functie: persoonlijkPlanUiterlijk, dagen: 7 },
  beschikking: { functie: beschikkingUiterlijk, dagen: 14 },
  bezwaar: { functie: bezwaarUiterlijk, dagen: 42 },
} as const;
type TermijnNaam = keyof typeof TERMIJNEN;

/**
 * [termijn, begindatum (melding/aanvraag/bekendmaking), kalender, ruwe einddatum, verwachte uiterste datum].
 * Every row worked out by hand; the comment gives the weekdays and the reasoning.
 */
const GEVALLEN: ReadonlyArray<[TermijnNaam, string, KalenderNaam, string, string, string]> = [
  // ── onderzoek: Wmo 2.3.2 lid 1, ontvangst + 6 weken ──
  ['onderzoek', '2024-01-18', 'leeg', '2024-02-29', '2024-02-29', 'do → do 29 feb (schrikkeldag), werkdag'],
  ['onderzoek', '2023-01-18', 'leeg', '2023-03-01', '2023-03-01', 'wo → wo 1 mrt (geen schrikkeljaar)'],
  ['onderzoek', '2024-03-02', 'leeg', '2024-04-13', '2024-04-15', 'za → za 13 apr → ma 15 apr'],
  [
    'onderzoek',
    '2026-02-21',
    'standaard',
    '2026-04-04',
    '2026-04-07',
    'za → za 4 apr (Paaszaterdag); zo Pasen, ma 2e Paasdag → di 7 apr',
  ],
  [
    'onderzoek',
    '2026-02-20',
    'standaard',
    '2026-04-03',
    '2026-04-07',
    'vr → vr 3 apr Goede Vrijdag; za, zo, ma 2e Paasdag → di 7 apr',
  ],
  [
    'onderzoek',
    '2025-04-28',
    'standaard',
    '2025-06-09',
    '2025-06-10',
    'ma → ma 9 jun 2e Pinksterdag → di 10 jun',
  ],
  [
    'onderzoek',
    '2025-04-26',
    'standaard',
    '2025-06-07',
    '2025-06-10',
    'za → za 7 jun; zo 1e, ma 2e Pinksterdag → di 10 jun',
  ],
  [
    'onderzoek',
    '2025-04-17',
    'leeg',
    '2025-05-29',
    '2025-05-30',
    'do → do 29 mei Hemelvaartsdag → vr 30 mei',
  ],
  [
    'onderzoek',
    '2025-04-17',
    'standaard',
    '2025-05-29',
    '2025-06-02',
    'do → do 29 mei Hemelvaart; vr 30 mei gelijkgesteld; za, zo → ma 2 jun',
  ],
  ['onderzoek', '2024-03-28', 'leeg', '2024-05-09', '2024-05-10', 'do → do 9 mei Hemelvaartsdag → vr 10 mei'],
  [
    'onderzoek',
    '2024-03-28',
    'standaard',
    '2024-05-09',
    '2024-05-13',
    'do → do 9 mei Hemelvaart; vr 10 mei gelijkgesteld → ma 13 mei',
  ],
  ['onderzoek', '2024-11-13', 'leeg', '2024-12-25', '2024-12-27', 'wo → wo 25 dec; do 26 dec → vr 27 dec'],
  [
    'onderzoek',
    '2024-11-13',
    'standaard',
    '2024-12-25',
    '2024-12-30',
    'wo → wo 25 dec; do 26; vr 27 gelijkgesteld; za, zo → ma 30 dec',
  ],
  [
    'onderzoek',
    '2025-11-13',
    'standaard',
    '2025-12-25',
    '2025-12-29',
    'do → do 25 dec; vr 26; za, zo → ma 29 dec',
  ],
  [
    'onderzoek',
    '2027-11-13',
    'standaard',
    '2027-12-25',
    '2027-12-27',
    'za → za 25 dec; zo 26 dec → ma 27 dec',
  ],
  [
    'onderzoek',
    '2022-11-19',
    'standaard',
    '2022-12-31',
    '2023-01-02',
    'za → za 31 dec; zo 1 jan Nieuwjaarsdag → ma 2 jan',
  ],
  ['onderzoek', '2033-11-19', 'leeg', '2033-12-31', '2034-01-02', 'za → za 31 dec; zo 1 jan → ma 2 jan 2034'],
  ['onderzoek', '2025-11-20', 'leeg', '2026-01-01', '2026-01-02', 'do → do 1 jan Nieuwjaarsdag → vr 2 jan'],
  [
    'onderzoek',
    '2025-11-20',
    'standaard',
    '2026-01-01',
    '2026-01-05',
    'do → do 1 jan; vr 2 jan gelijkgesteld; za, zo → ma 5 jan',
  ],
  ['onderzoek', '2026-03-24', 'standaard', '2026-05-05', '2026-05-06', 'di → di 5 mei → wo 6 mei'],
  [
    'onderzoek',
    '2025-03-22',
    'standaard',
    '2025-05-03',
    '2025-05-06',
    'za → za 3 mei; zo; ma 5 mei → di 6 mei',
  ],
  [
    'onderzoek',
    '2026-03-14',
    'standaard',
    '2026-04-25',
    '2026-04-28',
    'za → za 25 apr; zo; ma 27 apr Koningsdag → di 28 apr',
  ],
  ['onderzoek', '2028-03-16', 'leeg', '2028-04-27', '2028-04-28', 'do → do 27 apr Koningsdag → vr 28 apr'],
  [
    'onderzoek',
    '2028-03-16',
    'standaard',
    '2028-04-27',
    '2028-05-01',
    'do → do 27 apr Koningsdag; vr 28 apr gelijkgesteld → ma 1 mei',
  ],
  [
    'onderzoek',
    '2027-02-15',
    'standaard',
    '2027-03-29',
    '2027-03-30',
    'ma → ma 29 mrt 2e Paasdag → di 30 mrt',
  ],
  [
    'onderzoek',
    '2024-12-10',
    'standaard',
    '2025-01-21',
    '2025-01-21',
    'di → di 21 jan over de jaargrens, werkdag',
  ],
  [
    'onderzoek',
    '2025-03-15',
    'standaard',
    '2025-04-26',
    '2025-04-28',
    'za → za 26 apr Koningsdag (27e is zondag); zo → ma 28 apr',
  ],
  [
    'onderzoek',
    '2025-03-14',
    'standaard',
    '2025-04-25',
    '2025-04-25',
    'vr → vr 25 apr, werkdag (Koningsdag pas op za 26 apr)',
  ],
  // ── persoonlijk plan: Wmo 2.3.2 lid 2, melding + 7 dagen ──
  [
    'persoonlijkPlan',
    '2024-03-25',
    'standaard',
    '2024-04-01',
    '2024-04-02',
    'ma → ma 1 apr 2e Paasdag → di 2 apr',
  ],
  [
    'persoonlijkPlan',
    '2025-05-22',
    'leeg',
    '2025-05-29',
    '2025-05-30',
    'do → do 29 mei Hemelvaart → vr 30 mei',
  ],
  [
    'persoonlijkPlan',
    '2025-05-22',
    'standaard',
    '2025-05-29',
    '2025-06-02',
    'do → do 29 mei Hemelvaart; vr gelijkgesteld → ma 2 jun',
  ],
  [
    'persoonlijkPlan',
    '2025-12-19',
    'standaard',
    '2025-12-26',
    '2025-12-29',
    'vr → vr 26 dec 2e Kerstdag; za, zo → ma 29 dec',
  ],
  ['persoonlijkPlan', '2025-12-24', 'standaard', '2025-12-31', '2025-12-31', 'wo → wo 31 dec, werkdag'],
  [
    'persoonlijkPlan',
    '2025-12-25',
    'standaard',
    '2026-01-01',
    '2026-01-05',
    'do (melding op 1e Kerstdag) → do 1 jan; vr 2 jan gelijkgesteld → ma 5 jan',
  ],
  [
    'persoonlijkPlan',
    '2029-03-23',
    'leeg',
    '2029-03-30',
    '2029-04-03',
    'vr → vr 30 mrt Goede Vrijdag; za, zo Pasen, ma 2e Paasdag → di 3 apr',
  ],
  [
    'persoonlijkPlan',
    '2043-05-02',
    'mei2043',
    '2043-05-09',
    '2043-05-12',
    'za → za 9 mei → art. 1: ma 11 mei; in 3–11 mei alleen ma 11 werkdag → art. 2: di 12 mei',
  ],
  [
    'persoonlijkPlan',
    '2043-05-04',
    'mei2043',
    '2043-05-11',
    '2043-05-12',
    'ma → ma 11 mei werkdag, maar 5–11 mei bevat maar één werkdag → art. 2: di 12 mei',
  ],
  [
    'persoonlijkPlan',
    '2043-05-04',
    'leeg',
    '2043-05-11',
    '2043-05-11',
    'ma → ma 11 mei; wo 6 en vr 8 mei zijn werkdagen → geen art. 2',
  ],
  // ── beschikking: Wmo 2.3.5 lid 2, aanvraag + 2 weken ──
  [
    'beschikking',
    '2025-04-04',
    'standaard',
    '2025-04-18',
    '2025-04-22',
    'vr → vr 18 apr Goede Vrijdag; za, zo Pasen, ma 2e Paasdag → di 22 apr',
  ],
  [
    'beschikking',
    '2025-04-12',
    'standaard',
    '2025-04-26',
    '2025-04-28',
    'za → za 26 apr Koningsdag; zo → ma 28 apr',
  ],
  ['beschikking', '2025-12-16', 'standaard', '2025-12-30', '2025-12-30', 'di → di 30 dec, werkdag'],
  ['beschikking', '2024-12-11', 'leeg', '2024-12-25', '2024-12-27', 'wo → wo 25 dec; do 26 → vr 27 dec'],
  [
    'beschikking',
    '2024-12-11',
    'standaard',
    '2024-12-25',
    '2024-12-30',
    'wo → wo 25 dec; do 26; vr 27 gelijkgesteld → ma 30 dec',
  ],
  ['beschikking', '2026-12-17', 'standaard', '2026-12-31', '2026-12-31', 'do → do 31 dec, werkdag'],
  [
    'beschikking',
    '2026-12-18',
    'standaard',
    '2027-01-01',
    '2027-01-04',
    'vr → vr 1 jan Nieuwjaarsdag; za, zo → ma 4 jan',
  ],
  [
    'beschikking',
    '2028-02-15',
    'standaard',
    '2028-02-29',
    '2028-02-29',
    'di → di 29 feb (schrikkeldag), werkdag',
  ],
  ['beschikking', '2030-12-14', 'leeg', '2030-12-28', '2030-12-30', 'za → za 28 dec; zo → ma 30 dec'],
  [
    'beschikking',
    '2032-03-11',
    'leeg',
    '2032-03-25',
    '2032-03-25',
    'do → do 25 mrt (Witte Donderdag is geen feestdag)',
  ],
  [
    'beschikking',
    '2032-03-12',
    'leeg',
    '2032-03-26',
    '2032-03-30',
    'vr → vr 26 mrt Goede Vrijdag; za, zo Pasen, ma 2e Paasdag → di 30 mrt',
  ],
  // ── bezwaar: Awb 6:7/6:8, bekendmaking + 6 weken ──
  [
    'bezwaar',
    '2025-04-17',
    'standaard',
    '2025-05-29',
    '2025-06-02',
    'do → do 29 mei Hemelvaart; vr gelijkgesteld → ma 2 jun',
  ],
  ['bezwaar', '2024-11-18', 'standaard', '2024-12-30', '2024-12-30', 'ma → ma 30 dec, werkdag'],
  ['bezwaar', '2025-11-19', 'standaard', '2025-12-31', '2025-12-31', 'wo → wo 31 dec, werkdag'],
  [
    'bezwaar',
    '2025-11-20',
    'standaard',
    '2026-01-01',
    '2026-01-05',
    'do → do 1 jan; vr 2 jan gelijkgesteld → ma 5 jan',
  ],
  [
    'bezwaar',
    '2031-03-15',
    'leeg',
    '2031-04-26',
    '2031-04-28',
    'za → za 26 apr Koningsdag (27e is zondag); zo → ma 28 apr',
  ],
  ['bezwaar', '2031-03-14', 'leeg', '2031-04-25', '2031-04-25', 'vr → vr 25 apr, werkdag'],
  [
    'bezwaar',
    '2027-03-24',
    'leeg',
    '2027-05-05',
    '2027-05-07',
    'wo → wo 5 mei; do 6 mei Hemelvaart → vr 7 mei',
  ],
  [
    'bezwaar',
    '2027-03-24',
    'standaard',
    '2027-05-05',
    '2027-05-10',
    'wo → wo 5 mei; do 6 Hemelvaart; vr 7 gelijkgesteld; za, zo → ma 10 mei',
  ],
  [
    'bezwaar',
    '2027-04-03',
    'standaard',
    '2027-05-15',
    '2027-05-18',
    'za → za 15 mei; zo 1e, ma 17 mei 2e Pinksterdag → di 18 mei',
  ],
  [
    'bezwaar',
    '2030-03-08',
    'leeg',
    '2030-04-19',
    '2030-04-23',
    'vr → vr 19 apr Goede Vrijdag; za, zo, ma 2e Paasdag → di 23 apr',
  ],
  ['bezwaar', '2035-03-22', 'leeg', '2035-05-03', '2035-05-04', 'do → do 3 mei Hemelvaart → vr 4 mei'],
  [
    'bezwaar',
    '2035-03-22',
    'vrijdag2035',
    '2035-05-03',
    '2035-05-07',
    'do → do 3 mei Hemelvaart; vr 4 gelijkgesteld; za 5 mei; zo → ma 7 mei',
  ],
  [
    'bezwaar',
    '2043-03-21',
    'mei2043',
    '2043-05-02',
    '2043-05-11',
    'za → za 2 mei; zo 3; ma 4 g; di 5 mei; wo 6 g; do 7 Hemelvaart; vr 8 g; za, zo → ma 11 mei (9 dagen)',
  ],
  ['bezwaar', '2020-03-16', 'leeg', '2020-04-27', '2020-04-28', 'ma → ma 27 apr Koningsdag → di 28 apr'],
  [
    'bezwaar',
    '2023-03-16',
    'standaard',
    '2023-04-27',
    '2023-05-01',
    'do → do 27 apr Koningsdag; vr 28 apr gelijkgesteld → ma 1 mei',
  ],
];

describe('wettelijke termijnen: hand-verified table', () => {
  it('has at least 40 cases', () => {
    expect(GEVALLEN.length).toBeGreaterThanOrEqual(40);
  });

  it.each(GEVALLEN)('%s vanaf %s (%s): ruw %s → uiterlijk %s — %s', (termijn, begin, kal, ruw, verwacht) => {
    const { functie, dagen } = TERMIJNEN[termijn];
    const kalender = KALENDERS[kal];
    expect(plusDagen(begin, dagen)).toBe(ruw);
    expect(weekdag(ruw)).toBe(weekdag(begin)); // 7, 14 and 42 days: same weekday
    expect(functie(begin, kalender)).toBe(verwacht);
    expect(berekenTermijn(begin, dagen, kalender).einddatum).toBe(verwacht);
    expect(isWerkdag(verwacht, kalender)).toBe(true);
  });
});

describe('atwVerlenging (Atw art. 1 lid 1)', () => {
  it.each([
    ['2025-06-06', 'standaard', '2025-06-06'], // vr, werkdag: unchanged
    ['2025-06-07', 'standaard', '2025-06-10'], // za → zo 1e Pinksterdag → ma 2e Pinksterdag → di
    ['2025-06-08', 'standaard', '2025-06-10'], // zo 1e Pinksterdag
    ['2025-04-18', 'standaard', '2025-04-22'], // Goede Vrijdag
    ['2025-04-27', 'standaard', '2025-04-28'], // zo 27 april (geen Koningsdag in 2025) → ma 28
    ['2025-05-05', 'standaard', '2025-05-06'], // ma 5 mei → di
    ['2026-05-05', 'standaard', '2026-05-06'], // di 5 mei → wo
    ['2025-12-25', 'standaard', '2025-12-29'], // do 1e Kerstdag → vr 2e → za, zo → ma
    ['2024-12-25', 'leeg', '2024-12-27'], // wo → do 26 → vr 27 (zonder gelijkstelling)
    ['2024-12-25', 'standaard', '2024-12-30'], // met vr 27 dec gelijkgesteld → ma 30
    ['2032-12-25', 'leeg', '2032-12-27'], // za 25, zo 26 → ma 27
    ['2027-12-31', 'leeg', '2027-12-31'], // vr 31 dec: a working day, unchanged
    ['2028-01-01', 'leeg', '2028-01-03'], // za Nieuwjaarsdag, zo → ma 3 jan
  ] as const)('%s (%s) → %s', (eind, kal, verwacht) => {
    expect(atwVerlenging(eind, KALENDERS[kal])).toBe(verwacht);
  });

  it('rejects invalid dates and calendars with a TermijnFout', () => {
    expect(() => atwVerlenging('2025-02-29', LEGE_KALENDER)).toThrow(TermijnFout);
    expect(() => onderzoekUiterlijk('18-01-2024', LEGE_KALENDER)).toThrow(TermijnFout);
    expect(() =>
      bezwaarUiterlijk('2025-01-01', { gelijkgesteld: [{ datum: 'x', omschrijving: 'y' }] }),
    ).toThrow(TermijnFout);
    expect(() => berekenTermijn('2025-01-01', 0, LEGE_KALENDER)).toThrow(TermijnFout);
    expect(() => isWerkdag('2013-12-31', LEGE_KALENDER)).toThrow(TermijnFout); // before supported range
  });

  it('fails loudly on a calendar without any working day', () => {
    const alles: Kalender = {
      gelijkgesteld: Array.from({ length: 400 }, (_, i) => ({
        datum: plusDagen('2030-01-01', i),
        omschrijving: 'x',
      })),
    };
    expect(() => atwVerlenging('2030-01-01', alles)).toThrow(TermijnFout);
  });
});

describe('isWerkdag / redenGeenWerkdag', () => {
  it.each([
    ['2025-04-18', 'feestdag', 'Goede Vrijdag (Atw art. 3 lid 2)'],
    ['2025-04-21', 'feestdag', 'Tweede Paasdag (Atw art. 3 lid 1)'],
    ['2025-04-26', 'feestdag', 'Koningsdag (Atw art. 3 lid 1)'], // zaterdag, maar Koningsdag
    ['2025-04-20', 'zondag', 'zondag (Eerste Paasdag)'],
    ['2025-05-30', 'gelijkgesteld', undefined],
    ['2025-05-31', 'zaterdag', 'zaterdag'],
  ] as const)('%s is no working day: %s', (datum, soort, omschrijving) => {
    const reden = redenGeenWerkdag(datum, STANDAARD_KALENDER);
    expect(reden?.soort).toBe(soort);
    if (omschrijving) expect(reden?.omschrijving).toBe(omschrijving);
    expect(isWerkdag(datum, STANDAARD_KALENDER)).toBe(false);
  });

  it.each(['2025-04-28', '2025-04-17', '2024-12-24', '2024-12-31', '2026-04-28'])(
    '%s is a working day',
    (datum) => {
      expect(redenGeenWerkdag(datum, STANDAARD_KALENDER)).toBeNull();
      expect(isWerkdag(datum, STANDAARD_KALENDER)).toBe(true);
    },
  );

  it('treats a gelijkgestelde dag as working day when the calendar does not list it', () => {
    expect(isWerkdag('2025-05-30', LEGE_KALENDER)).toBe(true);
    expect(isWerkdag('2025-05-30', STANDAARD_KALENDER)).toBe(false);
  });
});

describe('berekenTermijn: explanation', () => {
  it('lists the days the term was extended for', () => {
    const b = berekenTermijn('2025-04-17', 42, STANDAARD_KALENDER);
    expect(b.ruweEinddatum).toBe('2025-05-29');
    expect(b.einddatum).toBe('2025-06-02');
    expect(b.verlengdWegens.map((v) => [v.datum, v.reden.soort])).toEqual([
      ['2025-05-29', 'feestdag'],
      ['2025-05-30', 'gelijkgesteld'],
      ['2025-05-31', 'zaterdag'],
      ['2025-06-01', 'zondag'],
    ]);
    expect(b.verlengdOpGrondVanArt2).toBe(false);
  });

  it('flags an Atw art. 2 extension', () => {
    const b = berekenTermijn('2043-05-04', 7, KALENDERS.mei2043);
    expect(b.einddatum).toBe('2043-05-12');
    expect(b.verlengdOpGrondVanArt2).toBe(true);
    expect(werkdagenTussen('2043-05-04', b.einddatum, KALENDERS.mei2043)).toBe(2);
  });

  it('does not apply art. 2 to terms shorter than three days', () => {
    // Hypothetical 2-day term from ma 4 mei 2043: raw end wo 6 mei (g) → do 7 Hemelvaart → vr 8 (g) → ma 11.
    const b = berekenTermijn('2043-05-04', 2, KALENDERS.mei2043);
    expect(b.einddatum).toBe('2043-05-11');
    expect(b.verlengdOpGrondVanArt2).toBe(false);
  });
});

describe('properties (every start date 2020-01-01 … 2035-10-31, both real calendars)', () => {
  const begin = '2020-01-01';
  const eind = '2035-10-31';
  for (const kal of ['leeg', 'standaard'] as const) {
    for (const termijn of Object.keys(TERMIJNEN) as TermijnNaam[]) {
      it(`${termijn} / ${kal}: a working day, never before the raw end, the first working day on or after it`, () => {
        const kalender = KALENDERS[kal];
        const { functie, dagen } = TERMIJNEN[termijn];
        for (let d = begin; d <= eind; d = plusDagen(d, 1)) {
          const ruw = plusDagen(d, dagen);
          const uiterlijk = functie(d, kalender);
          expect(isWerkdag(uiterlijk, kalender)).toBe(true);
          expect(uiterlijk >= ruw).toBe(true);
          // first working day on or after the raw end: every day in between is not a working day
          for (let x = ruw; x < uiterlijk; x = plusDagen(x, 1)) expect(isWerkdag(x, kalender)).toBe(false);
          expect(uiterlijk).toBe(atwVerlenging(ruw, kalender));
          // with the real calendars art. 2 never adds anything for these terms
          expect(berekenTermijn(d, dagen, kalender).verlengdOpGrondVanArt2).toBe(false);
          // sanity bound on the extension: 4 days without decrees (Goede Vrijdag → Tuesday, Thursday
          // 25 Dec → Monday); 5 with them (wo 5 mei 2027 → do Hemelvaart → vr gelijkgesteld → ma 10 mei)
          expect(dagenTot(ruw, uiterlijk)).toBeLessThanOrEqual(kal === 'leeg' ? 4 : 5);
        }
      });
    }
  }
});

describe('werkdagenTot / dagenTot', () => {
  it.each([
    // vandaag, deadline, kalender, werkdagen, dagen
    ['2025-05-26', '2025-06-02', 'standaard', 3, 7], // di 27, wo 28, ma 2 jun (do 29 Hemelvaart, vr 30 gelijkgesteld)
    ['2025-05-26', '2025-06-02', 'leeg', 4, 7], // di 27, wo 28, vr 30, ma 2 jun
    ['2025-06-02', '2025-06-02', 'standaard', 0, 0], // the deadline itself: last day
    ['2025-06-03', '2025-06-02', 'standaard', -1, -1], // di: 1 working day late
    ['2025-06-07', '2025-06-06', 'standaard', -1, -1], // za after a vr deadline: overdue, at least −1
    ['2025-06-10', '2025-06-06', 'standaard', -1, -4], // za, zo, ma 2e Pinksterdag, di → 1 working day late
    ['2025-06-11', '2025-06-06', 'standaard', -2, -5],
    // vr 19 dec → ma 5 jan: ma 22, di 23, wo 24, ma 29, di 30, wo 31 dec, ma 5 jan
    // (do 25, vr 26 dec, do 1 jan and vr 2 jan gelijkgesteld are not counted)
    ['2025-12-19', '2026-01-05', 'standaard', 7, 17],
  ] as const)(
    'vandaag %s, deadline %s (%s): %i werkdagen, %i dagen',
    (vandaag, deadline, kal, werkdagen, dagen) => {
      expect(werkdagenTot(vandaag, deadline, KALENDERS[kal])).toBe(werkdagen);
      expect(dagenTot(vandaag, deadline)).toBe(dagen);
    },
  );
});

describe('termijnstatus (traffic light)', () => {
  it.each([
    ['2025-05-01', 'standaard', 'ruim'], // 32 days
    ['2025-05-18', 'standaard', 'ruim'], // 15 days: "> 2 weeks"
    ['2025-05-19', 'standaard', 'binnen-twee-weken'], // 14 days
    ['2025-05-23', 'standaard', 'binnen-twee-weken'], // 4 working days left
    ['2025-05-26', 'standaard', 'binnen-drie-werkdagen'], // 3 working days left
    ['2025-05-26', 'leeg', 'binnen-twee-weken'], // without the gelijkgestelde vrijdag: 4 working days
    ['2025-06-02', 'standaard', 'binnen-drie-werkdagen'], // deadline day
    ['2025-06-03', 'standaard', 'verlopen'],
  ] as const)('vandaag %s, deadline 2025-06-02 (%s) → %s', (vandaag, kal, status) => {
    expect(termijnstatus(vandaag, '2025-06-02', KALENDERS[kal])).toBe(status);
  });

  it('is monotone: ruim → binnen-twee-weken → binnen-drie-werkdagen → verlopen as time passes', () => {
    const volgorde = ['ruim', 'binnen-twee-weken', 'binnen-drie-werkdagen', 'verlopen'];
    for (const deadline of ['2025-06-02', '2025-12-29', '2026-04-07', '2027-05-10']) {
      let vorige = 0;
      for (let d = plusDagen(deadline, -40); d <= plusDagen(deadline, 5); d = plusDagen(d, 1)) {
        const i = volgorde.indexOf(termijnstatus(d, deadline, STANDAARD_KALENDER));
        expect(i).toBeGreaterThanOrEqual(vorige);
        vorige = i;
      }
      expect(vorige).toBe(3);
    }
  });
});
