import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maakTestBsnGenerator } from '../../src/domain/bsn/bsn.ts';
import { mulberry32 } from '../../src/domain/bsn/prng.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { type ApiSessie, apiSessie, meldingVoorNieuwePersoon, vandaag } from './support/intake.ts';
import { E2E_WACHTWOORD, type E2eServer, startE2eServer } from './support/server.ts';

/** Own seed: other test files draw other BSNs. */
const volgendBsn = maakTestBsnGenerator(mulberry32(0x9e7e17));

/** A partner's medewerker logs in; without the start page they land in their inbox. */
async function inloggenPartner(page: Page, gebruikersnaam: string): Promise<void> {
  await page.goto('/inloggen');
  await h1(page, 'Inloggen').waitFor();
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(E2E_WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await h1(page, 'Verwijzingen').waitFor();
}

/** Issue 16, "Done when": the loop from toegang to MEE and back, in the browser, with axe on every page. */
describe.skipIf(zonderChromium)('preventie in de browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];
  let kcc: ApiSessie;
  let beleid: ApiSessie;
  let meeId: string;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
    kcc = await apiSessie(server.baseUrl, 'kcc');
    beleid = await apiSessie(server.baseUrl, 'beleid');
    const partners = await kcc.get<Array<{ id: string; code: string }>>('/partners');
    meeId = partners.find((p) => p.code === 'mee')!.id;
  });
  afterAll(async () => {
    await kcc?.sluit();
    await beleid?.sluit();
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

  const maand = vandaag().slice(0, 7);
  const opgelostDoorPreventie = async () => {
    const tb = await beleid.get<{ rijen: Array<{ periode: string; collectief: number }> }>(
      `/monitoring/ladder?gemeente=0150&van=${maand}&tot=${maand}&periode=maand`,
    );
    return tb.rijen.find((r) => r.periode === maand)?.collectief ?? 0;
  };
  const nieuweMelding = (achternaam: string) =>
    kcc.post<{ id: string }>('/meldingen', meldingVoorNieuwePersoon({ bsn: volgendBsn(), achternaam }));

  it('KCC verwijst met toestemming naar MEE; MEE accepteert en koppelt opgelost terug; pas dan telt de ladder het', async () => {
    const m = await nieuweMelding('Preventiepad');
    const voor = await opgelostDoorPreventie();

    await inloggen(page, 'kcc');
    await page.goto(`/meldingen/${m.id}`);
    await h1(page, /^Melding M-/).waitFor();
    await page.getByRole('radio', { name: 'Verwijzing naar preventie (partner)' }).check();
    await page.getByLabel('Partner', { exact: true }).selectOption({ label: 'MEE IJsseloevers' });
    await page.getByLabel('Dienst').selectOption({ label: 'Onafhankelijke cliëntondersteuning' });
    await page.getByLabel('Waarom verwijst u?').fill('Hulp bij formulieren en de weg naar voorzieningen.');
    await page.getByRole('radio', { name: 'Ja', exact: true }).check();
    await page.getByRole('radio', { name: 'Mondeling', exact: true }).check();
    await page.getByLabel('Datum van de toestemming').fill(vandaag());
    await page.getByRole('checkbox', { name: /Contactgegevens/ }).check();
    await page.getByRole('checkbox', { name: /Hulpvraag/ }).check();
    // Wmo 2.3.2: the resident chooses MEE instead of an onderzoek; without this the melding stays open.
    await page
      .getByRole('checkbox', { name: 'De inwoner is gewezen op het recht op onderzoek en ziet daar vanaf' })
      .check();
    await page.getByLabel('Door wie?').fill('K. Claassen, KCC');
    await verwachtToegankelijk(page, 'triage met verwijzing naar preventie');
    await page.getByRole('button', { name: 'Triage opslaan' }).click();
    await page.getByText('Verwezen naar MEE IJsseloevers, met toestemming.').waitFor();
    await page.getByRole('heading', { name: 'Verwijzingen naar preventie' }).waitFor();
    await page.getByText('Nieuw, nog niet geaccepteerd').waitFor();
    await verwachtToegankelijk(page, 'melding met verwijzing');
    expect(await opgelostDoorPreventie()).toBe(voor);

    const mee = await nieuwePagina(browser, server.baseUrl);
    try {
      const p = mee.page;
      await inloggenPartner(p, 'mee');
      await verwachtToegankelijk(p, 'inbox van de partner');
      await expect(hoofdmenu(p).getByRole('link', { name: 'Verwijzingen' }).count()).resolves.toBe(1);
      await p.getByRole('link', { name: /Test Preventiepad/ }).click();
      await h1(p, /Verwijzing onafhankelijke cliëntondersteuning: Test Preventiepad/).waitFor();
      await p.getByText('Hulp bij formulieren en de weg naar voorzieningen.').waitFor();
      await verwachtToegankelijk(p, 'verwijzing bij de partner');
      await p.getByRole('button', { name: 'Verwijzing accepteren' }).click();
      await p.getByText(/De verwijzing is geaccepteerd/).waitFor();
      expect(await opgelostDoorPreventie()).toBe(voor);
      await p.getByRole('radio', { name: 'Opgelost', exact: true }).check();
      await p.getByLabel('Toelichting voor toegang').fill('Samen met mevrouw de aanvraag gedaan.');
      await verwachtToegankelijk(p, 'terugkoppeling');
      await p.getByRole('button', { name: 'Terugkoppeling versturen' }).click();
      await p.getByText('Terugkoppeling verstuurd: opgelost.').waitFor();
      expect(mee.fouten).toEqual([]);
    } finally {
      await mee.context.close();
    }
    expect(await opgelostDoorPreventie()).toBe(voor + 1);

    // Toegang sees the outcome and who at MEE handled it (warm handover).
    await page.reload();
    await page.getByText(/Opgelost \(.*\): Samen met mevrouw de aanvraag gedaan\./).waitFor();
    await page.getByText(/Marloes Eefting/).waitFor();
  });

  it('zonder toestemming ziet MEE geen persoonsgegevens; intrekken haalt het huishouden uit het zicht', async () => {
    const zonder = await nieuweMelding('Zondergegevens');
    const vz = await kcc.post<{ id: string }>('/verwijzingen', {
      meldingId: zonder.id,
      partnerId: meeId,
      dienst: 'clientondersteuning',
      reden: 'Geheime reden die de partner niet mag zien.',
      toestemming: { gegeven: false },
    });
    const met = await nieuweMelding('Intrekbaar');
    const vm = await kcc.post<{ id: string }>('/verwijzingen', {
      meldingId: met.id,
      partnerId: meeId,
      dienst: 'clientondersteuning',
      reden: 'Ondersteuning bij het keukentafelgesprek.',
      toestemming: { gegeven: true, wijze: 'mondeling', datum: vandaag(), gegevens: ['contactgegevens'] },
    });

    const mee = await nieuwePagina(browser, server.baseUrl);
    try {
      const p = mee.page;
      await inloggenPartner(p, 'mee');
      await p.getByRole('link', { name: /Test Intrekbaar/ }).waitFor();
      await p.goto(`/preventie/${vz.id}`);
      await p.getByText(/Zonder \(geldige\) toestemming krijgt u geen gegevens van de inwoner/).waitFor();
      await verwachtToegankelijk(p, 'verwijzing zonder toestemming');
      const tekst = await p.locator('main').textContent();
      expect(tekst).not.toContain('Zondergegevens');
      expect(tekst).not.toContain('Geheime reden');

      // Toegang records the withdrawal on the melding page.
      await inloggen(page, 'kcc');
      await page.goto(`/meldingen/${met.id}`);
      await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
      await page.getByLabel('Toelichting bij het intrekken').fill('De inwoner belde: geen hulp meer nodig.');
      await verwachtToegankelijk(page, 'toestemming intrekken');
      await page.getByRole('button', { name: 'Intrekken bevestigen' }).click();
      await page.getByText('De toestemming is ingetrokken.').waitFor();
      await page.getByText('Beëindigd: toestemming ingetrokken').waitFor();

      await p.goto('/preventie');
      await h1(p, 'Verwijzingen').waitFor();
      await p.getByRole('heading', { level: 2, name: 'Nieuw' }).waitFor();
      await p.getByRole('table').or(p.getByText('Geen verwijzingen.')).first().waitFor();
      expect(await p.getByRole('link', { name: /Test Intrekbaar/ }).count()).toBe(0);
      await p.goto(`/preventie/${vm.id}`);
      await p.getByText(/bestaat niet of u heeft er geen toegang toe/).waitFor();
      await verwachtToegankelijk(p, 'ingetrokken verwijzing');
      expect(mee.fouten).toEqual([]);
    } finally {
      await mee.context.close();
    }
  });
});
