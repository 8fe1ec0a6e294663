/**
 * Generator benchmark (issue 6): `demo-data --profiel deventer-2019 --schaal n` into a fresh
 * database with the demo organisation; prints rows/s per table set and appends the figures to
 * bench/RESULTS.md. Goal: national size (schaal 100) in minutes, not hours.
 *
 *   npm run bench -- generator [--schaal 10] [--pglite-schaal 1] [--db beide|postgres|pglite] [--bewaar]
 *
 * --bewaar keeps the PostgreSQL database (its name is printed) for other benchmarks (issues 7, 9).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadDemoOrganisation } from '../src/server/demo/demo-data.ts';
import { genereerDemoData } from '../src/server/demo/generator/index.ts';
import { createTestDatabase, type DbKind } from '../tests/support/databases.ts';
import { tabel } from './lib/tabel.ts';
import { gitCommit, machine, schrijfResultaat } from './machine.ts';

const fmt = (n: number) => Math.round(n).toLocaleString('nl-NL');

interface Meting {
  db: string;
  schaal: number;
  gemeenten: number;
  rijen: number;
  seconden: number;
  aantallen: Record<string, number>;
  grootte: string | null;
}

async function meet(kind: DbKind, dbNaam: string, schaal: number, bewaar: boolean): Promise<Meting> {
  console.log(`\n${dbNaam}: schaal ${schaal}`);
  const database = await createTestDatabase(kind);
  try {
    await loadDemoOrganisation(database.db, 'bench-wachtwoord-123');
    const t0 = performance.now();
    const r = await genereerDemoData(database.db, {
      profiel: 'deventer-2019',
      schaal,
      seed: 2019,
      voortgang: (m) => console.log(`  ${((performance.now() - t0) / 1000).toFixed(0).padStart(5)} s  ${m}`),
    });
    const seconden = r.duurMs / 1000;
    console.log(
      `  klaar in ${seconden.toFixed(1)} s: ${fmt(r.rijen)} rijen, ${fmt(r.rijen / seconden)} rijen/s`,
    );
    let grootte: string | null = null;
    if (kind === 'postgres') {
      grootte = (
        await database.db.systemTransaction((tx) =>
          tx.query<{ g: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS g'),
        )
      ).rows[0]!.g;
    }
    if (bewaar && database.url) console.log(`  database bewaard: ${database.url}`);
    return {
      db: dbNaam,
      schaal,
      gemeenten: r.gemeenten.length,
      rijen: r.rijen,
      seconden,
      aantallen: r.aantallen,
      grootte,
    };
  } finally {
    if (!(bewaar && kind === 'postgres')) await database.drop();
    else await database.db.close();
  }
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      schaal: { type: 'string', default: '10' },
      'pglite-schaal': { type: 'string', default: '1' },
      db: { type: 'string', default: 'beide' },
      bewaar: { type: 'boolean', default: false },
    },
  });
  const metingen: Meting[] = [];
  if (values.db !== 'pglite') {
    const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const c = new pg.Client({ connectionString: url });
    const versie = await c
      .connect()
      .then(() => c.query<{ server_version: string }>('SHOW server_version'))
      .then((r) => `PostgreSQL ${r.rows[0]!.server_version}`)
      .catch(() => null)
      .finally(() => c.end().catch(() => {}));
    if (versie) {
      process.env.DATABASE_URL = url;
      metingen.push(await meet('postgres', versie, Number(values.schaal), values.bewaar === true));
    } else console.log('PostgreSQL niet bereikbaar (DATABASE_URL); overgeslagen.');
  }
  if (values.db !== 'postgres') {
    metingen.push(await meet('pglite', 'PGlite (in het geheugen)', Number(values['pglite-schaal']), false));
  }
  const a = (m: Meting, t: string) => fmt(m.aantallen[t] ?? 0);
  schrijfResultaat('Synthetische-datagenerator (demo-data --profiel deventer-2019)', [
    `- datum: ${new Date().toISOString()}`,
    `- commit: ${gitCommit()}`,
    `- machine: ${machine()}`,
    '',
    tabel(
      [
        'database',
        'schaal',
        'gemeenten',
        'rijen',
        'tijd',
        'rijen/s',
        'personen',
        'meldingen',
        'beschikkingen',
        'voorzieningen',
        'domein_events',
        'grootte',
      ],
      metingen.map((m) => [
        m.db,
        m.schaal,
        m.gemeenten,
        fmt(m.rijen),
        `${m.seconden.toFixed(1)} s`,
        fmt(m.rijen / m.seconden),
        a(m, 'personen'),
        a(m, 'meldingen'),
        a(m, 'beschikkingen'),
        a(m, 'voorzieningen'),
        a(m, 'domein_events'),
        m.grootte ?? '—',
      ]),
    ),
    '',
    'Rijen: alle tabellen samen (personen, huishoudens, meldingen, onderzoeken, aanvragen, beschikkingen, voorzieningen, toewijzingen, domein-events …). Schaal 1 = Deventer; elke schaaleenheid erbij is ongeveer één Deventer.',
  ]);
  console.log('\nToegevoegd aan bench/RESULTS.md');
}
