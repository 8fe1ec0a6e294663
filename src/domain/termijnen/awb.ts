/**
 * The Awb around a Wmo decision: opschorting of the beslistermijn (4:15), dwangsom bij niet tijdig
 * beslissen (4:17–4:18), bezwaar (6:8, 6:9, 7:10) and klachten (9:11). Pure, like the rest of the
 * legal clock: dates are ISO calendar dates, "today" is a parameter, amounts are whole euro cents.
 *
 * One way of extending a term throughout (docs/awb.md): an opschorting or verdaging lengthens the
 * statutory term itself (its length in days), and the Atw (art. 1 and 2) is applied once, to the end
 * of the lengthened term. A term's end that was a Saturday is then not first moved to Monday and
 * lengthened from there.
 */
import { type IsoDatum, leesDatum, plusDagen, TermijnFout, verschilInDagen } from './datum.ts';
import type { Kalender } from './kalender.ts';
import { BESCHIKKING_TERMIJN_WEKEN, BEZWAAR_TERMIJN_WEKEN, berekenTermijn } from './termijnen.ts';

// Opschorting (Awb 4:15) --------------------------------------------------------------------------

/**
 * One suspension of the beslistermijn: the clock stands still from `van` (the first suspended day)
 * up to, not including, `tot` (the day it runs again). Awb 4:15 lid 1: "met ingang van de dag na die
 * waarop het bestuursorgaan [...] de aanvrager uitnodigt de aanvraag aan te vullen, tot de dag
 * waarop de aanvraag is aangevuld of de daarvoor gestelde termijn ongebruikt is verstreken".
 */
export interface Opschorting {
  readonly van: IsoDatum;
  readonly tot: IsoDatum;
}

/** Days the clock stood still in one opschorting (`tot` − `van`). */
export function opgeschorteDagen(o: Opschorting): number {
  return verschilInDagen(o.van, o.tot);
}

/** Why a new opschorting cannot be recorded, or null. */
export type OpschortingFout = 'eindigt-voor-begin' | 'overlapt' | 'voor-aanvraag' | 'na-termijn';

/**
 * Checks a new opschorting against the aanvraag and the ones already recorded:
 * - it must end after it starts (`tot` > `van`);
 * - it starts no earlier than the day after the aanvraag (4:15 lid 1: "met ingang van de dag na");
 * - it starts while the term still runs (`van` ≤ the current deadline): an expired term cannot be
 *   suspended afterwards;
 * - it does not overlap another (a day cannot be suspended twice; adjacent periods are fine).
 */
export function controleerOpschorting(
  nieuw: Opschorting,
  bestaand: ReadonlyArray<Opschorting>,
  aanvraagdatum: IsoDatum,
  huidigUiterlijk: IsoDatum,
): OpschortingFout | null {
  leesDatum(nieuw.van, 'van');
  leesDatum(nieuw.tot, 'tot');
  if (nieuw.tot <= nieuw.van) return 'eindigt-voor-begin';
  if (nieuw.van <= aanvraagdatum) return 'voor-aanvraag';
  if (nieuw.van > huidigUiterlijk) return 'na-termijn';
  if (bestaand.some((o) => nieuw.van < o.tot && o.van < nieuw.tot)) return 'overlapt';
  return null;
}

/**
 * Wmo 2015 art. 2.3.5 lid 2 (two weeks after receipt of the aanvraag) lengthened by every
 * opschorting (Awb 4:15): the deadline moves by exactly the suspended days, then Atw art. 1/2.
 * Periods must not overlap (`controleerOpschorting`); an overlap would count days twice.
 */
export function beschikkingUiterlijkMetOpschorting(
  aanvraagdatum: IsoDatum,
  opschortingen: ReadonlyArray<Opschorting>,
  kalender: Kalender,
): IsoDatum {
  const extra = opschortingen.reduce((som, o) => som + Math.max(0, opgeschorteDagen(o)), 0);
  return berekenTermijn(aanvraagdatum, BESCHIKKING_TERMIJN_WEKEN * 7 + extra, kalender).einddatum;
}

// Dwangsom bij niet tijdig beslissen (Awb 4:17) ----------------------------------------------------

/** Awb 4:17 lid 3: the bestuursorgaan keeps two weeks after the ingebrekestelling. */
export const DWANGSOM_RESPIJT_DAGEN = 14;
/** Awb 4:17 lid 1: the dwangsom is owed for at most 42 days. */
export const DWANGSOM_MAX_DAGEN = 42;
/** Awb 4:17 lid 2: € 23 per day for the first 14 days, € 35 for the next 14, € 45 after that (cents). */
export const DWANGSOM_TREDEN: ReadonlyArray<{ readonly dagen: number; readonly centPerDag: number }> = [
  { dagen: 14, centPerDag: 2300 },
  { dagen: 14, centPerDag: 3500 },
  { dagen: 14, centPerDag: 4500 },
];
/** 14 × 23 + 14 × 35 + 14 × 45 = € 1.442. */
export const DWANGSOM_MAXIMUM_CENT = 144_200;

/**
 * Awb 4:17 lid 3: "De eerste dag waarover de dwangsom verschuldigd is, is de dag waarop twee weken
 * zijn verstreken na de dag waarop de termijn voor het geven van de beschikking is verstreken en het
 * bestuursorgaan van de aanvrager een schriftelijke ingebrekestelling heeft ontvangen."
 *
 * The later of the last day of the beslistermijn and the day of receipt is day X; the two weeks are
 * X+1 … X+14 (the bestuursorgaan may still decide on X+14 without owing anything), so the first day
 * of the dwangsom is X + 15. The two weeks are a respite, not a term for an act: the Atw does not
 * lengthen them (the reading that favours the resident; docs/awb.md).
 */
export function dwangsomVanaf(
  beslistermijnUiterlijk: IsoDatum,
  ingebrekestellingOntvangen: IsoDatum,
): IsoDatum {
  leesDatum(beslistermijnUiterlijk, 'beslistermijnUiterlijk');
  leesDatum(ingebrekestellingOntvangen, 'ontvangstdatum');
  const x =
    ingebrekestellingOntvangen > beslistermijnUiterlijk ? ingebrekestellingOntvangen : beslistermijnUiterlijk;
  return plusDagen(x, DWANGSOM_RESPIJT_DAGEN + 1);
}

/** True when the ingebrekestelling arrived while the beslistermijn still ran (case law: premature). */
export function ingebrekestellingVoortijdig(beslistermijnUiterlijk: IsoDatum, ontvangen: IsoDatum): boolean {
  return ontvangen <= beslistermijnUiterlijk;
}

/** Amount (cents) owed for the first `dagen` days in default (Awb 4:17 lid 2, capped by lid 1). */
export function dwangsomBedragCent(dagen: number): number {
  if (!Number.isSafeInteger(dagen) || dagen < 0) {
    throw new TermijnFout('ongeldig-aantal', `Aantal dagen moet 0 of meer zijn: ${dagen}`, dagen);
  }
  let rest = Math.min(dagen, DWANGSOM_MAX_DAGEN);
  let bedrag = 0;
  for (const trede of DWANGSOM_TREDEN) {
    const n = Math.min(rest, trede.dagen);
    bedrag += n * trede.centPerDag;
    rest -= n;
  }
  return bedrag;
}

export interface DwangsomStand {
  /** First day the dwangsom is owed. */
  readonly vanaf: IsoDatum;
  /** Days owed as of the peildatum (0–42). */
  readonly dagen: number;
  /** Amount owed as of the peildatum, in cents. */
  readonly bedragCent: number;
  /** Last day owed so far (null when none); the 4:18 decision counts from the final one. */
  readonly laatsteDag: IsoDatum | null;
  /** True once no more days can be added: 42 days reached or the beschikking given. */
  readonly afgelopen: boolean;
}

/**
 * The dwangsom owed as of `peildatum` (Awb 4:17 lid 1–3): one amount per day in default from
 * `vanaf`, at most 42 days; no day is owed on or after the day the beschikking is given
 * (`besluitdatum`: from then the bestuursorgaan is no longer in default).
 */
export function dwangsomStand(
  vanaf: IsoDatum,
  peildatum: IsoDatum,
  besluitdatum: IsoDatum | null = null,
): DwangsomStand {
  leesDatum(vanaf, 'vanaf');
  leesDatum(peildatum, 'peildatum');
  if (besluitdatum !== null) leesDatum(besluitdatum, 'besluitdatum');
  // Last day that can count: the peildatum, or the day before the decision if that is earlier.
  const grens =
    besluitdatum !== null && plusDagen(besluitdatum, -1) < peildatum
      ? plusDagen(besluitdatum, -1)
      : peildatum;
  const dagen = Math.max(0, Math.min(DWANGSOM_MAX_DAGEN, verschilInDagen(vanaf, grens) + 1));
  const laatsteDag = dagen > 0 ? plusDagen(vanaf, dagen - 1) : null;
  const afgelopen = dagen === DWANGSOM_MAX_DAGEN || (besluitdatum !== null && besluitdatum <= peildatum);
  return { vanaf, dagen, bedragCent: dwangsomBedragCent(dagen), laatsteDag, afgelopen };
}

/**
 * Awb 4:18: the bestuursorgaan sets the dwangsom by beschikking "binnen twee weken na de laatste dag
 * waarover de dwangsom verschuldigd was" — a term for an act, so with the Atw.
 */
export function dwangsomVaststellingUiterlijk(laatsteDag: IsoDatum, kalender: Kalender): IsoDatum {
  return berekenTermijn(laatsteDag, 14, kalender).einddatum;
}

// Bezwaar (Awb 6:7–6:9, 7:10) ------------------------------------------------------------------------

/** Awb 6:9 lid 2: a bezwaarschrift posted in time may arrive up to a week after the term. */
export const BEZWAAR_POST_NALOOP_DAGEN = 7;

export interface BezwaarOntvangst {
  /** The day the bezwaarschrift was received. */
  readonly ontvangstdatum: IsoDatum;
  /** Postmark date, when sent by post (null: not by post or unknown). */
  readonly postdatum?: IsoDatum | null;
}

export type Tijdigheid = 'tijdig' | 'tijdig-per-post' | 'te-laat';

/**
 * Awb 6:9: "Een bezwaar- of beroepschrift is tijdig ingediend indien het voor het einde van de
 * termijn is ontvangen" (lid 1), or "bij verzending per post [...] indien het voor het einde van de
 * termijn ter post is bezorgd, mits het niet later dan een week na afloop van de termijn is
 * ontvangen" (lid 2). `bezwaarUiterlijk` is the last day of the term (6:7/6:8 with the Atw).
 * The week of lid 2 ends seven days after that last day, itself lengthened by the Atw (the resident
 * must not lose the week to a weekend or a holiday).
 */
export function bezwaarTijdigheid(
  bezwaarUiterlijk: IsoDatum,
  ontvangst: BezwaarOntvangst,
  kalender: Kalender,
): Tijdigheid {
  leesDatum(bezwaarUiterlijk, 'bezwaarUiterlijk');
  leesDatum(ontvangst.ontvangstdatum, 'ontvangstdatum');
  if (ontvangst.ontvangstdatum <= bezwaarUiterlijk) return 'tijdig';
  const post = ontvangst.postdatum ?? null;
  if (post !== null) {
    leesDatum(post, 'postdatum');
    const naloop = berekenTermijn(bezwaarUiterlijk, BEZWAAR_POST_NALOOP_DAGEN, kalender).einddatum;
    if (post <= bezwaarUiterlijk && ontvangst.ontvangstdatum <= naloop) return 'tijdig-per-post';
  }
  return 'te-laat';
}

/** Awb 7:10 lid 1: six weeks; twelve when an adviescommissie (7:13) advises. */
export const BEZWAAR_BESLISTERMIJN_WEKEN = 6;
export const BEZWAAR_BESLISTERMIJN_COMMISSIE_WEKEN = 12;
/** Awb 7:10 lid 3: verdaging by at most six weeks. */
export const BEZWAAR_VERDAGING_WEKEN = 6;

export interface BezwaarBeslistermijn {
  /** Day of bekendmaking of the beschikking. */
  readonly bekendmaking: IsoDatum;
  readonly adviescommissie: boolean;
  /** Awb 7:10 lid 3 used. */
  readonly verdaagd: boolean;
  /** Awb 7:10 lid 4: further uitstel with consent, in days (0 when none). */
  readonly uitstelDagen?: number;
  /** Awb 7:10 lid 2: days suspended while a pro-forma bezwaar could be repaired (6:6). */
  readonly herstelDagen?: number;
}

/**
 * Awb 7:10 lid 1: decide "binnen zes weken of – indien een commissie als bedoeld in artikel 7:13
 * is ingesteld – binnen twaalf weken, gerekend vanaf de dag na die waarop de termijn voor het
 * indienen van het bezwaarschrift is verstreken"; lid 3 six more weeks; lid 4 uitstel with consent.
 * Counted from the last day of the bezwaartermijn (6:7/6:8 with the Atw); Atw once at the end.
 */
export function bezwaarBeslissingUiterlijk(b: BezwaarBeslistermijn, kalender: Kalender): IsoDatum {
  const start = berekenTermijn(b.bekendmaking, BEZWAAR_TERMIJN_WEKEN * 7, kalender).einddatum;
  const weken =
    (b.adviescommissie ? BEZWAAR_BESLISTERMIJN_COMMISSIE_WEKEN : BEZWAAR_BESLISTERMIJN_WEKEN) +
    (b.verdaagd ? BEZWAAR_VERDAGING_WEKEN : 0);
  const uitstel = (b.uitstelDagen ?? 0) + (b.herstelDagen ?? 0);
  if (!Number.isSafeInteger(uitstel) || uitstel < 0) {
    throw new TermijnFout('ongeldig-aantal', `Uitstel moet 0 of meer dagen zijn: ${uitstel}`, uitstel);
  }
  return berekenTermijn(start, weken * 7 + uitstel, kalender).einddatum;
}

// Klachten (Awb 9:11) ----------------------------------------------------------------------------------

/** Awb 9:11 lid 1: six weeks, or ten with a klachtadviescommissie (9:14). */
export const KLACHT_TERMIJN_WEKEN = 6;
export const KLACHT_TERMIJN_COMMISSIE_WEKEN = 10;
/** Awb 9:11 lid 2: verdaging by at most four weeks. */
export const KLACHT_VERDAGING_WEKEN = 4;

/**
 * Awb 9:11 lid 1: the complaint is handled "binnen zes weken of – indien een commissie als bedoeld
 * in artikel 9:14 is ingesteld – binnen tien weken na ontvangst van het klaagschrift"; lid 2: at
 * most four weeks more. From the day after receipt, Atw once at the end.
 */
export function klachtAfhandelingUiterlijk(
  ontvangstdatum: IsoDatum,
  klachtadviescommissie: boolean,
  verdaagd: boolean,
  kalender: Kalender,
): IsoDatum {
  const weken =
    (klachtadviescommissie ? KLACHT_TERMIJN_COMMISSIE_WEKEN : KLACHT_TERMIJN_WEKEN) +
    (verdaagd ? KLACHT_VERDAGING_WEKEN : 0);
  return berekenTermijn(ontvangstdatum, weken * 7, kalender).einddatum;
}
