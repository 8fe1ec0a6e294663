import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiKlant } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const DEMO = path.resolve('src/server/demo/projecten');

async function uitloggen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await h1(page, 'Inloggen').waitFor();
}

describe.skipIf(zonderChromium)(
  'grote projecten: importeren, vaststellen en publiceren in de browser',
  () => {
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

    it('projectleider importeert een rapportage, opdrachtgever stelt vast, beheer publiceert; de openbare pagina en het raadsoverzicht zijn toegankelijk', async () => {
      // The projectleider uploads report 002 (one field per line).
      await inloggen(page, 'projectleider');
      expect(await hoofdmenu(page).getByRole('link').allTextContents()).toEqual(['Start', 'Projecten']);
      await hoofdmenu(page).getByRole('link', { name: 'Projecten' }).click();
      await h1(page, 'Grote projecten').waitFor();
      await page.getByText('Er zijn nog geen projecten.').waitFor();
      await verwachtToegankelijk(page, 'de lijst grote projecten');
      await page.getByRole('link', { name: 'Rapportage importeren' }).click();
      await h1(page, 'Rapportage importeren').waitFor();
      // Submitting without a file: the error is next to the field.
      await page.getByRole('button', { name: 'Importeren' }).click();
      await page.getByRole('heading', { name: 'Het bestand is niet ingelezen' }).waitFor();
      await verwachtToegankelijk(page, 'het importformulier met een fout');
      await page.getByLabel('Bestand').setInputFiles(path.join(DEMO, '002-toegang-sociaal-domein.txt'));
      await page.getByRole('button', { name: 'Importeren' }).click();
      const verslag = page.getByRole('region', { name: 'Rapportage ingelezen als concept' });
      await verslag
        .getByText('Alles uit het bestand heeft een plek gekregen; niets is niet gemapt.')
        .waitFor();
      await verslag.getByText("Regel 48: 'Raadsmededelinge' gelezen als raadsmededeling.").waitFor();
      await verwachtToegankelijk(page, 'het importverslag');
      await verslag.getByRole('link', { name: 'Naar de rapportage' }).click();
      await h1(page, 'Rapportage 1 juli 2019: Toegang sociaal domein').waitFor();
      const rapportagePad = new URL(page.url()).pathname;
      await page.getByRole('region', { name: 'Scope' }).getByText('Behoeft aandacht').waitFor();
      await verwachtToegankelijk(page, 'een conceptrapportage');

      // An edit in the form: the scope is op koers again; the history names the field.
      await page.getByRole('link', { name: 'Rapportage bewerken' }).click();
      await h1(page, 'Rapportage 1 juli 2019 bewerken').waitFor();
      await verwachtToegankelijk(page, 'het rapportageformulier');
      await page.getByRole('group', { name: 'Status scope' }).getByLabel('Op koers').check();
      await page.getByRole('button', { name: 'Rapportage opslaan' }).click();
      await h1(page, 'Rapportage 1 juli 2019: Toegang sociaal domein').waitFor();
      const geschiedenis = page.getByRole('table', { name: /^Geschiedenis van deze rapportage/ });
      await geschiedenis.getByText('Scope: status', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Ter review aanbieden' }).click();
      await page.getByText('Ter review', { exact: true }).first().waitFor();
      await uitloggen(page);

      // The opdrachtgever sets it vast.
      await inloggen(page, 'opdrachtgever');
      await page.goto(rapportagePad);
      await page.getByRole('button', { name: 'Vaststellen' }).waitFor();
      await verwachtToegankelijk(page, 'een rapportage ter review');
      await page.getByRole('button', { name: 'Vaststellen' }).click();
      await page.getByRole('definition').filter({ hasText: 'Okke Zwiers' }).waitFor();
      await uitloggen(page);

      // Functioneel beheer publishes.
      await inloggen(page, 'beheer');
      await page.goto(rapportagePad);
      await page.getByRole('button', { name: 'Publiceren' }).click();
      await page.getByRole('button', { name: 'Ja, nu publiceren' }).click();
      await page.getByRole('heading', { name: 'Gepubliceerd' }).waitFor();
      const openbaar = await page.getByRole('link', { name: 'Openbare pagina' }).getAttribute('href');
      expect(openbaar).toMatch(/^\/raad\/0150\/rapportages\/[0-9a-f-]{36}$/);
      await uitloggen(page);

      // Anyone, without logging in: the static page of the published report…
      await page.goto(openbaar!);
      await h1(page, 'Toegang sociaal domein').waitFor();
      expect(await page.title()).toBe('Toegang sociaal domein – rapportage 1 juli 2019 – Gemeente Deventer');
      await page
        .getByText(/^Deze pagina is gebouwd op \d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d met de export van /)
        .waitFor();
      await verwachtToegankelijk(page, 'de gepubliceerde rapportage');
      // …its PDF…
      const pdf = await page.request.get(
        await page
          .getByRole('link', { name: 'Deze rapportage als PDF' })
          .getAttribute('href')
          .then((h) => h!),
      );
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      // …and the council overview: status in words next to the colour, and the trend.
      await page.getByRole('link', { name: 'Overzicht van alle grote projecten' }).click();
      await h1(page, 'Grote projecten: voortgang').waitFor();
      const rij = page.getByRole('row', { name: /Toegang sociaal domein/ });
      await rij.getByText('Behoeft aandacht').waitFor();
      await rij.getByText('eerste rapportage').first().waitFor();
      await verwachtToegankelijk(page, 'het raadsoverzicht');
    });

    it('de variantvergelijking van document 004: afwijkend totaal gemarkeerd, punten en weging rekenen mee', async () => {
      const pl = await apiKlant(server.baseUrl, 'projectleider');
      const project = await pl.post<{ id: string }>('/projecten', { naam: 'Organisatie Sociale Teams' });
      const data = JSON.parse(fs.readFileSync(path.join(DEMO, '004-variantvergelijking.json'), 'utf8'));
      const v = await pl.post<{ id: string }>(`/projecten/${project.id}/variantvergelijkingen`, data);
      await pl.sluit();

      await inloggen(page, 'opdrachtgever');
      await page.goto(`/projecten/varianten/${v.id}`);
      await h1(page, data.titel).waitFor();
      await page.getByRole('heading', { name: 'Opgegeven totaal wijkt af van de scores' }).waitFor();
      await page
        .getByText('Opgegeven totaal 51, berekend uit de scores 52 (verschil +1).', { exact: false })
        .waitFor();
      const uitkomst = page.getByRole('table', { name: 'Uitkomst met deze punten en weging' });
      await uitkomst.getByRole('cell', { name: '64, hoogste' }).waitFor();
      await verwachtToegankelijk(page, 'de variantvergelijking');
      // Leaving out "Bevindingen andere gemeenten": 31 / 23 / 38.
      await page.getByLabel('Gewicht Bevindingen andere gemeenten').fill('0');
      await uitkomst.getByRole('cell', { name: '38, hoogste' }).waitFor();
      await uitkomst.getByRole('cell', { name: '31', exact: true }).waitFor();
    });
  },
);
