import { describe, expect, it } from 'vitest';
import { KALENDERS, TERMIJNEN, type TermijnNaam } from '../../../tests/support/termijnen.ts';
import { plusDagen, TermijnFout } from './datum.ts';
import { type Kalender, LEGE_KALENDER, STANDAARD_KALENDER } from './kalender.ts';
import {
  atwVerlenging,
  berekenTermijn,
  bezwaarUiterlijk,
  dagenTot,
  isWerkdag,
  onderzoekUiterlijk,
  redenGeenWerkdag,
  termijnstatus,
  werkdagenTot,
  werkdagenTussen,
} from './termijnen.ts';

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
