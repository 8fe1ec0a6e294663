import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { h1, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import {
  apiKlant,
  begintMet,
  meldingInOnderzoek,
  opslagStatus,
  startOnderzoek,
  volledigeStappen,
  wachtOpOpgeslagen,
} from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** A radio button inside the group (fieldset) with this legend. */
function keuze(page: Page, groep: string | RegExp, optie: string) {
  return page.getByRole('group', { name: groep }).getByRole('radio', { name: optie, exact: true });
}

/** Shows a step of the onderzoek's stepper (one step per view). */
async function naarStap(page: Page, stap: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Stappen van het onderzoek' })
    .getByRole('button', { name: new RegExp(`^${stap.replace('.', '\\.')}`) })
    .click();
}

async function openOnderzoek(page: Page, meldingId: string, naam: string): Promise<void> {
  await page.goto(`/meldingen/${meldingId}/onderzoek`);
  await h1(page, `Onderzoek ${naam}`).waitFor();
}

describe.skipIf(zonderChromium)('onderzoek, plan en verslag in de browser', () => {
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

  it('toegangsmedewerker legt een volledig onderzoek vast voor een huishouden van twee, rondt af met maatwerk en registreert de aanvraag', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Keukentafel', { metPartner: true });
    const partner = m.partner!;
    await inloggen(page, 'toegangsmedewerker');
    await openOnderzoek(page, m.meldingId, m.naam);
    expect(await page.title()).toMatch(/^Onderzoek Johanna Keukentafel \(M-\d{6}\) – Open Toegang$/);
    await page.getByText(/\(nog 4\d dagen, \d+ werkdagen\)/).waitFor();
    await verwachtToegankelijk(page, 'de onderzoekspagina voor de start');

    // Start: the steps appear, with what is still needed to close.
    await page.getByRole('button', { name: 'Onderzoek starten' }).click();
    await page.getByRole('heading', { name: 'Nog in te vullen' }).waitFor();
    // Step 1 is pre-filled from the melding (issue 15): step 2 is the first open answer.
    await page
      .getByRole('link', { name: 'Stap 2: beschrijf de beperkingen in de zelfredzaamheid.' })
      .waitFor();
    await verwachtToegankelijk(page, 'het lege onderzoek');

    // The kitchen-table conversation.
    await page
      .getByRole('combobox', { name: 'Waar was het gesprek?' })
      .selectOption({ label: 'Bij de inwoner thuis' });
    await page.getByRole('checkbox', { name: 'Mantelzorger' }).check();
    await page.getByRole('checkbox', { name: 'Cliëntondersteuner' }).check();
    await page.getByLabel('Toelichting op het gesprek').fill('Dochter Anja was erbij als mantelzorger.');
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await page.getByText(/^Het gesprek van .* is vastgelegd\.$/).waitFor();
    const gesprekken = page.getByRole('table', { name: 'Gevoerde gesprekken' });
    await gesprekken.getByRole('cell', { name: 'De inwoner, Mantelzorger, Cliëntondersteuner' }).waitFor();

    // The five steps, typed; the mantelzorg motivering is left open on purpose.
    await page.getByLabel('Wat is de hulpvraag?').fill('Mevrouw wil haar huis schoon kunnen houden.');
    await naarStap(page, '2. Beperkingen');
    await page
      .getByLabel('Problemen en beperkingen in de zelfredzaamheid')
      .fill('Kan niet bukken of tillen sinds de heupoperatie.');
    await page
      .getByLabel('Problemen en beperkingen in de participatie')
      .fill('Komt minder bij de buurtsoos.');
    await naarStap(page, '3. Benodigde hulp');
    await page.getByLabel('Welke soort hulp is nodig?').fill('Zwaar huishoudelijk werk');
    await page.getByLabel('Hoeveel hulp is nodig?').fill('3 uur per week');
    await naarStap(page, '4. Afwegingen');
    await keuze(page, 'Eigen kracht: lost dit het probleem op?', 'Nee').check();
    await page.getByLabel('Motivering eigen kracht').fill('Fysiek niet mogelijk.');
    await keuze(page, /^Gebruikelijke hulp .*: lost dit het probleem op\?$/, 'Deels').check();
    await page
      .getByLabel(/^Motivering gebruikelijke hulp/)
      .fill('Partner Henk doet de was, niet het zware werk.');
    await keuze(page, 'Mantelzorg: lost dit het probleem op?', 'Nee').check();
    await keuze(page, 'Sociaal netwerk: lost dit het probleem op?', 'Nee').check();
    await page.getByLabel('Motivering sociaal netwerk').fill('Buren doen al de boodschappen.');
    await keuze(page, /^Algemene, voorliggende .*: lost dit het probleem op\?$/, 'Nee').check();
    await page
      .getByLabel(/^Motivering algemene, voorliggende/)
      .fill('Geen algemene voorziening voor zwaar werk.');
    await naarStap(page, '5. Maatwerk');
    await keuze(page, 'Is een maatwerkvoorziening nodig?', 'Ja, een maatwerkvoorziening is nodig').check();
    await page.getByLabel('Welke maatwerkvoorziening?').fill('Hulp bij het huishouden');
    await page.getByLabel('Motivering van de conclusie over maatwerk').fill('Geen voorliggende oplossing.');
    await wachtOpOpgeslagen(page);
    // The checklist (from the last saved version) names only the open answer, linked to its field.
    const open = page.getByRole('link', { name: 'Stap 4: motiveer de afweging over mantelzorg.' });
    await open.waitFor();
    await expect.poll(() => page.locator('.ot-ozk-checklist li').count()).toBe(1);
    // The field is in step 4, not shown now: the link shows that step and focuses the field.
    await open.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('veld-stappen-afwegingen-mantelzorg-motivering');
    await verwachtToegankelijk(page, 'het ingevulde onderzoek');

    // ZRM scores for both members of the household, each saved as one scoring moment.
    for (const [lid, score, label] of [
      [m.naam, '2', '2 – niet zelfredzaam'],
      [partner.naam, '4', '4 – voldoende zelfredzaam'],
    ] as const) {
      const formulier = page.getByRole('form', { name: `Zelfredzaamheid scoren voor ${lid}` });
      await formulier
        .getByRole('combobox', { name: 'Score Instrumentele ADL (huishouden)' })
        .selectOption(score);
      await formulier
        .getByRole('textbox', { name: 'Toelichting Instrumentele ADL (huishouden)' })
        .fill('Bij start');
      await formulier.getByRole('combobox', { name: 'Score Sociaal netwerk' }).selectOption('3');
      await formulier.getByRole('button', { name: `Scores van ${lid} opslaan` }).click();
      await formulier.getByText(`2 scores van ${lid} opgeslagen`, { exact: false }).waitFor();
      const verloop = page.getByRole('table', { name: `Verloop zelfredzaamheid van ${lid}` });
      await verloop
        .getByRole('row', { name: /Instrumentele ADL/ })
        .getByText(label)
        .waitFor();
      await verloop
        .getByRole('row', { name: /Sociaal netwerk/ })
        .getByText('eerste meting')
        .waitFor();
    }
    await verwachtToegankelijk(page, 'het onderzoek met ZRM-scores');

    // The household's plan: one goal with an action, then back to the onderzoek.
    await page.getByRole('link', { name: /^Plan van het huishouden .* openen$/ }).click();
    await h1(page, /^Plan van het huishouden/).waitFor();
    await page.locator('.ot-plan-contactpersoon').getByText('Tom Gerritsen').waitFor();
    await verwachtToegankelijk(page, 'het lege plan');
    await page.getByLabel('Leefgebied').selectOption({ label: 'Instrumentele ADL (huishouden)' });
    await page.getByLabel('Voor wie').selectOption({ label: m.naam });
    await page
      .getByLabel('Wat wil de inwoner bereiken?')
      .fill('Een schoon huis zonder zelf zwaar werk te doen');
    await page
      .getByLabel('Hoe weten we dat het doel bereikt is?')
      .fill('Huis wekelijks schoon; mevrouw tevreden');
    await page.getByLabel('Wanneer moet het bereikt zijn?').fill('2027-03-01');
    await page.getByLabel(/^Evaluatiedatum/).fill('2027-02-01');
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByText(/^Het doel ".*" is toegevoegd\.$/).waitFor();
    const doel = page.getByRole('article', { name: 'Een schoon huis zonder zelf zwaar werk te doen' });
    await doel.getByText(m.naam).waitFor();
    await doel.getByRole('button', { name: /^Nieuwe actie/ }).click();
    await keuze(page, 'Wie doet het?', 'Een loket van de gemeente').check();
    await page.getByLabel('Welk loket?').selectOption({ label: 'Wmo' });
    await page.getByLabel('Wat wordt er gedaan?').fill('Aanvraag hulp bij het huishouden');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const acties = page.getByRole('table', { name: /^Acties bij: / });
    await acties
      .getByRole('row', { name: /Aanvraag hulp bij het huishouden/ })
      .getByText('Loket Wmo')
      .waitFor();
    await verwachtToegankelijk(page, 'het plan met een doel en een actie');
    await page.getByRole('link', { name: 'Terug naar het onderzoek' }).click();
    await h1(page, `Onderzoek ${m.naam}`).waitFor();

    // Concluding with a step left open is refused: the reason next to the field and in the summary.
    await keuze(
      page,
      'Op welke trede van de ladder is de hulpvraag opgelost?',
      '3. Individuele maatwerkvoorziening',
    ).check();
    await page
      .getByLabel('Samenvatting van de conclusie')
      .fill('U krijgt hulp bij het huishouden via de Wmo.');
    await page.getByLabel('Wat gebeurt er nu?').fill('U kunt nu een aanvraag doen.');
    await page.getByRole('button', { name: 'Onderzoek afronden' }).click();
    await page.getByRole('heading', { name: 'Het onderzoek kan nog niet worden afgerond' }).waitFor();
    // The field is in step 4, not shown: the stepper says which step to look at.
    await page
      .getByRole('navigation', { name: 'Stappen van het onderzoek' })
      .getByRole('button', { name: '4. Afwegingen fout, nakijken' })
      .waitFor();
    await page
      .locator('.ot-fout-samenvatting')
      .getByRole('link', { name: /^Stap 4: motivering mantelzorg: Stap 4: motiveer/ })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('veld-stappen-afwegingen-mantelzorg-motivering');
    const veldFout = page.locator('#veld-stappen-afwegingen-mantelzorg-motivering-fout');
    await veldFout.getByText('Stap 4: motiveer de afweging over mantelzorg.').waitFor();
    const mantelzorg = page.getByLabel('Motivering mantelzorg');
    expect(await mantelzorg.getAttribute('aria-invalid')).toBe('true');
    expect(await mantelzorg.getAttribute('aria-describedby')).toContain(
      'veld-stappen-afwegingen-mantelzorg-motivering-fout',
    );
    await page
      .locator('.ot-fout-samenvatting')
      .getByRole('link', { name: /^Stap 4: motivering mantelzorg: Stap 4: motiveer/ })
      .waitFor();
    expect(await page.getByLabel('Samenvatting van de conclusie').inputValue()).toContain(
      'hulp bij het huishouden',
    );
    await verwachtToegankelijk(page, 'de geweigerde afronding');

    await mantelzorg.fill('Dochter woont in Groningen en werkt fulltime.');
    expect(await mantelzorg.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Onderzoek afronden' }).click();
    await page.getByRole('heading', { name: 'Het onderzoek is afgerond' }).waitFor();
    await page.getByText('Uitkomst: 3. Individuele maatwerkvoorziening.', { exact: false }).first().waitFor();
    await verwachtToegankelijk(page, 'het afgeronde onderzoek');

    // The verslag: download (a real PDF), sent, and the resident's reaction.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Verslag downloaden (PDF)' }).click(),
    ]);
    expect(await begintMet(download)).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/^verslag-M-\d{6}\.pdf$/);
    await page
      .getByLabel('Hoe heeft de inwoner het verslag gekregen?')
      .selectOption({ label: 'Persoonlijk uitgereikt' });
    await page.getByRole('button', { name: 'Verzending vastleggen' }).click();
    await page.getByText(/^Het verslag is op .* aan de inwoner gegeven: persoonlijk uitgereikt\.$/).waitFor();
    await page.getByRole('textbox', { name: 'Reactie van de inwoner' }).fill('Ik wil graag op dinsdag hulp.');
    await keuze(page, 'Is de inwoner het eens met het verslag?', 'Ja, akkoord').check();
    await page.getByRole('button', { name: 'Reactie vastleggen' }).click();
    await page.getByText('De inwoner is akkoord met het verslag.', { exact: false }).waitFor();
    await page.getByText('Ik wil graag op dinsdag hulp.').waitFor();

    // The summary for the resident, in plain words; printing shows it without the app around it.
    const samenvatting = page.getByRole('region', { name: 'Samenvatting voor de inwoner' });
    await samenvatting.getByText('Mevrouw wil haar huis schoon kunnen houden.').waitFor();
    await samenvatting
      .getByText('bij u thuis. Ook waren erbij: uw mantelzorger en een cliëntondersteuner.', { exact: false })
      .waitFor();
    await samenvatting
      .getByText('U heeft een voorziening nodig die speciaal voor u wordt geregeld', { exact: false })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ot-kop').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await samenvatting.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The aanvraag: allowed now, with the beschikking deadline shown.
    const aanvraag = page.getByRole('region', { name: 'Aanvraag' });
    await aanvraag.getByLabel(/^Waarvoor vraagt de inwoner/).fill('Hulp bij het huishouden');
    await aanvraag.getByRole('button', { name: 'Aanvraag registreren' }).click();
    await page.getByRole('heading', { name: 'De aanvraag is geregistreerd' }).waitFor();
    await page
      .getByText(/De beschikking moet uiterlijk op \w+dag \d{1,2} \w+ \d{4} worden gegeven/)
      .waitFor();
    await verwachtToegankelijk(page, 'het onderzoek met verslag, reactie en aanvraag');

    const consulent = await apiKlant(server.baseUrl, 'toegangsmedewerker');
    try {
      const melding = await consulent.get<{ status: string; ladderUitkomst: string }>(
        `/meldingen/${m.meldingId}`,
      );
      expect(melding).toMatchObject({ status: 'aanvraag', ladderUitkomst: 'maatwerk' });
      const o = await consulent.get<{
        gesprekken: unknown[];
        verslag: { wijze: string; akkoord: boolean };
        stappen: { afwegingen: { mantelzorg: { motivering: string } } };
      }>(`/meldingen/${m.meldingId}/onderzoek`);
      expect(o.gesprekken).toHaveLength(1);
      expect(o.verslag).toMatchObject({ wijze: 'uitgereikt', akkoord: true });
      expect(o.stappen.afwegingen.mantelzorg.motivering).toBe(
        'Dochter woont in Groningen en werkt fulltime.',
      );
      const scores = await consulent.get<unknown[]>(`/personen/${partner.persoonId}/zrm-scores`);
      expect(scores).toHaveLength(2);
      const plan = await consulent.get<{ doelen: Array<{ acties: unknown[] }> }>(
        `/huishoudens/${m.huishoudenId}/plan`,
      );
      expect(plan.doelen).toHaveLength(1);
      expect(plan.doelen[0]!.acties).toHaveLength(1);
    } finally {
      await consulent.sluit();
    }
  });

  it('rondt af met collectief en preventie: de uitkomst op de ladder staat bij de melding, zonder aanvraag', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Buurtkamer');
    await startOnderzoek(server.baseUrl, m.meldingId, volledigeStappen(false));
    await inloggen(page, 'toegangsmedewerker');
    await openOnderzoek(page, m.meldingId, m.naam);
    await page.getByText('Alle stappen zijn beantwoord. U kunt het onderzoek afronden.').waitFor();

    // Maatwerk contradicts step 5 ("niet nodig"): refused, with the reason at the ladder choice.
    const ladder = 'Op welke trede van de ladder is de hulpvraag opgelost?';
    await keuze(page, ladder, '3. Individuele maatwerkvoorziening').check();
    await page.getByLabel('Samenvatting van de conclusie').fill('De schoonmaakdienst in de wijk helpt u.');
    await page.getByLabel('Wat gebeurt er nu?').fill('De wijkcoördinator belt u deze week.');
    await page.getByRole('button', { name: 'Onderzoek afronden' }).click();
    await page
      .locator('#afronding-ladderUitkomst-fout')
      .getByText('Maatwerk als uitkomst vraagt dat in stap 5 een maatwerkvoorziening nodig is.')
      .waitFor();
    await verwachtToegankelijk(page, 'een tegenstrijdige afronding');

    await keuze(page, ladder, '2. Collectieve of preventieve oplossing').check();
    await page.getByRole('button', { name: 'Onderzoek afronden' }).click();
    await page.getByRole('heading', { name: 'Het onderzoek is afgerond' }).waitFor();
    await page.getByRole('link', { name: 'Verslag downloaden (PDF)' }).waitFor();
    expect(await page.getByRole('region', { name: 'Aanvraag' }).count()).toBe(0);
    await verwachtToegankelijk(page, 'een afgerond onderzoek zonder maatwerk');

    const consulent = await apiKlant(server.baseUrl, 'toegangsmedewerker');
    try {
      const melding = await consulent.get<{ status: string; ladderUitkomst: string }>(
        `/meldingen/${m.meldingId}`,
      );
      expect(melding).toMatchObject({ status: 'afgesloten', ladderUitkomst: 'collectief-preventie' });
    } finally {
      await consulent.sluit();
    }
  });

  it('automatisch opslaan overleeft herladen en een verbroken verbinding', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Herlaad');
    const o = await startOnderzoek(server.baseUrl, m.meldingId);
    await inloggen(page, 'toegangsmedewerker');
    await openOnderzoek(page, m.meldingId, m.naam);

    // Typed, saved after a pause, still there after a reload.
    const hulpvraag = page.getByLabel('Wat is de hulpvraag?');
    await hulpvraag.fill('Meneer wil weer zelf boodschappen doen.');
    await opslagStatus(page).getByText('Wijzigingen worden zo opgeslagen…').waitFor();
    await wachtOpOpgeslagen(page);
    await page.reload();
    await h1(page, `Onderzoek ${m.naam}`).waitFor();
    expect(await page.getByLabel('Wat is de hulpvraag?').inputValue()).toBe(
      'Meneer wil weer zelf boodschappen doen.',
    );

    // The connection drops: nothing typed is lost, the browser keeps a copy, a retry is planned.
    await page.route('**/api/v1/onderzoeken/*', (route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue(),
    );
    await naarStap(page, '2. Beperkingen');
    await page
      .getByLabel('Problemen en beperkingen in de zelfredzaamheid')
      .fill('Loopt slecht na een beroerte.');
    await page.getByLabel('Problemen en beperkingen in de participatie').focus(); // blur: save at once
    await opslagStatus(page).getByText('Niet opgeslagen — opnieuw proberen').waitFor();
    await page.getByRole('button', { name: 'Nu opnieuw proberen' }).waitFor();
    expect(await page.getByLabel('Problemen en beperkingen in de zelfredzaamheid').inputValue()).toBe(
      'Loopt slecht na een beroerte.',
    );
    await verwachtToegankelijk(page, 'het onderzoek zonder verbinding');

    // A reload while still offline: the unsaved text is offered back and saved once online.
    await page.reload();
    await h1(page, `Onderzoek ${m.naam}`).waitFor();
    await page.getByRole('heading', { name: 'Niet-opgeslagen tekst gevonden' }).waitFor();
    expect(await page.getByLabel('Problemen en beperkingen in de zelfredzaamheid').inputValue()).toBe('');
    await verwachtToegankelijk(page, 'het aanbod om tekst te herstellen');
    await page.unroute('**/api/v1/onderzoeken/*');
    await page.getByRole('button', { name: 'Tekst herstellen' }).click();
    await naarStap(page, '2. Beperkingen');
    expect(await page.getByLabel('Problemen en beperkingen in de zelfredzaamheid').inputValue()).toBe(
      'Loopt slecht na een beroerte.',
    );
    await wachtOpOpgeslagen(page);
    const consulent = await apiKlant(server.baseUrl, 'toegangsmedewerker');
    try {
      const opgeslagen = await consulent.get<{ stappen: { beperkingen?: { zelfredzaamheid?: string } } }>(
        `/onderzoeken/${o.id}`,
      );
      expect(opgeslagen.stappen.beperkingen?.zelfredzaamheid).toBe('Loopt slecht na een beroerte.');
    } finally {
      await consulent.sluit();
    }
    // The aborted requests are the point of this test, not errors of the app.
    fouten.splice(0, fouten.length, ...fouten.filter((f) => !/net::ERR_INTERNET_DISCONNECTED/.test(f)));
  });

  it('bij een gelijktijdige wijziging toont het scherm beide versies en houdt de gebruiker de eigen tekst', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Gelijktijdig');
    const o = await startOnderzoek(server.baseUrl, m.meldingId);
    await inloggen(page, 'toegangsmedewerker');
    await openOnderzoek(page, m.meldingId, m.naam);
    const hulpvraag = page.getByLabel('Wat is de hulpvraag?');
    await hulpvraag.fill('Mijn eerste versie.');
    await wachtOpOpgeslagen(page);

    // A colleague saves step 1 (and step 3) in the meantime.
    const collega = await apiKlant(server.baseUrl, 'toegangsmedewerker');
    try {
      const nu = await collega.get<{ versie: number }>(`/onderzoeken/${o.id}`);
      await collega.patch(`/onderzoeken/${o.id}`, {
        versie: nu.versie,
        stappen: {
          hulpvraag: { hulpvraag: 'De versie van de collega.' },
          benodigdeHulp: { soort: 'Begeleiding', omvang: null },
        },
      });

      await hulpvraag.fill('Mijn tweede versie.');
      await page
        .getByRole('heading', { name: 'Iemand anders heeft dit onderzoek intussen gewijzigd' })
        .waitFor();
      const conflict = page.locator('.ot-ozk-conflict');
      await conflict.getByText('Mijn tweede versie.').waitFor();
      await conflict.getByText('De versie van de collega.').waitFor();
      // The step only the colleague changed is merged without asking.
      await expect.poll(() => page.getByLabel('Welke soort hulp is nodig?').inputValue()).toBe('Begeleiding');
      expect(await hulpvraag.inputValue()).toBe('Mijn tweede versie.');
      await verwachtToegankelijk(page, 'het versieconflict');

      await page.getByRole('button', { name: /^Mijn versie houden voor Stap 1/ }).click();
      await wachtOpOpgeslagen(page);
      const opgeslagen = await collega.get<{
        stappen: { hulpvraag: { hulpvraag: string }; benodigdeHulp: { soort: string } };
      }>(`/onderzoeken/${o.id}`);
      expect(opgeslagen.stappen.hulpvraag.hulpvraag).toBe('Mijn tweede versie.');
      expect(opgeslagen.stappen.benodigdeHulp.soort).toBe('Begeleiding');
    } finally {
      await collega.sluit();
    }
  });

  it('een teamleider kan het onderzoek en het plan alleen inzien', async () => {
    const m = await meldingInOnderzoek(server.baseUrl, 'Meekijk');
    await startOnderzoek(server.baseUrl, m.meldingId, volledigeStappen(true));
    await inloggen(page, 'teamleider');
    await openOnderzoek(page, m.meldingId, m.naam);
    await page
      .getByText('U kunt dit onderzoek inzien. Alleen de toegangsmedewerker legt het vast.')
      .waitFor();
    await page.getByText('Mevrouw kan haar huis niet meer schoonhouden.').waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Onderzoek afronden' }).count()).toBe(0);
    await verwachtToegankelijk(page, 'het onderzoek voor de teamleider');
    await page.getByRole('link', { name: /^Plan van het huishouden .* openen$/ }).click();
    await h1(page, /^Plan van het huishouden/).waitFor();
    await page.getByText('Het plan heeft nog geen doelen.').waitFor();
    expect(await page.getByRole('button', { name: 'Doel toevoegen' }).count()).toBe(0);
    await verwachtToegankelijk(page, 'het plan voor de teamleider');
  });
});
