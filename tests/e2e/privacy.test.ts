import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stelVernietigingslijstenOp } from '../../src/server/modules/privacy/bewaren/voer-uit.ts';
import { maakPersonen, maakZaken } from '../support/monitoring.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

async function uitloggen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await h1(page, 'Inloggen').waitFor();
}

/**
 * Issue 18: the privacy officer's screens. A data-subject request is registered and its deadline
 * shows on the worklist; the register and the retention terms are readable; a vernietigingslijst is
 * approved by the privacy officer and then by the archivist, after which the statement is there.
 */
describe.skipIf(zonderChromium)('privacy officer en archivaris in de browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
    await server.db.systemTransaction(async (tx) => {
      await maakPersonen(tx, ['Verzoeker']);
      await maakZaken(tx, [
        {
          naam: 'Oudedossier',
          ontvangst: '2017-02-01',
          kanaal: 'telefoon',
          triage: 'onderzoek',
          status: 'aanvraag',
          onderzoek: { afgerond: '2017-03-01', verslag: '2017-03-02' },
          aanvraag: {
            datum: '2017-03-05',
            uiterlijk: '2017-04-16',
            besluit: '2017-04-01',
            toekenning: { ingang: '2017-04-01', einde: '2017-12-31' },
          },
        },
      ]);
      await tx.query(
        `INSERT INTO bewaartermijnen (gemeente_code, dossiersoort, jaren, bron)
         VALUES ('0150', 'wmo-met-voorziening', 2, 'Korte testtermijn'), ('0150', 'wmo-zonder-voorziening', 2, 'Korte testtermijn')`,
      );
    });
    await stelVernietigingslijstenOp(server.db);
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

  it('de privacy officer registreert een inzageverzoek en ziet de termijn op de werklijst', async () => {
    await inloggen(page, 'auditor');
    await hoofdmenu(page).getByRole('link', { name: 'Privacyverzoeken' }).click();
    await h1(page, 'Privacyverzoeken').waitFor();
    await page.getByLabel('Betrokkene zoeken (BSN of achternaam)').fill('Verzoeker');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('radio', { name: /Verzoeker/ }).check();
    await page.getByRole('radio', { name: 'Inzage (art. 15)' }).check();
    await page.getByRole('button', { name: 'Verzoek registreren' }).click();
    await page.getByText(/Verzoek geregistreerd\. Afhandelen uiterlijk/).waitFor();
    const rij = page.getByRole('row', { name: /Verzoeker/ });
    await expect(rij.getByRole('cell').nth(2).textContent()).resolves.toMatch(/\d{4}/);
    await expect(page.getByRole('link', { name: /CSV/ }).first().getAttribute('href')).resolves.toContain(
      'formaat=csv',
    );
    await verwachtToegankelijk(page, 'privacyverzoeken');
    await page.screenshot({ path: '/tmp/h18b-verzoeken.png', fullPage: true });

    await hoofdmenu(page).getByRole('link', { name: 'Verwerkingsregister' }).click();
    await h1(page, 'Verwerkingsregister').waitFor();
    await page.getByRole('heading', { name: 'Bewaren en vernietigen van dossiers' }).waitFor();
    await verwachtToegankelijk(page, 'verwerkingsregister');
  });

  it('de vernietigingslijst wordt goedgekeurd door twee mensen in twee rollen; daarna de verklaring', async () => {
    await inloggen(page, 'auditor');
    await hoofdmenu(page).getByRole('link', { name: 'Vernietigingslijsten' }).click();
    await h1(page, 'Vernietigingslijsten').waitFor();
    await page.getByRole('rowheader', { name: /Oudedossier/ }).waitFor();
    await verwachtToegankelijk(page, 'vernietigingslijsten');
    await page.getByRole('button', { name: 'Lijst goedkeuren' }).click();
    await page.getByText(/wacht nu op de tweede goedkeuring/).waitFor();
    // The same person again: refused with a clear message.
    await page.getByRole('button', { name: 'Lijst goedkeuren' }).click();
    await page.getByText(/U heeft deze lijst al goedgekeurd/).waitFor();
    await uitloggen(page);

    await inloggen(page, 'archivaris');
    await hoofdmenu(page).getByRole('link', { name: 'Bewaartermijnen' }).click();
    await h1(page, 'Bewaartermijnen').waitFor();
    await verwachtToegankelijk(page, 'bewaartermijnen');
    await hoofdmenu(page).getByRole('link', { name: 'Vernietigingslijsten' }).click();
    await page.getByRole('button', { name: 'Lijst goedkeuren' }).click();
    await page.getByText(/Goedgekeurd en uitgevoerd/).waitFor();
    const link = page.getByRole('link', { name: 'Vernietigingsverklaring (PDF)' });
    await expect(link.getAttribute('href')).resolves.toMatch(/\/verklaring$/);
    await expect(page.getByRole('rowheader', { name: /Oudedossier/ }).count()).resolves.toBe(0);
    await verwachtToegankelijk(page, 'vernietigingslijst na vernietiging');
    await page.screenshot({ path: '/tmp/h18b-vernietiging.png', fullPage: true });
  });
});
