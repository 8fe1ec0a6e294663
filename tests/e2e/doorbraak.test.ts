import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { dagenGeleden, meldingInOnderzoek } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** Need-to-know (issue 18, ADR 0030): refused → doorbraak form → case opens → officer reviews. */
describe.skipIf(zonderChromium)('doorbraak in de browser', () => {
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

  it('een collega zonder relatie opent het onderzoek met een doorbraak; de privacy officer beoordeelt hem', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Doorbraak');
    const collega = await nieuwePagina(browser, server.baseUrl);
    const page = collega.page;
    await inloggen(page, 'toegangsmedewerker-2');
    await page.goto(`/meldingen/${m.meldingId}/onderzoek`);
    await h1(page, 'Doorbraak nodig').waitFor();
    await verwachtToegankelijk(page, 'het doorbraakformulier');

    // Without reason and explanation: both fields named, focus on the summary.
    await page.getByRole('button', { name: 'Dossier openen met doorbraak' }).click();
    await page.getByRole('heading', { name: 'De doorbraak is niet vastgelegd' }).waitFor();
    await page.getByRole('link', { name: /Reden/ }).waitFor();
    await page.getByRole('link', { name: /Toelichting/ }).waitFor();
    await page.screenshot({ path: '/tmp/h18a-doorbraak-fout.png', fullPage: true });
    await verwachtToegankelijk(page, 'het doorbraakformulier met fouten');

    // Keyboard only: the reason by its radio button, the explanation typed, Enter on the button.
    await page.getByRole('radio', { name: 'De contactpersoon is afwezig' }).focus();
    await page.keyboard.press('Space');
    await page.getByLabel('Toelichting').focus();
    await page.keyboard.type('Inwoner belt met spoedvraag, consulent is ziek.');
    await page.getByRole('button', { name: 'Dossier openen met doorbraak' }).focus();
    await page.keyboard.press('Enter');
    await h1(page, /^Onderzoek /).waitFor();
    await page.screenshot({ path: '/tmp/h18a-doorbraak-open.png', fullPage: true });
    await collega.context.close();
    expect(collega.fouten.filter((f) => !f.includes('403'))).toEqual([]);

    const officer = await nieuwePagina(browser, server.baseUrl);
    await inloggen(officer.page, 'auditor');
    await hoofdmenu(officer.page).getByRole('link', { name: 'Doorbraken' }).click();
    await h1(officer.page, 'Doorbraken en signalen').waitFor();
    const rij = officer.page.getByRole('row', { name: /Fatima el Amrani.*Contactpersoon afwezig/ });
    await rij.first().waitFor();
    await verwachtToegankelijk(officer.page, 'de doorbraaklijst');
    await officer.page.screenshot({ path: '/tmp/h18a-doorbraken-lijst.png', fullPage: true });
    await rij
      .first()
      .getByRole('button', { name: /^Terecht/ })
      .click();
    await expect.poll(() => rij.count()).toBe(0);
    await officer.page.getByRole('button', { name: 'Beoordeeld' }).click();
    await officer.page
      .getByRole('row', { name: /Fatima el Amrani.*Terecht/ })
      .first()
      .waitFor();
    await officer.page.getByRole('cell', { name: 'toegangsmedewerker-2' }).first().waitFor();
    await officer.page.screenshot({ path: '/tmp/h18a-doorbraken-beoordeeld.png', fullPage: true });
    await officer.context.close();
    expect(officer.fouten).toEqual([]);
  });

  it('de contactpersoon voegt een meekijker toe en haalt hem weg; een doorbraak ziet de contactpersoon', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Meekijker');
    const cp = await nieuwePagina(browser, server.baseUrl);
    await inloggen(cp.page, 'toegangsmedewerker');
    await cp.page.goto(`/huishoudens/${m.huishoudenId}`);
    await cp.page.getByRole('heading', { name: 'Meekijkers', level: 2 }).waitFor();
    await cp.page.getByText('Er kijkt niemand mee.').waitFor();
    await verwachtToegankelijk(cp.page, 'het huishouden met meekijkers');

    // Nobody chosen: the error at the field, what was typed stays.
    const tot = dagenGeleden(-14);
    await cp.page.getByLabel(/Tot en met/).fill(tot);
    await cp.page.getByRole('button', { name: 'Meekijker toevoegen' }).click();
    await cp.page
      .getByRole('link', { name: /Collega/ })
      .first()
      .waitFor();
    // What was typed stays, in the Dutch form of the date entry (dd-mm-jjjj).
    expect(await cp.page.getByLabel(/Tot en met/).inputValue()).toBe(tot.split('-').reverse().join('-'));
    await verwachtToegankelijk(cp.page, 'het meekijkerformulier met een fout');

    await cp.page.getByLabel('Collega').selectOption({ label: 'Fatima el Amrani' });
    await cp.page.getByRole('button', { name: 'Meekijker toevoegen' }).click();
    await cp.page.getByText('Fatima el Amrani kijkt nu mee.').waitFor();
    const rij = cp.page.getByRole('row', { name: /Fatima el Amrani/ });
    await rij.waitFor();
    // The end date in Dutch, never ISO.
    expect(await rij.textContent()).not.toContain(tot);
    await cp.page.screenshot({ path: '/tmp/h18-meekijker-toegevoegd.png', fullPage: true });
    await verwachtToegankelijk(cp.page, 'het huishouden met een meekijker');

    // The meekijker reads the case without a doorbraak, but cannot add anyone.
    const mk = await nieuwePagina(browser, server.baseUrl);
    await inloggen(mk.page, 'toegangsmedewerker-2');
    await mk.page.goto(`/meldingen/${m.meldingId}/onderzoek`);
    await h1(mk.page, /^Onderzoek /).waitFor();
    await mk.page.goto(`/huishoudens/${m.huishoudenId}`);
    await mk.page.getByRole('row', { name: /Fatima el Amrani/ }).waitFor();
    expect(await mk.page.getByRole('button', { name: 'Meekijker toevoegen' }).count()).toBe(0);

    // Removed: the colleague needs a doorbraak again, and takes it; the contactpersoon sees it.
    await rij.getByRole('button', { name: 'Fatima el Amrani weghalen als meekijker' }).click();
    await cp.page.getByText('Fatima el Amrani kijkt niet meer mee.').waitFor();
    await mk.page.goto(`/meldingen/${m.meldingId}/onderzoek`);
    await h1(mk.page, 'Doorbraak nodig').waitFor();
    await mk.page.getByRole('radio', { name: 'Spoed: de inwoner heeft nu hulp nodig' }).check();
    await mk.page.getByLabel('Toelichting').fill('Inwoner belt, contactpersoon in overleg.');
    await mk.page.getByRole('button', { name: 'Dossier openen met doorbraak' }).click();
    await h1(mk.page, /^Onderzoek /).waitFor();
    await mk.context.close();
    expect(mk.fouten.filter((f) => !f.includes('403'))).toEqual([]);

    await cp.page.goto(`/huishoudens/${m.huishoudenId}`);
    await cp.page.getByRole('heading', { name: 'Geopend met een doorbraak' }).waitFor();
    await cp.page.getByRole('row', { name: /Fatima el Amrani.*Spoed/ }).waitFor();
    await verwachtToegankelijk(cp.page, 'het huishouden met een doorbraak');
    await cp.page.screenshot({ path: '/tmp/h18-huishouden-doorbraak.png', fullPage: true });
    await hoofdmenu(cp.page).getByRole('link', { name: 'Start' }).click();
    await cp.page.getByRole('heading', { name: 'Uw dossiers geopend met een doorbraak' }).waitFor();
    await cp.page
      .getByRole('row', { name: /Fatima el Amrani.*Spoed/ })
      .first()
      .waitFor();
    await verwachtToegankelijk(cp.page, 'de startpagina met doorbraken');
    await cp.page.screenshot({ path: '/tmp/h18-start-doorbraak.png', fullPage: true });
    await cp.context.close();
    expect(cp.fouten).toEqual([]);
  });
});
