import {
  bouwKerncijfers,
  type CategorieTelling,
  type Kerncijfers,
  type Maat,
  type UniekeTelling,
} from '../../../domain/monitoring/kerncijfers.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { renderCsv } from '../../platform/export/index.ts';
import { errors } from '../../platform/http/errors.ts';

/**
 * Kerncijfers of one gemeente and year (issue 7 item 1). The definitions, exactly:
 *
 * - counted: voorzieningen with besluit 'toekenning' of a vastgestelde beschikking (any soort);
 * - period of a voorziening: [ingangsdatum, einde] with einde = the earlier of einddatum and
 *   beeindigd_op (a later wijziging or intrekking that ended it early), both inclusive; no einde =
 *   still valid;
 * - geldig in the year: its period overlaps [1 January, 31 December] — so one that ends on
 *   1 January or starts on 31 December counts;
 * - afgegeven in the year: the besluitdatum of its beschikking falls in the year;
 * - wijk: the voorziening's wijk_id (the client's address when it was granted);
 * - clienten per wijk and category: distinct persons with a geldige voorziening of that category
 *   in that wijk; unieke_clienten per wijk: distinct persons with any geldige voorziening there;
 *   the Totaal counts each person once, also one who lived in two wijken.
 *
 * The counts come from the rollup table kerncijfers_jaren when it is current, and are computed
 * from the records otherwise (ADR 0012).
 */

export interface KerncijfersOpties {
  gemeenteCode: string;
  jaar: number;
  /** Only these maten (in the fixed order). Without: all four. */
  maten?: readonly Maat[];
  /** Compute from the records even if the rollup is current (benchmarks, checks). */
  vers?: boolean;
}

interface Tellingen {
  tellingen: CategorieTelling[];
  uniek: UniekeTelling[];
  uniekTotaal: number;
}

export interface KerncijfersResultaat extends Kerncijfers {
  berekendOp: string;
  /** 'rollup': read from kerncijfers_jaren; 'berekend': computed from the records now. */
  bron: 'rollup' | 'berekend';
}

export async function kerncijfers(tx: Sql, o: KerncijfersOpties): Promise<KerncijfersResultaat> {
  const gemeente = (
    await tx.query<{ code: string; naam: string }>('SELECT code, naam FROM gemeenten WHERE code = $1', [
      o.gemeenteCode,
    ])
  ).rows[0];
  if (!gemeente) throw errors.notFound(`Gemeente ${o.gemeenteCode}`);
  const { data, berekendOp, bron } = await tellingen(tx, o.gemeenteCode, o.jaar, o.vers === true);
  const wijken = await tx.query<{ id: string; code: string; naam: string }>(
    'SELECT id, code, naam FROM wijken WHERE gemeente_code = $1',
    [o.gemeenteCode],
  );
  return {
    ...bouwKerncijfers({ jaar: o.jaar, gemeente, wijken: wijken.rows, ...data, maten: o.maten }),
    berekendOp,
    bron,
  };
}

/**
 * The latest year up to `totEnMet` with something to count (a geldige or afgegeven voorziening, or
 * the contribution of destroyed persons), so that the dashboard does not open on an empty year;
 * `totEnMet` when there is nothing at all.
 */
export async function laatsteJaarMetGegevens(tx: Sql, gemeente: string, totEnMet: number): Promise<number> {
  const { rows } = await tx.query<{ jaar: number | null }>(
    `SELECT max(jaar)::int AS jaar FROM (
       SELECT least($2::int, coalesce(extract(year FROM least(v.einddatum, v.beeindigd_op))::int, $2::int)) AS jaar
       FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
       WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning' AND b.status = 'vastgesteld'
         AND extract(year FROM v.ingangsdatum) <= $2
       UNION ALL
       SELECT extract(year FROM b.besluitdatum)::int
       FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
       WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning' AND b.status = 'vastgesteld'
         AND extract(year FROM b.besluitdatum) <= $2
       UNION ALL
       SELECT jaar FROM kerncijfers_vernietigd WHERE gemeente_code = $1 AND jaar <= $2
     ) j`,
    [gemeente, totEnMet],
  );
  return rows[0]?.jaar ?? totEnMet;
}

/** The columns of shared/data/deventer-2019-wmo-kerncijfers.csv; only wijknaam is always quoted. */
export const KERNCIJFER_KOLOMMEN = [
  { sleutel: 'jaar', kop: 'jaar' },
  { sleutel: 'gemeente', kop: 'gemeente' },
  { sleutel: 'wijkcode', kop: 'wijkcode' },
  { sleutel: 'wijknaam', kop: 'wijknaam', citeren: true, breedte: 28 },
  { sleutel: 'productcategorie', kop: 'productcategorie', breedte: 30 },
  { sleutel: 'maat', kop: 'maat', breedte: 24 },
  { sleutel: 'aantal', kop: 'aantal', telling: true },
] as const;

/**
 * The CSV of the kerncijfers. With maten clienten, geldige_beschikkingen and afgegeven_beschikkingen
 * it has exactly the rows and bytes of the Deventer file; with all maten the unieke_clienten rows
 * (empty productcategorie, ending with the Totaal row) follow those.
 */
export function kerncijfersCsv(k: Pick<Kerncijfers, 'rijen'>): string {
  return renderCsv(KERNCIJFER_KOLOMMEN, k.rijen);
}

async function tellingen(
  tx: Sql,
  gemeente: string,
  jaar: number,
  vers: boolean,
): Promise<{ data: Tellingen; berekendOp: string; bron: 'rollup' | 'berekend' }> {
  if (!vers) {
    const klaar = await huidigeRollup(tx, gemeente, jaar);
    if (klaar) return { ...klaar, bron: 'rollup' };
  }
  // One computation per gemeente at a time: a change that commits meanwhile keeps its marker.
  await tx.query("SELECT pg_advisory_xact_lock(hashtext('open-toegang:kerncijfers:' || $1))", [gemeente]);
  await verwerkMutaties(tx, gemeente);
  if (!vers) {
    const klaar = await leesRollup(tx, gemeente, jaar);
    if (klaar) return { ...klaar, bron: 'rollup' };
  }
  const start = performance.now();
  const data = await bereken(tx, gemeente, jaar);
  const { rows } = await tx.query<{ berekend_op: Date }>(
    `INSERT INTO kerncijfers_jaren (gemeente_code, jaar, data, rekentijd_ms) VALUES ($1, $2, $3, $4)
     ON CONFLICT (gemeente_code, jaar) DO UPDATE SET data = EXCLUDED.data, berekend_op = now(), rekentijd_ms = EXCLUDED.rekentijd_ms
     RETURNING berekend_op`,
    [gemeente, jaar, JSON.stringify(data), Math.round(performance.now() - start)],
  );
  return { data, berekendOp: rows[0]!.berekend_op.toISOString(), bron: 'berekend' };
}

/** The rollup, if no marker says a change since touched this year. */
async function huidigeRollup(tx: Sql, gemeente: string, jaar: number) {
  const { rows } = await tx.query<{ verouderd: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM kerncijfers_mutaties WHERE gemeente_code = $1 AND van_jaar <= $2
       AND (tot_jaar IS NULL OR tot_jaar >= $2)) AS verouderd`,
    [gemeente, jaar],
  );
  return rows[0]!.verouderd ? null : leesRollup(tx, gemeente, jaar);
}

async function leesRollup(tx: Sql, gemeente: string, jaar: number) {
  const { rows } = await tx.query<{ data: Tellingen; berekend_op: Date }>(
    'SELECT data, berekend_op FROM kerncijfers_jaren WHERE gemeente_code = $1 AND jaar = $2',
    [gemeente, jaar],
  );
  return rows[0] ? { data: rows[0].data, berekendOp: rows[0].berekend_op.toISOString() } : null;
}

/**
 * Applies the change markers of a gemeente: drops the rollups of the years they touch, then deletes
 * exactly the markers read here. A change committed after that read keeps its marker, so a year
 * computed now without it is recomputed at the next read.
 */
export async function verwerkMutaties(tx: Sql, gemeente: string): Promise<void> {
  const { rows } = await tx.query<{ id: number; van_jaar: number; tot_jaar: number | null }>(
    'SELECT id, van_jaar, tot_jaar FROM kerncijfers_mutaties WHERE gemeente_code = $1',
    [gemeente],
  );
  if (rows.length === 0) return;
  await tx.query(
    `DELETE FROM kerncijfers_jaren k WHERE k.gemeente_code = $1 AND EXISTS (
       SELECT 1 FROM unnest($2::int[], $3::int[]) AS m (van, tot) WHERE k.jaar >= m.van AND (m.tot IS NULL OR k.jaar <= m.tot))`,
    [gemeente, rows.map((r) => r.van_jaar), rows.map((r) => r.tot_jaar)],
  );
  await tx.query('DELETE FROM kerncijfers_mutaties WHERE id = ANY($1::bigint[])', [rows.map((r) => r.id)]);
}

/**
 * The four counts from the records, in one pass over the voorzieningen that count in the year, plus
 * the contribution of destroyed persons (kerncijfers_vernietigd, ADR 0031). With `persoonId`: only
 * that person's contribution (each count is a sum over persons, so it adds up exactly).
 */
async function bereken(tx: Sql, gemeente: string, jaar: number, persoonId?: string): Promise<Tellingen> {
  const begin = `${jaar}-01-01`;
  const eind = `${jaar}-12-31`;
  // Grouping over some hundred thousand persons: give the sort/hash room in memory.
  await tx.query("SELECT set_config('work_mem', '64MB', true)");
  const kern = `WITH v AS (
       SELECT v.persoon_id, v.wijk_id, v.productcategorie,
              v.ingangsdatum <= $3::date AND coalesce(least(v.einddatum, v.beeindigd_op), $2::date) >= $2::date AS geldig,
              b.besluitdatum BETWEEN $2::date AND $3::date AS afgegeven
       FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
       WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning' AND b.status = 'vastgesteld'${persoonId ? ' AND v.persoon_id = $4' : ''}
         AND ((v.ingangsdatum <= $3::date AND coalesce(least(v.einddatum, v.beeindigd_op), $2::date) >= $2::date)
              OR b.besluitdatum BETWEEN $2::date AND $3::date)
     ), pc AS MATERIALIZED (
       SELECT wijk_id, productcategorie, persoon_id, count(*) FILTER (WHERE geldig) AS geldig,
              count(*) FILTER (WHERE afgegeven) AS afgegeven
       FROM v GROUP BY wijk_id, productcategorie, persoon_id
     )
     SELECT 'c' AS soort, wijk_id, productcategorie, (count(*) FILTER (WHERE geldig > 0))::int AS a,
            sum(geldig)::int AS b, sum(afgegeven)::int AS c
     FROM pc GROUP BY wijk_id, productcategorie
     UNION ALL
     SELECT 'w', wijk_id, NULL, count(DISTINCT persoon_id)::int, NULL, NULL FROM pc WHERE geldig > 0 GROUP BY wijk_id
     UNION ALL
     SELECT 't', NULL, NULL, count(DISTINCT persoon_id)::int, NULL, NULL FROM pc WHERE geldig > 0`;
  const { rows } = await tx.query<{
    soort: 'c' | 'w' | 't';
    wijk_id: string | null;
    productcategorie: string | null;
    a: number;
    b: number | null;
    c: number | null;
  }>(
    persoonId
      ? kern
      : `SELECT soort, wijk_id, productcategorie, sum(a)::int AS a, sum(b)::int AS b, sum(c)::int AS c
         FROM (${kern}
           UNION ALL
           SELECT soort, wijk_id, productcategorie, a, b, c FROM kerncijfers_vernietigd WHERE gemeente_code = $1 AND jaar = $4
         ) x GROUP BY soort, wijk_id, productcategorie`,
    persoonId ? [gemeente, begin, eind, persoonId] : [gemeente, begin, eind, jaar],
  );
  return {
    tellingen: rows
      .filter((r) => r.soort === 'c')
      .map((r) => ({
        wijkId: r.wijk_id,
        productcategorie: r.productcategorie!,
        clienten: r.a,
        geldigeBeschikkingen: r.b ?? 0,
        afgegevenBeschikkingen: r.c ?? 0,
      })),
    uniek: rows.filter((r) => r.soort === 'w').map((r) => ({ wijkId: r.wijk_id, aantal: r.a })),
    uniekTotaal: rows.find((r) => r.soort === 't')?.a ?? 0,
  };
}

/**
 * Background job: recomputes the rollups that changes made stale, so that the next reader gets
 * the fast path. Per gemeente with markers, the years that had a rollup and lost it (at most the
 * three most recent: older years are rarely touched and are computed on demand).
 */
export async function vernieuwKerncijfers(db: Database): Promise<number> {
  const gemeenten = await db.systemTransaction((tx) =>
    tx.query<{ gemeente_code: string }>('SELECT DISTINCT gemeente_code FROM kerncijfers_mutaties'),
  );
  let berekend = 0;
  for (const { gemeente_code: gemeente } of gemeenten.rows) {
    berekend += await db.systemTransaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('open-toegang:kerncijfers:' || $1))", [gemeente]);
      const voor = await tx.query<{ jaar: number }>(
        'SELECT jaar FROM kerncijfers_jaren WHERE gemeente_code = $1 ORDER BY jaar DESC LIMIT 3',
        [gemeente],
      );
      await verwerkMutaties(tx, gemeente);
      let n = 0;
      for (const { jaar } of voor.rows) {
        if (await leesRollup(tx, gemeente, jaar)) continue;
        await kerncijfers(tx, { gemeenteCode: gemeente, jaar });
        n++;
      }
      return n;
    });
  }
  return berekend;
}

/** The counts of one wijk in one year: what the wijkprofiel shows. */
export interface KerncijfersWijk {
  tellingen: CategorieTelling[];
  uniekeClienten: number;
  bron: 'rollup' | 'berekend';
}

/**
 * The kerncijfers of one wijk (issue 16, the wijkprofiel). When the rollup of the gemeente-year is
 * current, only this wijk's entries are taken out of its jsonb, in the same statement that checks
 * the change markers: one round trip, no rows for the other wijken built and thrown away. When it is
 * stale, the whole gemeente-year is computed and stored exactly as kerncijfers() does (unique clients
 * per wijk are not derivable from anything smaller), so the next reader of any wijk is fast again.
 */
export async function kerncijfersWijk(
  tx: Sql,
  o: { gemeenteCode: string; jaar: number; wijkId: string },
): Promise<KerncijfersWijk> {
  const { rows } = await tx.query<{ tellingen: CategorieTelling[] | null; uniek: number | null }>(
    `SELECT (SELECT jsonb_agg(t) FROM jsonb_array_elements(k.data->'tellingen') t WHERE t->>'wijkId' = $3) AS tellingen,
       (SELECT sum((u->>'aantal')::int)::int FROM jsonb_array_elements(k.data->'uniek') u WHERE u->>'wijkId' = $3) AS uniek
     FROM kerncijfers_jaren k
     WHERE k.gemeente_code = $1 AND k.jaar = $2
       AND NOT EXISTS (SELECT 1 FROM kerncijfers_mutaties m WHERE m.gemeente_code = $1 AND m.van_jaar <= $2
         AND (m.tot_jaar IS NULL OR m.tot_jaar >= $2))`,
    [o.gemeenteCode, o.jaar, o.wijkId],
  );
  if (rows[0])
    return { tellingen: rows[0].tellingen ?? [], uniekeClienten: rows[0].uniek ?? 0, bron: 'rollup' };
  const { data, bron } = await tellingen(tx, o.gemeenteCode, o.jaar, false);
  return {
    tellingen: data.tellingen.filter((t) => t.wijkId === o.wijkId),
    uniekeClienten: data.uniek.filter((u) => u.wijkId === o.wijkId).reduce((s, u) => s + u.aantal, 0),
    bron,
  };
}

/**
 * Before a person is destroyed (ADR 0031): keeps their anonymous contribution to the kerncijfers of
 * every year in which one of their voorzieningen counts, so that those years keep their numbers.
 * Runs in the caller's (system) transaction, before the records are deleted.
 */
export async function bewaarVernietigdeTelling(
  tx: Sql,
  gemeente: string,
  persoonId: string,
): Promise<number[]> {
  const { rows } = await tx.query<{ van: number | null; tot: number | null }>(
    `SELECT min(j.van) AS van, max(coalesce(j.tot, j.van)) AS tot
     FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id AND b.status = 'vastgesteld'
     CROSS JOIN LATERAL ot_kerncijfers_jaren(v.ingangsdatum, least(v.einddatum, v.beeindigd_op), b.besluitdatum) j
     WHERE v.persoon_id = $1 AND v.besluit = 'toekenning'`,
    [persoonId],
  );
  const { van, tot } = rows[0] ?? { van: null, tot: null };
  if (van === null || tot === null) return [];
  const jaren: number[] = [];
  for (let jaar = van; jaar <= tot; jaar++) {
    const t = await bereken(tx, gemeente, jaar, persoonId);
    const regels = [
      ...t.tellingen.map(
        (c) =>
          [
            'c',
            c.wijkId,
            c.productcategorie,
            c.clienten,
            c.geldigeBeschikkingen,
            c.afgegevenBeschikkingen,
          ] as const,
      ),
      ...t.uniek.map((u) => ['w', u.wijkId, null, u.aantal, null, null] as const),
      ...(t.uniekTotaal > 0 ? [['t', null, null, t.uniekTotaal, null, null] as const] : []),
    ];
    if (regels.length === 0) continue;
    jaren.push(jaar);
    await tx.query(
      `INSERT INTO kerncijfers_vernietigd (gemeente_code, jaar, soort, wijk_id, productcategorie, a, b, c)
       SELECT $1, $2, * FROM unnest($3::text[], $4::uuid[], $5::text[], $6::int[], $7::int[], $8::int[])`,
      [gemeente, jaar, ...[0, 1, 2, 3, 4, 5].map((i) => regels.map((r) => r[i]))],
    );
  }
  return jaren;
}
