import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { E2E_WACHTWOORD, type E2eServer, startE2eServer } from './support/server.ts';

/**
 * Partner staff log in through the same form; their start page belongs to the preventie screens
 * (another issue), so this waits for the menu instead of the welcome heading.
 */
async function inloggenAlsPartner(page: Page, gebruikersnaam: string): Promise<void> {
  await page.goto('/inloggen');
  await h1(page, 'Inloggen').waitFor();
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(E2E_WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await hoofdmenu(page).getByRole('link', { name: 'Wijken' }).waitFor();
}

describe.skipIf(zonderChromium)('preventie in de wijk in de browser', () => {
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

  it('een partner meldt een signaal en registreert een activiteit; toegang ziet het signaal op het bord', async () => {
    await inloggenAlsPartner(page, 'raster');
    await hoofdmenu(page).getByRole('link', { name: 'Wijken' }).click();
    await h1(page, 'Signalenbord').waitFor();
    await page.getByRole('table', { name: /^Signalen/ }).waitFor();
    await verwachtToegankelijk(page, 'het signalenbord');

    // Without a wijk the field says so; then the signal is on the board.
    await page.getByLabel('Korte titel').fill('Speeltuin aan de Ceintuurbaan is onveilig');
    await page.getByLabel('Thema').fill('wonen');
    await page.getByLabel('Wat ziet u?').fill('Ouders melden kapotte toestellen; kinderen spelen op straat.');
    await page.getByRole('button', { name: 'Signaal melden' }).click();
    await page.getByText('Kies de wijk waar het signaal over gaat.').first().waitFor();
    await page.getByRole('combobox', { name: 'Wijk', exact: true }).selectOption('G');
    await page.getByRole('button', { name: 'Signaal melden' }).click();
    await page
      .getByRole('status')
      .getByText(/staat op het bord van Rivierenwijk en Bergweide/)
      .waitFor();
    await page.getByRole('rowheader', { name: /Speeltuin aan de Ceintuurbaan/ }).waitFor();

    // Activities: anonymous counts in a wijk.
    await page
      .getByRole('navigation', { name: 'Wijken' })
      .getByRole('link', { name: 'Activiteiten' })
      .click();
    await h1(page, 'Activiteiten').waitFor();
    await page.getByRole('combobox', { name: 'Wijk' }).selectOption('D');
    await page.getByLabel('Naam').fill('Repair Café');
    await page.getByLabel('Van').fill('2026-01-05');
    await page.getByLabel('Tot en met').fill('2026-03-30');
    await page.getByLabel('Bijeenkomsten').fill('3');
    await page.getByLabel('Deelnemers').fill('41');
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page
      .getByRole('status')
      .getByText(/Repair Café in Voorstad is geregistreerd met 41 deelnemers/)
      .waitFor();
    await verwachtToegankelijk(page, 'de activiteiten');

    // Toegang sees the partner's signal, with the partner named as its source.
    await context.close();
    ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
    await inloggen(page, 'toegangsmedewerker');
    await page.goto('/wijken?wijk=G');
    const rij = page.getByRole('row', { name: /Speeltuin aan de Ceintuurbaan/ });
    await rij.getByRole('cell', { name: 'Raster' }).waitFor();
  });

  it('beleid leest het wijkprofiel, zoekt in de sociale kaart en ziet de subsidieverlaging met de berekening', async () => {
    await inloggen(page, 'beleid');
    await hoofdmenu(page).getByRole('link', { name: 'Wijken' }).click();
    await h1(page, 'Signalenbord').waitFor();
    await page.getByRole('navigation', { name: 'Wijken' }).getByRole('link', { name: 'Wijkprofiel' }).click();
    await h1(page, /^Wijkprofiel Binnenstad \d{4}$/).waitFor();
    await page.getByRole('combobox', { name: 'Wijk' }).selectOption('G');
    await h1(page, /^Wijkprofiel Rivierenwijk en Bergweide/).waitFor();
    await page.getByRole('table', { name: /^Activiteiten per soort, Rivierenwijk en Bergweide/ }).waitFor();
    await page.getByRole('table', { name: /^Recente signalen, Rivierenwijk en Bergweide/ }).waitFor();
    await verwachtToegankelijk(page, 'het wijkprofiel');

    await page
      .getByRole('navigation', { name: 'Wijken' })
      .getByRole('link', { name: 'Sociale kaart' })
      .click();
    await h1(page, 'Sociale kaart').waitFor();
    await page.getByLabel('Waar zoekt u hulp bij?').fill('eenzaam');
    await page.getByRole('combobox', { name: 'Wijk' }).selectOption('G');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/zoek=eenzaam/);
    await page.getByRole('heading', { level: 2, name: '1 voorziening' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Buurtkamer Rivierenwijk' }).waitFor();
    expect(await page.getByRole('heading', { level: 3, name: 'Wandelgroep Colmschate' }).count()).toBe(0);
    await verwachtToegankelijk(page, 'de sociale kaart');

    await page.goto('/wijken/opdrachten?jaar=2020&kwartaal=1');
    await h1(page, 'Opdrachten en indicatoren').waitFor();
    const tabel = page.getByRole('table', { name: 'Opdrachten 2020' });
    await tabel
      .getByRole('row', { name: /Raster/ })
      .getByRole('cell', { name: '€ 1.209.505,00' })
      .first()
      .waitFor();
    await page
      .getByText(/verlaging = subsidie × fte naar gemeente ÷ fte van de opdracht/)
      .first()
      .waitFor();
    await page.getByRole('table', { name: /^Prestatie-indicatoren .* 2020 kwartaal 1$/ }).waitFor();
    await verwachtToegankelijk(page, 'de opdrachten en indicatoren');
  });
});
