import { createHash } from 'node:crypto';
import type { Database, Sql } from '../db/types.ts';

/** Genesis value of the chain. */
export const GENESIS = '0'.repeat(64);

/**
 * The columns that are hashed, in a fixed order, as text rendered by PostgreSQL itself
 * (timestamps in UTC with microseconds), so the hash is the same on every platform.
 */
const ROW_SQL = `SELECT a.id,
  to_char(a.tijdstip AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS tijdstip,
  a.gemeente_code, a.gebruiker_id::text AS gebruiker_id, a.gebruikersnaam, a.rol, a.organisatie_id::text AS organisatie_id,
  a.actie, a.object_type, a.object_id, a.resultaat, a.doel, a.herkomst_ip, a.sessie, a.verzoek_id, a.toelichting,
  a.actor_soort, a.actor_ref, a.doorbraak_id::text AS doorbraak_id, a.zonder_relatie,
  a.personen::text AS personen`;

export interface AuditRowText {
  id: number;
  tijdstip: string;
  [k: string]: unknown;
}

const FIELDS = [
  'id',
  'tijdstip',
  'gemeente_code',
  'gebruiker_id',
  'gebruikersnaam',
  'rol',
  'organisatie_id',
  'actie',
  'object_type',
  'object_id',
  'resultaat',
  'doel',
  'herkomst_ip',
  'sessie',
  'verzoek_id',
  'toelichting',
] as const;

/**
 * Columns added later (migrations 013, 046) count only when set: rows sealed before they existed
 * keep their hash, and a value added to such a row afterwards still breaks it.
 */
const LATER = ['actor_soort', 'actor_ref', 'doorbraak_id', 'zonder_relatie'] as const;

export function rowHash(previous: string, row: AuditRowText): string {
  return createHash('sha256').update(previous).update('|').update(canonicalRow(row)).digest('hex');
}

/** The row as hashed: fixed fields, later columns only when set, then the person references. */
function canonicalRow(row: AuditRowText): string {
  const waarden = FIELDS.map((f) => row[f] ?? null);
  for (const f of LATER) if (row[f] !== null && row[f] !== undefined) waarden.push(`${f}=${String(row[f])}`);
  // The persons shown (migration 016) likewise count only when set.
  if (row.personen !== null && row.personen !== undefined) waarden.push(row.personen as string);
  return JSON.stringify(waarden);
}

/**
 * Digest of a row as it reads after its person references were pseudonymised (destruction, ADR 0031).
 * The verifier accepts a row whose hash no longer matches only when audit_pseudonimiseringen holds
 * this digest and the chain hash the row had: any other change to the row still shows.
 */
export function rijDigest(row: AuditRowText): string {
  return createHash('sha256').update(canonicalRow(row)).digest('hex');
}

/** The hashed columns of audit rows, for code that must compute a digest (the destruction). */
export const AUDIT_ROW_SQL = ROW_SQL;

/**
 * Appends unsealed audit rows to the hash chain. Runs as the owner role under an advisory lock
 * (one sealer at a time across processes); rows are sealed in id order within a batch. Rows
 * from a transaction that committed late are sealed in a later round: the chain order is the
 * sealing order, recorded in volgnummer.
 */
export async function sealAuditChain(db: Database, batchSize = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.systemTransaction(async (tx) => {
      const lock = await tx.query<{ ok: boolean }>(
        "SELECT pg_try_advisory_xact_lock(hashtext('open-toegang:audit-keten')) AS ok",
      );
      if (!lock.rows[0]?.ok) return 0;
      return sealBatch(tx, batchSize);
    });
    total += sealed;
    if (sealed < batchSize) return total;
  }
}

async function sealBatch(tx: Sql, batchSize: number): Promise<number> {
  const last = await tx.query<{ volgnummer: number; hash: string; audit_id: number }>(
    'SELECT volgnummer, hash, audit_id FROM audit_keten ORDER BY volgnummer DESC LIMIT 1',
  );
  let volgnummer = last.rows[0]?.volgnummer ?? 0;
  let previous = last.rows[0]?.hash ?? GENESIS;
  // Late committers have ids below the last sealed id; look back a window for them.
  const from = Math.max(0, (last.rows[0]?.audit_id ?? 0) - 100_000);
  const { rows } = await tx.query<AuditRowText>(
    `${ROW_SQL} FROM audit_log a
     WHERE a.id > $1 AND NOT EXISTS (SELECT 1 FROM audit_keten k WHERE k.audit_id = a.id)
     ORDER BY a.id LIMIT $2`,
    [from, batchSize],
  );
  if (rows.length === 0) return 0;
  const ids: number[] = [];
  const nums: number[] = [];
  const prevs: string[] = [];
  const hashes: string[] = [];
  for (const row of rows) {
    const hash = rowHash(previous, row);
    volgnummer += 1;
    ids.push(row.id);
    nums.push(volgnummer);
    prevs.push(previous);
    hashes.push(hash);
    previous = hash;
  }
  await tx.query(
    `INSERT INTO audit_keten (volgnummer, audit_id, vorige_hash, hash)
     SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])`,
    [nums, ids, prevs, hashes],
  );
  return rows.length;
}

/** A row changed only by a recorded pseudonymisation: same chain hash, same digest as recorded then. */
function gepseudonimiseerd(
  k: AuditRowText & { hash: string; ps_hash: string | null; ps_digest: string | null },
) {
  return k.ps_hash !== null && k.ps_hash === k.hash && k.ps_digest === rijDigest(k);
}

export interface VerifyProblem {
  volgnummer: number | null;
  auditId: number | null;
  soort:
    | 'gewijzigd'
    | 'verwijderd'
    | 'keten-onderbroken'
    | 'niet-verzegeld'
    // Found by comparing with a checkpoint outside the database (anker.ts).
    | 'ingekort'
    | 'keten-herschreven'
    | 'anker-ongeldig';
  toelichting: string;
}

export interface VerifyReport {
  gecontroleerd: number;
  nietVerzegeld: number;
  problemen: VerifyProblem[];
  intact: boolean;
}

/**
 * Recomputes the whole chain. Detects: a changed row (hash differs), a deleted row (chain entry
 * without row), a deleted or reordered chain entry (gap or wrong link), and old rows that were
 * never sealed (a row inserted around the sealer, e.g. directly by the owner).
 */
export async function verifyAuditChain(db: Database, batchSize = 10_000): Promise<VerifyReport> {
  const problemen: VerifyProblem[] = [];
  let previous = GENESIS;
  let expected = 1;
  let gecontroleerd = 0;
  for (;;) {
    const { rows } = await db.systemTransaction((tx) =>
      tx.query<
        AuditRowText & {
          volgnummer: number;
          k_audit_id: number;
          vorige_hash: string;
          hash: string;
          ps_hash: string | null;
          ps_digest: string | null;
        }
      >(
        `SELECT k.volgnummer, k.audit_id AS k_audit_id, k.vorige_hash, k.hash, p.keten_hash AS ps_hash,
                p.rij_digest AS ps_digest, r.*
         FROM audit_keten k
         LEFT JOIN LATERAL (${ROW_SQL} FROM audit_log a WHERE a.id = k.audit_id) r ON true
         LEFT JOIN audit_pseudonimiseringen p ON p.audit_id = k.audit_id
         WHERE k.volgnummer >= $1 ORDER BY k.volgnummer LIMIT $2`,
        [expected, batchSize],
      ),
    );
    for (const k of rows) {
      gecontroleerd++;
      if (k.volgnummer !== expected || k.vorige_hash !== previous) {
        problemen.push({
          volgnummer: k.volgnummer,
          auditId: k.k_audit_id,
          soort: 'keten-onderbroken',
          toelichting: `Verwacht volgnummer ${expected} met de hash van de vorige schakel; de keten is onderbroken.`,
        });
      }
      if (k.id === null || k.id === undefined) {
        problemen.push({
          volgnummer: k.volgnummer,
          auditId: k.k_audit_id,
          soort: 'verwijderd',
          toelichting: `Auditregel ${k.k_audit_id} is verwijderd.`,
        });
      } else if (rowHash(k.vorige_hash, k) !== k.hash && !gepseudonimiseerd(k)) {
        problemen.push({
          volgnummer: k.volgnummer,
          auditId: k.k_audit_id,
          soort: 'gewijzigd',
          toelichting: `Auditregel ${k.k_audit_id} is gewijzigd na verzegeling.`,
        });
      }
      previous = k.hash;
      expected = k.volgnummer + 1;
    }
    if (rows.length < batchSize) break;
  }
  const unsealed = await db.systemTransaction((tx) =>
    tx.query<{ n: number; oud: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE a.tijdstip < now() - interval '10 minutes') AS oud
       FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_keten k WHERE k.audit_id = a.id)`,
    ),
  );
  const oud = unsealed.rows[0]?.oud ?? 0;
  if (oud > 0) {
    problemen.push({
      volgnummer: null,
      auditId: null,
      soort: 'niet-verzegeld',
      toelichting: `${oud} auditregel(s) ouder dan 10 minuten zijn niet verzegeld.`,
    });
  }
  return {
    gecontroleerd,
    nietVerzegeld: unsealed.rows[0]?.n ?? 0,
    problemen,
    intact: problemen.length === 0,
  };
}
