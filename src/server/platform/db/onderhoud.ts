/**
 * Planner statistics. On a PostgreSQL server autovacuum keeps them current. PGlite runs without
 * autovacuum (single process, no background workers): a table that was never analysed has no
 * statistics at all, and the planner guesses. Measured on the Deventer-size data set: the person
 * search counted open meldingen through the wrong index (22 ms instead of 0.1 ms) and the
 * caseworkers' mixed workload ran at 94 requests/s instead of 247. So statistics are gathered after
 * every bulk load (generator, large imports), at start when they are missing, and every night.
 */
import type { Database } from './types.ts';

/** `ANALYZE` of the given tables, or of the whole database. Outside any transaction. */
export async function werkStatistiekenBij(db: Database, tabellen?: readonly string[]): Promise<void> {
  await db.executeJobSql(tabellen?.length ? `ANALYZE ${tabellen.join(', ')}` : 'ANALYZE');
}

/** True when the core tables were never analysed (a new or an older embedded database). */
export async function statistiekenOntbreken(db: Database): Promise<boolean> {
  const { rows } = await db.executeJobSql(
    "SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'meldingen'::regclass",
  );
  return Number((rows[0] as { n: number } | undefined)?.n ?? -1) < 0;
}

/** The nightly maintenance of the embedded database: reclaim dead rows and refresh statistics. */
export async function onderhoudIngebed(db: Database): Promise<void> {
  await db.executeJobSql('VACUUM (ANALYZE)');
}
