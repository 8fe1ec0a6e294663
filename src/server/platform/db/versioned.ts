import { errors } from '../http/errors.ts';
import type { Sql } from './types.ts';

const IDENT = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Ongeldige SQL-naam: ${name}`);
  return name;
}

/**
 * Optimistic concurrency for every editable record: the update only applies to the version the
 * client read; otherwise 409 (or 404 when the record is gone or invisible). Column names come
 * from code, never from input.
 */
export async function updateVersioned<T>(
  tx: Sql,
  opts: {
    table: string;
    id: string;
    versie: number;
    set: Record<string, unknown>;
    returning: string;
    what: string;
  },
): Promise<T> {
  const entries = Object.entries(opts.set).filter(([, v]) => v !== undefined);
  const assignments = entries.map(([col], i) => `${ident(col)} = $${i + 3}`);
  assignments.push('versie = versie + 1', 'gewijzigd_op = now()');
  const { rows } = await tx.query<T>(
    `UPDATE ${ident(opts.table)} SET ${assignments.join(', ')} WHERE id = $1 AND versie = $2 RETURNING ${opts.returning}`,
    [opts.id, opts.versie, ...entries.map(([, v]) => v)],
  );
  if (rows[0]) return rows[0];
  const exists = await tx.query(`SELECT 1 FROM ${ident(opts.table)} WHERE id = $1`, [opts.id]);
  if (exists.rows.length === 0) throw errors.notFound(opts.what);
  throw errors.versionConflict(opts.what);
}

/** camelCase API fields to snake_case columns, for the fields present in a patch. */
export function toColumns(
  patch: Record<string, unknown>,
  map: Record<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(map)) {
    if (field in patch) out[column] = patch[field];
  }
  return out;
}
