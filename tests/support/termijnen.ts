import { type Kalender, LEGE_KALENDER, STANDAARD_KALENDER } from '../../src/domain/termijnen/kalender.ts';
import {
  beschikkingUiterlijk,
  bezwaarUiterlijk,
  onderzoekUiterlijk,
  persoonlijkPlanUiterlijk,
} from '../../src/domain/termijnen/termijnen.ts';

/**
 * Calendars used in the table:
 * - leeg: no gelijkgestelde dagen (weekends + Atw art. 3 lid 1/2 only);
 * - standaard: with the gelijkgestelde dagen of the 2023–2025 and 2026–2028 decrees;
 * - mei2043: hypothetical decree for 2043, when Hemelvaartsdag is 7 May (Pasen 29 March) and 5 May is
 *   a Tuesday: Monday 4, Wednesday 6 and Friday 8 May gelijkgesteld (the pattern described for such a
 *   year; makes 2–10 May one block of non-working days);
 * - vrijdag2035: hypothetical decree gelijkstelling of Friday 4 May 2035 (after Hemelvaartsdag 3 May).
 */
export const KALENDERS = {
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
export type KalenderNaam = keyof typeof KALENDERS;

export const TERMIJNEN = {
  onderzoek: { functie: onderzoekUiterlijk, dagen: 42 },
  persoonlijkPlan: { functie: persoonlijkPlanUiterlijk, dagen: 7 },
  beschikking: { functie: beschikkingUiterlijk, dagen: 14 },
  bezwaar: { functie: bezwaarUiterlijk, dagen: 42 },
} as const;
export type TermijnNaam = keyof typeof TERMIJNEN;
