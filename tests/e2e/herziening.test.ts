import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { focus, h1, hoofdmenu, inloggen, nieuwePagina, nlDatum } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { aanvraagNaOnderzoek, dagenVanaf, regel, vastgesteldeBeschikking } from './support/beschikking.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiKlant } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

async function uitloggen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await h1(page, 'Inloggen').waitFor();
}

/** '2026-06-12' → '12 juni 2026', as the screens write dates. */
function datumTekst(iso: string): string {
  const maanden = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];
  const [j, m, d] = iso.split('-').map(Number);
  return `${d} ${maanden[m! - 1]} ${j}`;
}

/** Fixes the concept on the current page as a colleague (four eyes): log out, log in, fix. */
async function vaststellenDoorCollega(page: Page, pad: string): Promise<void> {
  await uitloggen(page);
  await inloggen(page, 'backoffice-2');
  await page.goto(pad);
  await h1(page, /^Beschikking B-\d{6}$/).waitFor();
  await page.getByRole('heading', { name: 'Controleren en vaststellen' }).waitFor();
  await page.getByRole('button', { name: 'Beschikking vaststellen' }).click();
  await page.getByText(/^Beschikking B-\d{6} is vastgesteld\./).waitFor();
}

function gegeven(page: Page, naam: string) {
  return page.locator('dl.ot-gegevens dt', { hasText: naam }).locator('xpath=following-sibling::dd[1]');
}

describe.skipIf(zonderChromium)(
  'wijziging, intrekking, lichte herindicatie en de werklijst in de browser',
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

    it('backoffice stelt een wijziging op met een andere omvang; een collega stelt vast; oud en nieuw verwijzen naar elkaar; de berichten tonen de inwoner', async () => {
      const oud = await vastgesteldeBeschikking(server.baseUrl, 'Wijziging', {
        ingangsdatum: dagenVanaf(-30),
        einddatum: dagenVanaf(300),
        volume: 3,
      });
      const per = dagenVanaf(14);

      await inloggen(page, 'backoffice');
      await page.goto(`/beschikkingen/${oud.beschikkingId}`);
      await h1(page, `Beschikking ${oud.kenmerk}`).waitFor();
      await gegeven(page, 'Soort').getByText('Besluit op een aanvraag').waitFor();
      await verwachtToegankelijk(page, 'een vastgestelde beschikking met wijzigen en intrekken');
      await page.getByRole('link', { name: 'Beschikking wijzigen' }).click();
      await h1(page, `Beschikking ${oud.kenmerk} wijzigen`).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/beschikkingen/${oud.beschikkingId}/wijziging`);

      // The running line is there, starting on the suggested date (tomorrow) with the old omvang.
      const omvang = regel(page, 1).getByRole('textbox', { name: /^Omvang/ });
      await expect.poll(() => omvang.inputValue()).toBe('3');
      const perVeld = page.getByLabel('Ingangsdatum van de wijziging');
      expect(await perVeld.inputValue()).toBe(nlDatum(dagenVanaf(1)));
      expect(await regel(page, 1).getByLabel('Ingangsdatum').inputValue()).toBe(nlDatum(dagenVanaf(1)));
      expect(
        await regel(page, 1)
          .getByLabel(/^Einddatum/)
          .inputValue(),
      ).toBe(nlDatum(dagenVanaf(300)));
      expect(await regel(page, 1).getByRole('textbox', { name: 'Motivering' }).inputValue()).toBe('');
      await verwachtToegankelijk(page, 'het wijzigingsformulier');

      // The line follows a new date of the wijziging.
      await perVeld.fill(per);
      await expect.poll(() => regel(page, 1).getByLabel('Ingangsdatum').inputValue()).toBe(nlDatum(per));
      await omvang.fill('5');

      // Without reason and motivering: the server's reasons next to the fields, input kept.
      await page.getByRole('button', { name: 'Concept van de wijziging opslaan' }).click();
      const samenvatting = page.locator('.ot-fout-samenvatting');
      await samenvatting.getByRole('heading', { name: 'Controleer de volgende velden' }).waitFor();
      await samenvatting
        .getByRole('link', { name: 'Reden van de wijziging: Kies een reden van de wijziging.' })
        .waitFor();
      await samenvatting
        .getByRole('link', { name: 'Motivering van de wijziging: Motiveer de wijziging.' })
        .waitFor();
      const redenFout = page.locator('#wijziging-reden-fout');
      await redenFout.getByText('Kies een reden van de wijziging.').waitFor();
      expect(await page.getByLabel('Reden van de wijziging').getAttribute('aria-describedby')).toContain(
        'wijziging-reden-fout',
      );
      expect(await omvang.inputValue()).toBe('5');
      expect(await perVeld.inputValue()).toBe(nlDatum(per));
      await verwachtToegankelijk(page, 'het wijzigingsformulier met fouten');
      await samenvatting.getByRole('link', { name: /^Reden van de wijziging/ }).click();
      expect((await focus(page)).id).toBe('wijziging-reden');

      await page
        .getByLabel('Reden van de wijziging')
        .selectOption({ label: 'Herbeoordeling: verlenging toewijzing' });
      await regel(page, 1)
        .getByRole('textbox', { name: 'Motivering' })
        .fill('Mevrouw heeft na haar val meer hulp nodig: 5 uur per week.');
      await page
        .getByLabel('Motivering van de wijziging')
        .fill('De gezondheid van mevrouw is achteruitgegaan.');
      await page.getByRole('button', { name: 'Concept van de wijziging opslaan' }).click();

      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      const nieuwPad = new URL(page.url()).pathname;
      expect(nieuwPad).not.toBe(`/beschikkingen/${oud.beschikkingId}`);
      await page.getByText(/^Het concept van wijziging B-\d{6} is opgeslagen\./).waitFor();
      await gegeven(page, 'Soort').getByText('Wijziging').waitFor();
      await gegeven(page, 'Wijzigt beschikking').getByRole('link', { name: oud.kenmerk }).waitFor();
      await gegeven(page, 'Reden van de wijziging')
        .getByText('Herbeoordeling: verlenging toewijzing')
        .waitFor();
      await gegeven(page, 'Gaat in op').getByText(datumTekst(per), { exact: false }).waitFor();
      await page.getByRole('heading', { name: 'Motivering van de wijziging' }).waitFor();
      await page
        .getByRole('row', { name: /Hulp bij het huishouden/ })
        .getByRole('cell', { name: '5 uur per week' })
        .waitFor();
      // A wijziging concept can still be changed and deleted.
      await page.getByRole('link', { name: 'Concept wijzigen' }).waitFor();
      await page.getByRole('button', { name: 'Concept verwijderen' }).waitFor();
      await verwachtToegankelijk(page, 'het concept van een wijziging');

      await vaststellenDoorCollega(page, nieuwPad);
      await gegeven(page, 'Status').getByText('Vastgesteld').waitFor();
      await verwachtToegankelijk(page, 'de vastgestelde wijziging');

      // From the new one to the old one, which lists the new one.
      await gegeven(page, 'Wijzigt beschikking').getByRole('link', { name: oud.kenmerk }).click();
      await h1(page, `Beschikking ${oud.kenmerk}`).waitFor();
      // Changing it again goes from the newest one: the page says so.
      await page.getByText(/^Let op: op deze beschikking volgde al B-\d{6} \(wijziging\)\./).waitFor();
      const later = page.getByRole('region', { name: 'Latere beschikkingen' });
      await later.getByText(/^B-\d{6}: wijziging, vastgesteld$/).waitFor();
      await later.getByRole('link', { name: /^B-\d{6}$/ }).click();
      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      expect(new URL(page.url()).pathname).toBe(nieuwPad);

      // The iWmo messages name the resident; one link shows only hers, a small page size pages.
      await hoofdmenu(page).getByRole('link', { name: 'iWmo-berichten' }).click();
      await h1(page, 'iWmo-berichten').waitFor();
      await page
        .getByRole('link', { name: `${oud.naam} (alle berichten over deze inwoner)` })
        .first()
        .click();
      await page.waitForURL(/persoon=/);
      await page.getByText(`Alleen de berichten over ${oud.naam}.`).waitFor();
      const berichten = page.getByRole('table', { name: /^Alle berichten, over .*: \d+ berichten$/ });
      await berichten.waitFor();
      const aantal = await berichten.locator('tbody tr').count();
      // The toewijzing of the old beschikking and the one of the wijziging.
      expect(aantal).toBeGreaterThanOrEqual(2);
      await verwachtToegankelijk(page, 'de berichten over één inwoner');
      await page.goto(`/iwmo-berichten?persoon=${oud.persoonId}&pageSize=1`);
      await page.getByRole('table', { name: /: 1 bericht$/ }).waitFor();
      const eerste = await page.locator('tbody tr th').first().textContent();
      await page.getByRole('link', { name: 'Volgende pagina' }).click();
      await page.waitForURL(/na=/);
      await page.getByRole('table', { name: /volgende pagina: 1 bericht$/ }).waitFor();
      // The caption follows the address at once; the rows follow when the next page has loaded.
      await expect
        .poll(() => page.locator('tbody tr th').first().textContent(), { timeout: 15_000 })
        .not.toBe(eerste);
      // The new rows have the focus, so the keyboard user continues there.
      expect((await focus(page)).id).toBe('iwmo-berichten');
      await page.getByRole('link', { name: 'Eerste pagina' }).waitFor();
      await verwachtToegankelijk(page, 'de tweede pagina met berichten');
    });

    it('backoffice trekt een beschikking in: het concept toont wat eindigt, is niet aan te passen en wordt na bevestiging verwijderd', async () => {
      const oud = await vastgesteldeBeschikking(server.baseUrl, 'Intrekking', {
        ingangsdatum: dagenVanaf(-60),
        einddatum: dagenVanaf(300),
        volume: 2,
      });
      const laatsteDag = dagenVanaf(20);
      await inloggen(page, 'backoffice');
      await page.goto(`/beschikkingen/${oud.beschikkingId}`);
      await page.getByRole('link', { name: 'Beschikking intrekken' }).click();
      await h1(page, `Beschikking ${oud.kenmerk} intrekken`).waitFor();
      await verwachtToegankelijk(page, 'het intrekkingsformulier');

      await page.getByLabel('Laatste dag van de voorzieningen').fill(laatsteDag);
      await page.getByRole('button', { name: 'Concept van de intrekking opslaan' }).click();
      const samenvatting = page.locator('.ot-fout-samenvatting');
      await samenvatting.getByRole('link', { name: 'Motivering: Motiveer de intrekking.' }).waitFor();
      await page.locator('#intrekking-reden-fout').getByText('Kies een reden van de wijziging.').waitFor();
      expect(await page.getByLabel('Laatste dag van de voorzieningen').inputValue()).toBe(
        nlDatum(laatsteDag),
      );
      await verwachtToegankelijk(page, 'het intrekkingsformulier met fouten');

      await page
        .getByLabel('Reden van de intrekking')
        .selectOption({ label: 'Verhuizing naar een andere gemeente' });
      await page.getByLabel('Motivering').fill('Mevrouw verhuist naar een andere gemeente.');
      await page.getByRole('button', { name: 'Concept van de intrekking opslaan' }).click();
      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      await page.getByText(/^Het concept van intrekking B-\d{6} is opgeslagen\./).waitFor();
      await gegeven(page, 'Soort').getByText('Intrekking').waitFor();
      await gegeven(page, 'Trekt beschikking in').getByRole('link', { name: oud.kenmerk }).waitFor();
      await gegeven(page, 'Laatste dag van de voorzieningen').getByText(datumTekst(laatsteDag)).waitFor();
      await page
        .getByRole('table', {
          name: `Voorzieningen uit beschikking ${oud.kenmerk} die eindigen op ${datumTekst(laatsteDag)}`,
        })
        .getByRole('row', { name: /Hulp bij het huishouden/ })
        .waitFor();
      // PUT refuses an intrekking concept: no "Concept wijzigen".
      expect(await page.getByRole('link', { name: 'Concept wijzigen' }).count()).toBe(0);
      await verwachtToegankelijk(page, 'het concept van een intrekking');

      // Deleting asks first; "Annuleren" keeps it and gives the focus back.
      await page.getByRole('button', { name: 'Concept verwijderen' }).click();
      const vraag = page.getByRole('heading', { name: /^Concept B-\d{6} verwijderen\?$/ });
      await vraag.waitFor();
      await verwachtToegankelijk(page, 'de vraag of het concept weg mag');
      await page.getByRole('button', { name: 'Annuleren' }).click();
      await expect.poll(async () => (await focus(page)).tekst).toBe('Concept verwijderen');
      await page.getByRole('button', { name: 'Concept verwijderen' }).click();
      await page.getByRole('button', { name: 'Ja, concept verwijderen' }).click();

      await h1(page, `Beschikking ${oud.kenmerk}`).waitFor();
      await page.getByText(/^Het concept B-\d{6} is verwijderd\.$/).waitFor();
      expect(await page.getByRole('region', { name: 'Latere beschikkingen' }).count()).toBe(0);
    });

    it('lichte herindicatie vanuit de herindicaties: een veranderd onderwerp sluit de weg af, alles ongewijzigd geeft een concept dat een collega vaststelt', async () => {
      const einde = dagenVanaf(30);
      const oud = await vastgesteldeBeschikking(server.baseUrl, 'Herindicatie', {
        ingangsdatum: dagenVanaf(-300),
        einddatum: einde,
        volume: 4,
      });
      const nieuweIngang = dagenVanaf(31);

      // The server is the authority: a changed aspect is refused with a field error.
      const bo = await apiKlant(server.baseUrl, 'backoffice');
      try {
        const res = await bo.api.post(`/api/v1/voorzieningen/${oud.voorzieningId}/herindicaties`, {
          headers: { 'X-CSRF-Token': await csrf(bo.api) },
          data: {
            contactOp: dagenVanaf(0),
            contactwijze: 'telefonisch',
            ongewijzigd: {
              gezondheid: false,
              woonsituatie: true,
              netwerk: true,
              ondersteuningsbehoefte: true,
            },
            toelichting: 'Gesprek over de huidige situatie.',
            ingangsdatum: nieuweIngang,
            einddatum: dagenVanaf(395),
          },
        });
        expect(res.status()).toBe(400);
        const body = (await res.json()) as { invalidParams: Array<{ name: string; code: string }> };
        expect(body.invalidParams).toContainEqual(
          expect.objectContaining({ name: 'ongewijzigd.gezondheid', code: 'veranderd' }),
        );
      } finally {
        await bo.sluit();
      }

      await inloggen(page, 'backoffice');
      await hoofdmenu(page).getByRole('link', { name: 'Herindicaties' }).click();
      await h1(page, 'Herindicaties').waitFor();
      const rij = page.getByRole('row', { name: new RegExp(oud.naam) });
      await rij.getByRole('cell', { name: oud.kenmerk }).waitFor();
      await verwachtToegankelijk(page, 'de herindicaties met de knop lichte herindicatie');
      await rij
        .getByRole('link', { name: `Lichte herindicatie voor ${oud.naam}, Hulp bij het huishouden` })
        .click();
      await h1(page, 'Lichte herindicatie').waitFor();
      await page
        .getByRole('region', { name: 'De voorziening die afloopt' })
        .getByText('4 uur per week')
        .waitFor();

      // The new period continues the old one; a year as a suggestion.
      const periode = page.getByRole('group', { name: 'Nieuwe periode' });
      expect(await periode.getByLabel('Ingangsdatum').inputValue()).toBe(nlDatum(nieuweIngang));
      expect(await periode.getByLabel('Ingangsdatum').getAttribute('readonly')).not.toBeNull();
      expect(await periode.getByLabel(/^Einddatum/).inputValue()).toMatch(/^\d{2}-\d{2}-\d{4}$/);
      expect(await page.getByLabel('Datum van het gesprek').inputValue()).toBe(nlDatum(dagenVanaf(0)));
      await verwachtToegankelijk(page, 'het lege herindicatieformulier');

      // Nothing chosen, no toelichting: the server names each field; the summary links to them.
      await page.getByRole('button', { name: 'Concept van de herindicatie opslaan' }).click();
      const samenvatting = page.locator('.ot-fout-samenvatting');
      await samenvatting.getByRole('heading', { name: 'Controleer de volgende velden' }).waitFor();
      await samenvatting
        .getByRole('link', { name: 'Hoe gesproken: Kies hoe u de inwoner heeft gesproken.' })
        .waitFor();
      await samenvatting
        .getByRole('link', { name: 'Gezondheid en beperkingen: Kies of dit ongewijzigd of veranderd is.' })
        .waitFor();
      const situatie = page.getByRole('group', { name: 'Is de situatie van de inwoner veranderd?' });
      await situatie
        .getByRole('group', { name: 'Mantelzorg en netwerk' })
        .getByText('Kies of dit ongewijzigd of veranderd is.')
        .waitFor();
      await verwachtToegankelijk(page, 'het herindicatieformulier met fouten');

      await page
        .getByRole('group', { name: 'Hoe heeft u de inwoner gesproken?' })
        .getByRole('radio', { name: 'Telefonisch' })
        .check();
      const aspecten = [
        'Woonsituatie en huishouden',
        'Mantelzorg en netwerk',
        'Ondersteuningsbehoefte en doelen',
      ];
      for (const a of aspecten) {
        await situatie.getByRole('group', { name: a }).getByRole('radio', { name: 'Ongewijzigd' }).check();
      }
      const gezondheid = situatie.getByRole('group', { name: 'Gezondheid en beperkingen' });
      await gezondheid.getByRole('radio', { name: 'Veranderd' }).check();

      // One aspect changed: the notice says why and what to do, and saving is not possible.
      await page.getByRole('heading', { name: 'Een lichte herindicatie past niet' }).waitFor();
      await page.getByText('Veranderd: gezondheid en beperkingen.', { exact: false }).waitFor();
      await page
        .getByText('Vraag het KCC of een toegangsmedewerker om een nieuwe melding te registreren.')
        .waitFor();
      const opslaan = page.getByRole('button', { name: 'Concept van de herindicatie opslaan' });
      expect(await opslaan.isDisabled()).toBe(true);
      await verwachtToegankelijk(page, 'de herindicatie met een veranderd onderwerp');

      await gezondheid.getByRole('radio', { name: 'Ongewijzigd' }).check();
      expect(await page.getByRole('heading', { name: 'Een lichte herindicatie past niet' }).count()).toBe(0);
      await page
        .getByLabel('Wat is besproken')
        .fill('Telefonisch gesproken: de situatie is gelijk, de hulp past nog goed.');
      expect(await opslaan.isDisabled()).toBe(false);
      await opslaan.click();

      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      const pad = new URL(page.url()).pathname;
      await page.getByText(/^Het concept van herindicatie B-\d{6} is opgeslagen\./).waitFor();
      await gegeven(page, 'Soort').getByText('Lichte herindicatie').waitFor();
      await gegeven(page, 'Zet voort uit beschikking').getByRole('link', { name: oud.kenmerk }).waitFor();
      const gesprek = page.getByRole('region', { name: 'Vastgesteld met de inwoner' });
      await gesprek.getByText('Telefonisch').waitFor();
      expect(await gesprek.getByText('Ongewijzigd', { exact: true }).count()).toBe(4);
      await page
        .getByRole('row', { name: /Hulp bij het huishouden/ })
        .getByRole('cell', { name: '4 uur per week' })
        .waitFor();
      expect(await page.getByRole('link', { name: 'Concept wijzigen' }).count()).toBe(0);
      await verwachtToegankelijk(page, 'het concept van een lichte herindicatie');

      await vaststellenDoorCollega(page, pad);
      await verwachtToegankelijk(page, 'de vastgestelde herindicatie');

      // The worklist now shows the herindicatie instead of the button.
      await hoofdmenu(page).getByRole('link', { name: 'Herindicaties' }).click();
      await h1(page, 'Herindicaties').waitFor();
      const rij2 = page.getByRole('row', { name: new RegExp(oud.naam) });
      await rij2.getByRole('cell', { name: /^B-\d{6} \(vastgesteld\)$/ }).waitFor();
      expect(await rij2.getByRole('link', { name: /^Lichte herindicatie/ }).count()).toBe(0);
    });

    it('de werklijst Te beschikken toont ingediende aanvragen met termijn in woorden, bladert en leidt naar het opstellen', async () => {
      const a1 = await aanvraagNaOnderzoek(server.baseUrl, 'Termijnlijst');
      const a2 = await aanvraagNaOnderzoek(server.baseUrl, 'Bladeren');
      await inloggen(page, 'backoffice');
      await hoofdmenu(page).getByRole('link', { name: 'Te beschikken' }).click();
      await h1(page, 'Te beschikken').waitFor();
      const tabel = page.getByRole('table', { name: /^Ingediende aanvragen: \d+ aanvra(ag|gen)$/ });
      const rij = tabel.getByRole('row', { name: new RegExp(a1.naam) });
      await rij.waitFor();
      // Traffic light in words, and the days left.
      await rij.getByText(/^(Binnen 2 weken|Ruim op tijd)$/).waitFor();
      await rij.getByText(/^Nog \d+ dagen$/).waitFor();
      await verwachtToegankelijk(page, 'de werklijst te beschikken');

      // Paging with a small page size; the new rows take the focus.
      await page.goto('/aanvragen?pageSize=1');
      await page.getByRole('table', { name: 'Ingediende aanvragen: 1 aanvraag' }).waitFor();
      const eerste = await page.locator('tbody tr th').first().textContent();
      await page.getByRole('link', { name: 'Volgende pagina' }).click();
      await page.waitForURL(/na=/);
      await page.getByRole('table', { name: 'Ingediende aanvragen (volgende pagina): 1 aanvraag' }).waitFor();
      // The caption follows the address at once; the rows follow when the next page has loaded.
      await expect
        .poll(() => page.locator('tbody tr th').first().textContent(), { timeout: 15_000 })
        .not.toBe(eerste);
      expect((await focus(page)).id).toBe('te-beschikken');
      await verwachtToegankelijk(page, 'de tweede pagina van de werklijst');

      await page.goto('/aanvragen?pageSize=200');
      await page
        .getByRole('row', { name: new RegExp(a2.naam) })
        .getByRole('link', { name: `Beschikking opstellen voor ${a2.naam}` })
        .click();
      await h1(page, 'Beschikking opstellen').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/aanvragen/${a2.aanvraagId}/beschikking`);
    });
  },
);

/** The CSRF token of an API client's session (for a raw request whose refusal the test inspects). */
async function csrf(api: Awaited<ReturnType<typeof apiKlant>>['api']): Promise<string> {
  const res = await api.get('/api/v1/sessies/huidig');
  const body = (await res.json()) as { csrfToken?: string };
  if (!body.csrfToken) throw new Error('Geen CSRF-token in de sessie');
  return body.csrfToken;
}
