/**
 * Import benchmark (issue 6): a generated historic file of N rows (default 1,000,000 on PostgreSQL,
 * 100,000 on PGlite) through the same code as `npm run cli -- import beschikkingen`, on a fresh
 * database with the demo organisation; then the same file again (idempotent re-run). Prints rows/s
 * and appends the figures to bench/RESULTS.md. Target: 1,000,000 rows in under 2 minutes on PostgreSQL.
 *
 *   npm run bench -- import [--rijen 1000000] [--pglite-rijen 100000] [--db beide|postgres|pglite]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadDemoOrganisation } from '../src/server/demo/demo-data.ts';
import { maakImportCsv } from '../src/server/demo/generator/import-csv.ts';
import { AANBIEDERS, DEVENTER_POSTCODES, DEVENTER_WIJKEN } from '../src/server/demo/organisatie-demo.ts';
import { cliUitvoerder, importeerBeschikkingen } from '../src/server/modules/imports/service.ts';
import { createTestDatabase, type DbKind } from '../tests/support/databases.ts';
import { tabel } from './lib/tabel.ts';
import { gitCommit, machine, schrijfResultaat } from './machine.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('nl-NL');

async function postgresBereikbaar(): Promise<string | null> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
    const v = await c.query<{ server_version: string }>('SHOW server_version');
    process.env.DATABASE_URL = url;
    return `PostgreSQL ${v.rows[0]!.server_version}`;
  } catch {
    return null;
  } finally {
    await c.end().catch(() => {});
  }
}

interface Meting {
  db: string;
  rijen: number;
  seconden: number;
  herhaling: number;
  nieuw: { personen: number; beschikkingen: number; voorzieningen: number; toewijzingen: number };
}

async function meet(kind: DbKind, dbNaam: string, rijen: number): Promise<Meting> {
  const { csv, verwachting } = maakImportCsv({
    rijen,
    seed: 2019,
    wijkcodes: DEVENTER_WIJKEN.map(([c]) => c),
    postcodes: Object.fromEntries(DEVENTER_POSTCODES.map(([van, , w]) => [w, van])),
    agbCodes: AANBIEDERS.map((a) => a.agb),
  });
  const bytes = Buffer.from(csv, 'utf8');
  console.log(
    `\n${dbNaam}: ${fmt(rijen)} regels (${fmt(bytes.length / 2 ** 20)} MB), ${fmt(verwachting.clienten)} cliënten`,
  );
  const database = await createTestDatabase(kind);
  try {
    await loadDemoOrganisation(database.db, 'bench-wachtwoord-123');
    const u = cliUitvoerder('0150', { ip: 'bench', sessie: null, verzoekId: 'bench-import' });
    let laatst = 0;
    const t0 = performance.now();
    const r = await importeerBeschikkingen(database.db, u, {
      gemeenteCode: '0150',
      bestand: bytes,
      bestandsnaam: 'bench.csv',
      voortgang(verwerkt, totaal) {
        const nu = performance.now();
        if (nu - laatst > 5000 || verwerkt === totaal) {
          laatst = nu;
          console.log(`  ${fmt(verwerkt)} / ${fmt(totaal)} (${fmt(verwerkt / ((nu - t0) / 1000))} regels/s)`);
        }
      },
    });
    const seconden = (performance.now() - t0) / 1000;
    if (r.status !== 'klaar' || r.nieuw.voorzieningen !== verwachting.rijen) {
      throw new Error(
        `Import niet zoals verwacht: ${JSON.stringify({ ...r, fouten: r.fouten.slice(0, 5) })}`,
      );
    }
    console.log(`  klaar in ${seconden.toFixed(1)} s: ${fmt(rijen / seconden)} regels/s`);
    const t1 = performance.now();
    const r2 = await importeerBeschikkingen(database.db, u, { gemeenteCode: '0150', bestand: bytes });
    const herhaling = (performance.now() - t1) / 1000;
    if (r2.nieuw.voorzieningen !== 0) throw new Error('De herhaling voegde regels toe');
    console.log(`  herhaling (idempotent, niets nieuw) in ${herhaling.toFixed(1)} s`);
    return { db: dbNaam, rijen, seconden, herhaling, nieuw: r.nieuw };
  } finally {
    await database.drop();
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      rijen: { type: 'string', default: '1000000' },
      'pglite-rijen': { type: 'string', default: '100000' },
      db: { type: 'string', default: 'beide' },
    },
  });
  const metingen: Meting[] = [];
  if (values.db !== 'pglite') {
    const versie = await postgresBereikbaar();
    if (versie) metingen.push(await meet('postgres', versie, Number(values.rijen)));
    else console.log('PostgreSQL niet bereikbaar (DATABASE_URL); overgeslagen.');
  }
  if (values.db !== 'postgres') {
    metingen.push(await meet('pglite', 'PGlite (in het geheugen)', Number(values['pglite-rijen'])));
  }
  const regels = [
    `- datum: ${new Date().toISOString()}`,
    `- commit: ${gitCommit()}`,
    `- machine: ${machine()}`,
    '',
    tabel(
      [
        'database',
        'regels',
        'tijd',
        'regels/s',
        'nieuw: personen / beschikkingen / voorzieningen / toewijzingen',
        'herhaling (niets nieuw)',
      ],
      metingen.map((m) => [
        m.db,
        fmt(m.rijen),
        `${m.seconden.toFixed(1)} s`,
        fmt(m.rijen / m.seconden),
        `${fmt(m.nieuw.personen)} / ${fmt(m.nieuw.beschikkingen)} / ${fmt(m.nieuw.voorzieningen)} / ${fmt(m.nieuw.toewijzingen)}`,
        `${m.herhaling.toFixed(1)} s`,
      ]),
    ),
    '',
    'Doel (issue 6): 1.000.000 regels in minder dan 2 minuten op PostgreSQL. De tijd omvat lezen, controleren en laden (batches van 20.000 regels, elk een transactie).',
  ];
  schrijfResultaat('Import van historische beschikkingen', regels);
  console.log('\nToegevoegd aan bench/RESULTS.md');
}
