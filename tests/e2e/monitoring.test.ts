import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDemoFinancien } from '../../src/server/demo/financien-demo.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

describe.skipIf(zonderChromium)('monitoring in de browser', () => {
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

  it('beleid opent het dashboard (toegankelijk), filtert op jaar en exporteert een tabel als CSV en XLSX', async () => {
    await inloggen(page, 'beleid');
    expect(await hoofdmenu(page).getByRole('link').allTextContents()).toEqual([
      'Start',
      'Declaraties',
      'Goedgekeurde bedragen',
      'Monitoring',
      'Begroting',
      'Regionale monitoring',
      'Wijken',
      'Verwerkingsregister',
      'Projecten',
    ]);
    await hoofdmenu(page).getByRole('link', { name: 'Monitoring', exact: true }).click();
    await h1(page, 'Monitoring en sturing').waitFor();
    expect(await page.title()).toBe('Monitoring en sturing – Open Toegang');

    // Kerncijfers: the totals, a chart with its name, the wijk × categorie table with Deventer's 15 wijken.
    await page.getByLabel('Jaar (kerncijfers)').fill('2019');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(/jaar=2019/);
    const tabel = page.getByRole('table', { name: 'Cliënten per productcategorie, Deventer 2019' });
    await tabel.waitFor();
    expect(await tabel.getByRole('rowheader').allTextContents()).toHaveLength(15);
    // Codes read as words, with a capital (issue 15).
    await tabel.getByRole('columnheader', { name: 'Vervoersdiensten' }).waitFor();
    await page.getByRole('figure', { name: 'Unieke cliënten per wijk, Deventer 2019' }).waitFor();
    await page
      .getByRole('table', { name: /^Binnen de wettelijke termijn/ })
      .or(page.getByText('Geen gegevens voor deze keuze.').first())
      .first()
      .waitFor();
    await page.getByRole('figure', { name: /^Benodigde en beschikbare fte per maand/ }).waitFor();
    await page
      .getByRole('table', { name: /^Formatie: benodigde en beschikbare fte/ })
      .getByRole('cell', { name: '20,41' })
      .first()
      .waitFor();
    await verwachtToegankelijk(page, 'het beleidsdashboard');

    // The table per maat is a choice; keyboard reachable.
    await page.getByLabel('Maat in de tabel').selectOption('geldige_beschikkingen');
    await page
      .getByRole('table', { name: 'Geldige beschikkingen (op enig moment in het jaar), Deventer 2019' })
      .waitFor();

    // Export: the kerncijfers as CSV in the format of the Deventer file.
    const exportKern = page.getByRole('navigation', { name: 'Exporteren: de kerncijfers 2019' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      exportKern
        .getByRole('link', { name: 'CSV met komma’s (voor software) van de kerncijfers 2019', exact: true })
        .click(),
    ]);
    expect(csv.suggestedFilename()).toBe('kerncijfers-0150-2019.csv');
    const inhoud = await fs.readFile((await csv.path())!, 'utf8');
    expect(inhoud.split('\n')[0]).toBe('jaar,gemeente,wijkcode,wijknaam,productcategorie,maat,aantal');
    expect(inhoud).toContain('2019,Deventer,O,"Bathmen",hulp bij het huishouden,clienten,0');

    // And a process table as XLSX, for publication.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('navigation', { name: /^Exporteren: Formatie/ })
        .getByRole('link', { name: /^Excel \(XLSX\) voor publicatie/ })
        .click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('formatie-0150-publicatie.xlsx');
    const bytes = await fs.readFile((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('beleid ziet begroot, verplicht, gerealiseerd en prognose van dit jaar uit de demodata met declaraties', async () => {
    // The demo money (as `npm start` loads it with the demo cases): toewijzingen, monthly WMO323s, budgets.
    const f = await loadDemoFinancien(server.db);
    expect(f.declaraties).toBeGreaterThan(0);
    await inloggen(page, 'beleid');
    await page.goto(`${server.baseUrl}/monitoring?jaar=${f.jaar}`);
    await h1(page, 'Monitoring en sturing').waitFor();
    const tabel = page.getByRole('table', { name: 'Uitgaven per productcategorie' });
    await tabel.waitFor();
    expect(await tabel.getByRole('columnheader').allTextContents()).toEqual([
      'Productcategorie',
      'Begroot',
      'Verplicht',
      'Gerealiseerd',
      'Prognose',
    ]);
    const totaal = await tabel
      .getByRole('row', { name: /^Totaal/ })
      .getByRole('cell')
      .allTextContents();
    expect(totaal).toHaveLength(4);
    for (const bedrag of totaal) expect(bedrag).toMatch(/^€\s?[1-9][\d.]*$/);
    await page
      .getByRole('figure', { name: new RegExp(`^Uitgaven per productcategorie, ${f.jaar}`) })
      .waitFor();
    await page.getByRole('table', { name: 'Uitgaven per wijk' }).waitFor();
    await page
      .getByRole('table', { name: 'Uitgaven per aanbieder' })
      .getByRole('rowheader')
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Uitgaven tegen de begroting' }).scrollIntoViewIfNeeded();
    if (process.env.SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/uitgaven.png`, fullPage: true });
    }
    await verwachtToegankelijk(page, 'de uitgaven op het beleidsdashboard');
  });

  it('de teamleider ziet het teamoverzicht, niet het beleidsdashboard', async () => {
    await inloggen(page, 'teamleider');
    await hoofdmenu(page).getByRole('link', { name: 'Teamoverzicht' }).click();
    await h1(page, 'Teamoverzicht').waitFor();
    const belasting = page.getByRole('table', { name: 'Belasting per medewerker' });
    await belasting.getByRole('rowheader', { name: 'Tom Gerritsen' }).waitFor();
    await verwachtToegankelijk(page, 'het teamoverzicht');
    expect(await hoofdmenu(page).getByRole('link', { name: 'Monitoring', exact: true }).count()).toBe(0);
    await page.goto('/monitoring');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  });
});
