/** SQL of budget and spending: budgets, the toewijzingen that commit money, approved declaraties. */
import type { Sql } from '../../platform/db/types.ts';

export async function budgetten(tx: Sql, gemeente: string, jaar: number) {
  const r = await tx.query<{ productcategorie: string; bedrag: string }>(
    'SELECT productcategorie, bedrag::text FROM budgetten WHERE gemeente_code = $1 AND jaar = $2',
    [gemeente, jaar],
  );
  return new Map(r.rows.map((b) => [b.productcategorie, Number(b.bedrag)]));
}

export async function zetBudget(
  tx: Sql,
  a: { gemeente: string; jaar: number; categorie: string; bedrag: number; door: string | null },
) {
  await tx.query(
    `INSERT INTO budgetten (gemeente_code, jaar, productcategorie, bedrag, gewijzigd_door)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (gemeente_code, jaar, productcategorie)
     DO UPDATE SET bedrag = EXCLUDED.bedrag, gewijzigd_door = EXCLUDED.gewijzigd_door, gewijzigd_op = now()`,
    [a.gemeente, a.jaar, a.categorie, a.bedrag, a.door],
  );
}

export interface Verplichting {
  persoon: string;
  categorie: string;
  wijk: string;
  aanbieder: string;
  leveringsvorm: 'zin' | 'pgb';
  begin: string;
  eind: string | null;
  volume: number | null;
  frequentie: string | null;
  /** Eurocent per eenheid (zin). */
  tarief: number | null;
  /** Euro over the whole voorziening (pgb). */
  pgbBudget: number | null;
}

/**
 * Toegekende voorzieningen whose period overlaps the year: zin through their toewijzingen (the
 * aanbieder's period), pgb through the voorziening itself (no toewijzing is sent for a pgb).
 */
export async function verplichtingen(tx: Sql, gemeente: string, jaar: number): Promise<Verplichting[]> {
  const r = await tx.query<{
    persoon: string;
    categorie: string;
    wijk: string | null;
    aanbieder: string | null;
    leveringsvorm: 'zin' | 'pgb';
    begin: string;
    eind: string | null;
    volume: number | null;
    frequentie: string | null;
    tarief: string | null;
    pgb: string | null;
  }>(
    `SELECT v.persoon_id AS persoon, v.productcategorie AS categorie, w.naam AS wijk, o.naam AS aanbieder, 'zin' AS leveringsvorm,
            t.ingangsdatum::text AS begin, t.einddatum::text AS eind, v.volume, v.frequentie,
            round(pr.tarief * 100)::text AS tarief, NULL::text AS pgb
       FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id
       LEFT JOIN producten pr ON pr.id = v.product_id
       LEFT JOIN wijken w ON w.id = v.wijk_id
       LEFT JOIN organisaties o ON o.id = t.aanbieder_id
      WHERE t.gemeente_code = $1 AND t.ingangsdatum <= make_date($2, 12, 31)
        AND (t.einddatum IS NULL OR t.einddatum >= make_date($2, 1, 1))
        AND t.einddatum IS DISTINCT FROM t.ingangsdatum
     UNION ALL
     SELECT v.persoon_id, v.productcategorie, w.naam, 'pgb', 'pgb', v.ingangsdatum::text, v.einddatum::text, NULL, NULL,
            NULL, v.pgb_budget::text
       FROM voorzieningen v LEFT JOIN wijken w ON w.id = v.wijk_id
      WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning' AND v.leveringsvorm = 'pgb' AND v.pgb_budget IS NOT NULL
        AND v.ingangsdatum IS NOT NULL AND v.ingangsdatum <= make_date($2, 12, 31)
        AND (v.einddatum IS NULL OR v.einddatum >= make_date($2, 1, 1))`,
    [gemeente, jaar],
  );
  return r.rows.map((x) => ({
    persoon: x.persoon,
    categorie: x.categorie,
    wijk: x.wijk ?? 'Onbekend',
    aanbieder: x.aanbieder ?? 'Onbekend',
    leveringsvorm: x.leveringsvorm,
    begin: x.begin,
    eind: x.eind,
    volume: x.volume,
    frequentie: x.frequentie,
    tarief: x.tarief === null ? null : Number(x.tarief),
    pgbBudget: x.pgb === null ? null : Number(x.pgb),
  }));
}

/** Approved declaratie lines in the year, summed per category, wijk and aanbieder (eurocent). */
export async function realisatie(tx: Sql, gemeente: string, jaar: number) {
  const r = await tx.query<{
    categorie: string;
    wijk: string | null;
    aanbieder: string | null;
    cent: string;
    clienten: string[];
    peil: string | null;
  }>(
    `SELECT v.productcategorie AS categorie, w.naam AS wijk, o.naam AS aanbieder,
            sum(CASE WHEN r.debet_credit = 'C' THEN -r.bedrag ELSE r.bedrag END)::text AS cent,
            array_agg(DISTINCT v.persoon_id::text) AS clienten, max(r.einddatum)::text AS peil
       FROM declaratie_regels r JOIN toewijzingen t ON t.id = r.toewijzing_id
       JOIN voorzieningen v ON v.id = t.voorziening_id
       LEFT JOIN wijken w ON w.id = v.wijk_id LEFT JOIN organisaties o ON o.id = t.aanbieder_id
      WHERE r.gemeente_code = $1 AND r.status = 'goedgekeurd'
        AND r.begindatum BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)
      GROUP BY v.productcategorie, w.naam, o.naam`,
    [gemeente, jaar],
  );
  return r.rows.map((x) => ({
    categorie: x.categorie,
    wijk: x.wijk ?? 'Onbekend',
    aanbieder: x.aanbieder ?? 'Onbekend',
    cent: Number(x.cent),
    clienten: x.clienten,
    peildatum: x.peil,
  }));
}
