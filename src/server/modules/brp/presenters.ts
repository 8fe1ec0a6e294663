import type { SignaalRow } from './repo-brp.ts';

const OMSCHRIJVING: Record<SignaalRow['soort'], string> = {
  verhuisd: 'Volgens de BRP woont deze persoon op een ander adres (verhuisd).',
  'adres-gewijzigd': 'Het adres in de BRP wijkt af van het adres bij ons.',
  overleden: 'Volgens de BRP is deze persoon overleden.',
  'niet-in-brp': 'De BRP kent dit BSN niet (meer). Controleer het BSN.',
};

/** A signal as the API shows it (schema `Signaal`). */
export function presenteerSignaal(r: SignaalRow) {
  return {
    id: r.id,
    gemeenteCode: r.gemeente_code,
    persoonId: r.persoon_id,
    persoonNaam: r.persoon_naam,
    huishoudenId: r.huishouden_id,
    contactpersoon:
      r.contactpersoon_id && r.contactpersoon_naam
        ? { id: r.contactpersoon_id, naam: r.contactpersoon_naam }
        : null,
    soort: r.soort,
    omschrijving: OMSCHRIJVING[r.soort],
    verschil: r.verschil,
    status: r.status,
    aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
  };
}
