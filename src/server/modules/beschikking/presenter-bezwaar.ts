import { beschikkingKenmerk } from '../../../domain/beschikking.ts';
import type { BezwaarRow } from './repo-bezwaren.ts';

/** A bezwaar as the API shows it. */
export function bezwaarView(r: BezwaarRow) {
  return {
    id: r.id,
    beschikkingId: r.beschikking_id,
    beschikkingKenmerk: beschikkingKenmerk(r.beschikking_nummer),
    persoon: { id: r.persoon_id, naam: r.persoon_naam },
    ontvangstdatum: r.ontvangstdatum,
    postdatum: r.postdatum,
    tijdigheid: r.tijdigheid,
    adviescommissie: r.adviescommissie,
    proForma: r.pro_forma,
    hersteltermijnTot: r.hersteltermijn_tot,
    verdaging: r.verdaagd_op ? { op: r.verdaagd_op, reden: r.verdaging_reden ?? '' } : null,
    uitstel: r.uitstel_tot ? { tot: r.uitstel_tot, reden: r.uitstel_reden ?? '' } : null,
    status: r.status,
    uitkomst: r.uitkomst,
    beslistOp: r.beslist_op,
    // Bewaarplicht: no destruction of the case file while the bezwaar runs (Archiefwet; ADR 0025).
    bewaarplicht: r.status === 'open',
    termijnen: { bezwaarUiterlijk: r.bezwaar_uiterlijk, beslissingUiterlijk: r.beslissing_uiterlijk },
    versie: r.versie,
  };
}
