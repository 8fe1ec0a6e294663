import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  beschikkingUiterlijk,
  beschikkingUiterlijkMetOpschorting,
  bezwaarBeslissingUiterlijk,
  STANDAARD_KALENDER,
} from '../../src/domain/termijnen/index.ts';
import { formatDatum, formatDatumMetWeekdag } from '../../src/web/ui/format.ts';
import { nieuweMelding, volgendBsn } from '../support/intake.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { aanvraagNaOnderzoek, dagenVanaf, vastgesteldeBeschikking } from './support/beschikking.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { vandaag } from './support/intake.ts';
import { apiKlant, dagenGeleden } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

async function uitloggen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await h1(page, 'Inloggen').waitFor();
}

describe.skipIf(zonderChromium)(
  'de Awb rond een besluit in de browser: bezwaar, opschorting, dwangsom, klachten',
  () => {
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

    it('backoffice registreert een bezwaar tegen een vastgestelde beschikking en ziet de beslistermijn', async () => {
      const b = await vastgesteldeBeschikking(server.baseUrl, 'Bezwaarmaker', {
        ingangsdatum: dagenVanaf(7),
        einddatum: dagenVanaf(300),
        volume: 3,
      });
      // Awb 7:10 lid 1: six weeks after the bezwaartermijn, which started the day after today's bekendmaking.
      const uiterlijk = bezwaarBeslissingUiterlijk(
        { bekendmaking: vandaag(), adviescommissie: false, verdaagd: false },
        STANDAARD_KALENDER,
      );
      await inloggen(page, 'backoffice');
      await page.goto(`/beschikkingen/${b.beschikkingId}`);
      await h1(page, `Beschikking ${b.kenmerk}`).waitFor();
      const paneel = page.getByRole('region', { name: 'Bezwaren' });
      await paneel.getByText('Tegen deze beschikking is geen bezwaar gemaakt.').waitFor();
      await verwachtToegankelijk(page, 'een vastgestelde beschikking met het bezwaarpaneel');
      await paneel.getByRole('button', { name: 'Bezwaar registreren' }).click();
      await paneel.getByText(`Beslissen uiterlijk ${formatDatumMetWeekdag(uiterlijk)}.`).waitFor();
      await paneel
        .getByRole('table', { name: 'Bezwaren tegen deze beschikking' })
        .getByRole('cell', { name: formatDatumMetWeekdag(uiterlijk) })
        .waitFor();
      await verwachtToegankelijk(page, 'de beschikking met een geregistreerd bezwaar');

      await hoofdmenu(page).getByRole('link', { name: 'Bezwaren' }).click();
      await h1(page, 'Bezwaren').waitFor();
      const rij = page.getByRole('row', { name: new RegExp(b.kenmerk) });
      await rij.getByRole('cell', { name: formatDatumMetWeekdag(uiterlijk) }).waitFor();
      await page.screenshot({ path: '/tmp/h19-bezwaren.png', fullPage: true });
      await verwachtToegankelijk(page, 'de werklijst bezwaren');

      await page.goto(`/beschikkingen/${b.beschikkingId}`);
      await h1(page, `Beschikking ${b.kenmerk}`).waitFor();
      // Beslissing op bezwaar (Awb 7:11): gegrond → the herroeping starts as a wijziging, linked.
      const beslissen = page.getByRole('form', { name: /^Beslissen op het bezwaar van / });
      await beslissen.getByRole('radio', { name: /^Gegrond/ }).check();
      await beslissen.getByLabel('Motivering').fill('De omvang is te laag vastgesteld.');
      await beslissen.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await paneel.getByRole('cell', { name: /Beslist: gegrond \(bewaarplicht\)/ }).waitFor();
      await verwachtToegankelijk(page, 'de beschikking na een gegrond bezwaar');
      await paneel.getByRole('link', { name: /^Herroeping opstellen/ }).click();
      await page.getByText(/^Herroeping: het bezwaar tegen deze beschikking is gegrond verklaard/).waitFor();
      await verwachtToegankelijk(page, 'de herroeping als wijziging');
      await page.screenshot({ path: '/tmp/h19-herroeping.png', fullPage: true });
    });

    it('toegangsmedewerker schort de beslistermijn op; een ingebrekestelling kleurt de zaak rood met de dwangsom', async () => {
      const a = await aanvraagNaOnderzoek(server.baseUrl, 'Opschorter');
      const van = dagenVanaf(1);
      const tot = dagenVanaf(8);
      const was = beschikkingUiterlijk(vandaag(), STANDAARD_KALENDER);
      const wordt = beschikkingUiterlijkMetOpschorting(vandaag(), [{ van, tot }], STANDAARD_KALENDER);

      await inloggen(page, 'toegangsmedewerker');
      await page.goto(`/meldingen/${a.meldingId}/aanvragen`);
      await h1(page, `Aanvragen van ${a.naam}`).waitFor();
      const tabel = page.getByRole('table', { name: /^Aanvragen van melding/ });
      await tabel.getByRole('cell', { name: formatDatum(was), exact: true }).waitFor();
      await verwachtToegankelijk(page, 'de aanvragen met het opschortingsformulier');

      const opschorten = page.getByRole('form', { name: 'Beslistermijn opschorten' });
      await opschorten.getByLabel('Eerste dag van de opschorting').fill(van);
      await opschorten.getByLabel('Dag waarop de termijn weer loopt').fill(tot);
      await opschorten.getByRole('button', { name: 'Opschorting vastleggen' }).click();
      await page.getByText(`Beschikken uiterlijk: ${formatDatumMetWeekdag(wordt)}.`).waitFor();
      await tabel.getByRole('cell', { name: formatDatum(wordt), exact: true }).waitFor();

      const ingebreke = page.getByRole('form', { name: 'Ingebrekestelling vastleggen' });
      await ingebreke.getByRole('button', { name: 'Ingebrekestelling vastleggen' }).click();
      await page.getByText(/^In gebreke gesteld op .*: € 0,00 \(0 dagen\)$/).waitFor();
      await verwachtToegankelijk(page, 'de aanvraag met opschorting en ingebrekestelling');
      await uitloggen(page);

      // The backoffice's werkvoorraad: the moved deadline, and the case red with the dwangsom owed.
      await inloggen(page, 'backoffice');
      await hoofdmenu(page).getByRole('link', { name: 'Te beschikken' }).click();
      await h1(page, 'Te beschikken').waitFor();
      const rij = page.getByRole('row', { name: new RegExp(a.naam) });
      await rij.getByRole('cell', { name: formatDatumMetWeekdag(wordt) }).waitFor();
      const rood = rij.locator('.ot-stoplicht--verlopen');
      await rood.waitFor();
      expect(await rood.textContent()).toMatch(
        /^In gebreke gesteld op .*; dwangsom vanaf .*: € 0,00 \(0 dagen\)$/,
      );
      await verwachtToegankelijk(page, 'de werkvoorraad met een ingebrekestelling');
    });

    it('teamleider registreert een klacht en ziet de afhandeltermijn in de werklijst', async () => {
      await inloggen(page, 'teamleider');
      await hoofdmenu(page).getByRole('link', { name: 'Klachten' }).click();
      await h1(page, 'Klachten').waitFor();
      await verwachtToegankelijk(page, 'de lege werklijst klachten');
      await page.getByLabel('Waar gaat de klacht over?').fill('De consulent kwam niet op de afspraak.');
      await page.getByRole('button', { name: 'Klacht registreren' }).click();
      await page.getByText(/^Klacht geregistreerd\. Afhandelen uiterlijk /).waitFor();
      await page.getByRole('cell', { name: 'De consulent kwam niet op de afspraak.' }).waitFor();
      await verwachtToegankelijk(page, 'de werklijst klachten met een klacht');
    });

    it('KCC sluit een melding zonder onderzoek alleen af als de keuze van de inwoner is vastgelegd', async () => {
      const kcc = await apiKlant(server.baseUrl, 'kcc');
      const m = await kcc
        .post<{ id: string }>(
          '/meldingen',
          nieuweMelding({ ontvangstdatum: dagenGeleden(1) }, { bsn: volgendBsn(), achternaam: 'Afziener' }),
        )
        .finally(() => kcc.sluit());
      await inloggen(page, 'kcc');
      await page.goto(`/meldingen/${m.id}`);
      await page.getByRole('radio', { name: 'Informatie of advies' }).check();
      await page
        .getByLabel('Welke informatie of welk advies is gegeven?')
        .fill('Folder over de wijkvoorzieningen.');
      await page.getByRole('group', { name: 'Recht op onderzoek' }).waitFor();
      await page.getByRole('button', { name: 'Triage opslaan' }).click();
      await page
        .getByText(/alleen zonder onderzoek afgesloten als de inwoner daarvoor kiest/)
        .first()
        .waitFor();
      await verwachtToegankelijk(page, 'het triageformulier met de fout bij afzien van onderzoek');
      await page.getByLabel('De inwoner is gewezen op het recht op onderzoek en ziet daar vanaf').check();
      await page.getByLabel('Door wie?').fill('Klantcontactcentrum');
      await verwachtToegankelijk(page, 'het triageformulier met afzien van onderzoek');
      await page.getByRole('button', { name: 'Triage opslaan' }).click();
      await page
        .getByRole('status')
        .getByText(/^Triage opgeslagen: informatie of advies/)
        .waitFor();
    });
  },
);
