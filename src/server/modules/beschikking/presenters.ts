import { beschikkingKenmerk } from '../../../domain/beschikking.ts';
import type { Sql } from '../../platform/db/types.ts';
import { berichtenVan, briefVan, type Kop, kop, volgendeVan, voorzieningenVan } from './repo-beschikking.ts';

type Voorzieningen = Awaited<ReturnType<typeof voorzieningenVan>>;

/** The beschikking as the API shows it (schema `Beschikking`): pure, from the rows it consists of. */
export function presenteerBeschikking(
  b: Kop,
  d: {
    voorzieningen: Voorzieningen;
    volgende: Awaited<ReturnType<typeof volgendeVan>>;
    berichten: Awaited<ReturnType<typeof berichtenVan>>;
    brief: Awaited<ReturnType<typeof briefVan>>;
  },
) {
  return {
    id: b.id,
    nummer: b.nummer,
    kenmerk: beschikkingKenmerk(b.nummer),
    gemeenteCode: b.gemeente_code,
    aanvraagId: b.aanvraag_id,
    persoon: { id: b.persoon_id, naam: b.persoon_naam },
    status: b.status,
    soort: b.soort,
    vorigeBeschikkingId: b.vorige_beschikking_id,
    volgendeBeschikkingen: d.volgende.map((r) => ({
      id: r.id,
      kenmerk: beschikkingKenmerk(r.nummer),
      soort: r.soort,
      status: r.status,
    })),
    ingetrokkenPer: b.ingetrokken_per,
    redenWijziging: b.reden_wijziging,
    herindicatie: b.herindicatie
      ? {
          contactOp: b.herindicatie.contactOp,
          contactwijze: b.herindicatie.contactwijze,
          ongewijzigd: b.herindicatie.ongewijzigd as {
            gezondheid: boolean;
            woonsituatie: boolean;
            netwerk: boolean;
            ondersteuningsbehoefte: boolean;
          },
          voorzieningId: b.herindicatie.voorzieningId,
        }
      : null,
    toelichting: b.toelichting,
    opgesteldDoor: b.opgesteld_door ? { id: b.opgesteld_door, naam: b.opsteller! } : null,
    gecontroleerdDoor: b.gecontroleerd_door ? { id: b.gecontroleerd_door, naam: b.controleur! } : null,
    besluitdatum: b.besluitdatum,
    bekendgemaaktOp: b.bekendgemaakt_op,
    termijnen: { beschikkingUiterlijk: b.beschikking_uiterlijk, bezwaarUiterlijk: b.bezwaar_uiterlijk },
    voorzieningen: d.voorzieningen.map((v) => ({
      id: v.id,
      besluit: v.besluit,
      motivering: v.motivering,
      product: v.product_id ? { id: v.product_id, naam: v.product_naam! } : null,
      productcategorie: v.productcategorie,
      productcode: v.productcode,
      volume: v.volume,
      eenheid: v.eenheid,
      frequentie: v.frequentie,
      leveringsvorm: v.leveringsvorm,
      pgbBudget: v.pgb_budget,
      aanbieder: v.aanbieder_id ? { id: v.aanbieder_id, naam: v.aanbieder_naam! } : null,
      ingangsdatum: v.ingangsdatum,
      einddatum: v.einddatum,
      herindicatiedatum: v.herindicatiedatum,
      beeindigdOp: v.beeindigd_op,
    })),
    berichten: d.berichten,
    brief: d.brief ? { id: d.brief.id, status: d.brief.status, fout: d.brief.fout } : null,
    versie: b.versie,
  };
}

/** Loads a beschikking with everything it shows and presents it. */
export async function beschikkingView(tx: Sql, id: string) {
  const b = await kop(tx, id);
  return presenteerBeschikking(b, {
    voorzieningen: await voorzieningenVan(tx, id),
    volgende: await volgendeVan(tx, id),
    berichten: await berichtenVan(tx, id),
    brief: await briefVan(tx, id),
  });
}
