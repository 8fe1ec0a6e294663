import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { brp } from '../../src/server/modules/brp/index.ts';
import { brpInstellingen } from '../../src/server/platform/config.ts';
import { type BrpMock, startBrpMock } from '../support/brp-mock.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiSessie, meldingVoorNieuwePersoon } from './support/intake.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

// Suzanne Moulin from RvIG's test set, moved (in the mock) to an address in the demo gemeente.
const SUZANNE = '999993653';

describe.skipIf(zonderChromium)('intake haalt de persoon uit de BRP (mock-BRP)', () => {
  let mock: BrpMock;
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];

  beforeAll(async () => {
    mock = await startBrpMock();
    mock.wijzig(SUZANNE, (p) => {
      const vp = p.verblijfplaats as { verblijfadres: Record<string, unknown> };
      vp.verblijfadres = {
        ...vp.verblijfadres,
        korteStraatnaam: 'Brink',
        officieleStraatnaam: 'Brink',
        huisnummer: 12,
        postcode: '7411AB',
        woonplaats: 'Deventer',
      };
    });
    server = await startE2eServer({ BRP_URL: mock.url, BRP_TIMEOUT_MS: '2000' });
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mock?.close();
  });
  beforeEach(async () => {
    ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
  });
  afterEach(async () => {
    await context?.close();
    expect(fouten, 'fouten in de browser').toEqual([]);
  });

  it('vult naam, geboortedatum, adres en wijk in uit de BRP; bij een storing gaat het met de hand verder, "niet uit BRP"', async () => {
    await inloggen(page, 'kcc');
    await hoofdmenu(page).getByRole('link', { name: 'Nieuwe melding' }).click();
    await h1(page, 'Nieuwe melding').waitFor();
    await page.getByRole('searchbox', { name: 'Zoek de inwoner' }).fill(SUZANNE);
    await page.getByRole('status').getByText('Geen personen gevonden.').waitFor();
    await page.getByRole('button', { name: 'Nieuwe persoon registreren' }).click();
    expect(await page.getByLabel('BSN').inputValue()).toBe(SUZANNE);

    await page.getByRole('button', { name: 'Ophalen uit BRP' }).click();
    await page.getByText('Naam, geboortedatum en adres komen uit de BRP.').waitFor();
    expect(await page.getByLabel('Achternaam').inputValue()).toBe('Moulin');
    expect(await page.getByLabel('Voornamen').inputValue()).toBe('Suzanne');
    expect(await page.getByLabel('Geboortedatum').inputValue()).toBe('01-12-1985');
    expect(await page.getByLabel('Postcode').inputValue()).toBe('7411AB');
    expect(await page.getByLabel('Straat').inputValue()).toBe('Brink');
    await page.getByText('Wijk: Binnenstad').waitFor();
    await verwachtToegankelijk(page, 'het formulier met gegevens uit de BRP');

    // Only what intake needs was asked, with the purpose.
    const vraag = mock.verzoeken.at(-1)!;
    expect(vraag.headers['x-doelbinding']).toBe('wmo-toegang-intake');
    expect(vraag.body.fields).not.toContain('partners.naam');

    mock.storing = 'fout';
    await page.getByRole('button', { name: 'Ophalen uit BRP' }).click();
    await page.getByText('Deze persoon wordt vastgelegd als: niet uit BRP.').waitFor();
    await verwachtToegankelijk(page, 'het formulier bij een BRP-storing');
    mock.storing = 'geen';
    // The browser logs the expected 502 of the BRP outage; any other error still fails the test.
    const verwacht = fouten.filter((f) => f.includes('502'));
    expect(verwacht).toHaveLength(1);
    fouten.splice(fouten.indexOf(verwacht[0]!), 1);
  });

  it('de contactpersoon ziet een verhuizing uit de nachtelijke controle op zijn werkvoorraad en handelt hem af', async () => {
    // Mattheus du Burck lives in The Hague according to the BRP; we registered him in Deventer.
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    const m = await kcc.post<{ id: string; versie: number; huishoudenId: string }>(
      '/meldingen',
      meldingVoorNieuwePersoon({ bsn: '999990639', achternaam: 'Burck', voornamen: 'Mattheus' }),
    );
    const { rows } = await server.db.systemTransaction((tx) =>
      tx.query<{ medewerker_id: string }>(
        "SELECT medewerker_id FROM gebruikers WHERE gebruikersnaam = 'toegangsmedewerker'",
      ),
    );
    await kcc.post(`/meldingen/${m.id}/triage`, {
      versie: m.versie,
      uitkomst: 'onderzoek',
      behandelaarId: rows[0]!.medewerker_id,
    });
    await kcc.sluit();
    const r = await brp.api.controleerVerschilMetBrp(server.db, brpInstellingen({ BRP_URL: mock.url }));
    expect(r.signalen).toBeGreaterThanOrEqual(1);

    await inloggen(page, 'toegangsmedewerker');
    await hoofdmenu(page).getByRole('link', { name: 'Werkvoorraad' }).click();
    const sectie = page.getByRole('region', { name: 'Verschillen met de BRP' });
    await sectie.getByRole('cell', { name: /verhuisd/ }).waitFor();
    await verwachtToegankelijk(page, 'de werkvoorraad met verschillen met de BRP');
    await sectie.getByRole('button', { name: /Afgehandeld: Mattheus/ }).click();
    await page
      .getByRole('status')
      .getByText(/is afgehandeld/)
      .waitFor();

    // The household as the BRP knows it, offered for comparison on the household page.
    await page.goto(`/huishoudens/${m.huishoudenId}`);
    await page.getByRole('button', { name: 'Samenstelling uit de BRP ophalen' }).click();
    await page.getByRole('rowheader', { name: 'Johanna Dingena Maassen' }).waitFor();
    await verwachtToegankelijk(page, 'het huishouden met de samenstelling volgens de BRP');
  });
});
