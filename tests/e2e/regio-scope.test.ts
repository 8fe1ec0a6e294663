import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { h1, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiSessie, meldingVoorNieuwePersoon } from './support/intake.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/**
 * Regional scope (issue 20, ADR 0038): a local consulent opens a resident who has a BW/MO case at the
 * regional access and sees that the case exists and who the regional contactpersoon is — not the case.
 */
describe.skipIf(zonderChromium)('regionale zaak op de persoonspagina', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lokaal ziet dat er een regionale zaak is en wie de contactpersoon is, niet de inhoud', async () => {
    const regio = await apiSessie(server.baseUrl, 'regio-bw');
    const m = await regio.post<{ id: string; versie: number; persoon: { id: string } }>(
      '/meldingen',
      meldingVoorNieuwePersoon(
        { bsn: '999990330', achternaam: 'Regiozaak' },
        { hulpvraag: 'Slaapt sinds een week in de auto.', leefgebieden: ['huisvesting'] },
      ),
    );
    const ik = await regio.get<{ gebruiker: { medewerkerId: string } }>('/sessies/huidig');
    await regio.post(`/meldingen/${m.id}/triage`, {
      versie: m.versie,
      uitkomst: 'onderzoek',
      behandelaarId: ik.gebruiker.medewerkerId,
    });
    await regio.sluit();

    const lokaal = await nieuwePagina(browser, server.baseUrl);
    const page = lokaal.page;
    await inloggen(page, 'toegangsmedewerker-2');
    await page.goto(`/personen/${m.persoon.id}`);
    await h1(page, /Regiozaak/).waitFor();
    await page.getByRole('heading', { name: 'Zaak bij de regionale toegang' }).waitFor();
    await page.getByText('Contactpersoon: Ruben Wessels').waitFor();
    expect(await page.getByText('Slaapt sinds een week').count()).toBe(0);
    await verwachtToegankelijk(page, 'de persoonspagina met een regionale zaak');
    await page.screenshot({ path: '/tmp/h20a-regionale-zaak.png', fullPage: true });
    await lokaal.context.close();
    expect(lokaal.fouten).toEqual([]);
  });
});
