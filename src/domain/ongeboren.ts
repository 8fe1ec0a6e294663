/**
 * Ongeboren kind ("-9 maanden" in the programme's words; issue 19): a household may plan for a
 * child that is expected. Not a person until born (no BSN, not in the BRP), so it is recorded with
 * its expected birth date only.
 */
import { type IsoDatum, plusDagen, verschilInDagen } from './termijnen/datum.ts';

/** A pregnancy lasts at most about 42 weeks: an expected date further ahead is a typing error. */
export const MAX_DAGEN_TOT_GEBOORTE = 42 * 7;

export type VerwachtFout = 'in-verleden' | 'te-ver-vooruit';

/** What is wrong with an expected birth date as of `vandaag`, or null. Today itself is allowed. */
export function controleerVerwachteGeboortedatum(datum: IsoDatum, vandaag: IsoDatum): VerwachtFout | null {
  if (datum < vandaag) return 'in-verleden';
  if (datum > plusDagen(vandaag, MAX_DAGEN_TOT_GEBOORTE)) return 'te-ver-vooruit';
  return null;
}

/**
 * Age in whole months as of `vandaag`, negative before birth ("-9 maanden" … "-1"): the months
 * still to go, rounded up, as a plan counts them. 0 on and after the expected date.
 */
export function maandenTotGeboorte(verwacht: IsoDatum, vandaag: IsoDatum): number {
  const dagen = verschilInDagen(vandaag, verwacht);
  if (dagen <= 0) return 0;
  return -Math.ceil(dagen / 30.4375);
}
