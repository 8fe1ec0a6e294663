import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/server/demo/organisatie-demo.ts';
import { focus, h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { E2E_WACHTWOORD, type E2eServer, startE2eServer } from './support/server.ts';

/** The menu each role must see: exactly these items, in this order. */
const MENU_PER_ROL: Record<string, string[]> = {
  kcc: ['Start', 'Nieuwe melding', 'Werkvoorraad', 'Wijken'],
  toegangsmedewerker: [
    'Start',
    'Nieuwe melding',
    'Werkvoorraad',
    'Mijn zaken',
    'Herindicaties',
    'Bezwaren',
    'Overdrachten BW/MO',
    'Wijken',
  ],
  backoffice: [
    'Start',
    'Te controleren',
    'Te beschikken',
    'Herindicaties',
    'Bezwaren',
    'iWmo-berichten',
    'iWmo-verzoeken',
    'iWmo inlezen',
    'Declaraties',
    'Goedgekeurde bedragen',
    'Levering aan CBS',
    'Klachten',
  ],
  teamleider: [
    'Start',
    'Werkvoorraad',
    'Verdeling',
    'Mijn zaken',
    'Herindicaties',
    'Bezwaren',
    'Teamoverzicht',
    'Overdrachten BW/MO',
    'Wijken',
    'Organisatie',
    'Klachten',
  ],
  beleid: [
    'Start',
    'Declaraties',
    'Goedgekeurde bedragen',
    'Monitoring',
    'Begroting',
    'Regionale monitoring',
    'Wijken',
    'Verwerkingsregister',
    'Projecten',
  ],
  beheer: [
    'Start',
    'Wijken',
    'Organisatie',
    'Kalender',
    'Huisstijl',
    'Import',
    'Bewaartermijnen',
    'Verwerkingsregister',
    'Rolwijzigingen',
    'Projecten',
  ],
  auditor: [
    'Start',
    'Audittrail',
    'Wie zag een persoon?',
    'Doorbraken',
    'Privacyverzoeken',
    'Vernietigingslijsten',
    'Bewaartermijnen',
    'Verwerkingsregister',
    'Rolwijzigingen',
  ],
  archivaris: ['Start', 'Vernietigingslijsten', 'Bewaartermijnen'],
  partner: ['Start'],
  projectleider: ['Start', 'Projecten'],
  opdrachtgever: ['Start', 'Projecten'],
};

/** One demo account per role (the first one listed). */
const ACCOUNT_PER_ROL = Object.keys(MENU_PER_ROL).map((rol) => {
  const account = DEMO_ACCOUNTS.find((a) => a.rollen.length === 1 && a.rollen[0] === rol);
  if (!account) throw new Error(`Geen demo-account voor rol ${rol}`);
  return { rol, ...account };
});

describe.skipIf(zonderChromium)('inloggen, menu en foutpagina’s in de browser', () => {
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

  it('toont het inlogscherm zonder toegankelijkheidsfouten', async () => {
    await page.goto('/');
    // Not logged in: the start page sends us to the login page.
    await h1(page, 'Inloggen').waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await page.title()).toBe('Inloggen – Open Toegang');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await verwachtToegankelijk(page, 'het inlogscherm');
  });

  for (const account of ACCOUNT_PER_ROL) {
    it(`rol ${account.rol}: inloggen als ${account.gebruikersnaam} toont precies het menu van die rol`, async () => {
      await inloggen(page, account.gebruikersnaam);
      await h1(page, `Welkom, ${account.naam}`).waitFor();
      const menu = await hoofdmenu(page).getByRole('link').allTextContents();
      expect(menu).toEqual(MENU_PER_ROL[account.rol]);
      // The header names the user; the start page lists role and gemeenten.
      await page.getByRole('banner').getByText(account.naam).waitFor();
      await page.getByRole('main').getByText('Deventer').first().waitFor();
      expect(await page.title()).toBe('Start – Open Toegang');
      if (account.rol === 'beheer') await verwachtToegankelijk(page, 'de startpagina');
    });
  }

  it('een verkeerd wachtwoord geeft een melding en houdt de gebruikersnaam', async () => {
    await page.goto('/inloggen');
    await page.getByLabel('Gebruikersnaam').fill('beheer');
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').getByText('Gebruikersnaam of wachtwoord is onjuist.').waitFor();
    expect(await page.getByLabel('Gebruikersnaam').inputValue()).toBe('beheer');
    // The password is emptied and focused, ready to type again.
    expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');
    expect((await focus(page)).id).toBe('wachtwoord');
    await verwachtToegankelijk(page, 'het inlogscherm met foutmelding');
  });

  it('lege velden krijgen een melding bij het veld', async () => {
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul uw gebruikersnaam in.').waitFor();
    const invoer = page.getByLabel('Gebruikersnaam');
    expect(await invoer.getAttribute('aria-invalid')).toBe('true');
    expect(await invoer.getAttribute('aria-describedby')).toContain('gebruikersnaam-fout');
    await verwachtToegankelijk(page, 'het inlogscherm met veldfouten');
  });

  it('na te veel mislukte pogingen toont het inlogscherm de wachttijd', async () => {
    await page.goto('/inloggen');
    const wachtwoord = page.getByLabel('Wachtwoord');
    for (let poging = 1; poging <= 5; poging++) {
      await page.getByLabel('Gebruikersnaam').fill('toegangsmedewerker-2');
      await wachtwoord.fill(`fout-${poging}`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      // The form empties the password when the answer is in.
      await expect.poll(() => wachtwoord.inputValue()).toBe('');
      await page.getByRole('heading', { name: 'Onjuiste inloggegevens' }).waitFor();
    }
    await wachtwoord.fill(E2E_WACHTWOORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Te veel pogingen' }).waitFor();
    await page.getByText(/Probeer het over \d+ minuten opnieuw/).waitFor();
  });

  it('inloggen gaat met alleen het toetsenbord (Tab en Enter)', async () => {
    await page.goto('/inloggen');
    await h1(page, 'Inloggen').waitFor();
    await page.keyboard.press('Tab');
    expect((await focus(page)).tekst).toBe('Naar de inhoud');
    // The skip link is visible when focused.
    expect(await page.getByRole('link', { name: 'Naar de inhoud' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focus(page)).id).toBe('inhoud');
    await page.keyboard.press('Tab');
    expect((await focus(page)).id).toBe('gebruikersnaam');
    await page.keyboard.type('beheer');
    await page.keyboard.press('Tab');
    expect((await focus(page)).id).toBe('wachtwoord');
    await page.keyboard.type(E2E_WACHTWOORD);
    await page.keyboard.press('Enter');
    await h1(page, 'Welkom, Hanneke Beumer').waitFor();
  });

  it('uitloggen brengt terug naar het inlogscherm en beëindigt de sessie', async () => {
    await inloggen(page, 'kcc');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await h1(page, 'Inloggen').waitFor();
    await page.getByText('U bent uitgelogd.').waitFor();
    // The session is gone on the server too: reloading the start page asks to log in again.
    await page.goto('/');
    await h1(page, 'Inloggen').waitFor();
    expect(await page.getByText('U bent uitgelogd.').count()).toBe(0);
  });

  it('een sessie blijft bestaan na herladen', async () => {
    await inloggen(page, 'beleid');
    await page.reload();
    await h1(page, 'Welkom, Bas Leemhuis').waitFor();
  });

  it('een onbekende pagina toont "Pagina niet gevonden"', async () => {
    await inloggen(page, 'beheer');
    await page.goto('/bestaat-niet/ook-niet');
    await h1(page, 'Pagina niet gevonden').waitFor();
    expect(await page.title()).toBe('Pagina niet gevonden – Open Toegang');
    await hoofdmenu(page).waitFor();
    await verwachtToegankelijk(page, 'de 404-pagina');
  });

  it('een scherm buiten de rol toont "Geen toegang"', async () => {
    await inloggen(page, 'kcc');
    await page.goto('/audittrail');
    await h1(page, 'Geen toegang').waitFor();
    await verwachtToegankelijk(page, 'de pagina Geen toegang');
  });
});
