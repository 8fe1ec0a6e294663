import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDemoFinancien } from '../../src/server/demo/financien-demo.ts';
import { h1, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiKlant } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** Text on screen that a person reads: the main content without form values. */
function zichtbareTekst(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point (hidden text is not read).
  return page.locator('main').innerText();
}

/**
 * Issue 15, item 8: monitoring opens on the latest year with data, chart axes count in whole
 * numbers, dates and headers read as Dutch, fte one way, a wrong filter says so at the field, and
 * the CSV for Excel has semicolons and a BOM.
 */
describe.skipIf(zonderChromium)('bruikbaarheid: monitoring leesbaar', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
  });
  afterEach(async () => {
    await context?.close();
    expect(fouten, 'fouten in de browser').toEqual([]);
  });

  it('het dashboard opent op het laatste jaar met gegevens, leesbaar, en meldt een fout filter bij het veld', async () => {
    // Historic beschikkingen (before 2021, as an import brings them): last year itself has none.
    await loadDemoFinancien(server.db);
    const beleid = await apiKlant(server.baseUrl, 'beleid');
    const laatste = await beleid.get<{ jaar: number; totalen: { uniekeClienten: number } }>(
      '/monitoring/kerncijfers?gemeente=0150',
    );
    await beleid.sluit();
    expect(laatste.totalen.uniekeClienten).toBeGreaterThan(0);

    await inloggen(page, 'beleid');
    await page.goto('/monitoring');
    await h1(page, 'Monitoring en sturing').waitFor();
    await page.getByRole('heading', { level: 2, name: `Kerncijfers ${laatste.jaar}` }).waitFor();
    const totalen = page.getByRole('table', { name: new RegExp(`^Totaal .* ${laatste.jaar}$`) });
    const uniek = await totalen
      .getByRole('row', { name: /^Unieke cliënten/ })
      .getByRole('cell')
      .textContent();
    expect(uniek).not.toBe('0');

    // Chart axes: whole counts, the Dutch way; never "0,75" or "0.75".
    const figuur = page.getByRole('figure', { name: /^Unieke cliënten per wijk/ });
    // recharts 3 renders the tick labels in a layer of their own: '.recharts-yAxis-tick-labels'.
    const asLabels = figuur.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await asLabels.first().waitFor();
    const ticks = await asLabels.allTextContents();
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(t).toMatch(/^\d{1,3}(\.\d{3})*$/);

    // Headers with a capital; no codes like "clienten =", no ISO dates or timestamps.
    await page.getByRole('table', { name: /^Formatie: benodigde en beschikbare fte/ }).waitFor();
    const koppen = await page.locator('main th[scope="col"]').allTextContents();
    for (const k of koppen) expect(k.trim()).toMatch(/^[A-Z0-9ÉÈ<≤–(]/);
    const tekst = await zichtbareTekst(page);
    expect(tekst).not.toMatch(/clienten =/);
    expect(tekst).not.toMatch(/\b\d{4}-\d{2}-\d{2}(T|\b)/);
    expect(tekst).toMatch(/Berekend op \d{1,2} [a-z]+ \d{4} om \d\d:\d\d/);
    // Fte one way: at least one decimal, a comma ("20,41", "1,0").
    const fte = await page
      .getByRole('table', { name: /^Formatie: benodigde en beschikbare fte/ })
      .getByRole('row')
      .nth(1)
      .getByRole('cell')
      .allTextContents();
    expect(fte.some((c) => /^\d+,\d{1,2}$/.test(c))).toBe(true);
    await verwachtToegankelijk(page, 'het leesbare dashboard');

    // A wrong year: the error at the field, focus there, nothing reloaded.
    const url = page.url();
    await page.getByLabel('Jaar (kerncijfers)').fill('19');
    await page.getByLabel('Van maand').fill('2026-13');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.locator('#m-jaar-fout').getByText('Vul een jaar in van vier cijfers').waitFor();
    await page.locator('#m-van-fout').getByText('Vul een maand in als jaar-maand').waitFor();
    expect(await page.getByLabel('Jaar (kerncijfers)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('m-jaar');
    expect(page.url()).toBe(url);
    await verwachtToegankelijk(page, 'het dashboard met een fout filter');
    await page.setViewportSize({ width: 320, height: 800 });
    await verwachtToegankelijk(page, 'het dashboard op 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The CSV people open in Excel: BOM, semicolons, CRLF.
    await page.getByLabel('Jaar (kerncijfers)').fill('2019');
    await page.getByLabel('Van maand').fill('2025-12');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(/jaar=2019/);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('navigation', { name: 'Exporteren: de kerncijfers 2019' })
        .getByRole('link', { name: 'CSV voor Excel van de kerncijfers 2019', exact: true })
        .click(),
    ]);
    expect(csv.suggestedFilename()).toBe('kerncijfers-0150-2019.csv');
    const inhoud = await fs.readFile((await csv.path())!, 'utf8');
    expect(inhoud.startsWith('\uFEFFjaar;gemeente;wijkcode;wijknaam;productcategorie;maat;aantal\r\n')).toBe(
      true,
    );
  });

  it('het teamoverzicht: koppen met een hoofdletter, "Stand van" als datum, fte als 1,0', async () => {
    await inloggen(page, 'teamleider');
    await page.goto('/teamoverzicht');
    await h1(page, 'Teamoverzicht').waitFor();
    const belasting = page.getByRole('table', { name: 'Belasting per medewerker' });
    await belasting.getByRole('rowheader', { name: 'Tom Gerritsen' }).waitFor();
    expect(await belasting.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['Medewerker', 'Fte', 'Open meldingen']),
    );
    await belasting
      .getByRole('row', { name: /Petra Lammers/ })
      .getByRole('cell', { name: '1,0' })
      .first()
      .waitFor();
    const tekst = await zichtbareTekst(page);
    expect(tekst).toMatch(/Stand van \d{1,2} [a-z]+ \d{4}\./);
    expect(tekst).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await verwachtToegankelijk(page, 'het leesbare teamoverzicht');
  });
});
