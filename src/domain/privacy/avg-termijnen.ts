/**
 * Terms of a data-subject request (AVG art. 12 lid 3): "onverwijld en in ieder geval binnen een maand
 * na ontvangst van het verzoek"; "afhankelijk van de complexiteit van de verzoeken en van het aantal
 * verzoeken kan die termijn indien nodig met nog eens twee maanden worden verlengd. De
 * verwerkingsverantwoordelijke stelt de betrokkene binnen één maand na ontvangst van het verzoek in
 * kennis van een dergelijke verlenging."
 *
 * Which counting rules? The Algemene termijnenwet does NOT apply: its art. 1 covers "een in een wet
 * gestelde termijn", a term set by a Dutch formal statute, and the AVG is an EU regulation. Terms in
 * EU acts are counted under Verordening (EEG, Euratom) nr. 1182/71 (the EU "Termijnenverordening"),
 * which the EDPB applies to art. 12(3) (Guidelines 01/2022 on the right of access, § 5.3):
 * - art. 3 lid 1: the day of receipt is not counted;
 * - art. 3 lid 2 sub c: a term in months ends at the end of the day in the last month with the same
 *   number as the day of receipt; if that month has no such day, at the end of its last day
 *   (31 January → 28/29 February);
 * - art. 3 lid 4: a term that ends on a Saturday, Sunday or public holiday ends at the end of the next
 *   working day. Public holidays are those of the member state where the act is done (art. 2 lid 1),
 *   so the Dutch algemeen erkende feestdagen of the shared legal calendar are used.
 * The result matches the Atw in most cases; the difference is the legal basis, which the decision
 * letter and docs/privacy.md name.
 */
import { dagenInMaand, type IsoDatum, leesDatum, maakDatum, plusDagen } from '../termijnen/datum.ts';
import type { Kalender } from '../termijnen/kalender.ts';
import { isWerkdag } from '../termijnen/termijnen.ts';

/** AVG art. 12 lid 3: one month to answer. */
export const AVG_AFHANDELING_MAANDEN = 1;
/** AVG art. 12 lid 3: extendable "met nog eens twee maanden". */
export const AVG_VERLENGING_MAANDEN = 2;

/**
 * Verordening 1182/71 art. 3 lid 2 sub c: `maanden` months after `datum`, on the same day number, or
 * the last day of the month when it has fewer days. Pure calendar arithmetic, no weekend shift.
 */
export function plusMaanden(datum: IsoDatum, maanden: number): IsoDatum {
  if (!Number.isInteger(maanden) || maanden < 0) throw new RangeError(`ongeldig aantal maanden: ${maanden}`);
  const { jaar, maand, dag } = leesDatum(datum);
  const index = maand - 1 + maanden;
  const j = jaar + Math.floor(index / 12);
  const m = (index % 12) + 1;
  return maakDatum(j, m, Math.min(dag, dagenInMaand(j, m)));
}

/** Verordening 1182/71 art. 3 lid 4: a term ending on a non-working day ends on the next working day. */
export function eersteWerkdagVanaf(datum: IsoDatum, kalender: Kalender): IsoDatum {
  let d = datum;
  for (let i = 0; i < 14; i++) {
    if (isWerkdag(d, kalender)) return d;
    d = plusDagen(d, 1);
  }
  throw new RangeError(`geen werkdag binnen twee weken na ${datum}`);
}

export interface AvgTermijnen {
  /** Last day to answer without a verlenging (art. 12 lid 3, first sentence). */
  afhandelingUiterlijk: IsoDatum;
  /** Last day to tell the aanvrager of a verlenging: the same first month (art. 12 lid 3). */
  verlengingMeldenUiterlijk: IsoDatum;
  /** Last day to answer when extended by two months, counted from receipt (1 + 2 = 3 months). */
  verlengdUiterlijk: IsoDatum;
}

/** The terms of a request received on `ontvangstdatum`. */
export function avgTermijnen(ontvangstdatum: IsoDatum, kalender: Kalender): AvgTermijnen {
  const eenMaand = eersteWerkdagVanaf(plusMaanden(ontvangstdatum, AVG_AFHANDELING_MAANDEN), kalender);
  return {
    afhandelingUiterlijk: eenMaand,
    verlengingMeldenUiterlijk: eenMaand,
    verlengdUiterlijk: eersteWerkdagVanaf(
      plusMaanden(ontvangstdatum, AVG_AFHANDELING_MAANDEN + AVG_VERLENGING_MAANDEN),
      kalender,
    ),
  };
}

/**
 * A verlenging must be told to the aanvrager within the first month (art. 12 lid 3, last sentence):
 * `meldingsdatum` after that month is too late, and the request must be answered in the first month.
 */
export function verlengingTijdig(
  ontvangstdatum: IsoDatum,
  meldingsdatum: IsoDatum,
  kalender: Kalender,
): boolean {
  return meldingsdatum <= avgTermijnen(ontvangstdatum, kalender).verlengingMeldenUiterlijk;
}
