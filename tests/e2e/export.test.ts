import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { volgendBsn } from '../support/intake.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiSessie, meldingVoorNieuwePersoon, tabNaar } from './support/intake.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

describe.skipIf(zonderChromium)('lijsten exporteren in de browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];
  let kenmerk: string;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    ({ kenmerk } = await kcc.post<{ kenmerk: string }>(
      '/meldingen',
      meldingVoorNieuwePersoon({ bsn: volgendBsn(), voornamen: 'Edith', achternaam: 'Exportstra' }),
    ));
    await kcc.sluit();
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

  it('de teamleider downloadt de gefilterde werkvoorraad als CSV, met het toetsenbord', async () => {
    await inloggen(page, 'teamleider');
    await hoofdmenu(page).getByRole('link', { name: 'Werkvoorraad' }).click();
    await h1(page, 'Werkvoorraad').waitFor();
    await page
      .getByRole('cell', { name: kenmerk })
      .or(page.getByRole('rowheader', { name: kenmerk }))
      .waitFor();

    const exporteren = page.getByRole('navigation', { name: 'Exporteren: de werkvoorraad' });
    // People open the CSV in Excel: the first link gives semicolons and a BOM (issue 15).
    const csvLink = exporteren.getByRole('link', { name: 'CSV voor Excel van de werkvoorraad', exact: true });
    const xlsxLink = exporteren.getByRole('link', { name: 'Excel (XLSX) van de werkvoorraad', exact: true });
    // The links carry the screen's filters, never the page cursor: the file has all pages.
    expect(await csvLink.getAttribute('href')).toMatch(/^\/api\/v1\/werkvoorraad\?.*formaat=csv-excel/);
    expect(await xlsxLink.getAttribute('href')).toMatch(/formaat=xlsx/);
    expect(await csvLink.getAttribute('href')).not.toMatch(/[?&](na|pageSize)=/);
    await verwachtToegankelijk(page, 'de werkvoorraad met exportlinks');

    // Keyboard only: Tab to the link, Enter downloads.
    await page.locator('h1').focus();
    await tabNaar(page, (f) => f.tag === 'a' && f.tekst === 'CSV voor Excel van de werkvoorraad', 80);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('werkvoorraad.csv');
    const csv = await fs.readFile((await download.path())!, 'utf8');
    // A UTF-8 BOM, semicolons and CRLF: Dutch Excel opens it in columns.
    expect(csv.split('\r\n')[0]).toMatch(
      /^\uFEFFKenmerk;Soort;Status;Kanaal;Ontvangen;Spoed;Naam;Geboortedatum;/,
    );
    // The teamleider may export names (to distribute the work).
    expect(csv).toContain(`${kenmerk};melding;nieuw;telefoon;`);
    expect(csv).toContain('"Edith Exportstra";1950-01-01');
  });

  it('de KCC krijgt hetzelfde bestand zonder naam en geboortedatum', async () => {
    await inloggen(page, 'kcc');
    await hoofdmenu(page).getByRole('link', { name: 'Werkvoorraad' }).click();
    await h1(page, 'Werkvoorraad').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('navigation', { name: 'Exporteren: de werkvoorraad' })
        .getByRole('link', { name: 'CSV met komma’s (voor software) van de werkvoorraad', exact: true })
        .click(),
    ]);
    const csv = await fs.readFile((await download.path())!, 'utf8');
    // The standard CSV for software: commas, no BOM.
    expect(csv.split('\n')[0]).toMatch(/^Kenmerk,Soort,/);
    expect(csv.split('\n')[0]).not.toMatch(/Naam|Geboortedatum/);
    expect(csv).toContain(kenmerk);
    expect(csv).not.toContain('Exportstra');
  });
});
