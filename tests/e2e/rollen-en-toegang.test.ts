import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activatiecodeHash } from '../../src/server/modules/accounts/activatie/code.ts';
import { demoTotpGeheim, huidigeCode } from '../../src/server/modules/accounts/mfa/totp.ts';
import { h1, hoofdmenu, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { E2E_WACHTWOORD, type E2eServer, startE2eServer } from './support/server.ts';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

/** Issue 14: second factor, account activation and four-eyes role grants in the browser (MFA on). */
describe.skipIf(zonderChromium)('rollen en toegang in de browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];

  beforeAll(async () => {
    server = await startE2eServer({ MFA: 'verplicht' });
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

  async function wachtwoordStap(gebruikersnaam: string) {
    await page.goto('/inloggen');
    await h1(page, 'Inloggen').waitFor();
    await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
    await page.getByLabel('Wachtwoord').fill(E2E_WACHTWOORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  it('een demo-account (vooraf gekoppeld) logt in met wachtwoord en code; beheer keurt een toekenning goed', async () => {
    await wachtwoordStap('beheer');
    await h1(page, 'Code invoeren').waitFor();
    const code = page.getByLabel('Code uit de app');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await verwachtToegankelijk(page, 'code invoeren');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/code-invoeren.png` });
    await code.fill('000000');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Deze code klopt niet of is al gebruikt.').first().waitFor();
    await code.fill(huidigeCode(demoTotpGeheim(E2E_WACHTWOORD, 'beheer')));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await h1(page, /^Welkom, /).waitFor();

    // A grant asked by the system for the beleid account waits for this beheerder.
    await server.db.systemTransaction((tx) =>
      tx.query(
        `INSERT INTO rolwijzigingen (gemeente_code, medewerker_id, rollen_voor, rollen_na, status)
         SELECT m.gemeente_code, m.id, m.rollen, m.rollen || ARRAY['auditor'], 'wacht-op-goedkeuring'
         FROM medewerkers m JOIN gebruikers g ON g.medewerker_id = m.id WHERE g.gebruikersnaam = 'beleid'`,
      ),
    );
    await hoofdmenu(page).getByRole('link', { name: 'Rolwijzigingen' }).click();
    await h1(page, 'Rolwijzigingen').waitFor();
    const knop = page.getByRole('button', { name: /^Goedkeuren: / });
    await knop.waitFor();
    await verwachtToegankelijk(page, 'rolwijzigingen');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/rolwijzigingen.png`, fullPage: true });
    await knop.click();
    await page.getByText(/^Goedgekeurd: /).waitFor();
    const { rows } = await server.db.systemTransaction((tx) =>
      tx.query<{ rollen: string[] }>(
        `SELECT m.rollen FROM medewerkers m JOIN gebruikers g ON g.medewerker_id = m.id WHERE g.gebruikersnaam = 'beleid'`,
      ),
    );
    expect(rows[0]!.rollen).toEqual(['beleid', 'auditor']);
  });

  it('de eerste keer koppelt de medewerker een authenticator-app met de QR-code', async () => {
    await server.db.systemTransaction((tx) =>
      tx.query("UPDATE gebruikers SET totp_actief = false, totp_geheim = NULL WHERE gebruikersnaam = 'kcc'"),
    );
    await wachtwoordStap('kcc');
    await h1(page, 'Authenticator-app koppelen').waitFor();
    await page.getByRole('img', { name: 'QR-code om de authenticator-app te koppelen' }).waitFor();
    await verwachtToegankelijk(page, 'app koppelen');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/app-koppelen.png`, fullPage: true });
    const sleutel = (await page.locator('code.ot-sleutel').textContent())!.replace(/\s/g, '');
    await page.getByLabel('Code uit de app').fill(huidigeCode(sleutel));
    await page.getByRole('button', { name: 'Koppelen en inloggen' }).click();
    await h1(page, /^Welkom, /).waitFor();
  });

  it('activeren: de medewerker kiest met de code zelf een wachtwoord; een zwak wachtwoord krijgt de reden', async () => {
    await server.db.systemTransaction((tx) =>
      tx.query(
        `UPDATE gebruikers SET wachtwoord_hash = NULL, activatiecode_hash = $1,
           activatie_verloopt_op = now() + interval '1 hour' WHERE gebruikersnaam = 'partner-mee'`,
        [activatiecodeHash('ABCD-EFGH-JKMN-PQRS-TUVW')],
      ),
    );
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Account activeren' }).click();
    await h1(page, 'Account activeren').waitFor();
    await verwachtToegankelijk(page, 'account activeren');
    await page.getByLabel('Gebruikersnaam').fill('partner-mee');
    await page.getByLabel('Activatiecode').fill('ABCD-EFGH-JKMN-PQRS-TUVW');
    await page.getByLabel('Nieuw wachtwoord').fill('Password1234');
    await page.getByLabel('Herhaal het wachtwoord').fill('Password1234');
    await page.getByRole('button', { name: 'Activeren' }).click();
    await page
      .getByText(/veelgebruikte of gelekte wachtwoorden/)
      .first()
      .waitFor();
    await verwachtToegankelijk(page, 'account activeren met fout');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/activeren-fout.png`, fullPage: true });
    const zin = 'de fiets staat achter het stadhuis van Deventer';
    await page.getByLabel('Nieuw wachtwoord').fill(zin);
    await page.getByLabel('Herhaal het wachtwoord').fill(zin);
    await page.getByRole('button', { name: 'Activeren' }).click();
    await h1(page, 'Account geactiveerd').waitFor();
  });
});
