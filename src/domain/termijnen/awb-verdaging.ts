/**
 * Verdaging of the beslistermijn of an aanvraag (Awb 4:14 lid 3) and the suspension of the
 * bezwaar's beslistermijn during a hersteltermijn (Awb 7:10 lid 2 with 6:6). Pure, like awb.ts.
 */
import { type IsoDatum, leesDatum, plusDagen, verschilInDagen } from './datum.ts';
import type { Kalender } from './kalender.ts';
import { berekenTermijn } from './termijnen.ts';

export type VerdagingFout = 'termijn-verstreken' | 'niet-later';

/**
 * Awb 4:14 lid 3: when no term is set by law (the Wmo's two weeks are a term of 4:13 in effect),
 * the bestuursorgaan tells the aanvrager *before the term ends* when the decision will come, "binnen
 * een redelijke termijn". So: refused once the term has passed (vandaag > huidig uiterlijk), and the
 * new date must be later than the current one.
 */
export function controleerVerdaging(v: {
  vandaag: IsoDatum;
  huidigUiterlijk: IsoDatum;
  nieuweDatum: IsoDatum;
}): VerdagingFout | null {
  leesDatum(v.vandaag, 'vandaag');
  leesDatum(v.huidigUiterlijk, 'huidigUiterlijk');
  leesDatum(v.nieuweDatum, 'nieuweDatum');
  if (v.vandaag > v.huidigUiterlijk) return 'termijn-verstreken';
  if (v.nieuweDatum <= v.huidigUiterlijk) return 'niet-later';
  return null;
}

/** The new date when a verdaging is given as a number of weeks: the term lengthened, Atw applied. */
export function verdaagdUiterlijk(huidigUiterlijk: IsoDatum, weken: number, kalender: Kalender): IsoDatum {
  return berekenTermijn(huidigUiterlijk, weken * 7, kalender).einddatum;
}

/**
 * Awb 7:10 lid 2: "De termijn wordt opgeschort gerekend met ingang van de dag na die waarop de
 * indiener is verzocht een verzuim als bedoeld in artikel 6:6 te herstellen, tot de dag waarop het
 * verzuim is hersteld of de daarvoor gestelde termijn ongebruikt is verstreken." The days the
 * bezwaar's beslistermijn stands still: from the day after the request (`verzocht`) up to, not
 * including, the day of repair (`hersteldOp`) or else the end of the hersteltermijn. They lengthen
 * the term itself (`bezwaarBeslissingUiterlijk({herstelDagen})`), the Atw applies once at the end.
 */
export function bezwaarHerstelDagen(h: {
  verzocht: IsoDatum;
  hersteltermijnTot: IsoDatum;
  hersteldOp?: IsoDatum | null;
}): number {
  leesDatum(h.verzocht, 'verzocht');
  leesDatum(h.hersteltermijnTot, 'hersteltermijnTot');
  if (h.hersteldOp) leesDatum(h.hersteldOp, 'hersteldOp');
  const einde = h.hersteldOp && h.hersteldOp < h.hersteltermijnTot ? h.hersteldOp : h.hersteltermijnTot;
  return Math.max(0, verschilInDagen(plusDagen(h.verzocht, 1), einde));
}
