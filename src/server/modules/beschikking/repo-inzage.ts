import type { Sql } from '../../platform/db/types.ts';
import type { InzageDeel } from '../../platform/inzage.ts';

type Rij = Record<string, string | number | boolean | null>;

/** Beschikking's part of an inzage export: the besluiten, the voorzieningen and their aanbieders. */
export async function inzageBeschikking(tx: Sql, persoonId: string): Promise<InzageDeel[]> {
  const beschikkingen = await tx.query<Rij>(
    `SELECT nummer, soort, status, besluitdatum::text AS besluitdatum, bekendgemaakt_op::text AS "bekendgemaaktOp",
       bezwaar_uiterlijk::text AS "bezwaarUiterlijk", toelichting
     FROM beschikkingen WHERE persoon_id = $1 ORDER BY besluitdatum NULLS LAST, nummer`,
    [persoonId],
  );
  const voorzieningen = await tx.query<Rij & { aanbieder: string | null }>(
    `SELECT v.besluit, p.naam AS product, v.motivering, v.volume, v.eenheid, v.frequentie, v.leveringsvorm,
       v.pgb_budget::float AS "pgbBudget", o.naam AS aanbieder, v.ingangsdatum::text AS ingangsdatum,
       v.einddatum::text AS einddatum, v.beeindigd_op::text AS "beeindigdOp"
     FROM voorzieningen v LEFT JOIN producten p ON p.id = v.product_id LEFT JOIN organisaties o ON o.id = v.aanbieder_id
     WHERE v.persoon_id = $1 ORDER BY v.ingangsdatum NULLS LAST`,
    [persoonId],
  );
  const aanbieders = [...new Set(voorzieningen.rows.map((v) => v.aanbieder).filter((a): a is string => !!a))];
  return [
    { titel: 'Beschikkingen', gegevens: beschikkingen.rows, ontvangers: [] },
    {
      titel: 'Voorzieningen',
      gegevens: voorzieningen.rows,
      ontvangers: aanbieders.map((naam) => ({
        naam,
        soort: 'aanbieder',
        wat: 'Uw voorziening: product, omvang en periode, met uw naam, adres en BSN (iWmo-toewijzing)',
      })),
    },
  ];
}
