import type { KlachtRow } from './repo-klachten.ts';

/** A klacht as the API shows it. */
export function klachtView(r: KlachtRow) {
  return {
    id: r.id,
    gemeenteCode: r.gemeente_code,
    persoon: r.persoon_id ? { id: r.persoon_id, naam: r.persoon_naam ?? '' } : null,
    ontvangstdatum: r.ontvangstdatum,
    klachtadviescommissie: r.klachtadviescommissie,
    omschrijving: r.omschrijving,
    verdaging: r.verdaagd_op ? { op: r.verdaagd_op, reden: r.verdaging_reden ?? '' } : null,
    status: r.status,
    gehoordOp: r.gehoord_op,
    afgehandeldOp: r.afgehandeld_op,
    oordeel: r.oordeel,
    termijnen: { afhandelingUiterlijk: r.afhandeling_uiterlijk },
    versie: r.versie,
  };
}
