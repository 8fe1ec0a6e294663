import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createInwonerSession } from '../../src/server/platform/auth/inwoner-sessies.ts';
import { createSession } from '../../src/server/platform/auth/sessions.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openDatabase } from '../../src/server/platform/db/index.ts';
import type { Database } from '../../src/server/platform/db/types.ts';
import { BENCH_DIR, ROOT } from './paden.ts';

export type DbModus = 'postgres' | 'pglite';

/** The command-line options of the scenarios that run on generated data (parseArgs format). */
export const DATA_OPTIES = {
  db: { type: 'string', default: 'postgres' },
  schaal: { type: 'string' },
} as const;

/** The database mode and generator scale asked for: national size on PostgreSQL, Deventer on PGlite. */
export function dataKeuze(values: { db: string; schaal?: string }, standaard?: number) {
  const modus = values.db as DbModus;
  const schaal = Number(values.schaal ?? standaard ?? (modus === 'postgres' ? 100 : 1));
  return { modus, schaal };
}

export interface BenchDatabase {
  modus: DbModus;
  /** Environment for the server and the CLI. */
  env: Record<string, string>;
  schaal: number;
}

const BASIS_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The database for a scale: reused when it already holds that scale's generated data. */
export async function bereidDatabase(
  modus: DbModus,
  schaal: number,
  opnieuw: boolean,
): Promise<BenchDatabase> {
  const label = String(schaal).replace('.', '_');
  let env: Record<string, string>;
  if (modus === 'postgres') {
    // BENCH_DB: another database name, e.g. to keep the data of two commits apart (before/after).
    const naam = process.env.BENCH_DB ?? `ot_bench_s${label}`;
    const u = new URL(BASIS_URL);
    u.pathname = `/${naam}`;
    env = { DATABASE_URL: u.toString(), OPEN_TOEGANG_DATA_DIR: path.join(BENCH_DIR, '.data', 'pg') };
    const admin = new pg.Client({ connectionString: BASIS_URL });
    await admin.connect();
    const bestaat =
      (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [naam])).rows.length > 0;
    if (bestaat && opnieuw) await admin.query(`DROP DATABASE ${naam} WITH (FORCE)`);
    if (!bestaat || opnieuw) await admin.query(`CREATE DATABASE ${naam}`);
    await admin.end();
  } else {
    const map = path.join(BENCH_DIR, '.data', `pglite-s${label}`);
    if (opnieuw) fs.rmSync(map, { recursive: true, force: true });
    env = { OPEN_TOEGANG_DATA_DIR: map };
  }
  fs.mkdirSync(env.OPEN_TOEGANG_DATA_DIR!, { recursive: true });
  const db = await openDatabase(loadConfig({ ...process.env, ...env }));
  let heeftData = false;
  try {
    heeftData = await db
      .systemTransaction((tx) =>
        tx.query<{ n: number }>("SELECT count(*)::int AS n FROM voorzieningen WHERE gemeente_code = '0150'"),
      )
      .then((r) => (r.rows[0]?.n ?? 0) > 0)
      .catch(() => false);
  } finally {
    await db.close();
  }
  if (!heeftData) {
    console.log(`Data genereren (${modus}, schaal ${schaal}) — eenmalig; daarna hergebruikt.`);
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'demo-data',
        '--profiel',
        'deventer-2019',
        '--schaal',
        String(schaal),
        '--seed',
        '1',
      ],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, OPEN_TOEGANG_DEMO_PASSWORD: 'bench-wachtwoord-1' },
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) throw new Error('Data genereren mislukt');
    console.log(`Gegenereerd in ${((performance.now() - t) / 1000).toFixed(0)} s.`);
  }
  return { modus, env, schaal };
}

export interface Steekproef {
  personen: Array<{ id: string; bsn: string; achternaam: string; huishoudenId: string }>;
  meldingen: string[];
  onderzoeken: Array<{ id: string; versie: number }>;
  telling: { personen: number; meldingen: number; voorzieningen: number; auditregels: number };
  sessies: Array<{ cookie: string; csrf: string; rol: string }>;
}

async function steekproefUit(
  db: Database,
  n: number,
  sessiesPerRol: Record<string, number>,
): Promise<Steekproef> {
  return db.systemTransaction(async (tx) => {
    // TABLESAMPLE keeps this fast on millions of rows; the bench only needs a spread of real ids.
    const personen = await tx.query<{ id: string; bsn: string; achternaam: string; huishouden_id: string }>(
      `SELECT p.id, p.bsn, p.achternaam, hl.huishouden_id FROM personen p TABLESAMPLE SYSTEM (10)
       JOIN huishouden_leden hl ON hl.persoon_id = p.id AND hl.tot IS NULL
       WHERE p.gemeente_code = '0150' AND p.bsn IS NOT NULL LIMIT $1`,
      [n],
    );
    const meldingen = await tx.query<{ id: string }>(
      `SELECT id FROM meldingen TABLESAMPLE SYSTEM (10) WHERE gemeente_code = '0150' LIMIT $1`,
      [n],
    );
    const onderzoeken = await tx.query<{ id: string; versie: number }>(
      `SELECT id, versie FROM onderzoeken WHERE gemeente_code = '0150' AND status <> 'afgerond' LIMIT 200`,
    );
    const telling = (
      await tx.query<Steekproef['telling']>(
        `SELECT (SELECT count(*) FROM personen)::int AS personen, (SELECT count(*) FROM meldingen)::int AS meldingen,
                (SELECT count(*) FROM voorzieningen)::int AS voorzieningen, (SELECT count(*) FROM audit_log)::int AS auditregels`,
      )
    ).rows[0]!;
    const sessies: Steekproef['sessies'] = [];
    for (const [gebruikersnaam, aantal] of Object.entries(sessiesPerRol)) {
      const g = (
        await tx.query<{ id: string }>('SELECT id FROM gebruikers WHERE gebruikersnaam = $1', [
          gebruikersnaam,
        ])
      ).rows[0];
      if (!g) throw new Error(`Account ${gebruikersnaam} ontbreekt in de benchdatabase.`);
      for (let i = 0; i < aantal; i++) sessies.push({ cookie: g.id, csrf: '', rol: gebruikersnaam });
    }
    // Need-to-know (ADR 0030): a caseworker reads case content only of households they have a
    // relationship with. The bench's caseworkers work the sampled households as meekijker, so the
    // workload pays the relationship check in RLS without being refused (idempotent across runs).
    const huishoudens = [
      ...new Set([
        ...personen.rows.map((r) => r.huishouden_id),
        ...(
          await tx.query<{ huishouden_id: string }>(
            `SELECT m.huishouden_id FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id
              WHERE o.id = ANY($1::uuid[]) AND m.huishouden_id IS NOT NULL`,
            [onderzoeken.rows.map((o) => o.id)],
          )
        ).rows.map((r) => r.huishouden_id),
      ]),
    ];
    await tx.query(
      `INSERT INTO meekijkers (gemeente_code, huishouden_id, medewerker_id, toegevoegd_door)
       SELECT h.gemeente_code, h.id, g.medewerker_id, g.medewerker_id
         FROM huishoudens h CROSS JOIN gebruikers g
        WHERE h.id = ANY($1::uuid[]) AND g.gebruikersnaam = ANY($2::text[]) AND g.medewerker_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM meekijkers k WHERE k.huishouden_id = h.id
                            AND k.medewerker_id = g.medewerker_id AND k.ingetrokken_op IS NULL)`,
      [huishoudens, Object.keys(sessiesPerRol)],
    );
    return {
      personen: personen.rows.map((r) => ({
        id: r.id,
        bsn: r.bsn,
        achternaam: r.achternaam,
        huishoudenId: r.huishouden_id,
      })),
      meldingen: meldingen.rows.map((r) => r.id),
      onderzoeken: onderzoeken.rows,
      telling,
      sessies,
    };
  });
}

/**
 * Samples ids to request and opens sessions directly in the session store (the login itself, with
 * its argon2 hash and throttling per address, is not what this benchmark measures).
 */
export async function neemSteekproef(
  bd: BenchDatabase,
  sessiesPerRol: Record<string, number>,
): Promise<Steekproef> {
  const db = await openDatabase(loadConfig({ ...process.env, ...bd.env }));
  try {
    const s = await steekproefUit(db, 2000, sessiesPerRol);
    for (const sessie of s.sessies) {
      const { token, csrfToken } = await createSession(db, sessie.cookie, '127.0.0.1', 'wachtwoord', {
        idleMinutes: 600,
        maxHours: 10,
      });
      sessie.cookie = `ot_sessie=${token}`;
      sessie.csrf = csrfToken;
    }
    if (s.personen.length === 0 || s.meldingen.length === 0)
      throw new Error('Geen data in de benchdatabase.');
    return s;
  } finally {
    await db.close();
  }
}

/** The current versie of each sampled onderzoek (a previous run saved drafts and raised them). */
export async function verversVersies(bd: BenchDatabase, s: Steekproef): Promise<void> {
  const db = await openDatabase(loadConfig({ ...process.env, ...bd.env }));
  try {
    const { rows } = await db.systemTransaction((tx) =>
      tx.query<{ id: string; versie: number }>(
        'SELECT id, versie FROM onderzoeken WHERE id = ANY($1::uuid[])',
        [s.onderzoeken.map((o) => o.id)],
      ),
    );
    const versie = new Map(rows.map((r) => [r.id, r.versie]));
    for (const o of s.onderzoeken) o.versie = versie.get(o.id) ?? o.versie;
  } finally {
    await db.close();
  }
}

/**
 * Resident sessions for the inwonerportaal's status page (issue 17): one per sampled melding of
 * a person with a BSN, opened directly in the resident session store (DigiD is not measured).
 */
export async function inwonerSessies(
  bd: BenchDatabase,
  n: number,
): Promise<Array<{ cookie: string; meldingId: string }>> {
  const db = await openDatabase(loadConfig({ ...process.env, ...bd.env }));
  try {
    const { rows } = await db.systemQuery<{ id: string; bsn: string; gemeente_code: string }>(
      `SELECT DISTINCT ON (p.id) m.id, p.bsn, p.gemeente_code FROM meldingen m TABLESAMPLE SYSTEM (10)
       JOIN personen p ON p.id = m.persoon_id
       WHERE m.gemeente_code = '0150' AND m.soort = 'melding' AND p.bsn IS NOT NULL LIMIT $1`,
      [n],
    );
    const uit: Array<{ cookie: string; meldingId: string }> = [];
    for (const r of rows) {
      const { token } = await createInwonerSession(db, {
        gemeenteCode: r.gemeente_code,
        bsn: r.bsn,
        pseudoniem: `bench-${uit.length}`,
        acr: 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract',
        niveau: 2,
        namens: null,
        methode: 'demo',
      });
      uit.push({ cookie: `ot_inwoner=${token}`, meldingId: r.id });
    }
    if (uit.length === 0) throw new Error('Geen meldingen met een BSN in de benchdatabase.');
    return uit;
  } finally {
    await db.close();
  }
}
