import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maakTestBsnGenerator } from '../../src/domain/bsn/bsn.ts';
import { mulberry32 } from '../../src/domain/bsn/prng.ts';
import { type Kalender, onderzoekUiterlijk } from '../../src/domain/termijnen/index.ts';
import { formatDatumLang } from '../../src/server/platform/documents/datum.ts';
import { focus, h1, hoofdmenu, inloggen, nieuwePagina, nlDatum } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiSessie, meldingVoorNieuwePersoon, tabNaar, vandaag } from './support/intake.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** Own seed: other test files draw other BSNs, so runs against one server never collide. */
const volgendBsn = maakTestBsnGenerator(mulberry32(0x1a7a4e));

interface MeldingApi {
  id: string;
  kenmerk: string;
  versie: number;
}

async function openNieuweMelding(page: Page): Promise<void> {
  await hoofdmenu(page).getByRole('link', { name: 'Nieuwe melding' }).click();
  await h1(page, 'Nieuwe melding').waitFor();
}

function zoekveld(page: Page) {
  return page.getByRole('searchbox', { name: 'Zoek de inwoner' });
}

/** Search, then "Nieuwe persoon registreren": the search term becomes the surname. */
async function nieuwePersoon(page: Page, achternaam: string): Promise<void> {
  await zoekveld(page).fill(achternaam);
  await page.getByRole('status').getByText('Geen personen gevonden.').waitFor();
  await page.getByRole('button', { name: 'Nieuwe persoon registreren' }).click();
  await page.getByLabel('Achternaam').waitFor();
  expect(await page.getByLabel('Achternaam').inputValue()).toBe(achternaam);
}

async function vulAdres(page: Page, postcode: string): Promise<void> {
  await page.getByLabel('Postcode').fill(postcode);
  await page.getByLabel('Huisnummer').fill('12');
  await page.getByLabel('Straat').fill('Brink');
}

async function melding(page: Page): Promise<string> {
  const kop = h1(page, /^Melding M-\d{6}$/);
  await kop.waitFor();
  return ((await kop.textContent()) ?? '').replace('Melding ', '');
}

describe.skipIf(zonderChromium)('intake in de browser', () => {
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

  it('KCC registreert een melding voor een nieuw huishouden, downloadt de ontvangstbevestiging en triageert naar onderzoek; de toegangsmedewerker ziet hem met de juiste termijn', async () => {
    const bsn = volgendBsn();
    await inloggen(page, 'kcc');
    await openNieuweMelding(page);
    expect(await page.title()).toBe('Nieuwe melding – Open Toegang');
    await verwachtToegankelijk(page, 'het formulier Nieuwe melding');

    await nieuwePersoon(page, 'Hofstede');
    await page.getByLabel('BSN').fill(bsn);
    await page.getByLabel('Voornamen').fill('Grietje');
    await page.getByLabel('Geboortedatum').fill('1944-02-29');
    await page.getByLabel('Geslacht').selectOption({ label: 'Vrouw' });
    await vulAdres(page, '7411 AB');
    expect(await page.getByLabel('Woonplaats').inputValue()).toBe('Deventer');
    // The defaults for a phone call: a melding, received today, by phone, from the resident.
    expect(await page.getByRole('radio', { name: 'Melding' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Ontvangstdatum').inputValue()).toBe(nlDatum(vandaag()));
    await page
      .getByLabel('Hulpvraag in de woorden van de inwoner')
      .fill('Sinds mijn val kan ik niet meer zelf douchen.');
    await page.getByRole('checkbox', { name: 'Basale ADL (zelfverzorging)' }).check();
    await page.getByRole('radio', { name: 'Ja, aangeboden' }).check();
    await page.getByRole('radio', { name: 'Ja', exact: true }).check();
    await verwachtToegankelijk(page, 'het ingevulde formulier Nieuwe melding');
    await page.getByRole('button', { name: 'Melding registreren' }).click();

    const kenmerk = await melding(page);
    await page.getByRole('status').getByText(`Melding ${kenmerk} is geregistreerd.`).waitFor();
    // The deadline the law sets: 6 weeks after today, extended per the Algemene termijnenwet with
    // the gelijkgestelde dagen the server has.
    const kalender: Kalender = {
      gelijkgesteld: await (await page.request.get('/api/v1/gelijkgestelde-dagen')).json(),
    };
    const uiterlijk = formatDatumLang(onderzoekUiterlijk(vandaag(), kalender));
    const termijnen = page.locator('dl').filter({ hasText: 'Onderzoek uiterlijk' });
    await termijnen.getByText(uiterlijk).waitFor();
    await termijnen.getByText('Ruim op tijd').waitFor();
    await page.getByText('Binnenstad (A)').waitFor();
    await verwachtToegankelijk(page, 'de pagina van de melding');

    // The ontvangstbevestiging is a PDF, downloaded with the session cookie.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ontvangstbevestiging downloaden (PDF)' }).click(),
    ]);
    const pdf = await fs.readFile(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    // Triage: onderzoek by Tom Gerritsen (the demo toegangsmedewerker).
    await page.getByRole('radio', { name: 'Onderzoek' }).check();
    await page.getByLabel('Behandelaar').selectOption({ label: 'Tom Gerritsen' });
    await verwachtToegankelijk(page, 'het triageformulier');
    await page.getByRole('button', { name: 'Triage opslaan' }).click();
    await page.getByRole('status').getByText('Triage opgeslagen: onderzoek door Tom Gerritsen.').waitFor();
    const tijdlijn = page.getByRole('list', { name: 'Tijdlijn' });
    await tijdlijn.getByText(/Triage: onderzoek nodig/).waitFor();
    await tijdlijn.getByText(/Melding ontvangen via telefoon/).waitFor();
    expect(await page.getByRole('heading', { name: 'Triage', exact: true }).count()).toBe(0);

    // The household: Tom is its one contactpersoon now.
    await page.getByRole('link', { name: 'Huishouden van Grietje Hofstede bekijken' }).click();
    await h1(page, 'Huishouden Hofstede').waitFor();
    await page
      .getByRole('region', { name: 'Contactpersoon', exact: true })
      .getByText('Tom Gerritsen')
      .waitFor();
    await page
      .getByRole('table', { name: /^Leden van het huishouden/ })
      .getByText('Grietje Hofstede')
      .waitFor();
    await page
      .getByRole('table', { name: /^Meldingen van het huishouden/ })
      .getByRole('link', { name: kenmerk })
      .waitFor();
    await verwachtToegankelijk(page, 'de pagina van het huishouden');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await h1(page, 'Inloggen').waitFor();

    await inloggen(page, 'toegangsmedewerker');
    await hoofdmenu(page).getByRole('link', { name: 'Werkvoorraad' }).click();
    await h1(page, 'Werkvoorraad').waitFor();
    const rij = page
      .getByRole('table', { name: /^Uw open meldingen/ })
      .getByRole('row', { name: new RegExp(kenmerk) });
    await rij.getByText('Grietje Hofstede').waitFor();
    await rij.getByText(uiterlijk).waitFor();
    await rij.getByText('Ruim op tijd').waitFor();
    await rij.getByText('Tom Gerritsen').waitFor();
    await rij.getByText('Binnenstad').waitFor();
    await verwachtToegankelijk(page, 'de werkvoorraad van de toegangsmedewerker');

    // Filters live in the address.
    await page.getByLabel('Sorteren op').selectOption({ label: 'Ontvangst (nieuwste eerst)' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/sortering=ontvangst/);
    await rij.waitFor();
    await rij.getByRole('link', { name: kenmerk }).click();
    await h1(page, `Melding ${kenmerk}`).waitFor();
  });

  it('een ongeldig BSN en een onbekende postcode staan bij hun velden; de invoer blijft staan', async () => {
    await inloggen(page, 'kcc');
    await openNieuweMelding(page);
    await nieuwePersoon(page, 'Foutje');
    await page.getByLabel('BSN').fill('123456789');
    await page.getByLabel('Geboortedatum').fill('1960-05-05');
    await vulAdres(page, '9999 ZZ');
    const hulpvraag = 'Mijn moeder vergeet haar medicijnen.';
    await page.getByLabel('Hulpvraag in de woorden van de inwoner').fill(hulpvraag);
    await page.getByRole('radio', { name: 'Nee, nog niet' }).check();
    await page.getByRole('button', { name: 'Melding registreren' }).click();

    const bsnFout = page.locator('#np-bsn-fout');
    await bsnFout.getByText('Dit BSN voldoet niet aan de elfproef.').waitFor();
    const bsnVeld = page.getByLabel('BSN');
    expect(await bsnVeld.getAttribute('aria-invalid')).toBe('true');
    expect(await bsnVeld.getAttribute('aria-describedby')).toContain('np-bsn-fout');
    await expect.poll(async () => (await focus(page)).tekst).toContain('Controleer de volgende velden');
    expect(await bsnVeld.inputValue()).toBe('123456789');
    expect(await page.getByLabel('Postcode').inputValue()).toBe('9999 ZZ');
    expect(await page.getByLabel('Hulpvraag in de woorden van de inwoner').inputValue()).toBe(hulpvraag);
    await verwachtToegankelijk(page, 'het formulier met een BSN-fout');

    // The summary links to the field.
    await page.getByRole('link', { name: 'BSN: Dit BSN voldoet niet aan de elfproef.' }).click();
    expect((await focus(page)).id).toBe('np-bsn');
    const goedBsn = volgendBsn();
    await bsnVeld.fill(goedBsn);
    await page.getByRole('button', { name: 'Melding registreren' }).click();

    const postcodeFout = page.locator('#np-postcode-fout');
    await postcodeFout.getByText('Deze postcode hoort niet bij een wijk van de gemeente.').waitFor();
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Postcode').inputValue()).toBe('9999 ZZ');
    expect(await bsnVeld.inputValue()).toBe(goedBsn);
    expect(await page.getByLabel('Straat').inputValue()).toBe('Brink');
    expect(await page.locator('#np-bsn-fout').count()).toBe(0);
    await verwachtToegankelijk(page, 'het formulier met een postcodefout');

    await page.getByLabel('Postcode').fill('7412 CD');
    await page.getByRole('button', { name: 'Melding registreren' }).click();
    await melding(page);
    await page.getByText('Voorstad (D)').waitFor();
  });

  it('bij een mogelijk dubbele melding bevestigt de medewerker dat het een nieuwe hulpvraag is', async () => {
    const bsn = volgendBsn();
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    const eerste = await kcc.post<MeldingApi>(
      '/meldingen',
      meldingVoorNieuwePersoon({ bsn, achternaam: 'Dubbelaar', voornamen: 'Dirk' }),
    );
    await kcc.sluit();

    await inloggen(page, 'kcc');
    await openNieuweMelding(page);
    await zoekveld(page).fill(bsn);
    await page.getByRole('status').getByText('1 persoon gevonden.').waitFor();
    await page.getByRole('button', { name: /Dirk Dubbelaar/ }).click();
    await page.getByRole('heading', { name: 'Gekozen: Dirk Dubbelaar' }).waitFor();
    await page.getByText('deze inwoner heeft al 1 open melding').waitFor();
    await page.getByLabel('Hulpvraag in de woorden van de inwoner').fill('Nu lukt ook het koken niet meer.');
    await page.getByRole('checkbox', { name: 'Instrumentele ADL (huishouden)' }).check();
    await page.getByRole('radio', { name: 'Ja, aangeboden' }).check();
    await page.getByRole('button', { name: 'Melding registreren' }).click();

    const waarschuwing = page.getByRole('alert').filter({ hasText: 'Mogelijk dubbele melding' });
    await waarschuwing.getByText(eerste.kenmerk).first().waitFor();
    await expect.poll(async () => (await focus(page)).tekst).toContain('Mogelijk dubbele melding');
    await verwachtToegankelijk(page, 'de waarschuwing voor een dubbele melding');
    await page.getByRole('checkbox', { name: 'Dit is een nieuwe hulpvraag' }).check();
    await page.getByRole('button', { name: 'Melding registreren' }).click();

    const kenmerk = await melding(page);
    expect(kenmerk).not.toBe(eerste.kenmerk);
    await page
      .getByRole('status')
      .getByText(`Geregistreerd naast open melding ${eerste.kenmerk} (bevestigd).`)
      .waitFor();
  });

  it('de teamleider wijst een melding zonder behandelaar toe vanuit de verdeling en wijzigt de contactpersoon', async () => {
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    const m = await kcc.post<MeldingApi>(
      '/meldingen',
      meldingVoorNieuwePersoon(
        { bsn: volgendBsn(), achternaam: 'Verdeelman', voornamen: 'Vera' },
        {
          leefgebieden: ['sociaal-netwerk'],
        },
      ),
    );
    await kcc.sluit();

    await inloggen(page, 'teamleider');
    await hoofdmenu(page).getByRole('link', { name: 'Verdeling' }).click();
    await h1(page, 'Verdeling').waitFor();
    const perMedewerker = page.getByRole('table', { name: /^Verdeling per medewerker/ });
    await perMedewerker.getByRole('row', { name: /Fatima el Amrani/ }).waitFor();
    const teVerdelen = page.getByRole('table', { name: /^Meldingen zonder behandelaar/ });
    await teVerdelen.getByRole('row', { name: new RegExp(m.kenmerk) }).waitFor();
    await verwachtToegankelijk(page, 'de verdeling');

    // Without a choice the form says what is missing.
    await page.getByRole('button', { name: /^Toewijzen/ }).click();
    await page.getByText('Kies minstens één melding.').first().waitFor();

    await page.getByRole('checkbox', { name: `Selecteer ${m.kenmerk} (Vera Verdeelman)` }).check();
    const keuze = page.getByLabel('Toewijzen aan');
    const fatima = await keuze.locator('option', { hasText: 'Fatima el Amrani' }).getAttribute('value');
    await keuze.selectOption(fatima ?? '');
    await page.getByLabel('Reden').fill('Zij kent de buurt');
    await page.getByRole('button', { name: 'Toewijzen (1)' }).click();
    await page.getByText(`1 melding toegewezen aan Fatima el Amrani: ${m.kenmerk}.`).waitFor();
    await expect.poll(() => teVerdelen.getByRole('row', { name: new RegExp(m.kenmerk) }).count()).toBe(0);
    await verwachtToegankelijk(page, 'de verdeling na het toewijzen');

    // Her werkvoorraad, via the verdeling.
    await perMedewerker.getByRole('link', { name: 'Fatima el Amrani' }).click();
    await h1(page, 'Werkvoorraad').waitFor();
    const rij = page.getByRole('table', { name: /^Open meldingen van Fatima el Amrani/ }).getByRole('row', {
      name: new RegExp(m.kenmerk),
    });
    await rij.getByText('Fatima el Amrani').waitFor();
    await verwachtToegankelijk(page, 'de werkvoorraad van één medewerker');

    // The melding and its household: Fatima is behandelaar and contactpersoon; the teamleider changes it.
    await rij.getByRole('link', { name: m.kenmerk }).click();
    await h1(page, `Melding ${m.kenmerk}`).waitFor();
    await page.locator('dl').getByText('Fatima el Amrani').first().waitFor();
    await page.getByRole('list', { name: 'Tijdlijn' }).getByText('Behandelaar toegewezen').waitFor();
    await verwachtToegankelijk(page, 'de melding voor de teamleider');
    await page.getByRole('link', { name: 'Huishouden van Vera Verdeelman bekijken' }).click();
    await h1(page, 'Huishouden Verdeelman').waitFor();
    const contact = page.getByRole('region', { name: 'Contactpersoon', exact: true });
    await contact.getByText('Fatima el Amrani').first().waitFor();
    await page.getByLabel('Nieuwe contactpersoon').selectOption({ label: 'Tom Gerritsen' });
    await page.getByRole('button', { name: 'Contactpersoon wijzigen' }).click();
    await page.getByRole('status').getByText('De contactpersoon is nu Tom Gerritsen.').waitFor();
    await page
      .getByRole('table', { name: 'Historie van de contactpersoon' })
      .getByText('Fatima el Amrani')
      .waitFor();
    await verwachtToegankelijk(page, 'het huishouden voor de teamleider');
  });

  it('zoeken en kiezen van de inwoner, en de rest van de melding, gaan met alleen het toetsenbord', async () => {
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    await kcc.post('/personen', {
      bsn: volgendBsn(),
      voornamen: 'Karel',
      achternaam: 'Toetsenbord',
      geboortedatum: '1939-07-14',
      adres: { straat: 'Keizerstraat', huisnummer: 3, postcode: '7416 AA', woonplaats: 'Deventer' },
    });
    await kcc.sluit();

    await inloggen(page, 'kcc');
    await page.goto('/meldingen/nieuw');
    await h1(page, 'Nieuwe melding').waitFor();
    await tabNaar(page, (f) => f.id === 'persoon-zoeken');
    await page.keyboard.type('Toetsenb');
    await page.getByRole('status').getByText('1 persoon gevonden.').waitFor();
    // Arrow down to the result, Enter to choose it.
    await page.keyboard.press('ArrowDown');
    expect((await focus(page)).tekst).toContain('Karel Toetsenbord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gekozen: Karel Toetsenbord' }).waitFor();
    expect((await focus(page)).tekst).toContain('Gekozen: Karel Toetsenbord');
    // Another choice: back in the search box, which still finds him.
    await page.keyboard.press('Tab');
    expect((await focus(page)).tekst).toBe('Andere persoon kiezen');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('persoon-zoeken');
    await page.keyboard.type('7416 AA 3');
    await page.getByRole('status').getByText('1 persoon gevonden.').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Gekozen: Karel Toetsenbord' }).waitFor();

    await tabNaar(page, (f) => f.id === 'melding-hulpvraag');
    await page.keyboard.type('Ik kom de deur niet meer uit.');
    await tabNaar(page, (f) => f.id === 'melding-leefgebieden-sociaal-netwerk');
    await page.keyboard.press('Space');
    await tabNaar(page, (f) => f.id === 'melding-co-aangeboden-ja');
    await page.keyboard.press('Space');
    await tabNaar(page, (f) => f.tag === 'button' && f.tekst === 'Melding registreren');
    await page.keyboard.press('Enter');

    await melding(page);
    await page.getByText('Karel Toetsenbord, geboren 14 juli 1939', { exact: false }).waitFor();
    await page.getByText('Sociaal netwerk').waitFor();
  });

  it('een signaal heeft geen termijn; als de inwoner zelf hulp vraagt, wordt het een melding', async () => {
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    const signaal = await kcc.post<MeldingApi>(
      '/meldingen',
      meldingVoorNieuwePersoon(
        { bsn: volgendBsn(), achternaam: 'Zorgelijk', voornamen: 'Sien' },
        {
          soort: 'signaal',
          kanaal: 'signaal',
          melder: { type: 'professional', naam: 'J. de Vries', organisatie: 'Huisartsenpraktijk Zandweerd' },
          leefgebieden: ['geestelijke-gezondheid'],
        },
      ),
    );
    await kcc.sluit();

    await inloggen(page, 'toegangsmedewerker');
    await page.goto(`/meldingen/${signaal.id}`);
    await h1(page, `Signaal ${signaal.kenmerk}`).waitFor();
    await page.getByText('Een signaal heeft geen wettelijke termijn').waitFor();
    await page.getByText('Huisartsenpraktijk Zandweerd').waitFor();
    // Onderzoek is not offered for a signaal.
    expect(await page.getByRole('radio', { name: 'Onderzoek' }).count()).toBe(0);
    await verwachtToegankelijk(page, 'de pagina van een signaal');

    await page.getByLabel('Datum waarop de inwoner zelf om ondersteuning vroeg').fill(vandaag());
    await page.getByRole('button', { name: 'Omzetten in een melding' }).click();
    await page
      .getByRole('status')
      .getByText(`Het signaal is omgezet in melding ${signaal.kenmerk}.`)
      .waitFor();
    await h1(page, `Melding ${signaal.kenmerk}`).waitFor();
    await page.locator('dl').filter({ hasText: 'Onderzoek uiterlijk' }).getByText('Ruim op tijd').waitFor();
    await page
      .getByRole('list', { name: 'Tijdlijn' })
      .getByText(/Signaal omgezet in een melding/)
      .waitFor();
    await page.getByRole('radio', { name: 'Onderzoek' }).waitFor();
  });

  it('functioneel beheer voegt een gelijkgestelde dag toe en verwijdert hem; open termijnen worden herberekend', async () => {
    const kcc = await apiSessie(server.baseUrl, 'kcc');
    await kcc.post('/meldingen', meldingVoorNieuwePersoon({ bsn: volgendBsn(), achternaam: 'Kalenderink' }));
    const kalender: Kalender = { gelijkgesteld: await kcc.get('/gelijkgestelde-dagen') };
    await kcc.sluit();
    // The deadline of today's meldingen: made a holiday, it moves to the next working day.
    const dag = onderzoekUiterlijk(vandaag(), kalender);

    await inloggen(page, 'beheer');
    await hoofdmenu(page).getByRole('link', { name: 'Kalender' }).click();
    await h1(page, 'Kalender').waitFor();
    await page
      .getByRole('table', { name: /^Gelijkgestelde dagen/ })
      .getByText(/Vrijdag na Hemelvaartsdag/)
      .first()
      .waitFor();
    await verwachtToegankelijk(page, 'de kalender');

    await page.getByLabel('Datum').fill(dag);
    await page.getByLabel('Omschrijving').fill('Testdag (e2e)');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page
      .getByRole('status')
      .getByText(/is toegevoegd\. De termijnen van \d+ open melding(en)? zijn herberekend\./)
      .waitFor();
    const rij = page.getByRole('row', { name: /Testdag \(e2e\)/ });
    await rij.waitFor();

    // Twice the same day: the server's reason next to the field.
    await page.getByLabel('Datum').fill(dag);
    await page.getByLabel('Omschrijving').fill('Nog eens');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.locator('#kalender-datum-fout').getByText('Bestaat al.').waitFor();
    await verwachtToegankelijk(page, 'de kalender met een fout');

    await rij.getByRole('button', { name: /^Verwijderen/ }).click();
    await rij.getByRole('button', { name: /^Ja, verwijder/ }).click();
    await page
      .getByRole('status')
      .getByText(/is verwijderd\. De termijnen van \d+ open melding(en)? zijn herberekend\./)
      .waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Testdag \(e2e\)/ }).count()).toBe(0);
  });

  it('de KCC ziet in de werkvoorraad standaard de nieuwe meldingen', async () => {
    await inloggen(page, 'kcc');
    await hoofdmenu(page).getByRole('link', { name: 'Werkvoorraad' }).click();
    await h1(page, 'Werkvoorraad').waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('nieuw');
    const tabel = page.getByRole('table', { name: /^Alle open meldingen/ });
    await tabel.getByText('Vera Verdeelman').waitFor();
    expect(await tabel.getByText('Grietje Hofstede').count()).toBe(0);
    await verwachtToegankelijk(page, 'de werkvoorraad van de KCC');
  });
});
