import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const KOP =
  'client_id;geboortedatum;postcode;productcategorie;leveringsvorm;besluitdatum;ingangsdatum;einddatum';
const GOED = 'K-100;01-02-1944;7411 AB;hulp bij het huishouden;zin;10-01-2020;01-02-2020;31-01-2022';
const FOUT = 'K-101;01-02-1950;7411 AB;tuinonderhoud;zin;10-01-2020;01-02-2020;31-01-2019';

describe.skipIf(zonderChromium)('historische import in de browser', () => {
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

  async function kies(bestand: string) {
    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'oud-systeem.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bestand, 'utf8'),
    });
  }

  it('beheer uploadt een bestand: fouten per regel, daarna alleen de geldige regels; eerdere importen', async () => {
    await inloggen(page, 'beheer');
    await hoofdmenu(page).getByRole('link', { name: 'Import' }).click();
    await h1(page, 'Historische beschikkingen importeren').waitFor();
    await verwachtToegankelijk(page, 'de importpagina');

    // No file chosen: the error is next to the field.
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.locator('#import-bestand-fout').getByText('Kies het CSV-bestand').waitFor();
    expect(await page.getByLabel('CSV-bestand').getAttribute('aria-invalid')).toBe('true');

    await kies(`${KOP}\n${GOED}\n${FOUT}\n`);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await h1(page, 'Historische beschikkingen importeren').waitFor();
    await page.getByRole('heading', { name: 'Niet geïmporteerd' }).waitFor();
    const tabel = page.getByRole('table', { name: /^Fouten per regel/ });
    await tabel.getByRole('row', { name: /^3 productcategorie Onbekende productcategorie/ }).waitFor();
    await tabel.getByRole('row', { name: /^3 einddatum/ }).waitFor();
    await verwachtToegankelijk(page, 'het importrapport met fouten');

    await page.getByRole('checkbox', { name: /Ongeldige regels overslaan/ }).check();
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { name: 'Import klaar' }).waitFor();
    await page.getByText(/Nieuw: 1 personen, 1 beschikkingen, 1 voorzieningen/).waitFor();
    const eerder = page.getByRole('table', { name: /^Eerdere importen/ });
    await eerder.getByRole('row', { name: /Klaar/ }).waitFor();
    await eerder.getByRole('row', { name: /Geweigerd/ }).waitFor();
    await verwachtToegankelijk(page, 'het importrapport');
  });
});
