import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { meldingInOnderzoek } from './support/onderzoek.ts';
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
});
