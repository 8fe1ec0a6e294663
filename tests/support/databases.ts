import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { openPglite } from '../../src/server/platform/db/pglite.ts';
import { openPostgres } from '../../src/server/platform/db/postgres.ts';
import type { Database } from '../../src/server/platform/db/types.ts';

export type DbKind = 'pglite' | 'postgres';

/** Every integration test runs on PGlite, and also on PostgreSQL when DATABASE_URL is set. */
export const DB_KINDS: DbKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  db: Database;
  kind: DbKind;
  /** Connection string of the throw-away database (postgres only). */
  url: string | null;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server
 * (dropped afterwards) so that test files never see each other's rows.
 */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await openPglite(null);
    await migrate(db);
    return { db, kind, url: null, drop: () => db.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL ontbreekt');
  const name = `ot_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), 5);
  await migrate(db);
  return {
    db,
    kind,
    url: url.toString(),
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
