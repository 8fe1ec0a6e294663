/**
 * Monitoring benchmark (issue 7): kerncijfers for one gemeente-year over the national data set, and
 * the spending figures (issue 21) and the beleid dashboard in a real browser. Usage (via `npm run bench -- monitoring …`):
 *
 *   --db postgres|pglite   database mode (default postgres)
 *   --schaal <n>           generator scale (default 100 on postgres, 1 on pglite)
 *   --herhalingen <n>      dashboard loads in the browser (default 10)
 *
 * Kerncijfers are measured twice per gemeente-year: computed from the records (`vers`, what the
 * first reader after a change pays) and read from the rollup (every later reader; ADR 0012).
 * The dashboard is timed from navigation until every section has its data, in headless Chromium
 * (skipped with a message when there is none).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { kerncijfers } from '../src/server/modules/monitoring/kerncijfers.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { openDatabase } from '../src/server/platform/db/index.ts';
import { percentiel } from './lib/last.ts';
import { startBenchServer } from './lib/server.ts';
import { tabel } from './lib/tabel.ts';
import { type BenchDatabase, bereidDatabase, DATA_OPTIES, dataKeuze } from './lib/voorbereiding.ts';
import { gitCommit, machine, schrijfResultaat } from './machine.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The password of the generated accounts (bench/lib/voorbereiding.ts). */
const WACHTWOORD = 'bench-wachtwoord-1';

/** What the beleid dashboard asks for (src/web/monitoring/BeleidDashboard.tsx). */
const DASHBOARD_API = [
  'kerncijfers',
  'instroom',
  'termijnen',
  'doorlooptijden',
  'conversie',
  'ladder',
  'herindicatieprognose',
  'formatie',
  'uitgaven',
];

interface Reeks {
  naam: string;
  ms: number[];
}

const rij = (r: Reeks) => {
  const s = Float64Array.from(r.ms).sort();
  return [r.naam, s.length, percentiel(s, 50), percentiel(s, 95), s[s.length - 1] ?? Number.NaN];
};

async function meetKerncijfers(bd: BenchDatabase): Promise<{ reeksen: Reeks[]; voorzieningen: number }> {
  const db = await openDatabase(loadConfig({ ...process.env, ...bd.env }));
  try {
    const { rows } = await db.systemTransaction((tx) =>
      tx.query<{ code: string; n: number }>(
        `SELECT g.code, (SELECT count(*) FROM voorzieningen v WHERE v.gemeente_code = g.code)::int AS n
         FROM gemeenten g WHERE EXISTS (SELECT 1 FROM voorzieningen v WHERE v.gemeente_code = g.code)
         ORDER BY g.code LIMIT 12`,
      ),
    );
    const totaal = await db.systemTransaction((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM voorzieningen'),
    );
    const koud: Reeks = { naam: 'kerncijfers berekend uit de dossiers (vers)', ms: [] };
    const warm: Reeks = { naam: 'kerncijfers uit de rollup', ms: [] };
    for (const g of rows) {
      for (const jaar of [2019, 2022]) {
        const ctx = { gebruikerId: null, gemeenten: [g.code] };
        let t = performance.now();
        await db.transaction(ctx, (tx) => kerncijfers(tx, { gemeenteCode: g.code, jaar, vers: true }));
        koud.ms.push(performance.now() - t);
        t = performance.now();
        const r = await db.transaction(ctx, (tx) => kerncijfers(tx, { gemeenteCode: g.code, jaar }));
        warm.ms.push(performance.now() - t);
        if (r.bron !== 'rollup') throw new Error(`Verwacht: rollup voor ${g.code}/${jaar}`);
      }
    }
    return { reeksen: [koud, warm], voorzieningen: totaal.rows[0]!.n };
  } finally {
    await db.close();
  }
}

/** Time until every section of the dashboard has its data, after `start` began the navigation. */
async function dashboardGeladen(page: Page, start: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  const antwoorden = Promise.all(
    DASHBOARD_API.map((pad) =>
      page.waitForResponse((r) => r.url().includes(`/api/v1/monitoring/${pad}?`), { timeout: 60_000 }),
    ),
  );
  await start();
  await page.getByRole('heading', { level: 1, name: 'Monitoring en sturing' }).waitFor();
  await antwoorden;
  await page.waitForFunction(() => !document.body.textContent?.includes('Gegevens worden geladen'), null, {
    timeout: 60_000,
  });
  return performance.now() - t;
}

/**
 * Two ways to open the dashboard: from the menu inside the app (what a user does all day: the app
 * is loaded, the dashboard's code is cached) and by loading the page anew (a bookmark or F5:
 * HTML, scripts, session check and the lazy-loaded chart library first).
 */
async function meetDashboard(bd: BenchDatabase, herhalingen: number): Promise<Reeks[] | string> {
  if (!fs.existsSync(CHROMIUM)) return `Chromium niet gevonden op ${CHROMIUM}: dashboard niet gemeten.`;
  const srv = await startBenchServer(bd.env, 3900 + Math.floor(Math.random() * 50));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await (await browser.newContext({ baseURL: srv.url })).newPage();
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').fill('beleid');
    await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const navigatie: Reeks = {
      naam: 'beleidsdashboard via het menu (Chromium, alle secties geladen)',
      ms: [],
    };
    const herladen: Reeks = { naam: 'beleidsdashboard bij het laden van de pagina (Chromium)', ms: [] };
    // Issue 21: the spending figures of one gemeente-year (< 1 s at national size), asked as the
    // dashboard asks them, over several years so that no single cached plan flatters the figure.
    const uitgaven: Reeks = { naam: 'uitgaven gemeente-jaar (API, issue 21)', ms: [] };
    for (let i = 0; i < herhalingen * 2; i++) {
      const t = performance.now();
      const r = await page.request.get(`/api/v1/monitoring/uitgaven?gemeente=0150&jaar=${2018 + (i % 8)}`);
      if (!r.ok()) throw new Error(`uitgaven: ${r.status()} ${await r.text()}`);
      await r.body();
      uitgaven.ms.push(performance.now() - t);
    }
    for (let i = 0; i < herhalingen + 1; i++) {
      const ms = await dashboardGeladen(page, () =>
        menu.getByRole('link', { name: 'Monitoring', exact: true }).click(),
      );
      // The first visit also fetches the dashboard's code (lazy-loaded chart library): not counted.
      if (i > 0) navigatie.ms.push(ms);
      await menu.getByRole('link', { name: 'Start' }).click();
      await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
    }
    for (let i = 0; i < herhalingen; i++) {
      herladen.ms.push(await dashboardGeladen(page, () => page.goto(`/monitoring?jaar=${2018 + (i % 5)}`)));
    }
    return [uitgaven, navigatie, herladen];
  } finally {
    await browser.close();
    await srv.stop();
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DATA_OPTIES,
      herhalingen: { type: 'string', default: '10' },
    },
  });
  const { modus, schaal } = dataKeuze(values);
  const bd = await bereidDatabase(modus, schaal, false);
  const { reeksen, voorzieningen } = await meetKerncijfers(bd);
  const dashboard = await meetDashboard(bd, Number(values.herhalingen));
  if (typeof dashboard === 'string') console.log(dashboard);
  else reeksen.push(...dashboard);
  const t = tabel(
    ['meting', 'n', 'p50 ms', 'p95 ms', 'max ms'],
    reeksen.map((r) => rij(r)),
  );
  console.log(t);
  schrijfResultaat(`Monitoring (${modus}) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, [
    `- commit: \`${gitCommit()}\``,
    `- machine: ${machine()}`,
    `- database: ${modus === 'postgres' ? 'PostgreSQL-server (zelfde machine)' : 'PGlite (ingebed)'}`,
    `- data: schaal ${schaal}, ${voorzieningen} voorzieningen in totaal; kerncijfers van 12 gemeenten × 2019 en 2022`,
    ...(typeof dashboard === 'string' ? [`- ${dashboard}`] : []),
    '',
    t,
  ]);
}
