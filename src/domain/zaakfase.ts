/**
 * The phase a household's case is in, for a caseworker's "Mijn zaken" (issue 15). The Wmo 2015
 * process runs melding → onderzoek (art. 2.3.2, six weeks) → aanvraag (art. 2.3.5 lid 1) →
 * beschikking (two weeks after the aanvraag, art. 2.3.5 lid 1) → levering → herindicatie before the
 * voorziening ends. A household can have items in several phases (a new melding while a voorziening
 * runs); the phase shown is the one that asks for action first: the open decision before the open
 * investigation, the investigation before an ending voorziening, and a running levering last.
 */
export type Zaakfase = 'melding' | 'onderzoek' | 'aanvraag' | 'beschikking' | 'levering' | 'herindicatie';

export interface ZaakStand {
  /** Status of the open melding with the earliest deadline, if any. */
  meldingStatus: 'nieuw' | 'onderzoek' | null;
  onderzoekUiterlijk: string | null;
  aanvraagOpen: boolean;
  beschikkingUiterlijk: string | null;
  conceptBeschikking: boolean;
  /** End date of a voorziening ending within three months without a follow-up. */
  herindicatieEinddatum: string | null;
  leveringLoopt: boolean;
}

export function zaakfase(s: ZaakStand): Zaakfase | null {
  if (s.conceptBeschikking) return 'beschikking';
  if (s.aanvraagOpen) return 'aanvraag';
  if (s.meldingStatus === 'onderzoek') return 'onderzoek';
  if (s.meldingStatus === 'nieuw') return 'melding';
  if (s.herindicatieEinddatum) return 'herindicatie';
  if (s.leveringLoopt) return 'levering';
  return null;
}

/** The next deadline of the household: the earliest of the open ones (ISO dates compare as text). */
export function volgendeTermijn(s: ZaakStand): string | null {
  const termijnen = [
    s.meldingStatus ? s.onderzoekUiterlijk : null,
    s.aanvraagOpen ? s.beschikkingUiterlijk : null,
    s.herindicatieEinddatum,
  ].filter((d): d is string => d !== null);
  return termijnen.length ? termijnen.reduce((a, b) => (a < b ? a : b)) : null;
}
