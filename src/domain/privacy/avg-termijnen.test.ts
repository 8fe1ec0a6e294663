import { describe, expect, it } from 'vitest';
import { LEGE_KALENDER, STANDAARD_KALENDER } from '../termijnen/kalender.ts';
import { avgTermijnen, plusMaanden, verlengingTijdig } from './avg-termijnen.ts';

describe('plusMaanden (Verordening 1182/71 art. 3 lid 2 sub c)', () => {
  it.each([
    ['2026-03-10', 1, '2026-04-10'],
    ['2026-01-31', 1, '2026-02-28'], // no 31 February: last day of the month
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-15', 1, '2027-01-15'], // over the year end
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-28'], // the same day number, not the end of the month
    ['2026-05-31', 0, '2026-05-31'],
  ])('%s + %i maand(en) = %s', (van, maanden, verwacht) => {
    expect(plusMaanden(van, maanden)).toBe(verwacht);
  });
  it('weigert negatieve en gebroken aantallen', () => {
    expect(() => plusMaanden('2026-01-01', -1)).toThrow();
    expect(() => plusMaanden('2026-01-01', 1.5)).toThrow();
  });
});

describe('avgTermijnen (AVG art. 12 lid 3, Verordening 1182/71 art. 3 lid 4)', () => {
  it.each([
    // received, answer by, extended answer by
    ['2026-03-10', '2026-04-10', '2026-06-10'], // Friday, Wednesday
    ['2028-01-31', '2028-02-29', '2028-05-01'], // 29 Feb 2028 Tuesday; 30 April 2028 Sunday → Monday 1 May
    ['2027-01-31', '2027-03-01', '2027-04-30'], // 28 Feb 2027 is a Sunday → Monday 1 March
    ['2026-01-31', '2026-03-02', '2026-04-30'], // 28 Feb 2026 is a Saturday → Monday 2 March
    ['2026-03-27', '2026-04-28', '2026-06-29'], // 27 April 2026 Koningsdag (Monday) → Tuesday; 27 June Saturday → Monday
  ])('ontvangen %s: uiterlijk %s, verlengd %s', (ontvangen, uiterlijk, verlengd) => {
    const t = avgTermijnen(ontvangen, STANDAARD_KALENDER);
    expect(t.afhandelingUiterlijk).toBe(uiterlijk);
    expect(t.verlengingMeldenUiterlijk).toBe(uiterlijk);
    expect(t.verlengdUiterlijk).toBe(verlengd);
  });
  it('Kerst: ontvangen 25 november, uiterlijk na de kerstdagen', () => {
    // 25 and 26 December 2027 are Saturday and Sunday anyway; 2026: Friday and Saturday → Monday 28.
    expect(avgTermijnen('2026-11-25', LEGE_KALENDER).afhandelingUiterlijk).toBe('2026-12-28');
  });
  it('een verlenging moet binnen de eerste maand gemeld worden', () => {
    expect(verlengingTijdig('2026-03-10', '2026-04-10', STANDAARD_KALENDER)).toBe(true);
    expect(verlengingTijdig('2026-03-10', '2026-04-11', STANDAARD_KALENDER)).toBe(false);
    expect(verlengingTijdig('2026-01-31', '2026-03-02', STANDAARD_KALENDER)).toBe(true);
  });
});
