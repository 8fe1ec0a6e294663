import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

function auditTabel(page: Page) {
  return page.getByRole('table', { name: /^Auditregels/ });
}

describe.skipIf(zonderChromium)('audittrail in de browser', () => {
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
    await inloggen(page, 'auditor');
    await hoofdmenu(page).getByRole('link', { name: 'Audittrail' }).click();
    await h1(page, 'Audittrail').waitFor();
    await auditTabel(page).waitFor();
  });
  afterEach(async () => {
    await context?.close();
    expect(fouten, 'fouten in de browser').toEqual([]);
  });

  it('de auditor ziet het audittrail en controleert de keten: intact', async () => {
    expect(await page.title()).toBe('Audittrail – Open Toegang');
    // The auditor's own login is in the trail.
    await auditTabel(page)
      .getByRole('row', { name: /auditor.*Inloggen/ })
      .first()
      .waitFor();
    await verwachtToegankelijk(page, 'het audittrail');

    await page.getByRole('button', { name: 'Keten controleren' }).click();
    await page.getByRole('heading', { name: 'De auditketen is intact' }).waitFor();
    await page.getByText(/\d+ regels gecontroleerd/).waitFor();
    await verwachtToegankelijk(page, 'het audittrail met de uitkomst van de controle');
  });

  it('filtert op actie en resultaat; de filters staan in het adres', async () => {
    await page.getByLabel('Actie').selectOption({ label: 'Inloggen' });
    await page.getByLabel('Resultaat').selectOption({ label: 'Toegestaan' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/actie=login/);
    expect(page.url()).toContain('resultaat=toegestaan');
    await expect
      .poll(async () => {
        const acties = await auditTabel(page).locator('tbody tr td:nth-of-type(4)').allTextContents();
        return acties.length > 0 && acties.every((a) => a === 'Inloggen');
      })
      .toBe(true);

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    // The form follows the address after rendering.
    await expect.poll(() => page.getByLabel('Actie').inputValue()).toBe('');
  });
});
