/**
 * The README's screenshots: `npx tsx scripts/screenshots.ts` starts the server as `npm start` does
 * (a fresh PGlite folder in /tmp, demo organisation and demo cases, a free port, MFA off, no jobs),
 * walks three main screens in Debian's Chromium (playwright-core, CHROMIUM_PATH) and writes
 * docs/img/werkvoorraad.png, onderzoek.png and monitoring.png (1280 × 800, PNG). Synthetic data only.
 * With `--url http://…` it uses a server you started yourself (demo accounts, MFA=uit,
 * OPEN_TOEGANG_DEMO_PASSWORD set) instead.
 */
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../src/server/platform/config.ts';
import { startRuntime } from '../src/server/runtime.ts';

const UIT = path.resolve('docs/img');
const WACHTWOORD = process.env.OPEN_TOEGANG_DEMO_PASSWORD ?? 'schermafdruk-wachtwoord-123';
const MAX_BYTES = 150 * 1024;

async function eigenServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const { ensureWebBuild } = (await import(pathToFileURL(path.resolve('scripts/build-web.mjs')).href)) as {
    ensureWebBuild(): void;
  };
  ensureWebBuild();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'open-toegang-schermafdruk-'));
  const runtime = await startRuntime(
    loadConfig({
      OPEN_TOEGANG_DATA_DIR: dataDir,
      PORT: '0',
      OPEN_TOEGANG_DEMO_PASSWORD: WACHTWOORD,
      OPEN_TOEGANG_JOBS: 'off',
      MFA: 'uit',
    }),
    { logger: false },
  );
  await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = runtime.app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await runtime.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function inloggen(page: Page, gebruikersnaam: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/inloggen');
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
}

/** A melding in onderzoek of a demo case, through the API as the toegangsmedewerker sees it. */
async function meldingMetOnderzoek(page: Page): Promise<string> {
  const lijst = await page.request.get('/api/v1/werkvoorraad?status=onderzoek');
  if (!lijst.ok()) throw new Error(`Werkvoorraad: ${lijst.status()} ${await lijst.text()}`);
  const items = ((await lijst.json()) as { items: Array<{ id: string; soort: string }> }).items;
  const melding = items.find((m) => m.soort === 'melding');
  if (!melding) throw new Error('Geen melding in onderzoek in de demodata.');
  return melding.id;
}

/** Scrolls the element with this id to the top of the window, at once (no smooth scrolling). */
async function naarBoven(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.getElementById(id);
    if (el)
      window.scrollTo({ top: el.getBoundingClientRect().top + window.scrollY - 24, behavior: 'instant' });
  }, id);
}

async function schermafdruk(page: Page, naam: string): Promise<void> {
  const pad = path.join(UIT, `${naam}.png`);
  await page.screenshot({ path: pad });
  const { size } = await fs.stat(pad);
  console.log(`${path.relative(process.cwd(), pad)}: ${Math.round(size / 1024)} KB`);
  if (size > MAX_BYTES) throw new Error(`${pad} is groter dan 150 KB: kies een kleiner beeld.`);
}

async function main(): Promise<void> {
  const i = process.argv.indexOf('--url');
  const server = i > 0 ? { url: process.argv[i + 1]!, stop: async () => {} } : await eigenServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    await fs.mkdir(UIT, { recursive: true });
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();

    await inloggen(page, 'toegangsmedewerker');
    await page.goto('/werkvoorraad');
    await page.getByRole('heading', { level: 1, name: 'Werkvoorraad' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await schermafdruk(page, 'werkvoorraad');

    const id = await meldingMetOnderzoek(page);
    await page.goto(`/meldingen/${id}/onderzoek`);
    await page.getByRole('heading', { level: 1, name: /^Onderzoek / }).waitFor();
    const starten = page.getByRole('button', { name: 'Onderzoek starten' });
    if (await starten.isVisible()) await starten.click();
    await page.getByRole('navigation', { name: 'Stappen van het onderzoek' }).waitFor();
    // Step 1 is pre-filled from the melding and saved: wait for that, then show the steps at the top.
    await page.getByText(/^Opgeslagen om /).waitFor();
    // The app moves focus to the h1 once a page has loaded; scroll after that.
    await page.waitForTimeout(800);
    await naarBoven(page, 'sectie-stappen');
    await schermafdruk(page, 'onderzoek');

    await inloggen(page, 'beleid');
    await page.goto('/monitoring');
    await page.getByRole('heading', { level: 1, name: 'Monitoring en sturing' }).waitFor();
    const grafiek = page.getByRole('figure', { name: /^Unieke cliënten per wijk/ });
    await grafiek.waitFor();
    await page.waitForTimeout(800);
    await naarBoven(page, 'kerncijfers');
    await schermafdruk(page, 'monitoring');
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
