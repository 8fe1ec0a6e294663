import { beschikkingKenmerk } from '../../../domain/beschikking.ts';
import { today } from '../../platform/clock.ts';
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
    // Bewaarplicht: no destruction of the case file while the bezwaar runs, the beroepstermijn is not
    // over or a beroep runs (Archiefwet; ADR 0025; view `bezwaar_bewaarplichten`, migration 032).
    bewaarplicht:
      r.status === 'open' ||
      (r.beroep_ingesteld_op !== null && r.beroep_afgerond_op === null) ||
      (r.bewaarplicht_tot !== null && r.bewaarplicht_tot >= today()),
    bewaarplichtTot: r.status === 'open' ? null : r.bewaarplicht_tot,
    hoorzitting:
      r.hoorzitting_op || r.horen_afgezien ? { op: r.hoorzitting_op, afgezien: r.horen_afgezien } : null,
    advies: r.advies_op ? { op: r.advies_op, samenvatting: r.advies_samenvatting } : null,
    beroep: r.beroep_ingesteld_op
      ? { ingesteldOp: r.beroep_ingesteld_op, afgerondOp: r.beroep_afgerond_op }
      : null,
    herroepingBeschikkingId: r.herroeping_beschikking_id,
    termijnen: { bezwaarUiterlijk: r.bezwaar_uiterlijk, beslissingUiterlijk: r.beslissing_uiterlijk },
    versie: r.versie,
  };
}
