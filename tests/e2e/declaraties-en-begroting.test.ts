import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DemoFinancien, loadDemoFinancien } from '../../src/server/demo/financien-demo.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** Screenshots at 1280 px when SCREENSHOTS names a folder (to look at the screens by hand). */
async function foto(page: Page, naam: string) {
  if (process.env.SCREENSHOTS) {
    await page.screenshot({ path: `${process.env.SCREENSHOTS}/${naam}.png`, fullPage: true });
  }
}

describe.skipIf(zonderChromium)('declaraties, goedgekeurde bedragen, begroting en CBS in de browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];
  let demo: DemoFinancien;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
    // The demo money: toewijzingen, a WMO323 per aanbieder per month this year (March: one line over
    // the granted volume, 9321; May: a line for a toewijzing the aanbieder lacks, 9338), budgets.
    demo = await loadDemoFinancien(server.db);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
    await page.setViewportSize({ width: 1280, height: 900 });
  });
  afterEach(async () => {
    await context?.close();
    expect(fouten, 'fouten in de browser').toEqual([]);
  });

  it('de backoffice ziet een afgewezen regel met de reden in gewone taal en legt de afhandeling vast', async () => {
    expect(demo.afgewezenRegels).toBeGreaterThan(0);
    await inloggen(page, 'backoffice');
    await hoofdmenu(page).getByRole('link', { name: 'Declaraties' }).click();
    await h1(page, 'Declaraties').waitFor();
    expect(await page.title()).toBe('Declaraties – Open Toegang');
    // The reason in plain Dutch, with its code.
    // One rejected line: its own region (section.ot-blok) inside the declaratie's.
    const regel = page
      .locator('section.ot-blok')
      .filter({ hasText: 'Er is meer zorg gedeclareerd dan in die maand is toegewezen.' })
      .first();
    await regel.waitFor();
    await expect.poll(() => regel.textContent()).toContain('retourcode 9321');
    await foto(page, 'declaraties');
    await verwachtToegankelijk(page, 'de declaraties');

    // Nothing typed: the error sits at the field.
    const veld = regel.getByLabel('Wat heeft u gedaan?');
    await regel.getByRole('button', { name: 'Afhandeling vastleggen' }).click();
    await regel.locator('textarea[aria-invalid="true"]').waitFor();
    expect(await veld.getAttribute('aria-describedby')).toContain('-fout');
    await foto(page, 'declaraties-fout');
    await veld.fill('Aanbieder gevraagd de regel te corrigeren en opnieuw te declareren.');
    await regel.getByRole('button', { name: 'Afhandeling vastleggen' }).click();
    await regel.getByText('De afhandeling is vastgelegd.').waitFor();
    await regel.getByText('Aanbieder gevraagd de regel te corrigeren en opnieuw te declareren.').waitFor();

    // Stored: after a reload the line shows its afhandeling; the filter lives in the URL.
    await page.getByLabel('Welke declaraties').selectOption('');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/status=(&|$)/);
    await page.reload();
    await h1(page, 'Declaraties').waitFor();
    await page
      .getByText('Aanbieder gevraagd de regel te corrigeren en opnieuw te declareren.')
      .first()
      .waitFor();
    await page.getByRole('table', { name: /^Overzicht: \d+ declaraties, nieuwste eerst/ }).waitFor();
  });

  it('de backoffice downloadt de goedgekeurde bedragen per aanbieder als CSV en XLSX', async () => {
    await inloggen(page, 'backoffice');
    await hoofdmenu(page).getByRole('link', { name: 'Goedgekeurde bedragen' }).click();
    await h1(page, 'Goedgekeurde bedragen per aanbieder').waitFor();
    const tabel = page.getByRole('table', { name: /^Goedgekeurde bedragen per aanbieder, 1 januari/ });
    await tabel.waitFor();
    const totaal = await tabel
      .getByRole('row', { name: /^Totaal/ })
      .getByRole('cell')
      .last()
      .textContent();
    expect(totaal).toMatch(/^€\s[1-9][\d.]*,\d\d$/);
    await foto(page, 'goedgekeurd');
    await verwachtToegankelijk(page, 'de goedgekeurde bedragen');

    const exporteren = page.getByRole('navigation', { name: 'Exporteren: de goedgekeurde bedragen' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      exporteren
        .getByRole('link', { name: 'CSV voor Excel van de goedgekeurde bedragen', exact: true })
        .click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^declaraties-goedgekeurd.*\.csv$/);
    const inhoud = await fs.readFile((await csv.path())!, 'utf8');
    expect(inhoud.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toContain('AGB-code');
    expect(inhoud).toContain('Goedgekeurd bedrag (euro)');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      exporteren
        .getByRole('link', { name: 'Excel (XLSX) van de goedgekeurde bedragen', exact: true })
        .click(),
    ]);
    expect((await fs.readFile((await xlsx.path())!)).subarray(0, 2).toString()).toBe('PK');

    // A period that ends before it begins: the server's reason at the field.
    await page.getByLabel('Van').fill(`${demo.jaar}-01-01`);
    await page.getByLabel('Tot en met').fill('1900-01-01');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(/tot=1900-01-01/);
    await page.locator('#goedgekeurd-tot[aria-invalid="true"]').waitFor();
    expect(await page.getByLabel('Tot en met').inputValue()).toBe('01-01-1900');
  });

  it('beleid zet een begroting (negatief wordt geweigerd bij het veld) en ziet hem bij de uitgaven', async () => {
    await inloggen(page, 'beleid');
    await hoofdmenu(page).getByRole('link', { name: 'Begroting' }).click();
    await h1(page, 'Begroting').waitFor();
    const veld = page.getByLabel('Begroting Dagbesteding');
    await veld.waitFor();
    await verwachtToegankelijk(page, 'de begroting');

    await veld.fill('-50');
    await page.getByRole('button', { name: 'Begroting bewaren' }).click();
    await page.getByRole('heading', { name: 'Controleer de volgende bedragen' }).waitFor();
    await page.getByText('Een budget kan niet negatief zijn.').first().waitFor();
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    expect(await veld.inputValue()).toBe('-50');
    await foto(page, 'begroting-fout');
    await verwachtToegankelijk(page, 'de begroting met een fout');

    await veld.fill('123.456,78');
    await page.getByRole('button', { name: 'Begroting bewaren' }).click();
    await page.getByText('De begroting is bewaard (1 categorie).').waitFor();
    const rij = page.getByRole('row', { name: /^07 Dagbesteding/ });
    await expect.poll(() => rij.getByRole('cell').first().textContent()).toMatch(/^€\s123\.456,78$/);
    await foto(page, 'begroting');

    await page.goto(`/monitoring?jaar=${demo.jaar}`);
    await h1(page, 'Monitoring en sturing').waitFor();
    const uitgaven = page.getByRole('table', { name: 'Uitgaven per productcategorie' });
    const dagbesteding = uitgaven.getByRole('row', { name: /^Dagbesteding/ });
    await expect.poll(() => dagbesteding.getByRole('cell').first().textContent()).toMatch(/^€\s123\.457$/);
  });

  it('de backoffice stelt de levering aan CBS samen en leest het validatierapport', async () => {
    await inloggen(page, 'backoffice');
    await hoofdmenu(page).getByRole('link', { name: 'Levering aan CBS' }).click();
    await h1(page, 'Levering aan CBS').waitFor();
    await page.getByLabel('Jaar', { exact: true }).fill(String(demo.jaar));
    await page.getByLabel('Halfjaar').selectOption('1');
    await page.getByRole('button', { name: 'Levering samenstellen' }).click();
    await page.waitForURL(new RegExp(`jaar=${demo.jaar}`));
    await page.getByRole('heading', { name: `Validatierapport ${demo.jaar}-H1` }).waitFor();
    await page
      .getByText(/regels\./)
      .first()
      .waitFor();
    await page.getByRole('navigation', { name: /^Exporteren: de levering aan CBS/ }).waitFor();
    await foto(page, 'cbs-levering');
    await verwachtToegankelijk(page, 'de levering aan CBS');
  });
});
