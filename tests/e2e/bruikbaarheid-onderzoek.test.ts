import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiKlant, meldingInOnderzoek, startOnderzoek, wachtOpOpgeslagen } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const HULPVRAAG = 'Ik kan mijn huis niet meer schoonhouden sinds mijn heupoperatie.';

/** The state a step of the stepper says in words. */
async function staatVan(page: Page, stap: string): Promise<string> {
  const knop = page.getByRole('navigation', { name: 'Stappen van het onderzoek' }).getByRole('button', {
    name: new RegExp(`^${stap.replace('.', '\\.')}`),
  });
  return ((await knop.locator('.ot-stapper__staat').textContent()) ?? '').trim();
}

/**
 * Issue 15, items 7 and 4: the onderzoek as a stepper with a state per step, step 1 pre-filled from
 * the melding, saved ZRM scores that stay in view with the confirmation next to the button; and a
 * household member added on the household page.
 */
describe.skipIf(zonderChromium)('bruikbaarheid: onderzoek in stappen, lid toevoegen', () => {
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

  it('stappen met hun staat, stap 1 voorgevuld uit de melding, ZRM-scores blijven staan na opslaan', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Stapper');
    await startOnderzoek(server.baseUrl, m.meldingId);
    await inloggen(page, 'toegangsmedewerker');
    await page.goto(`/meldingen/${m.meldingId}/onderzoek`);
    await h1(page, `Onderzoek ${m.naam}`).waitFor();

    // The stepper: an ordered list, the current step marked for assistive technology.
    const stapper = page.getByRole('navigation', { name: 'Stappen van het onderzoek' });
    expect(await stapper.getByRole('listitem').count()).toBe(6);
    const huidig = stapper.locator('[aria-current="step"]');
    const huidigeStap = async () => (await huidig.textContent()) ?? '';
    expect(await huidigeStap()).toMatch(/^1\. Hulpvraag/);

    // Step 1 starts from the melding's hulpvraag, and is saved as such: the step is "klaar".
    await expect.poll(() => page.getByLabel('Wat is de hulpvraag?').inputValue()).toBe(HULPVRAAG);
    await wachtOpOpgeslagen(page);
    await expect.poll(() => staatVan(page, '1. Hulpvraag')).toBe('klaar');
    expect(await staatVan(page, '2. Beperkingen')).toBe('nog niet begonnen');
    const consulent = await apiKlant(server.baseUrl, 'toegangsmedewerker');
    const opgeslagen = await consulent.get<{ stappen: { hulpvraag?: { hulpvraag: string } } }>(
      `/meldingen/${m.meldingId}/onderzoek`,
    );
    await consulent.sluit();
    expect(opgeslagen.stappen.hulpvraag?.hulpvraag).toBe(HULPVRAAG);

    // One step per view: step 2's fields are not on screen until it is chosen (keyboard: Enter).
    const zelfredzaamheid = page.getByLabel('Problemen en beperkingen in de zelfredzaamheid');
    expect(await zelfredzaamheid.isVisible()).toBe(false);
    await stapper.getByRole('button', { name: /^2\. Beperkingen/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(huidigeStap).toMatch(/^2\. Beperkingen/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('stap-paneel-beperkingen');
    await zelfredzaamheid.fill('Kan niet bukken of tillen.');
    await wachtOpOpgeslagen(page);
    // Half done: participatie is still open.
    await expect.poll(() => staatVan(page, '2. Beperkingen')).toBe('bezig');
    await verwachtToegankelijk(page, 'het onderzoek als stapper');
    await page.setViewportSize({ width: 320, height: 800 });
    await verwachtToegankelijk(page, 'de stapper op 320 px');
    await page.setViewportSize({ width: 1280, height: 800 });

    // "Volgende stap" walks on.
    await page.getByRole('button', { name: /^Volgende stap: 3\. Benodigde hulp/ }).click();
    await expect.poll(huidigeStap).toMatch(/^3\. Benodigde hulp/);

    // A checklist link to a field in a hidden step shows that step and focuses the field.
    await page.getByRole('link', { name: /^Stap 2: beschrijf de beperkingen in de participatie/ }).click();
    await expect.poll(huidigeStap).toMatch(/^2\. Beperkingen/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('veld-stappen-beperkingen-participatie');

    // ZRM: after saving, the chosen scores stay in the form and the confirmation is next to the button.
    const formulier = page.getByRole('form', { name: `Zelfredzaamheid scoren voor ${m.naam}` });
    const score = formulier.getByRole('combobox', { name: 'Score Instrumentele ADL (huishouden)' });
    await score.selectOption('2');
    await formulier.getByRole('button', { name: `Scores van ${m.naam} opslaan` }).click();
    const bevestiging = formulier.getByText(`1 score van ${m.naam} opgeslagen`, { exact: false });
    await bevestiging.waitFor();
    expect(await score.inputValue()).toBe('2');
    // Focus moved to the confirmation, which follows the button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toContain('ot-ozk-bevestiging');
    const [knopY, bevestigingY] = await Promise.all([
      formulier.getByRole('button', { name: /opslaan$/ }).boundingBox(),
      bevestiging.boundingBox(),
    ]);
    expect(bevestigingY!.y).toBeGreaterThan(knopY!.y);
    await verwachtToegankelijk(page, 'de opgeslagen ZRM-scores');
  });

  it('een lid toevoegen aan het huishouden, zonder BSN, met de fout bij het veld', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Gezinslid');
    await inloggen(page, 'toegangsmedewerker');
    await page.goto(`/huishoudens/${m.huishoudenId}`);
    await h1(page, /Gezinslid/).waitFor();
    const formulier = page.getByRole('form', { name: 'Lid toevoegen' });

    // Nothing chosen: the errors at the fields, what was typed stays.
    await formulier.getByLabel('Achternaam').fill('Gezinslid');
    await formulier.getByRole('button', { name: 'Lid toevoegen' }).click();
    await page.locator('#lid-relatie-fout').waitFor();
    await page.locator('#lid-geboortedatum-fout').waitFor();
    expect(await formulier.getByLabel('Achternaam').inputValue()).toBe('Gezinslid');
    await verwachtToegankelijk(page, 'lid toevoegen met fouten');

    await formulier.getByLabel('Relatie tot het huishouden').selectOption({ label: 'Kind' });
    await formulier.getByLabel('Voornamen').fill('Sem');
    await formulier.getByLabel('Geboortedatum').fill('2015-04-12');
    await formulier.getByRole('button', { name: 'Lid toevoegen' }).click();
    await formulier.getByText('Sem Gezinslid is toegevoegd aan het huishouden').waitFor();
    const leden = page.getByRole('table', { name: /^Leden van het huishouden/ });
    const rij = leden.getByRole('row', { name: /Sem Gezinslid/ });
    await rij.getByRole('cell', { name: 'Kind' }).waitFor();
    await rij.getByRole('cell', { name: '12 april 2015' }).waitFor();
    await verwachtToegankelijk(page, 'het huishouden met het nieuwe lid');

    // Audited like any registration of a person.
    const auditor = await apiKlant(server.baseUrl, 'auditor');
    const sporen = await auditor.get<{ regels: Array<{ actie: string; objectType: string }> }>(
      '/audit-logregels?objectType=persoon&actie=create',
    );
    await auditor.sluit();
    expect(sporen.regels.length).toBeGreaterThan(0);
  });
});
