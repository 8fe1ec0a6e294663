import path from 'node:path';
import { PGlite, parse, protocol, type Transaction } from '@electric-sql/pglite';
import { acquireDataDirLock } from './lock.ts';
import { Mutex } from './mutex.ts';
import { PreparedStatements } from './prepared.ts';
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

// Passed with every query: PGlite 0.5 ignores the `parsers` constructor option (per-query works).
const PARSERS = {
  [TYPE_OIDS.int8]: parseInt8,
  [TYPE_OIDS.numeric]: parseNumeric,
  [TYPE_OIDS.date]: parseDate,
};

const bericht = (...delen: Uint8Array[]) => {
  const uit = new Uint8Array(delen.reduce((n, d) => n + d.length, 0));
  let i = 0;
  for (const d of delen) {
    uit.set(d, i);
    i += d.length;
  }
  return uit;
};

/**
 * Named prepared statements on PGlite (./prepared.ts says why). PGlite's own `query` parses, plans
 * and describes every statement in five calls into WebAssembly; a prepared statement needs one call:
 * Bind, Describe, Execute and Sync in a single message. The parameter types come from describing
 * the statement once.
 */
class PGliteStatements {
  private readonly namen = new PreparedStatements();
  private readonly parameterTypen = new Map<string, number[]>();
  private readonly parsers: Record<number, (x: string, typeId?: number) => unknown>;

  constructor(private readonly pg: PGlite) {
    this.parsers = { ...pg.parsers, ...PARSERS };
  }

  /** `null` when the statement should run through PGlite's own (unnamed) path. */
  async query<T>(text: string, params: readonly unknown[] | undefined, inTransactie: boolean) {
    const name = this.namen.nameFor(text, params);
    if (!name) return null;
    const s = protocol.serialize;
    let typen = this.parameterTypen.get(name);
    if (!typen) {
      try {
        const r = await this.pg.execProtocol(
          bericht(s.parse({ name, text }), s.describe({ type: 'S', name }), s.sync()),
          { syncToFs: false },
        );
        typen = parse.parseDescribeStatementResults(r.messages);
      } catch (err) {
        this.namen.forget(name);
        throw err;
      }
      this.parameterTypen.set(name, typen);
    }
    const waarden = (params ?? []).map((p, i) => {
      if (p === null || p === undefined) return null;
      const serialiseer = this.pg.serializers[typen[i]!];
      return serialiseer ? serialiseer(p) : String(p);
    });
    const r = await this.pg.execProtocol(
      bericht(
        s.bind({ statement: name, values: waarden }),
        s.describe({ type: 'P' }),
        s.execute({}),
        s.sync(),
      ),
      { syncToFs: !inTransactie },
    );
    const [res] = parse.parseResults(r.messages, this.parsers);
    return { rows: (res?.rows ?? []) as T[], rowCount: res?.affectedRows ?? res?.rows.length ?? 0 };
  }
}

/** `deferred`: statements to run before the transaction commits; null outside a transaction. */
function wrap(
  tx: Transaction | PGlite,
  statements: PGliteStatements,
  cache: Map<string, unknown>,
  deferred: string[] | null,
): Sql {
  return {
    cache,
    async defer(text: string) {
      if (deferred) deferred.push(text);
      else await tx.exec(text);
    },
    async query<T>(text: string, params?: readonly unknown[]) {
      const snel = await statements.query<T>(text, params, deferred !== null);
      if (snel) return snel;
      const r = await tx.query<T>(text, params as unknown[] | undefined, { parsers: PARSERS });
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(text: string) {
      await tx.exec(text);
    },
    async copyFrom(copySql: string, data: string) {
      // PGlite reads COPY input from a Blob at the virtual path /dev/blob.
      await tx.query(`${copySql} FROM '/dev/blob'`, [], { blob: new Blob([data]) });
    },
  };
}

/**
 * Embedded PostgreSQL (PGlite, WASM) in a data folder. One connection, so every transaction
 * and every job query takes its turn through one mutex; a lock file keeps other processes out.
 */
export async function openPglite(dataDir: string | null): Promise<Database> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  let pg: PGlite;
  try {
    pg = new PGlite(dataDir ? path.join(dataDir, 'pglite') : undefined);
    await pg.waitReady;
  } catch (err) {
    release();
    throw err;
  }
  const mutex = new Mutex();
  let closed = false;
  const cache = new Map<string, unknown>();
  const statements = new PGliteStatements(pg);
  // In process there is no round trip to save: deferred statements simply run at the end.
  const inTransaction = <T>(tx: Transaction, fn: (tx: Sql) => Promise<T>) => {
    const deferred: string[] = [];
    return fn(wrap(tx, statements, cache, deferred)).then(async (result) => {
      if (deferred.length) await tx.exec(deferred.join(';\n'));
      return result;
    });
  };

  const db: Database = {
    mode: 'pglite',
    cache,
    transaction(ctx: Toegangscontext, fn) {
      return mutex.run(() =>
        pg.transaction(async (tx) => {
          await tx.query(SET_CONTEXT_SQL, contextParams(ctx));
          return inTransaction(tx, fn);
        }),
      );
    },
    systemTransaction(fn) {
      return mutex.run(() => pg.transaction((tx) => inTransaction(tx, fn)));
    },
    systemQuery<T>(text: string, params?: readonly unknown[]) {
      return mutex.run(() => wrap(pg, statements, cache, null).query<T>(text, params));
    },
    executeJobSql(text, values) {
      return mutex.run(async () => {
        if (values && values.length > 0) {
          const r = await pg.query<Row>(text, values);
          return { rows: r.rows };
        }
        // pg-boss sends multi-statement scripts without parameters (its own BEGIN ... COMMIT).
        const results = await pg.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Row[] };
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await mutex.run(async () => {
        try {
          // Flush everything to the data files so the next start does not need WAL recovery.
          await pg.exec('CHECKPOINT');
        } finally {
          await pg.close();
          release();
        }
      });
    },
  };
  return db;
}
