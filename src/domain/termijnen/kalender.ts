/**
 * Days gelijkgesteld with an algemeen erkende feestdag by decree (Atw art. 3 lid 3).
 *
 * The government designates these days by Koninklijk besluit ("Besluit gelijkstelling van … met een
 * algemeen erkende feestdag", published in the Staatscourant), usually once every three years and
 * typically the Friday after Hemelvaartsdag and "bridge days" next to a Thursday/Tuesday holiday.
 * They cannot be computed, so they are input: functioneel beheer maintains the `Kalender` (a
 * configuration screen / table) and every deadline computation takes it as a parameter.
 */
import { type IsoDatum, isIsoDatum, TermijnFout } from './datum.ts';

export interface GelijkgesteldeDag {
  /** 'YYYY-MM-DD' */
  readonly datum: IsoDatum;
  /** What the day is and, preferably, the decree that designates it. */
  readonly omschrijving: string;
}

/** The editable part of the legal calendar, maintained by functioneel beheer. */
export interface Kalender {
  readonly gelijkgesteld: ReadonlyArray<GelijkgesteldeDag>;
}

/** A calendar without any gelijkgestelde dagen (only weekends and Atw art. 3 lid 1/2 days count). */
export const LEGE_KALENDER: Kalender = Object.freeze({ gelijkgesteld: Object.freeze([]) });

const BESLUIT_2023_2025 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag';
const BESLUIT_2026_2028 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag';

/**
 * Gelijkgestelde dagen from the two most recent decrees, as their titles list them. Each date was
 * checked to be the bridge day it should be (Friday after a Thursday holiday). Functioneel beheer
 * must verify this list against the Staatscourant (officielebekendmakingen.nl) when seeding a
 * municipality's calendar, and add later decrees; earlier years (before 2023) are deliberately not
 * included because we could not verify them.
 */
export const DEFAULT_GELIJKGESTELDE_DAGEN: ReadonlyArray<GelijkgesteldeDag> = Object.freeze([
  { datum: '2023-04-28', omschrijving: `Vrijdag na Koningsdag (${BESLUIT_2023_2025})` },
  { datum: '2023-05-19', omschrijving: `Vrijdag na Hemelvaartsdag (${BESLUIT_2023_2025})` },
  { datum: '2024-05-10', omschrijving: `Vrijdag na Hemelvaartsdag (${BESLUIT_2023_2025})` },
  { datum: '2024-12-27', omschrijving: `Vrijdag na Tweede Kerstdag (${BESLUIT_2023_2025})` },
  { datum: '2025-05-30', omschrijving: `Vrijdag na Hemelvaartsdag (${BESLUIT_2023_2025})` },
  { datum: '2026-01-02', omschrijving: `Vrijdag na Nieuwjaarsdag (${BESLUIT_2026_2028})` },
  { datum: '2026-05-15', omschrijving: `Vrijdag na Hemelvaartsdag (${BESLUIT_2026_2028})` },
  { datum: '2027-05-07', omschrijving: `Vrijdag na Hemelvaartsdag (${BESLUIT_2026_2028})` },
  { datum: '2028-04-28', omschrijving: `Vrijdag na Koningsdag (${BESLUIT_2026_2028})` },
  { datum: '2028-05-26', omschrijving: `Vrijdag na Hemelvaartsdag (${BESLUIT_2026_2028})` },
]);

/** A calendar seeded with `DEFAULT_GELIJKGESTELDE_DAGEN`: the starting point for functioneel beheer. */
export const STANDAARD_KALENDER: Kalender = Object.freeze({ gelijkgesteld: DEFAULT_GELIJKGESTELDE_DAGEN });

/**
 * Checks a calendar (e.g. entered by functioneel beheer) and throws `TermijnFout('ongeldige-kalender')`
 * on an invalid date or an empty omschrijving. Duplicate dates are allowed (harmless).
 */
export function valideerKalender(kalender: Kalender): Kalender {
  if (!kalender || !Array.isArray(kalender.gelijkgesteld)) {
    throw new TermijnFout('ongeldige-kalender', 'Kalender moet een lijst gelijkgesteld bevatten.', kalender);
  }
  for (const [i, dag] of kalender.gelijkgesteld.entries()) {
    if (!isIsoDatum(dag?.datum)) {
      throw new TermijnFout(
        'ongeldige-kalender',
        `gelijkgesteld[${i}].datum is geen geldige kalenderdatum (JJJJ-MM-DD): ${JSON.stringify(dag?.datum)}`,
        dag,
      );
    }
    if (typeof dag.omschrijving !== 'string' || dag.omschrijving.trim() === '') {
      throw new TermijnFout('ongeldige-kalender', `gelijkgesteld[${i}].omschrijving ontbreekt.`, dag);
    }
  }
  return kalender;
}

/** The gelijkgestelde dag on `datum`, if the calendar has one. */
export function gelijkgesteldeDagOp(datum: IsoDatum, kalender: Kalender): GelijkgesteldeDag | undefined {
  valideerKalender(kalender);
  return kalender.gelijkgesteld.find((d) => d.datum === datum);
}
