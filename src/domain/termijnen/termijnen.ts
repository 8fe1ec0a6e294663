/**
 * The legal clock: statutory terms of the Wmo 2015 and the Awb, extended per the Algemene
 * termijnenwet (Atw). Every deadline in the product comes from this module.
 *
 * Pure: no IO, no `Date`, no clock, no timezone. Dates are ISO calendar dates ('YYYY-MM-DD');
 * "today" is always a parameter.
 *
 * How a term is counted (docs/woordenlijst.md, "Termijnen tellen"):
 * 1. The term starts the day after the event (melding, aanvraag, bekendmaking) — cf. Awb 6:8 lid 1
 *    for the bezwaartermijn; for terms "binnen N weken na ontvangst" the same counting is used.
 *    A term of N weeks from day D therefore ends on D + 7N (the same weekday as D); a term of
 *    N days ends on D + N.
 * 2. Atw art. 1 lid 1: a statutory term that ends on a Saturday, Sunday or algemeen erkende feestdag
 *    (incl. Goede Vrijdag, art. 3 lid 2, and days gelijkgesteld by decree, art. 3 lid 3) is extended
 *    to the first following day that is none of these.
 * 3. Atw art. 2: a statutory term of at least three days is extended where necessary so that it
 *    contains at least two days that are none of these. (Only matters for short terms around
 *    clusters of holidays, e.g. the 7-day persoonlijk-plan term.)
 */
import {
  dagnummer,
  type IsoDatum,
  leesDatum,
  plusDagen,
  plusWeken,
  TermijnFout,
  vanDagnummer,
  verschilInDagen,
  weekdag,
} from './datum.ts';
import { algemeenErkendeFeestdagen, type Feestdag } from './feestdagen.ts';
import { type Kalender, valideerKalender } from './kalender.ts';

export { plusDagen, plusWeken };

/** Why a day is not a working day in the sense of the Atw. */
export type NietWerkdagReden =
  | { readonly soort: 'zaterdag' | 'zondag'; readonly omschrijving: string }
  | { readonly soort: 'feestdag'; readonly omschrijving: string; readonly feestdag: Feestdag }
  | { readonly soort: 'gelijkgesteld'; readonly omschrijving: string };

/** Guard against a calendar that (absurdly) marks every day as gelijkgesteld. */
const MAX_VERLENGING_DAGEN = 366;

interface Context {
  readonly gelijkgesteld: ReadonlyMap<IsoDatum, string>;
  /**
   * Working day or not, per day number, filled as days are asked: a worklist page asks the same
   * few weeks for each of its rows (measured: counting day by day was a tenth of the server's time).
   */
  readonly werkdag: Map<number, boolean>;
}

/** One context per calendar object: a `Kalender` is immutable (its type is readonly throughout). */
const contexten = new WeakMap<Kalender, Context>();

function context(kalender: Kalender): Context {
  const bekend = contexten.get(kalender);
  if (bekend) return bekend;
  valideerKalender(kalender);
  const gelijkgesteld = new Map<IsoDatum, string>();
  for (const dag of kalender.gelijkgesteld) {
    if (!gelijkgesteld.has(dag.datum)) gelijkgesteld.set(dag.datum, dag.omschrijving);
  }
  const ctx: Context = { gelijkgesteld, werkdag: new Map() };
  contexten.set(kalender, ctx);
  return ctx;
}

function isWerkdagNummer(n: number, ctx: Context): boolean {
  let werkdag = ctx.werkdag.get(n);
  if (werkdag === undefined) {
    werkdag = redenIntern(vanDagnummer(n), ctx) === null;
    ctx.werkdag.set(n, werkdag);
  }
  return werkdag;
}

function redenIntern(datum: IsoDatum, ctx: Context): NietWerkdagReden | null {
  const wd = weekdag(datum);
  const feestdag = algemeenErkendeFeestdagen(leesDatum(datum).jaar).find((f) => f.datum === datum);
  if (feestdag && feestdag.grondslag !== 'zondag') {
    return { soort: 'feestdag', omschrijving: `${feestdag.naam} (${feestdag.grondslag})`, feestdag };
  }
  if (wd === 6) return { soort: 'zaterdag', omschrijving: 'zaterdag' };
  if (wd === 7) return { soort: 'zondag', omschrijving: feestdag ? `zondag (${feestdag.naam})` : 'zondag' };
  const gelijk = ctx.gelijkgesteld.get(datum);
  if (gelijk !== undefined) return { soort: 'gelijkgesteld', omschrijving: gelijk };
  return null;
}

/**
 * Why `datum` is not a working day (Atw art. 1 lid 1, art. 3), or `null` when it is one. A weekday
 * feestdag reports the feestdag; a feestdag on a Sunday reports the Sunday.
 */
export function redenGeenWerkdag(datum: IsoDatum, kalender: Kalender): NietWerkdagReden | null {
  return redenIntern(datum, context(kalender));
}

/**
 * Working day in the sense of the Atw: not a Saturday or Sunday (art. 1 lid 1), not an algemeen
 * erkende feestdag (art. 3 lid 1), not Goede Vrijdag (art. 3 lid 2) and not a day gelijkgesteld by
 * decree that is in `kalender` (art. 3 lid 3).
 */
export function isWerkdag(datum: IsoDatum, kalender: Kalender): boolean {
  return redenIntern(datum, context(kalender)) === null;
}

function eersteWerkdagVanaf(datum: IsoDatum, ctx: Context): IsoDatum {
  let d = datum;
  for (let i = 0; i <= MAX_VERLENGING_DAGEN; i++) {
    if (redenIntern(d, ctx) === null) return d;
    d = plusDagen(d, 1);
  }
  throw new TermijnFout(
    'ongeldige-kalender',
    `Geen werkdag gevonden binnen ${MAX_VERLENGING_DAGEN} dagen na ${datum}; controleer de kalender.`,
    datum,
  );
}

/**
 * Atw art. 1 lid 1: "Een in een wet gestelde termijn die op een zaterdag, zondag of algemeen erkende
 * feestdag eindigt, wordt verlengd tot en met de eerstvolgende dag die niet een zaterdag, zondag of
 * algemeen erkende feestdag is." Returns `einddatum` itself when it is a working day, otherwise the
 * first working day after it (repeated over consecutive non-working days).
 */
export function atwVerlenging(einddatum: IsoDatum, kalender: Kalender): IsoDatum {
  leesDatum(einddatum, 'einddatum');
  return eersteWerkdagVanaf(einddatum, context(kalender));
}

function telWerkdagen(vanafExclusief: IsoDatum, totEnMet: IsoDatum, ctx: Context): number {
  let aantal = 0;
  const eind = dagnummer(totEnMet);
  for (let n = dagnummer(vanafExclusief) + 1; n <= eind; n++) {
    if (isWerkdagNummer(n, ctx)) aantal++;
  }
  return aantal;
}

/** Number of working days d with `van` < d ≤ `totEnMet` (0 when `totEnMet` ≤ `van`). */
export function werkdagenTussen(van: IsoDatum, totEnMet: IsoDatum, kalender: Kalender): number {
  leesDatum(van, 'van');
  leesDatum(totEnMet, 'totEnMet');
  return telWerkdagen(van, totEnMet, context(kalender));
}

/** Minimum number of working days a term of ≥ 3 days must contain (Atw art. 2). */
export const ATW_ART2_MINIMUM_WERKDAGEN = 2;
/** Atw art. 2 applies to terms of at least this many days. */
export const ATW_ART2_MINIMALE_TERMIJN_DAGEN = 3;

export interface TermijnBerekening {
  /** The day of the event; the term starts the day after. */
  readonly aanvangsdatum: IsoDatum;
  /** Length of the term in calendar days (weeks × 7). */
  readonly termijnDagen: number;
  /** aanvangsdatum + termijnDagen, before any Atw extension. */
  readonly ruweEinddatum: IsoDatum;
  /** The last day of the term after Atw art. 1 and art. 2: the deadline ("uiterlijk"). */
  readonly einddatum: IsoDatum;
  /** Non-working days from the raw end date up to (not including) the final end date. */
  readonly verlengdWegens: ReadonlyArray<{ readonly datum: IsoDatum; readonly reden: NietWerkdagReden }>;
  /** True when Atw art. 2 (two working days) extended the term beyond the art. 1 result. */
  readonly verlengdOpGrondVanArt2: boolean;
}

/**
 * A statutory term of `termijnDagen` calendar days that starts the day after `aanvangsdatum`, with
 * the Atw applied: raw end = aanvangsdatum + termijnDagen; then art. 1 lid 1 (extend to the first
 * working day) and, for terms of ≥ 3 days, art. 2 (at least two working days in the term).
 */
export function berekenTermijn(
  aanvangsdatum: IsoDatum,
  termijnDagen: number,
  kalender: Kalender,
): TermijnBerekening {
  leesDatum(aanvangsdatum, 'aanvangsdatum');
  if (!Number.isSafeInteger(termijnDagen) || termijnDagen < 1) {
    throw new TermijnFout(
      'ongeldig-aantal',
      `Termijn moet een positief aantal dagen zijn: ${termijnDagen}`,
      termijnDagen,
    );
  }
  const ctx = context(kalender);
  const ruweEinddatum = plusDagen(aanvangsdatum, termijnDagen);
  let einddatum = eersteWerkdagVanaf(ruweEinddatum, ctx);
  let verlengdOpGrondVanArt2 = false;
  if (termijnDagen >= ATW_ART2_MINIMALE_TERMIJN_DAGEN) {
    while (telWerkdagen(aanvangsdatum, einddatum, ctx) < ATW_ART2_MINIMUM_WERKDAGEN) {
      einddatum = eersteWerkdagVanaf(plusDagen(einddatum, 1), ctx);
      verlengdOpGrondVanArt2 = true;
    }
  }
  const verlengdWegens: Array<{ datum: IsoDatum; reden: NietWerkdagReden }> = [];
  for (let d = ruweEinddatum; d < einddatum; d = plusDagen(d, 1)) {
    const reden = redenIntern(d, ctx);
    if (reden) verlengdWegens.push({ datum: d, reden });
  }
  return { aanvangsdatum, termijnDagen, ruweEinddatum, einddatum, verlengdWegens, verlengdOpGrondVanArt2 };
}

/** Wmo 2015 art. 2.3.2 lid 1: onderzoek within six weeks of receipt of the melding. */
export const ONDERZOEK_TERMIJN_WEKEN = 6;
/** Wmo 2015 art. 2.3.2 lid 2: persoonlijk plan within seven days of the melding. */
export const PERSOONLIJK_PLAN_TERMIJN_DAGEN = 7;
/** Wmo 2015 art. 2.3.5 lid 2: beschikking within two weeks of receipt of the aanvraag. */
export const BESCHIKKING_TERMIJN_WEKEN = 2;
/** Awb art. 6:7: bezwaartermijn of six weeks. */
export const BEZWAAR_TERMIJN_WEKEN = 6;

/**
 * Wmo 2015 art. 2.3.2 lid 1: the college completes the onderzoek "binnen zes weken na ontvangst van
 * de melding": ontvangstdatum + 42 days, then Atw art. 1/2.
 */
export function onderzoekUiterlijk(ontvangstdatum: IsoDatum, kalender: Kalender): IsoDatum {
  return berekenTermijn(ontvangstdatum, ONDERZOEK_TERMIJN_WEKEN * 7, kalender).einddatum;
}

/**
 * Wmo 2015 art. 2.3.2 lid 2: the resident may hand in a persoonlijk plan "binnen zeven dagen na de
 * melding": ontvangstdatum + 7 days, then Atw art. 1/2.
 */
export function persoonlijkPlanUiterlijk(ontvangstdatum: IsoDatum, kalender: Kalender): IsoDatum {
  return berekenTermijn(ontvangstdatum, PERSOONLIJK_PLAN_TERMIJN_DAGEN, kalender).einddatum;
}

/**
 * Wmo 2015 art. 2.3.5 lid 2: the college decides on an aanvraag "binnen twee weken na ontvangst van
 * de aanvraag": aanvraagdatum (date of receipt) + 14 days, then Atw art. 1/2.
 */
export function beschikkingUiterlijk(aanvraagdatum: IsoDatum, kalender: Kalender): IsoDatum {
  return berekenTermijn(aanvraagdatum, BESCHIKKING_TERMIJN_WEKEN * 7, kalender).einddatum;
}

/**
 * Awb art. 6:7 (bezwaartermijn six weeks) with art. 6:8 lid 1 (the term starts the day after the
 * bekendmaking): the term ends on the same weekday six weeks later, bekendmakingsdatum + 42 days,
 * then Atw art. 1/2. (Awb 6:9: a bezwaarschrift is on time when received before the end of this
 * day, or posted within it and received within a week after — not modelled here.)
 */
export function bezwaarUiterlijk(bekendmakingsdatum: IsoDatum, kalender: Kalender): IsoDatum {
  return berekenTermijn(bekendmakingsdatum, BEZWAAR_TERMIJN_WEKEN * 7, kalender).einddatum;
}

/** Calendar days from `vandaag` to `deadline`: 0 on the deadline itself, negative when overdue. */
export function dagenTot(vandaag: IsoDatum, deadline: IsoDatum): number {
  return verschilInDagen(vandaag, deadline);
}

/**
 * Working days left until `deadline` (the deadline itself is the last day on which the act is on
 * time):
 * - `vandaag` ≤ `deadline`: the number of working days d with vandaag < d ≤ deadline, so 0 on the
 *   deadline day itself and 1 on the working day before it;
 * - `vandaag` > `deadline` (overdue): minus the number of working days d with deadline < d ≤ vandaag,
 *   but at least −1, so an overdue deadline is always negative (also on the weekend right after it).
 */
export function werkdagenTot(vandaag: IsoDatum, deadline: IsoDatum, kalender: Kalender): number {
  leesDatum(vandaag, 'vandaag');
  leesDatum(deadline, 'deadline');
  const ctx = context(kalender);
  if (vandaag <= deadline) return telWerkdagen(vandaag, deadline, ctx);
  return -Math.max(1, telWerkdagen(deadline, vandaag, ctx));
}

/**
 * Traffic light for the worklist. Issue text: "traffic light: > 2 weeks, ≤ 2 weeks, ≤ 3 working
 * days, overdue".
 */
export type Termijnstatus = 'ruim' | 'binnen-twee-weken' | 'binnen-drie-werkdagen' | 'verlopen';

/** 'ruim' when more than this many calendar days are left ("> 2 weeks"). */
export const TERMIJNSTATUS_TWEE_WEKEN_KALENDERDAGEN = 14;
/** 'binnen-drie-werkdagen' when at most this many working days are left ("≤ 3 working days"). */
export const TERMIJNSTATUS_DRIE_WERKDAGEN = 3;

/**
 * Classifies a deadline for the worklist, checked in this order:
 * - 'verlopen': vandaag is after the deadline ("overdue");
 * - 'binnen-drie-werkdagen': `werkdagenTot` ≤ 3 ("≤ 3 working days");
 * - 'binnen-twee-weken': `dagenTot` ≤ 14 ("≤ 2 weeks");
 * - 'ruim': otherwise (> 14 calendar days left, "> 2 weeks").
 */
export function termijnstatus(vandaag: IsoDatum, deadline: IsoDatum, kalender: Kalender): Termijnstatus {
  const dagen = dagenTot(vandaag, deadline);
  if (dagen < 0) return 'verlopen';
  if (werkdagenTot(vandaag, deadline, kalender) <= TERMIJNSTATUS_DRIE_WERKDAGEN)
    return 'binnen-drie-werkdagen';
  if (dagen <= TERMIJNSTATUS_TWEE_WEKEN_KALENDERDAGEN) return 'binnen-twee-weken';
  return 'ruim';
}

/**
 * The deadline ranges of each traffic-light colour as of `vandaag`, so that a worklist can filter
 * by colour in SQL: `werkdagenTot` only grows with the deadline, so each colour is a date range.
 * - verlopen: deadline < vandaag
 * - binnen-drie-werkdagen: vandaag ≤ deadline ≤ drieWerkdagenTot
 * - binnen-twee-weken: drieWerkdagenTot < deadline ≤ tweeWekenTot
 * - ruim: deadline > max(drieWerkdagenTot, tweeWekenTot)
 */
export function termijnstatusGrenzen(
  vandaag: IsoDatum,
  kalender: Kalender,
): { drieWerkdagenTot: IsoDatum; tweeWekenTot: IsoDatum } {
  let d = vandaag;
  let telling = 0;
  // Walk to the (N+1)th working day after today; the day before it is the last "≤ N" deadline.
  for (;;) {
    const volgende = plusDagen(d, 1);
    if (isWerkdag(volgende, kalender)) telling++;
    if (telling > TERMIJNSTATUS_DRIE_WERKDAGEN) break;
    d = volgende;
  }
  return { drieWerkdagenTot: d, tweeWekenTot: plusDagen(vandaag, TERMIJNSTATUS_TWEE_WEKEN_KALENDERDAGEN) };
}
