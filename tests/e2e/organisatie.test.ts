import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { focus, h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { tweedeBeheerderKeurtGoed } from './support/rolwijzigingen.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const NAAM = 'Sanne Testers';

function medewerkerRij(page: Page, naam: string) {
  return page.getByRole('region', { name: /^Medewerkers van/ }).getByRole('row', { name: new RegExp(naam) });
}

async function openOrganisatie(page: Page): Promise<void> {
  await hoofdmenu(page).getByRole('link', { name: 'Organisatie' }).click();
  await h1(page, 'Organisatie').waitFor();
  await page.getByRole('table', { name: /^Medewerkers van Deventer/ }).waitFor();
}

async function openWijzigen(page: Page, naam: string): Promise<void> {
  await page.getByRole('link', { name: `Wijzigen ${naam}` }).click();
  await h1(page, `${naam} wijzigen`).waitFor();
}

describe.skipIf(zonderChromium)('organisatie in de browser', () => {
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

  it('beheer ziet teams en medewerkers, zonder toegankelijkheidsfouten', async () => {
    await inloggen(page, 'beheer');
    await openOrganisatie(page);
    expect(await page.title()).toBe('Organisatie – Open Toegang');
    await page.getByRole('table', { name: 'Teams van Deventer' }).getByText('Toegang Deventer').waitFor();
    await medewerkerRij(page, 'Hanneke Beumer').getByText('Functioneel beheerder').waitFor();
    // The current page is marked for assistive technology, not only by its looks.
    const actief = hoofdmenu(page).getByRole('link', { name: 'Organisatie' });
    expect(await actief.getAttribute('aria-current')).toBe('page');
    await verwachtToegankelijk(page, 'de organisatiepagina');
  });

  it('beheer voegt een medewerker toe: veldfout bij het veld, invoer blijft staan, daarna opgeslagen', async () => {
    await inloggen(page, 'beheer');
    await openOrganisatie(page);
    await page.getByRole('link', { name: 'Medewerker toevoegen' }).click();
    await h1(page, 'Medewerker toevoegen').waitFor();
    await verwachtToegankelijk(page, 'het formulier Medewerker toevoegen');

    await page.getByRole('combobox', { name: /^Team/ }).selectOption({ label: 'Toegang Deventer' });
    await page.getByLabel('Naam', { exact: true }).fill(NAAM);
    await page.getByLabel('E-mailadres').fill('sanne-bij-deventer');
    await page.getByLabel('Functie').fill('Consulent Wmo');
    await page.getByLabel('Formatie (fte)').fill('0,8');
    await page.getByRole('checkbox', { name: 'Toegangsmedewerker' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();

    // The server's reason, next to the field and tied to it.
    const fout = page.locator('#medewerker-email-fout');
    await fout.getByText('Geen geldig e-mailadres.').waitFor();
    const email = page.getByLabel('E-mailadres');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.getAttribute('aria-describedby')).toContain('medewerker-email-fout');
    // The summary takes focus and links to the field.
    await page.getByRole('heading', { name: 'Controleer de volgende velden' }).waitFor();
    await expect.poll(async () => (await focus(page)).tekst).toContain('Controleer de volgende velden');
    // Everything typed is still there.
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(NAAM);
    expect(await email.inputValue()).toBe('sanne-bij-deventer');
    expect(await page.getByLabel('Functie').inputValue()).toBe('Consulent Wmo');
    expect(await page.getByLabel('Formatie (fte)').inputValue()).toBe('0,8');
    expect(await page.getByRole('checkbox', { name: 'Toegangsmedewerker' }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: /^Team/ }).inputValue()).not.toBe('');
    await verwachtToegankelijk(page, 'het formulier met een veldfout');

    await page.getByRole('link', { name: 'E-mailadres: Geen geldig e-mailadres.' }).click();
    expect((await focus(page)).id).toBe('medewerker-email');
    await email.fill('sanne.testers@deventer.nl');
    await page.getByRole('button', { name: 'Opslaan' }).click();

    await h1(page, 'Organisatie').waitFor();
    await page.getByRole('status').getByText(`Medewerker ${NAAM} is toegevoegd.`).waitFor();
    // Toegangsmedewerker opens personal data: it holds once a second beheerder approves (ADR 0021).
    await tweedeBeheerderKeurtGoed(server);
    await page.reload();
    const rij = medewerkerRij(page, NAAM);
    await rij.getByText('Consulent Wmo').waitFor();
    await rij.getByText('Toegang Deventer').waitFor();
    await rij.getByText('0,8').waitFor();
    await rij.getByText('Toegangsmedewerker').waitFor();
  });

  it('beheer wijzigt een medewerker', async () => {
    await inloggen(page, 'beheer');
    await openOrganisatie(page);
    await openWijzigen(page, NAAM);
    await verwachtToegankelijk(page, 'het formulier Medewerker wijzigen');
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('sanne.testers@deventer.nl');
    await page.getByLabel('Functie').fill('Regisseur');
    await page.getByRole('checkbox', { name: 'Teamleider' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText(`De gegevens van ${NAAM} zijn opgeslagen.`).waitFor();
    await tweedeBeheerderKeurtGoed(server);
    await page.reload();
    const rij = medewerkerRij(page, NAAM);
    await rij.getByText('Regisseur').waitFor();
    await rij.getByText('Toegangsmedewerker, Teamleider').waitFor();
  });

  it('bij een gelijktijdige wijziging meldt het formulier het versieconflict en laadt het de nieuwste versie', async () => {
    await inloggen(page, 'beheer');
    await openOrganisatie(page);
    await openWijzigen(page, NAAM);

    // A colleague (second tab) changes the same medewerker first.
    const collega = await context.newPage();
    await collega.goto(page.url());
    await h1(collega, `${NAAM} wijzigen`).waitFor();
    await collega.getByLabel('Formatie (fte)').fill('0,9');
    await collega.getByRole('button', { name: 'Opslaan' }).click();
    await collega.getByRole('status').getByText(`De gegevens van ${NAAM} zijn opgeslagen.`).waitFor();
    await collega.close();

    await page.getByLabel('Functie').fill('Teamcoach');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('heading', { name: 'Iemand anders heeft deze medewerker intussen gewijzigd' })
      .waitFor();
    // Not saved, but not lost either.
    expect(await page.getByLabel('Functie').inputValue()).toBe('Teamcoach');
    await verwachtToegankelijk(page, 'het formulier met een versieconflict');

    await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect.poll(() => page.getByLabel('Formatie (fte)').inputValue()).toBe('0,9');
    expect(await page.getByLabel('Functie').inputValue()).toBe('Regisseur');
    await page.getByLabel('Functie').fill('Teamcoach');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await medewerkerRij(page, NAAM).getByText('Teamcoach').waitFor();
  });

  it('de teamleider ziet de organisatie alleen ter inzage', async () => {
    await inloggen(page, 'teamleider');
    await openOrganisatie(page);
    await page.getByText('wijzigen doet functioneel beheer').waitFor();
    expect(await page.getByRole('link', { name: 'Medewerker toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Wijzigen/ }).count()).toBe(0);
    await verwachtToegankelijk(page, 'de organisatiepagina voor de teamleider');
    await page.goto('/organisatie/medewerkers/nieuw');
    await h1(page, 'Geen toegang').waitFor();
  });
});
