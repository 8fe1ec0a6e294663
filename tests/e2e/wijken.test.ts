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

    // Toegang follows the signal up on the board: status and what was agreed.
    const keuze = page.getByRole('combobox', { name: 'Signaal' });
    const optie = keuze.getByRole('option', { name: /Speeltuin aan de Ceintuurbaan/ });
    await keuze.selectOption({ value: (await optie.getAttribute('value'))! });
    await page.getByRole('combobox', { name: 'Nieuwe status' }).selectOption('opgepakt');
    await page
      .getByLabel('Wat is er gedaan of afgesproken?')
      .fill('Gemeld bij de wijkbeheerder; reparatie gepland.');
    await page.getByRole('button', { name: 'Opvolging vastleggen' }).click();
    await page
      .getByRole('status')
      .getByText(/staat nu op "Opgepakt"/)
      .waitFor();
    await page.getByText('Opvolging: Gemeld bij de wijkbeheerder; reparatie gepland.').waitFor();
    await verwachtToegankelijk(page, 'het signalenbord met opvolging');
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

    // Fte move from Raster to the gemeente: the subsidy is lowered naar rato, the formula shown.
    const fteForm = page.getByRole('form', { name: 'Fte naar de gemeente' });
    const partnerKeuze = fteForm.getByRole('combobox', { name: 'Partner' });
    const raster = partnerKeuze.getByRole('option', { name: /^Raster/ });
    await partnerKeuze.selectOption({ value: (await raster.getAttribute('value'))! });
    await fteForm.getByLabel('Fte naar de gemeente').fill('te veel');
    await fteForm.getByRole('button', { name: 'Subsidie herberekenen' }).click();
    await page.getByRole('alert').first().waitFor();
    await fteForm.getByLabel('Fte naar de gemeente').fill('1');
    await fteForm.getByRole('button', { name: 'Subsidie herberekenen' }).click();
    await tabel
      .getByRole('row', { name: /Raster/ })
      .getByRole('cell', { name: '1,0', exact: true })
      .waitFor();
    await verwachtToegankelijk(page, 'de opdrachten na het herberekenen');
  });

  it('beheer opent Wijken in het menu, komt op de sociale kaart en voegt een voorziening toe en past die aan', async () => {
    await inloggen(page, 'beheer');
    await hoofdmenu(page).getByRole('link', { name: 'Wijken' }).click();
    await h1(page, 'Sociale kaart').waitFor();
    await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
    await page.getByRole('form', { name: 'Voorziening toevoegen' }).waitFor();
    // An empty form: every required field is named in the summary.
    await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
    await page.getByText('Vul de naam van de voorziening in.').first().waitFor();
    await verwachtToegankelijk(page, 'de sociale kaart met fouten');
    await page.getByLabel('Naam van de voorziening').fill('Taalcafé De Hoven');
    await page.getByLabel('Aanbieder').fill('Bibliotheek Deventer');
    await page
      .getByLabel('Wat doet de voorziening?')
      .fill('Elke week oefenen met Nederlands praten, met koffie.');
    await page.getByLabel('Voor wie?').fill('Iedereen die beter Nederlands wil spreken.');
    await page.getByLabel('Hoe bereikt iemand de voorziening?').fill('Gewoon binnenlopen op dinsdagochtend.');
    await page.getByLabel('Trefwoorden').fill('taal, ontmoeten, koffie');
    await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
    await page.getByRole('status').getByText('"Taalcafé De Hoven" staat op de sociale kaart.').waitFor();

    await page.getByLabel('Waar zoekt u hulp bij?').fill('taalcafé');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 3, name: 'Taalcafé De Hoven' }).waitFor();
    await page.getByRole('button', { name: 'Taalcafé De Hoven bewerken' }).click();
    await page.getByLabel('Gratis').uncheck();
    await page.getByLabel('Kosten').fill('€ 1 voor de koffie');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('"Taalcafé De Hoven" is bijgewerkt.').waitFor();
    await page.getByText(/€ 1 voor de koffie/).waitFor();
    await verwachtToegankelijk(page, 'de sociale kaart na bewerken');
  });
});
