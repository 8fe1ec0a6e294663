import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { volgendBsn } from '../support/intake.ts';
import { focus, h1, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiSessie } from './support/intake.ts';
import { apiKlant, meldingInOnderzoek } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/**
 * Issue 15, item 4 and the keyboard aim: a person is corrected on their own page with the history
 * kept and a clear conflict message; a melding for a known person is registered with the keyboard
 * only in a bounded number of key presses (steps, not time).
 */
describe.skipIf(zonderChromium)('bruikbaarheid: persoon corrigeren en melden met het toetsenbord', () => {
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

  it('een persoon corrigeren: BSN aanvullen, adres wijzigen, historie zichtbaar, conflict in gewone taal', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Corrigeer');
    await inloggen(page, 'toegangsmedewerker');
    await page.goto(`/huishoudens/${m.huishoudenId}`);
    await page.getByRole('link', { name: m.naam }).click();
    await h1(page, m.naam).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/personen/${m.persoonId}`);
    await page.getByText('De gegevens zijn sinds de registratie niet gewijzigd.').waitFor();
    await verwachtToegankelijk(page, 'de persoon');

    const bsn = volgendBsn();
    const oudBsn = await page.getByLabel('BSN').inputValue();
    const oudeStraat = await page.getByLabel('Straat').inputValue();
    await page.getByLabel('BSN').fill(bsn);
    await page.getByLabel('Straat').fill('Nieuwe Markt');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').getByText('De gegevens zijn opgeslagen.').waitFor();
    // The saved values stay in the form, the old ones are in the history.
    expect(await page.getByLabel('BSN').inputValue()).toBe(bsn);
    const historie = page.getByRole('table', { name: /^Correcties \(1\)/ });
    await historie.getByText(`BSN: ${oudBsn || '(leeg)'}`).waitFor();
    await historie.getByText(new RegExp(`^adres: ${oudeStraat} `)).waitFor();
    await historie.getByText('Tom Gerritsen').waitFor();
    await verwachtToegankelijk(page, 'de persoon na een correctie');
    await page.screenshot({ path: '/tmp/h15b-persoon.png', fullPage: true });

    // A colleague changes the person meanwhile: a clear Dutch conflict, nothing is overwritten.
    const collega = await apiKlant(server.baseUrl, 'toegangsmedewerker-2');
    const actueel = await collega.get<{ versie: number }>(`/personen/${m.persoonId}`);
    await collega.patch(`/personen/${m.persoonId}`, { versie: actueel.versie, telefoon: '0570-999999' });
    await collega.sluit();
    await page.getByLabel('Telefoon').fill('06-11112222');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page
      .getByRole('heading', { name: 'Niet opgeslagen: een collega heeft deze persoon intussen gewijzigd' })
      .waitFor();
    await verwachtToegankelijk(page, 'het versieconflict');
    await page.screenshot({ path: '/tmp/h15b-persoon-conflict.png', fullPage: true });
    await page.getByRole('button', { name: 'Nieuwste gegevens laden' }).click();
    await expect.poll(() => page.getByLabel('Telefoon').inputValue()).toBe('0570-999999');
  });

  it('een melding voor een bekende persoon registreren met alleen het toetsenbord, in een begrensd aantal toetsaanslagen', async () => {
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    await kcc.post('/personen', {
      bsn: volgendBsn(),
      voornamen: 'Karel',
      achternaam: 'Snelmelder',
      geboortedatum: '1939-07-14',
      adres: { straat: 'Keizerstraat', huisnummer: 5, postcode: '7416 AA', woonplaats: 'Deventer' },
    });
    await kcc.sluit();

    await inloggen(page, 'kcc');
    let aanslagen = 0;
    const druk = async (toets: string) => {
      aanslagen++;
      await page.keyboard.press(toets);
    };
    const typ = async (tekst: string) => {
      aanslagen += tekst.length;
      await page.keyboard.type(tekst);
    };
    const tabNaar = async (doel: (f: { id: string; tekst: string; tag: string }) => boolean) => {
      for (let i = 0; i < 60 && !doel(await focus(page)); i++) await druk('Tab');
      expect(doel(await focus(page)), JSON.stringify(await focus(page))).toBe(true);
    };

    // From the start page, by the menu: skip link not needed, the menu comes first.
    await tabNaar((f) => f.tekst === 'Nieuwe melding' && f.tag === 'a');
    await druk('Enter');
    await h1(page, 'Nieuwe melding').waitFor();
    await tabNaar((f) => f.id === 'persoon-zoeken');
    await typ('Snelm');
    await page.getByRole('status').getByText('1 persoon gevonden.').waitFor();
    await druk('ArrowDown');
    await druk('Enter');
    await page.getByRole('heading', { name: 'Gekozen: Karel Snelmelder' }).waitFor();
    await tabNaar((f) => f.id === 'melding-hulpvraag');
    await typ('Hulp bij het huishouden.');
    await tabNaar((f) => f.id.startsWith('melding-leefgebieden-'));
    await druk('Space');
    await tabNaar((f) => f.id === 'melding-co-aangeboden-ja');
    await druk('Space');
    await tabNaar((f) => f.tag === 'button' && f.tekst === 'Melding registreren');
    await druk('Enter');
    await h1(page, /^Melding M-\d{6}$/).waitFor();
    await page.getByText('Karel Snelmelder, geboren 14 juli 1939', { exact: false }).waitFor();
    await verwachtToegankelijk(page, 'de melding na registratie met het toetsenbord');

    // Typed text (29 characters) plus navigation: under a minute for a practised user (70 when measured).
    expect(aanslagen).toBeLessThanOrEqual(80);
  });
});
