import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import {
  contextParams,
  type Database,
  parseDate,
  parseInt8,
  parseNumeric,
  type Row,
  SET_CONTEXT_SQL,
  type Sql,
  type Toegangscontext,
  TYPE_OIDS,
} from './types.ts';

const parsers = new Map<number, (value: string) => unknown>([
  [TYPE_OIDS.int8, parseInt8],
  [TYPE_OIDS.numeric, parseNumeric],
  [TYPE_OIDS.date, parseDate],
]);

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return parsers.get(oid) ?? pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

function wrap(client: pg.PoolClient): Sql {
  return {
    async query<T>(text: string, params?: readonly unknown[]) {
      const r = await client.query(text, params as unknown[] | undefined);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(text: string) {
      await client.query(text);
    },
    async copyFrom(copySql: string, data: string) {
      await pipeline(Readable.from([data]), client.query(copyFromStdin(`${copySql} FROM STDIN`)));
    },
  };
}

/** A PostgreSQL server through a connection pool (DATABASE_URL). */
export async function openPostgres(connectionString: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize, types, application_name: 'open-toegang' });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const probe = await pool.connect();
  probe.release();

  async function inTransaction<T>(ctx: Toegangscontext | null, fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (ctx) await client.query(SET_CONTEXT_SQL, contextParams(ctx));
      const result = await fn(wrap(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  return {
    mode: 'postgres',
    transaction: (ctx, fn) => inTransaction(ctx, fn),
    systemTransaction: (fn) => inTransaction(null, fn),
    async executeJobSql(text, values) {
      const r = await pool.query(text, values);
      // A multi-statement script returns an array of results; pg-boss wants the last one.
      const last = Array.isArray(r) ? r.at(-1) : r;
      return { rows: (last?.rows ?? []) as Row[] };
    },
    async close() {
      await pool.end();
    },
  };
}
