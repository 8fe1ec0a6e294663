import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiSessie, meldingVoorNieuwePersoon } from './support/intake.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** Issue 14, finding 3: the auditor answers "who has seen this person?" for a BSN. */
const BSN = '999990640';

describe.skipIf(zonderChromium)('wie heeft deze persoon gezien, in de browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
    // A KCC registration, then a caseworker's search and list: three accesses to the person.
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    await kcc.post('/meldingen', meldingVoorNieuwePersoon({ bsn: BSN, achternaam: 'Inzagetest' }));
    await kcc.sluit();
    const consulent = await apiSessie(server.baseUrl, 'toegangsmedewerker');
    await consulent.get('/personen?zoek=Inzaget');
    await consulent.get('/werkvoorraad');
    await consulent.sluit();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
    await inloggen(page, 'auditor');
  });
  afterEach(async () => {
    await context?.close();
    expect(fouten, 'fouten in de browser').toEqual([]);
  });

  it('de auditor zoekt op BSN en ziet wie de persoon heeft gezien', async () => {
    await hoofdmenu(page).getByRole('link', { name: 'Wie zag een persoon?' }).click();
    await h1(page, 'Wie heeft deze persoon gezien?').waitFor();
    expect(await page.title()).toBe('Wie heeft deze persoon gezien? – Open Toegang');
    await verwachtToegankelijk(page, 'het zoekscherm van de inzage');

    await page.getByLabel('BSN of achternaam').fill(BSN);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(new RegExp(`zoek=${BSN}`));
    await page.getByRole('button', { name: /Wie zag Test Inzagetest/ }).click();
    await page.waitForURL(/persoon=/);
    await page.getByRole('heading', { name: 'Toegang tot de gegevens van Test Inzagetest' }).waitFor();
    const tabel = page.getByRole('table', { name: /^Toegang tot de persoon/ });
    await tabel
      .getByRole('row', { name: /toegangsmedewerker.*Zoeken.*persoon/ })
      .first()
      .waitFor();
    await tabel
      .getByRole('row', { name: /toegangsmedewerker.*Zoeken.*melding/ })
      .first()
      .waitFor();
    await tabel
      .getByRole('row', { name: /kcc.*Aanmaken/ })
      .first()
      .waitFor();
    // The auditor's own lookup of the BSN is in the trail as well.
    await tabel
      .getByRole('row', { name: /auditor.*Zoeken.*persoon/ })
      .first()
      .waitFor();
    await verwachtToegankelijk(page, 'de toegang tot een persoon');

    const map = path.resolve(import.meta.dirname, '../../.test-output');
    fs.mkdirSync(map, { recursive: true });
    await page.screenshot({ path: path.join(map, 'audit-inzage.png'), fullPage: true });
  });

  it('een te korte zoekvraag geeft een fout bij het veld', async () => {
    await page.goto(`${server.baseUrl}/inzage?zoek=a`);
    await h1(page, 'Wie heeft deze persoon gezien?').waitFor();
    await page.getByText('Vul een BSN of (het begin van) een achternaam in.').waitFor();
    expect(await page.getByLabel('BSN of achternaam').getAttribute('aria-invalid')).toBe('true');
    await verwachtToegankelijk(page, 'de inzage met een veldfout');
  });
});
