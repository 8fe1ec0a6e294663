import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { aanvraagNaOnderzoek, dagenVanaf } from './support/beschikking.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiKlant, meldingInOnderzoek } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/**
 * Issue 15, items 5, 6 and 10 and the accessibility statement: four eyes shows a state and a
 * worklist with its count in the menu, a caseworker has "Mijn zaken", every start page says what
 * waits, /beschikkingen is no 404.
 */
describe.skipIf(zonderChromium)('bruikbaarheid: mijn zaken, te controleren, wat op u wacht', () => {
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

  it('mijn zaken: huishoudens met fase en volgende termijn, vroegste termijn eerst; de startpagina telt', async () => {
    const onderzoek = await meldingInOnderzoek(server.baseUrl, 'Zaakvroeg');
    const aanvraag = await aanvraagNaOnderzoek(server.baseUrl, 'Zaaklaat');

    await inloggen(page, 'toegangsmedewerker');
    // The start page lists what waits, with counts, each a link to its list.
    const wacht = page.getByRole('region', { name: 'Wat op u wacht' });
    await wacht.getByRole('link', { name: /^\d+ Onderzoeken die lopen$/ }).waitFor();
    const lopend = await wacht.getByRole('link', { name: /Onderzoeken die lopen$/ }).textContent();
    expect(Number(lopend?.match(/^\d+/)?.[0])).toBeGreaterThanOrEqual(1);
    await wacht.getByRole('link', { name: /^\d+ Termijnen die deze week verlopen/ }).waitFor();
    await verwachtToegankelijk(page, 'de startpagina van de toegangsmedewerker');
    await page.screenshot({ path: '/tmp/h15b-start-toegang.png', fullPage: true });

    await hoofdmenu(page).getByRole('link', { name: 'Mijn zaken' }).click();
    await h1(page, 'Mijn zaken').waitFor();
    const tabel = page.getByRole('table', { name: /^Uw zaken: \d+$/ });
    const rijOnderzoek = tabel.getByRole('row', { name: new RegExp(onderzoek.naam.split(' ').pop()!) });
    await rijOnderzoek.getByRole('cell', { name: 'Onderzoek', exact: true }).waitFor();
    const rijAanvraag = tabel.getByRole('row', { name: /Zaaklaat/ });
    await rijAanvraag.getByRole('cell', { name: 'Aanvraag (beschikking volgt)' }).waitFor();
    // The aanvraag's beschikking is due within two weeks, the onderzoek's in six: the aanvraag first.
    const volgorde = await tabel.getByRole('rowheader').allTextContents();
    const iA = volgorde.findIndex((t) => t.includes('Zaaklaat'));
    const iO = volgorde.findIndex((t) => t.includes('Zaakvroeg'));
    expect(iA).toBeGreaterThanOrEqual(0);
    expect(iA).toBeLessThan(iO);
    await verwachtToegankelijk(page, 'mijn zaken');
    await page.screenshot({ path: '/tmp/h15b-mijn-zaken.png', fullPage: true });
    await rijAanvraag.getByRole('link', { name: /^Aanvraag van / }).click();
    expect(new URL(page.url()).pathname).toBe(`/meldingen/${aanvraag.meldingId}/aanvragen`);

    // /beschikkingen is no 404: it leads to the caseworker's own list.
    await page.goto('/beschikkingen');
    await h1(page, 'Mijn zaken').waitFor();
  });

  it('vier ogen: de opsteller ziet de stand, een collega ziet de lijst en het aantal in het menu', async () => {
    const a = await aanvraagNaOnderzoek(server.baseUrl, 'Vierogen');
    const bo = await apiKlant(server.baseUrl, 'backoffice');
    let conceptId: string;
    try {
      const producten =
        await bo.get<Array<{ id: string; naam: string; aanbieders: Array<{ id: string }> }>>(
          '/producten?gemeente=0150',
        );
      const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
      const concept = await bo.post<{ id: string }>(`/aanvragen/${a.aanvraagId}/beschikkingen`, {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Hulp nodig (onderzoek, stap 5).',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders[0]!.id,
            ingangsdatum: dagenVanaf(7),
            einddatum: dagenVanaf(300),
          },
        ],
      });
      conceptId = concept.id;
    } finally {
      await bo.sluit();
    }

    // The drafter: the state, no button the API would refuse; her own concept is not in her count.
    await inloggen(page, 'backoffice');
    expect(
      await hoofdmenu(page)
        .getByRole('link', { name: /^Te controleren/ })
        .textContent(),
    ).toBe('Te controleren');
    await page.goto(`/beschikkingen/${conceptId}`);
    await h1(page, /^Beschikking B-\d{6}$/).waitFor();
    await page.getByRole('heading', { name: 'Wacht op controle door een collega' }).waitFor();
    expect(await page.getByRole('button', { name: 'Beschikking vaststellen' }).count()).toBe(0);
    await verwachtToegankelijk(page, 'het eigen concept');
    await page.screenshot({ path: '/tmp/h15b-vier-ogen-opsteller.png', fullPage: true });
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await h1(page, 'Inloggen').waitFor();

    // A colleague: the count in the menu and on the start page, the worklist, then the button.
    await inloggen(page, 'backoffice-2');
    const menuItem = hoofdmenu(page).getByRole('link', { name: /^Te controleren/ });
    await expect.poll(() => menuItem.textContent()).toMatch(/^Te controleren\d+ wachtend$/);
    const wacht = page.getByRole('region', { name: 'Wat op u wacht' });
    await wacht
      .getByRole('link', { name: /^[1-9]\d* Beschikkingen te controleren \(vier ogen\)$/ })
      .waitFor();
    await wacht.getByRole('link', { name: /^\d+ Aanvragen om te beschikken$/ }).waitFor();
    await wacht.getByRole('link', { name: /^\d+ Verzoeken van aanbieders/ }).waitFor();
    await verwachtToegankelijk(page, 'de startpagina van de backoffice');
    await page.screenshot({ path: '/tmp/h15b-start-backoffice.png', fullPage: true });
    await menuItem.click();
    await h1(page, 'Te controleren').waitFor();
    const rij = page.getByRole('row', { name: /Vierogen/ });
    await rij
      .getByRole('cell', { name: /Bram Oosterhuis|backoffice/i })
      .first()
      .waitFor();
    await verwachtToegankelijk(page, 'te controleren');
    await page.screenshot({ path: '/tmp/h15b-te-controleren.png', fullPage: true });
    await rij.getByRole('link', { name: /^B-\d{6}$/ }).click();
    await h1(page, /^Beschikking B-\d{6}$/).waitFor();
    await page.getByRole('button', { name: 'Beschikking vaststellen' }).waitFor();

    // /beschikkingen leads the backoffice to the four-eyes list.
    await page.goto('/beschikkingen');
    await h1(page, 'Te controleren').waitFor();
  });

  it('de toegankelijkheidsverklaring staat in de voet van elke pagina, ook zonder inloggen', async () => {
    await page.goto('/inloggen');
    await h1(page, 'Inloggen').waitFor();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
    await h1(page, 'Toegankelijkheidsverklaring').waitFor();
    await page.getByRole('heading', { name: 'Status: gedeeltelijk voldoet' }).waitFor();
    await page.getByRole('heading', { name: 'Een probleem melden' }).waitFor();
    await page.getByText(/WCAG 2\.2 op niveau AA/).waitFor();
    await verwachtToegankelijk(page, 'de toegankelijkheidsverklaring');
    await page.screenshot({ path: '/tmp/h15b-toegankelijkheid.png', fullPage: true });
  });
});
