import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import { PreparedStatements } from './prepared.ts';
import {
  beginWithContextSql,
  type Database,
  parseDate,
  parseInt8,
  parseNumeric,
  type Row,
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

/** Prepared statements per pooled connection (see ./prepared.ts). */
const preparedOn = new WeakMap<pg.PoolClient, PreparedStatements>();

function statementName(client: pg.PoolClient, text: string, params?: readonly unknown[]): string | undefined {
  let prepared = preparedOn.get(client);
  if (!prepared) {
    prepared = new PreparedStatements();
    preparedOn.set(client, prepared);
  }
  return prepared.nameFor(text, params);
}

/** `deferred`: statements for the COMMIT round trip; null outside a transaction (run at once). */
function wrap(client: pg.PoolClient, cache: Map<string, unknown>, deferred: string[] | null): Sql {
  return {
    cache,
    async defer(text: string) {
      if (deferred) deferred.push(text);
      else await client.query(text);
    },
    async query<T>(text: string, params?: readonly unknown[]) {
      const name = statementName(client, text, params);
      const r = name
        ? await client.query({ name, text, values: params as unknown[] })
        : await client.query(text, params as unknown[] | undefined);
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
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types,
    application_name: 'open-toegang',
    // JIT compilation pays off for analytical queries of many seconds; ours take milliseconds to a few
    // hundred, and the 50+ ms of compiling that the planner's estimates sometimes trigger was slower
    // than the query itself (measured on the monitoring queries at national size).
    options: '-c jit=off',
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const probe = await pool.connect();
  probe.release();

  const cache = new Map<string, unknown>();

  async function inTransaction<T>(ctx: Toegangscontext | null, fn: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query(ctx ? beginWithContextSql(ctx) : 'BEGIN');
      const deferred: string[] = [];
      const result = await fn(wrap(client, cache, deferred));
      // One simple-protocol message: if a deferred statement fails, COMMIT is skipped and the
      // ROLLBACK below ends the transaction.
      await client.query(deferred.length ? `${deferred.join(';\n')};\nCOMMIT` : 'COMMIT');
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
    cache,
    transaction: (ctx, fn) => inTransaction(ctx, fn),
    systemTransaction: (fn) => inTransaction(null, fn),
    async systemQuery<T>(text: string, params?: readonly unknown[]) {
      const client = await pool.connect();
      try {
        return await wrap(client, cache, null).query<T>(text, params);
      } finally {
        client.release();
      }
    },
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
