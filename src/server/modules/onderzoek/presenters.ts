import type { AanvraagRow } from './repo-aanvragen.ts';

/** The aanvraag as the API shows it (schema `Aanvraag`). */
export function presenteerAanvraag(r: AanvraagRow) {
  return {
    id: r.id,
    meldingId: r.melding_id,
    persoonId: r.persoon_id,
    aanvraagdatum: r.aanvraagdatum,
    grondslag: r.grondslag,
    omschrijving: r.omschrijving,
    status: r.status,
    termijnen: { beschikkingUiterlijk: r.beschikking_uiterlijk },
    beschikking: r.beschikking_id
      ? { id: r.beschikking_id, nummer: r.beschikking_nummer!, status: r.beschikking_status! }
      : null,
    versie: r.versie,
  };
}
