/** The database seen by application code: identical on PGlite and on a PostgreSQL server. */

export type Row = Record<string, unknown>;

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Sql {
  /** One statement with $1..$n parameters. */
  query<T = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /**
   * `COPY <table> (<columns>) FROM STDIN` with `data` in COPY's text format (tab-separated, \N for
   * null): the fastest way to load many rows (the synthetic data generator uses it).
   */
  copyFrom(copySql: string, data: string): Promise<void>;
  /**
   * Runs `text` (SQL without parameters) at the end of this transaction, in the same round trip as
   * its COMMIT: for writes that nothing later in the transaction reads, such as audit rows. They
   * still commit or fail with the transaction. Outside a transaction it runs at once.
   */
  defer(text: string): Promise<void>;
  /**
   * A process-local cache that belongs to the database, not to the transaction: for slow-changing
   * configuration that is only shown (never for what gets stored; see intake/kalender.ts).
   */
  readonly cache: Map<string, unknown>;
}

/**
 * Who a transaction runs for. The gemeenten drive the row-level security policies: a row of a
 * gemeente outside this list is invisible, even to a query that forgets its WHERE clause.
 */
export interface Toegangscontext {
  gebruikerId: string | null;
  gemeenten: readonly string[];
  /**
   * The kind of principal (ADR 0018): `ot.soort`. Absent means medewerker, as for platform work
   * done for a gemeente (the council's public pages). The policies on the existing tables admit
   * only medewerkers: `ot_gemeenten()` is empty for every other kind.
   */
  soort?: 'medewerker' | 'partner' | 'inwoner';
  /** The principal's organisation (`ot.organisatie`): a partner's need-to-know is scoped by it. */
  organisatieId?: string | null;
  /** An inwoner's BSN, or the represented inwoner's (`ot.bsn`): whose data the session is about. */
  bsn?: string | null;
}

export type DatabaseMode = 'pglite' | 'postgres';

export interface Database {
  readonly mode: DatabaseMode;
  /** A transaction as the restricted application role, with row-level security for `ctx`. */
  transaction<T>(ctx: Toegangscontext, fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * A transaction as the schema owner, without row-level security. Only for platform work that
   * has no user yet or spans all gemeenten: migrations, login, demo data, audit sealing, jobs.
   */
  systemTransaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * One statement as the schema owner, on its own (autocommit): one round trip instead of three
   * for a lookup that needs no transaction, such as resolving a session cookie on every request.
   */
  systemQuery<T = Row>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Executes SQL for the job queue (pg-boss) outside our transactions. */
  executeJobSql(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  /** The same map as every transaction's `Sql.cache`. */
  readonly cache: Map<string, unknown>;
  close(): Promise<void>;
}

/** The application role that row-level security applies to (see migrations/001_platform.sql). */
export const APP_ROLE = 'open_toegang_app';

/** Type parsers shared by both drivers so results look the same everywhere. */
export const TYPE_OIDS = {
  int8: 20,
  numeric: 1700,
  date: 1082,
} as const;

export function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 buiten bereik: ${value}`);
  return n;
}

export function parseNumeric(value: string): number {
  return Number(value);
}

export function parseDate(value: string): string {
  return value;
}

/** SQL that switches a transaction to the application role and sets the tenant settings. */
export const SET_CONTEXT_SQL =
  "SELECT set_config('role', $1, true), set_config('ot.gemeenten', $2, true), set_config('ot.gebruiker', $3, true), set_config('ot.soort', $4, true), set_config('ot.organisatie', $5, true), set_config('ot.bsn', $6, true)";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SOORTEN = new Set(['medewerker', 'partner', 'inwoner']);

/**
 * BEGIN and the context settings as one simple-protocol message: one round trip fewer on every user
 * transaction. Parameters cannot travel in a multi-statement message, so every value is checked
 * (contextParams) to be only digits, commas, a UUID or a known kind before it is written into the SQL.
 */
export function beginWithContextSql(ctx: Toegangscontext): string {
  const [rol, gemeenten, gebruiker, soort, organisatie, bsn] = contextParams(ctx);
  return `BEGIN; SELECT set_config('role', '${rol}', true), set_config('ot.gemeenten', '${gemeenten}', true), set_config('ot.gebruiker', '${gebruiker}', true), set_config('ot.soort', '${soort}', true), set_config('ot.organisatie', '${organisatie}', true), set_config('ot.bsn', '${bsn}', true)`;
}

export function contextParams(ctx: Toegangscontext): string[] {
  for (const g of ctx.gemeenten) {
    if (!/^\d{4}$/.test(g)) throw new Error(`Ongeldige gemeentecode in context: ${g}`);
  }
  const soort = ctx.soort ?? 'medewerker';
  if (!SOORTEN.has(soort)) throw new Error('Ongeldige soort principal in context');
  if (ctx.gebruikerId && !UUID.test(ctx.gebruikerId)) throw new Error('Ongeldige gebruiker in context');
  if (ctx.organisatieId && !UUID.test(ctx.organisatieId)) throw new Error('Ongeldige organisatie in context');
  if (ctx.bsn && !/^\d{9}$/.test(ctx.bsn)) throw new Error('Ongeldig BSN in context');
  return [
    APP_ROLE,
    ctx.gemeenten.join(','),
    ctx.gebruikerId ?? '',
    soort,
    ctx.organisatieId ?? '',
    ctx.bsn ?? '',
  ];
}

/**
 * A value as an SQL literal, for the few statements that travel without parameters (`Sql.defer`).
 * The E'' form treats backslashes the same whatever `standard_conforming_strings` says.
 */
export function sqlLiteral(waarde: string | null): string {
  if (waarde === null) return 'NULL';
  if (waarde.includes('\0')) throw new Error('Een SQL-waarde kan geen NUL-teken bevatten.');
  return `E'${waarde.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}
