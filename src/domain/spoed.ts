/**
 * Spoed (Wmo 2015 art. 2.3.3): in an urgent case the college grants a tijdelijke
 * maatwerkvoorziening right after the melding, before the onderzoek ends. The aanvraag for it has
 * its own grondslag; the beschikking on it goes the normal way (four eyes, letter, WMO301).
 */

export type SpoedWeigering = 'geen-spoedmelding' | null;

/** A spoed aanvraag needs a melding registered as spoed (with its reason). */
export function spoedAanvraagToegestaan(meldingSpoed: boolean): SpoedWeigering {
  return meldingSpoed ? null : 'geen-spoedmelding';
}
