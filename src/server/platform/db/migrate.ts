import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ROLE, type Database } from './types.ts';

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
  await ensureAppRole(db);
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

/** Errors of two sessions creating or granting the same role at once (see ensureAppRole). */
const ROLE_RACE = new Set(['23505', '42710', 'XX000']);

/**
 * Creates the application role before the migrations run. Roles belong to the whole PostgreSQL
 * cluster while the migration lock belongs to one database, so two databases on one server that
 * migrate at the same moment (several gemeenten, or parallel test files) race on CREATE ROLE.
 * The loser retries and then finds the role. Migration 001 does the same when the role is
 * missing, so a DBA who created it beforehand needs no CREATEROLE right.
 */
async function ensureAppRole(db: Database): Promise<void> {
  for (let poging = 1; ; poging++) {
    try {
      await db.systemTransaction(async (tx) => {
        const { rows } = await tx.query<{ bestaat: boolean; lid: boolean }>(
          `SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1) AS bestaat,
                  EXISTS (SELECT FROM pg_roles WHERE rolname = $1 AND pg_has_role(current_user, oid, 'MEMBER')) AS lid`,
          [APP_ROLE],
        );
        if (!rows[0]?.bestaat) await tx.exec(`CREATE ROLE ${APP_ROLE} NOLOGIN`);
        if (!rows[0]?.lid) await tx.exec(`GRANT ${APP_ROLE} TO CURRENT_USER`);
      });
      return;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (poging >= 5 || !code || !ROLE_RACE.has(code)) throw e;
      await new Promise((r) => setTimeout(r, 50 * poging));
    }
  }
}
