/**
 * Algemeen erkende feestdagen in the sense of the Algemene termijnenwet (Atw), art. 3.
 *
 * Atw art. 3 lid 1: "Algemeen erkende feestdagen in de zin van deze wet zijn: de Nieuwjaarsdag, de
 * Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de Hemelvaartsdag, de dag waarop de
 * verjaardag van de Koning wordt gevierd en de vijfde mei."
 * Atw art. 3 lid 2: Goede Vrijdag is for the Atw gelijkgesteld with these days.
 * Atw art. 3 lid 3: other days can be gelijkgesteld by (Koninklijk) besluit — those are NOT computed
 * here; they are input (see `kalender.ts`).
 *
 * Eerste Paasdag and eerste Pinksterdag are not named in art. 3 (they are always Sundays and thus
 * already non-working days under art. 1); they are in the list for completeness (calendar display),
 * marked with `grondslag: 'zondag'`.
 */
import {
  dagnummer,
  type IsoDatum,
  leesDatum,
  maakDatum,
  TermijnFout,
  vanDagnummer,
  weekdag,
} from './datum.ts';

/**
 * First year this module supports. Koningsdag (27 April) exists since 2014 (before: Koninginnedag,
 * 30 April, with other rules), and the Wmo 2015 applies from 1 January 2015, so no Wmo term can
 * depend on an earlier calendar. Rather than guess at old rules we refuse earlier years.
 */
export const EERSTE_ONDERSTEUNDE_JAAR = 2014;
export const LAATSTE_ONDERSTEUNDE_JAAR = 9999;

export type FeestdagNaam =
  | 'Nieuwjaarsdag'
  | 'Goede Vrijdag'
  | 'Eerste Paasdag'
  | 'Tweede Paasdag'
  | 'Koningsdag'
  | 'Bevrijdingsdag'
  | 'Hemelvaartsdag'
  | 'Eerste Pinksterdag'
  | 'Tweede Pinksterdag'
  | 'Eerste Kerstdag'
  | 'Tweede Kerstdag';

/** Where a day's status comes from. */
export type FeestdagGrondslag = 'Atw art. 3 lid 1' | 'Atw art. 3 lid 2' | 'zondag';

export interface Feestdag {
  readonly datum: IsoDatum;
  readonly naam: FeestdagNaam;
  readonly grondslag: FeestdagGrondslag;
}

function controleerJaar(jaar: number, minimum: number): void {
  if (!Number.isInteger(jaar) || jaar < minimum || jaar > LAATSTE_ONDERSTEUNDE_JAAR) {
    throw new TermijnFout(
      'jaar-buiten-bereik',
      `Jaar ${jaar} wordt niet ondersteund (toegestaan: ${minimum}–${LAATSTE_ONDERSTEUNDE_JAAR}).`,
      jaar,
    );
  }
}

/**
 * Date of Easter Sunday (eerste Paasdag) in the Gregorian calendar: the anonymous Gregorian
 * computus as published by Meeus ("Astronomical Algorithms"; also known as Meeus/Jones/Butcher).
 * Valid for every Gregorian year (1583 and later).
 */
export function pasen(jaar: number): IsoDatum {
  controleerJaar(jaar, 1583);
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return maakDatum(jaar, maand, dag);
}

/**
 * Koningsdag: "de dag waarop de verjaardag van de Koning wordt gevierd" (Atw art. 3 lid 1). King
 * Willem-Alexander's birthday is 27 April; by royal decree the day is never celebrated on a Sunday,
 * so when 27 April is a Sunday Koningsdag is Saturday 26 April (as in 2014, 2025, 2031).
 * Assumption: the King's birthday stays 27 April for every supported year (a change of monarch would
 * change this rule; update this function then).
 */
export function koningsdag(jaar: number): IsoDatum {
  controleerJaar(jaar, EERSTE_ONDERSTEUNDE_JAAR);
  const zevenentwintig = maakDatum(jaar, 4, 27);
  return weekdag(zevenentwintig) === 7 ? maakDatum(jaar, 4, 26) : zevenentwintig;
}

const cache = new Map<number, readonly Feestdag[]>();

/**
 * All algemeen erkende feestdagen of `jaar` (Atw art. 3 lid 1 and lid 2), sorted by date, each with
 * its Dutch name and legal basis:
 * - Nieuwjaarsdag (1 januari) — art. 3 lid 1
 * - Goede Vrijdag (Pasen − 2) — art. 3 lid 2 (gelijkgesteld)
 * - Eerste Paasdag (Pasen) — a Sunday, not named in art. 3
 * - Tweede Paasdag (Pasen + 1) — art. 3 lid 1
 * - Koningsdag (27 april; 26 april als 27 april een zondag is) — art. 3 lid 1
 * - Bevrijdingsdag ("de vijfde mei", every year) — art. 3 lid 1
 * - Hemelvaartsdag (Pasen + 39) — art. 3 lid 1
 * - Eerste Pinksterdag (Pasen + 49) — a Sunday, not named in art. 3
 * - Tweede Pinksterdag (Pasen + 50) — art. 3 lid 1
 * - Eerste en Tweede Kerstdag (25 en 26 december) — art. 3 lid 1
 * Days gelijkgesteld by decree (art. 3 lid 3) are not included: see `Kalender`.
 * Two entries can share a date (Hemelvaartsdag falls on 5 May when Easter is 27 March, e.g. 2016).
 */
export function algemeenErkendeFeestdagen(jaar: number): readonly Feestdag[] {
  controleerJaar(jaar, EERSTE_ONDERSTEUNDE_JAAR);
  const bekend = cache.get(jaar);
  if (bekend) return bekend;
  const p = dagnummer(pasen(jaar));
  const lid1 = 'Atw art. 3 lid 1' as const;
  const dagen: Feestdag[] = [
    { datum: maakDatum(jaar, 1, 1), naam: 'Nieuwjaarsdag', grondslag: lid1 },
    { datum: vanDagnummer(p - 2), naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2' },
    { datum: vanDagnummer(p), naam: 'Eerste Paasdag', grondslag: 'zondag' },
    { datum: vanDagnummer(p + 1), naam: 'Tweede Paasdag', grondslag: lid1 },
    { datum: koningsdag(jaar), naam: 'Koningsdag', grondslag: lid1 },
    { datum: maakDatum(jaar, 5, 5), naam: 'Bevrijdingsdag', grondslag: lid1 },
    { datum: vanDagnummer(p + 39), naam: 'Hemelvaartsdag', grondslag: lid1 },
    { datum: vanDagnummer(p + 49), naam: 'Eerste Pinksterdag', grondslag: 'zondag' },
    { datum: vanDagnummer(p + 50), naam: 'Tweede Pinksterdag', grondslag: lid1 },
    { datum: maakDatum(jaar, 12, 25), naam: 'Eerste Kerstdag', grondslag: lid1 },
    { datum: maakDatum(jaar, 12, 26), naam: 'Tweede Kerstdag', grondslag: lid1 },
  ];
  // ISO dates sort lexicographically; a stable sort keeps the legal order for equal dates.
  dagen.sort((x, y) => (x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0));
  const resultaat = Object.freeze(dagen.map((d) => Object.freeze(d)));
  cache.set(jaar, resultaat);
  return resultaat;
}

/** The feestdagen (Atw art. 3 lid 1/2) that fall on `datum`; empty when none. */
export function feestdagenOp(datum: IsoDatum): readonly Feestdag[] {
  const { jaar } = leesDatum(datum);
  return algemeenErkendeFeestdagen(jaar).filter((f) => f.datum === datum);
}
