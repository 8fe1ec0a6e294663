import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  beschikkingUiterlijk,
  beschikkingUiterlijkMetOpschorting,
  bezwaarBeslissingUiterlijk,
  dwangsomStand,
  dwangsomVanaf,
  klachtAfhandelingUiterlijk,
  STANDAARD_KALENDER,
  verdaagdUiterlijk,
} from '../../src/domain/termijnen/index.ts';
import { formatEuro } from '../../src/web/beschikking/labels.ts';
import { formatDatum, formatDatumMetWeekdag } from '../../src/web/ui/format.ts';
import { nieuweMelding, volgendBsn } from '../support/intake.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import {
  aanvraagNaOnderzoek,
  dagenVanaf,
  oudeAanvraag,
  vastgesteldeBeschikking,
} from './support/beschikking.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { vandaag } from './support/intake.ts';
import { apiKlant, begintMet, dagenGeleden, meldingInOnderzoek } from './support/onderzoek.ts';
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

    it('het verhaal van issue 19: een bezwaar met zijn beslistermijn, een opschorting die de werkvoorraad verschuift, een ingebrekestelling die de zaak rood kleurt met de dwangsom', async () => {
      const b = await vastgesteldeBeschikking(server.baseUrl, 'Bezwaarmaker', {
        ingangsdatum: dagenVanaf(7),
        einddatum: dagenVanaf(300),
        volume: 3,
      });
      // An aanvraag of 60 days ago: its beslistermijn has passed, so a dwangsom can be owed today.
      const a = await oudeAanvraag(server.baseUrl, 'Opschorter', 60);
      const aanvraagdatum = dagenGeleden(60);
      const van = dagenGeleden(57);
      const tot = dagenGeleden(50);
      const ontvangen = dagenGeleden(30);
      const was = beschikkingUiterlijk(aanvraagdatum, STANDAARD_KALENDER);
      const wordt = beschikkingUiterlijkMetOpschorting(aanvraagdatum, [{ van, tot }], STANDAARD_KALENDER);
      // Awb 4:17: two weeks after the later of the (moved) term and the ingebrekestelling; € 23/35/45.
      const stand = dwangsomStand(dwangsomVanaf(wordt, ontvangen), vandaag());
      expect(stand.dagen, 'de datums zijn zo gekozen dat er een dwangsom loopt').toBeGreaterThan(14);
      const rood = `In gebreke gesteld op ${formatDatum(ontvangen)}; dwangsom vanaf ${formatDatum(stand.vanaf)}: ${formatEuro(stand.bedragCent / 100)} (${stand.dagen} dagen)`;

      // 1. The backoffice registers a bezwaar against the vastgestelde beschikking and sees its deadline.
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
      await page
        .getByRole('row', { name: new RegExp(b.kenmerk) })
        .getByRole('cell', { name: formatDatumMetWeekdag(uiterlijk) })
        .waitFor();
      await verwachtToegankelijk(page, 'de werklijst bezwaren');
      await uitloggen(page);

      // 2. A toegangsmedewerker records an opschorting; the deadline moves by the suspended days.
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
      await verwachtToegankelijk(page, 'de aanvraag na de opschorting');

      // 3. An ingebrekestelling turns the case red with the dwangsom owed today.
      const ingebreke = page.getByRole('form', { name: 'Ingebrekestelling vastleggen' });
      await ingebreke.getByLabel('Ontvangen op').fill(ontvangen);
      await ingebreke.getByRole('button', { name: 'Ingebrekestelling vastleggen' }).click();
      await page.getByText(rood, { exact: true }).waitFor();
      await page.screenshot({ path: '/tmp/h19-aanvraag-rood.png', fullPage: true });
      await verwachtToegankelijk(page, 'de aanvraag met opschorting en ingebrekestelling');
      await uitloggen(page);

      // The backoffice's werkvoorraad: the moved deadline, and the case red with the same amount.
      await inloggen(page, 'backoffice');
      await hoofdmenu(page).getByRole('link', { name: 'Te beschikken' }).click();
      await h1(page, 'Te beschikken').waitFor();
      const rij = page.getByRole('row', { name: new RegExp(a.naam) });
      await rij.getByRole('cell', { name: formatDatumMetWeekdag(wordt) }).waitFor();
      expect(await rij.locator('.ot-stoplicht--verlopen').textContent()).toBe(rood);
      await page.screenshot({ path: '/tmp/h19-te-beschikken.png', fullPage: true });
      await verwachtToegankelijk(page, 'de werkvoorraad met een ingebrekestelling');
    });

    it('backoffice behandelt een bezwaar: horen en advies, verdaging, uitstel met instemming, gegrond, herroeping, beroep', async () => {
      const b = await vastgesteldeBeschikking(server.baseUrl, 'Bezwaarbehandeling', {
        ingangsdatum: dagenVanaf(7),
        einddatum: dagenVanaf(300),
        volume: 3,
      });
      await inloggen(page, 'backoffice');
      await page.goto(`/beschikkingen/${b.beschikkingId}`);
      await h1(page, `Beschikking ${b.kenmerk}`).waitFor();
      const paneel = page.getByRole('region', { name: 'Bezwaren' });
      await paneel.getByLabel(/^De bezwaarcommissie adviseert/).check();
      // A pro-forma bezwaar needs its hersteltermijn (Awb 6:6); nothing is saved without it.
      await paneel.getByLabel(/^Pro-forma bezwaar/).check();
      await paneel.getByRole('button', { name: 'Bezwaar registreren' }).click();
      await paneel
        .getByText(/tot wanneer de gronden kunnen worden aangevuld/)
        .first()
        .waitFor();
      await verwachtToegankelijk(page, 'een pro-forma bezwaar zonder hersteltermijn');
      await paneel.getByText('Tegen deze beschikking is geen bezwaar gemaakt.').waitFor();
      await paneel.getByLabel(/^Pro-forma bezwaar/).uncheck();
      await paneel.getByRole('button', { name: 'Bezwaar registreren' }).click();
      const twaalf = bezwaarBeslissingUiterlijk(
        { bekendmaking: vandaag(), adviescommissie: true, verdaagd: false },
        STANDAARD_KALENDER,
      );
      await paneel.getByText(`Beslissen uiterlijk ${formatDatumMetWeekdag(twaalf)}.`).waitFor();
      const wanneer = formatDatum(vandaag());

      // Awb 7:2 and 7:13: the hoorzitting and the advies of the bezwaarcommissie.
      const horen = paneel.getByRole('form', { name: `Horen en advies bij het bezwaar van ${wanneer}` });
      await horen.getByRole('radio', { name: 'Ja, op een hoorzitting' }).check();
      await horen.getByLabel('Datum van de hoorzitting').fill(vandaag());
      await horen.getByLabel('Datum van het advies').fill(vandaag());
      await horen
        .getByLabel('Advies in het kort')
        .fill('De commissie adviseert het bezwaar gegrond te verklaren.');
      await verwachtToegankelijk(page, 'het formulier horen en advies');
      await horen.getByRole('button', { name: 'Horen en advies opslaan' }).click();
      await paneel
        .getByText(`Bezwaar van ${wanneer}: gehoord op ${wanneer}; advies op ${wanneer}.`)
        .waitFor();

      // Awb 7:10 lid 3: one verdaging; lid 4: further uitstel only with the indiener's consent.
      const verdagen = paneel.getByRole('form', { name: `Bezwaar van ${wanneer} verdagen` });
      await verdagen.getByLabel('Reden van de verdaging').fill('De commissie vergadert later.');
      await verdagen.getByRole('button', { name: 'Verdagen' }).click();
      const verdaagd = bezwaarBeslissingUiterlijk(
        { bekendmaking: vandaag(), adviescommissie: true, verdaagd: true },
        STANDAARD_KALENDER,
      );
      await paneel.getByRole('cell', { name: `${formatDatumMetWeekdag(verdaagd)} (verdaagd)` }).waitFor();
      const uitstel = paneel.getByRole('form', { name: `Bezwaar van ${wanneer} verder uitstellen` });
      await uitstel.getByLabel('Reden van het uitstel').fill('Nader advies nodig.');
      await uitstel.getByRole('button', { name: 'Uitstel vastleggen' }).click();
      await uitstel
        .getByText(/Verder uitstel kan alleen als de indiener ermee instemt/)
        .first()
        .waitFor();
      expect(await uitstel.getByLabel('Reden van het uitstel').inputValue()).toBe('Nader advies nodig.');
      await verwachtToegankelijk(page, 'het uitstel zonder instemming, met de fout');
      await uitstel.getByLabel('De indiener stemt in met later beslissen').check();
      await uitstel.getByLabel('Nieuwe uiterste datum').fill(dagenVanaf(200));
      await uitstel.getByRole('button', { name: 'Uitstel vastleggen' }).click();
      await paneel
        .getByRole('cell', { name: `${formatDatumMetWeekdag(dagenVanaf(200))} (uitgesteld met instemming)` })
        .waitFor();

      const beslissen = page.getByRole('form', { name: /^Beslissen op het bezwaar van / });
      await beslissen.getByRole('radio', { name: /^Gegrond/ }).check();
      await beslissen.getByLabel('Motivering').fill('De omvang is te laag vastgesteld.');
      await beslissen.getByRole('button', { name: 'Beslissing vastleggen' }).click();
      await paneel.getByRole('cell', { name: /Beslist: gegrond \(bewaarplicht\)/ }).waitFor();

      // Awb 8:1: a beroep keeps the dossier (bewaarplicht) until it ends.
      const beroep = paneel.getByRole('form', { name: /^Beroep tegen de beslissing op het bezwaar van / });
      await beroep.getByLabel('Beroep ingesteld op').fill(vandaag());
      await beroep.getByRole('button', { name: 'Beroep vastleggen' }).click();
      await paneel.getByText(new RegExp(`; beroep ingesteld op ${wanneer}\\.$`)).waitFor();
      await page.screenshot({ path: '/tmp/h19-bezwaar-behandeld.png', fullPage: true });
      await verwachtToegankelijk(page, 'de beschikking na een gegrond bezwaar met beroep');

      await paneel.getByRole('link', { name: /^Herroeping opstellen/ }).click();
      await page.getByText(/^Herroeping: het bezwaar tegen deze beschikking is gegrond verklaard/).waitFor();
      await verwachtToegankelijk(page, 'de herroeping als wijziging');
    });

    it('toegangsmedewerker verdaagt de beslistermijn met een brief; een afgelopen dwangsom wordt vastgesteld', async () => {
      const a = await aanvraagNaOnderzoek(server.baseUrl, 'Verdager');
      const nu = beschikkingUiterlijk(vandaag(), STANDAARD_KALENDER);
      const later = verdaagdUiterlijk(nu, 2, STANDAARD_KALENDER);
      await inloggen(page, 'toegangsmedewerker');
      await page.goto(`/meldingen/${a.meldingId}/aanvragen`);
      await h1(page, `Aanvragen van ${a.naam}`).waitFor();
      const verdagen = page.getByRole('form', { name: 'Beslistermijn verdagen' });
      await verdagen.getByLabel('Reden').fill('Het advies van de ergotherapeut is nog niet binnen.');
      await verdagen.getByRole('button', { name: 'Verdagen en brief maken' }).click();
      await verdagen
        .getByText(/Vul een nieuwe datum in of een aantal weken \(termijn\), niet allebei\./)
        .first()
        .waitFor();
      await verwachtToegankelijk(page, 'de verdaging met een fout');
      expect(await verdagen.getByLabel('Reden').inputValue()).toMatch(/^Het advies/);
      await verdagen.getByLabel('Of: aantal weken langer').fill('2');
      await verdagen.getByRole('button', { name: 'Verdagen en brief maken' }).click();
      await page.getByText(`Beschikken uiterlijk: ${formatDatumMetWeekdag(later)}`).waitFor();
      const brief = page.getByRole('link', { name: 'Brief over de verdaging downloaden (PDF)' });
      const [download] = await Promise.all([page.waitForEvent('download'), brief.click()]);
      expect(await begintMet(download, 5)).toBe('%PDF-');
      await verwachtToegankelijk(page, 'de aanvraag na de verdaging');

      // Awb 4:17, 4:18: an ingebrekestelling long ago: 42 days run, € 1.442, to be set by beschikking.
      const oud = await oudeAanvraag(server.baseUrl, 'Dwangsom', 120);
      const tm = await apiKlant(server.baseUrl, 'toegangsmedewerker');
      await tm
        .post(`/aanvragen/${oud.aanvraagId}/ingebrekestellingen`, { ontvangstdatum: dagenGeleden(100) })
        .finally(() => tm.sluit());
      await page.goto(`/meldingen/${oud.meldingId}/aanvragen`);
      await h1(page, `Aanvragen van ${oud.naam}`).waitFor();
      await page
        .getByText(/: €\s1\.442,00 \(42 dagen\)$/)
        .first()
        .waitFor();
      const vaststellen = page.getByRole('region', { name: 'Dwangsom vaststellen' });
      await verwachtToegankelijk(page, 'een afgelopen dwangsom');
      await vaststellen.getByRole('button', { name: 'Dwangsom vaststellen' }).click();
      await page.getByText(`De dwangsom is op ${formatDatum(vandaag())} vastgesteld.`).waitFor();
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Beschikking dwangsom downloaden (PDF)' }).click(),
      ]);
      expect(await begintMet(pdf, 5)).toBe('%PDF-');
      await page.screenshot({ path: '/tmp/h19-dwangsom.png', fullPage: true });
      await verwachtToegankelijk(page, 'de vastgestelde dwangsom');
    });

    it('toegangsmedewerker registreert bij een spoedmelding een spoedaanvraag vóór het einde van het onderzoek', async () => {
      const kcc = await apiKlant(server.baseUrl, 'kcc');
      const m = await kcc.post<{ id: string; versie: number; persoon: { naam: string } }>(
        '/meldingen',
        nieuweMelding(
          {
            ontvangstdatum: dagenGeleden(1),
            spoed: true,
            spoedToelichting: 'Alleen thuis na een ziekenhuisopname.',
          },
          { bsn: volgendBsn(), achternaam: 'Spoedig' },
        ),
      );
      const medewerkers = await kcc.get<Array<{ id: string; naam: string }>>('/medewerkers?gemeente=0150');
      await kcc
        .post(`/meldingen/${m.id}/triage`, {
          versie: m.versie,
          uitkomst: 'onderzoek',
          behandelaarId: medewerkers.find((x) => x.naam === 'Tom Gerritsen')?.id,
        })
        .finally(() => kcc.sluit());
      await inloggen(page, 'toegangsmedewerker');
      await page.goto(`/meldingen/${m.id}`);
      const spoed = page.getByRole('region', { name: 'Tijdelijke voorziening bij spoed' });
      await spoed.getByText(/artikel 2\.3\.3/).waitFor();
      await verwachtToegankelijk(page, 'een spoedmelding met de spoedaanvraag');
      await spoed
        .getByLabel('Waarvoor vraagt de inwoner een voorziening aan?')
        .fill('Tijdelijke hulp bij het huishouden');
      await spoed.getByRole('button', { name: 'Spoedaanvraag registreren' }).click();
      await page.getByText('De aanvraag is geregistreerd').waitFor();
      await page.screenshot({ path: '/tmp/h19-spoed.png', fullPage: true });
      await verwachtToegankelijk(page, 'de geregistreerde spoedaanvraag');
      await page.getByRole('link', { name: 'Naar de aanvragen en de beschikking' }).click();
      await h1(page, `Aanvragen van ${m.persoon.naam}`).waitFor();
      await page
        .getByRole('cell', {
          name: 'Tijdelijke hulp bij het huishouden (spoed: tijdelijke maatwerkvoorziening, Wmo 2.3.3)',
        })
        .waitFor();
      await uitloggen(page);
      // The backoffice drafts its beschikking the normal way (four eyes, letter, WMO301).
      await inloggen(page, 'backoffice');
      await page.goto(`/meldingen/${m.id}/aanvragen`);
      await page.getByRole('link', { name: /^Beschikking opstellen/ }).click();
      await page.getByRole('heading', { level: 1, name: /^Beschikking opstellen/ }).waitFor();
      await verwachtToegankelijk(page, 'de beschikking op een spoedaanvraag');
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
      // Awb 9:11 lid 2: one verdaging by four weeks; 9:10, 9:12: horen and oordeel.
      const wanneer = formatDatum(vandaag());
      const zes = klachtAfhandelingUiterlijk(vandaag(), false, false, STANDAARD_KALENDER);
      const tien = klachtAfhandelingUiterlijk(vandaag(), false, true, STANDAARD_KALENDER);
      await page.getByRole('cell', { name: formatDatumMetWeekdag(zes) }).waitFor();
      const verdagen = page.getByRole('form', { name: `Klacht van ${wanneer} verdagen` });
      await verdagen.getByLabel('Reden van de verdaging').fill('De betrokken consulent is met verlof.');
      await verdagen.getByRole('button', { name: 'Verdagen' }).click();
      await page.getByRole('cell', { name: `${formatDatumMetWeekdag(tien)} (verdaagd)` }).waitFor();
      const afhandelen = page.getByRole('form', { name: `Klacht van ${wanneer} afhandelen` });
      await afhandelen.getByRole('button', { name: 'Klacht afhandelen' }).click();
      await afhandelen.getByRole('link', { name: /Oordeel/ }).waitFor();
      await verwachtToegankelijk(page, 'de afhandeling van een klacht met een fout');
      await page.screenshot({ path: '/tmp/h19-klachten.png', fullPage: true });
      await afhandelen.getByRole('radio', { name: 'Gegrond', exact: true }).check();
      await afhandelen.getByLabel('Gehoord op').fill(vandaag());
      await afhandelen.getByRole('button', { name: 'Klacht afhandelen' }).click();
      await page.getByText('Er zijn geen open klachten.').waitFor();
      await verwachtToegankelijk(page, 'de werklijst na de afhandeling');
    });

    it('toegangsmedewerker registreert een ongeboren kind in het huishouden ("-9 maanden")', async () => {
      const m = await meldingInOnderzoek(server.baseUrl, 'Verwachting');
      await inloggen(page, 'toegangsmedewerker');
      await page.goto(`/huishoudens/${m.huishoudenId}`);
      const form = page.getByRole('form', { name: 'Ongeboren kind registreren' });
      await form.getByLabel('Verwachte geboortedatum').fill(dagenGeleden(3));
      await form.getByLabel(/^Toelichting/).fill('Tweeling verwacht.');
      await form.getByRole('button', { name: 'Ongeboren kind registreren' }).click();
      await form
        .getByText(/De verwachte geboortedatum ligt in het verleden/)
        .first()
        .waitFor();
      expect(await form.getByLabel(/^Toelichting/).inputValue()).toBe('Tweeling verwacht.');
      await verwachtToegankelijk(page, 'het ongeboren kind met een fout');
      await form.getByLabel('Verwachte geboortedatum').fill(dagenVanaf(120));
      await form.getByRole('button', { name: 'Ongeboren kind registreren' }).click();
      await page
        .getByText(
          `Ongeboren kind, verwachte geboortedatum ${formatDatum(dagenVanaf(120))}: Tweeling verwacht.`,
        )
        .waitFor();
      await page.screenshot({ path: '/tmp/h19-ongeboren.png', fullPage: true });
      await verwachtToegankelijk(page, 'het huishouden met een ongeboren kind');
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
