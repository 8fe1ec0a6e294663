import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './types.ts';

export const MIGRATIONS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../migrations',
);

export interface Migration {
  versie: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = fs.readFileSync(path.join(dir, f), 'utf8');
      return {
        versie: f.replace(/\.sql$/, ''),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

/**
 * Applies pending migrations in one transaction under an advisory lock, so two server processes
 * starting at once against one PostgreSQL never apply a migration twice. A migration that was
 * changed after it was applied stops the start: migrations are history, not configuration.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<string[]> {
  return db.systemTransaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('open-toegang:migraties'))");
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migraties (
      versie text PRIMARY KEY,
      checksum text NOT NULL,
      toegepast_op timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ versie: string; checksum: string }>(
      'SELECT versie, checksum FROM schema_migraties',
    );
    const applied = new Map(rows.map((r) => [r.versie, r.checksum]));
    const done: string[] = [];
    for (const m of migrations) {
      const checksum = applied.get(m.versie);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) {
          throw new Error(
            `Migratie ${m.versie} is gewijzigd nadat hij is toegepast; maak een nieuwe migratie.`,
          );
        }
        continue;
      }
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migraties (versie, checksum) VALUES ($1, $2)', [
        m.versie,
        m.checksum,
      ]);
      done.push(m.versie);
    }
    return done;
  });
}
