import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakTestBsnGenerator } from '../../src/domain/bsn/bsn.ts';
import { mulberry32 } from '../../src/domain/bsn/prng.ts';
import { formatDatumLang } from '../../src/server/platform/documents/datum.ts';
import { h1, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { meldingVoorNieuwePersoon } from './support/intake.ts';
import { apiKlant, volledigeStappen } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/** Own seed: other test files draw other BSNs. */
const volgendBsn = maakTestBsnGenerator(mulberry32(0x9047aa1));

describe.skipIf(zonderChromium)('inwonerportaal in de browser', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The caseworker's part through the API: triage to onderzoek, the onderzoek concluded. */
  async function consulentRondtOnderzoekAf(meldingId: string): Promise<string> {
    const kcc = await apiKlant(server.baseUrl, 'kcc');
    const consulent = await apiKlant(server.baseUrl, 'toegangsmedewerker');
    try {
      const m = await kcc.get<{ versie: number; kanaal: string }>(`/meldingen/${meldingId}`);
      expect(m.kanaal).toBe('online');
      const medewerkers = await kcc.get<Array<{ id: string; naam: string }>>('/medewerkers?gemeente=0150');
      const tom = medewerkers.find((x) => x.naam === 'Tom Gerritsen')!;
      await kcc.post(`/meldingen/${meldingId}/triage`, {
        versie: m.versie,
        uitkomst: 'onderzoek',
        behandelaarId: tom.id,
      });
      let o = await consulent.post<{ id: string; versie: number }>('/onderzoeken', { meldingId });
      o = await consulent.patch(`/onderzoeken/${o.id}`, {
        versie: o.versie,
        stappen: volledigeStappen(false),
      });
      await consulent.post(`/onderzoeken/${o.id}/afronding`, {
        versie: o.versie,
        ladderUitkomst: 'collectief-preventie',
        samenvatting: 'Mevrouw kan met de schoonmaakdienst in de wijk verder.',
        advies: 'Aanmelden bij de schoonmaakdienst.',
        vervolg: 'Wij bellen over zes weken.',
      });
      return o.id;
    } finally {
      await kcc.sluit();
      await consulent.sluit();
    }
  }

  async function demoBanner(page: Page) {
    await expect.poll(() => page.getByText('Demo-omgeving — geen echte DigiD.').isVisible()).toBe(true);
  }

  for (const breedte of [320, 1280]) {
    it(`${breedte} px: inloggen met de simulator, hulp zoeken op de sociale kaart, melden, de termijn zien, het verslag lezen en reageren`, async () => {
      // The resident is known to the gemeente (an earlier contact by phone).
      const bsn = volgendBsn();
      const kcc = await apiKlant(server.baseUrl, 'kcc');
      await kcc.post(
        '/meldingen',
        meldingVoorNieuwePersoon({ bsn, voornamen: 'Ria', achternaam: `Portaal${breedte}` }),
      );
      await kcc.sluit();

      const { context, page, fouten } = await nieuwePagina(browser, server.baseUrl);
      await page.setViewportSize({ width: breedte, height: 900 });
      try {
        await page.goto('/mijn');
        await h1(page, 'Inloggen').waitFor();
        await demoBanner(page);
        await verwachtToegankelijk(page, `inloggen (${breedte} px)`);
        await page.getByLabel('Burgerservicenummer (BSN)').fill(bsn);
        await page.getByRole('button', { name: 'Inloggen (demo)' }).click();
        await h1(page, 'Mijn zaken').waitFor();
        await demoBanner(page);
        await verwachtToegankelijk(page, `mijn zaken (${breedte} px)`);

        // Find help first: what you can arrange yourself, then the melding.
        await page
          .getByRole('navigation', { name: 'Menu' })
          .getByRole('link', { name: 'Hulp zoeken' })
          .click();
        await h1(page, 'Hulp zoeken').waitFor();
        await page.getByRole('heading', { name: 'Wat kan ik zelf regelen?' }).waitFor();
        await verwachtToegankelijk(page, `hulp zoeken (${breedte} px)`);
        // The sociale kaart: search by question words and wijk, find a voorziening.
        const buurt = page.getByRole('form', { name: 'Hulp in uw buurt zoeken' });
        await buurt.getByLabel('Waar gaat uw vraag over?').fill('eenzaam');
        await buurt.getByLabel('In welke wijk woont u?').selectOption({ label: 'Colmschate-Noord' });
        await buurt.getByRole('button', { name: 'Zoeken' }).click();
        await page.getByRole('status').filter({ hasText: 'Wij hebben 1 plek gevonden.' }).waitFor();
        const gevonden = page.getByRole('heading', { level: 3, name: 'Wandelgroep Colmschate' });
        await gevonden.waitFor();
        await page.getByText('Woensdag 10 uur; aanmelden hoeft niet.').waitFor();
        await expect.poll(() => page.getByText('Buurtkamer Rivierenwijk').count()).toBe(0);
        // Reflow at 320 px: no horizontal scrolling (WCAG 1.4.10).
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(breedte);
        await verwachtToegankelijk(page, `hulp zoeken, gevonden op de sociale kaart (${breedte} px)`);
        await page.getByRole('main').getByRole('link', { name: 'Melding doen' }).click();
        await h1(page, 'Melding doen').waitFor();

        // An empty form names its fields.
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await page.getByText('Schrijf op waar u hulp bij zoekt.').waitFor();
        await verwachtToegankelijk(page, `melding doen met fouten (${breedte} px)`);
        await page
          .getByLabel('Waar heeft u hulp bij nodig?')
          .fill('Ik kan de trap niet meer op en wil hulp in huis.');
        await page.getByLabel('Ja, bel mij').check();
        await page.getByLabel('Uw telefoonnummer').fill('0570 123456');
        await page.getByLabel('Ja, graag').check();
        await page.getByRole('button', { name: 'Melding versturen' }).click();
        await h1(page, 'Wij hebben uw melding ontvangen').waitFor();
        const kenmerk = (await page.locator('.utrecht-alert strong').textContent()) ?? '';
        expect(kenmerk).toMatch(/^M-\d{6}$/);
        await page.getByRole('link', { name: 'Ontvangstbevestiging downloaden (PDF)' }).waitFor();
        await verwachtToegankelijk(page, `melding ontvangen (${breedte} px)`);

        // Mijn zaken: the melding with its onderzoek deadline.
        await page.getByRole('link', { name: 'Bekijk uw melding in Mijn zaken' }).click();
        await h1(page, `Melding ${kenmerk}`).waitFor();
        const meldingId = page.url().split('/').at(-1)!;
        const termijnen = page.getByRole('region', { name: 'Uw termijnen' });
        await termijnen.getByText('Onderzoek klaar uiterlijk').waitFor();
        const zaak = await page.evaluate(
          async (id) => (await fetch(`/api/v1/inwoner/meldingen/${id}`)).json(),
          meldingId,
        );
        await termijnen.getByText(formatDatumLang(zaak.onderzoekUiterlijk)).waitFor();
        await verwachtToegankelijk(page, `mijn melding (${breedte} px)`);

        // The caseworker triages and concludes the onderzoek.
        const onderzoekId = await consulentRondtOnderzoekAf(meldingId);

        // The resident reads the verslag and reacts.
        await page.reload();
        await h1(page, `Melding ${kenmerk}`).waitFor();
        await page.getByRole('link', { name: 'Verslag lezen en reageren' }).click();
        await h1(page, 'Verslag van het gesprek').waitFor();
        await page.getByRole('link', { name: 'Verslag lezen (PDF)' }).waitFor();
        await verwachtToegankelijk(page, `verslag (${breedte} px)`);
        await page.getByLabel('Ik heb opmerkingen of wil iets toevoegen').check();
        await page.getByRole('button', { name: 'Reactie versturen' }).click();
        await page.getByText('Schrijf op wat er volgens u anders moet.').first().waitFor();
        await page
          .getByLabel(/Wat wilt u ons laten weten\?/)
          .fill('Ik heb ook hulp nodig bij de boodschappen.');
        await page.getByRole('button', { name: 'Reactie versturen' }).click();
        await page.getByRole('heading', { name: 'Dank u wel voor uw reactie' }).waitFor();
        await verwachtToegankelijk(page, `reactie verstuurd (${breedte} px)`);

        // A message to the contactpersoon, by keyboard only: type, Tab to the button, Enter.
        await page.getByRole('link', { name: `Terug naar melding ${kenmerk}` }).click();
        await h1(page, `Melding ${kenmerk}`).waitFor();
        await page.getByLabel('Uw bericht').focus();
        await page.keyboard.type('Kunt u na 14 uur bellen?');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bericht sturen');
        await page.keyboard.press('Enter');
        await page.getByText('Uw bericht is verstuurd.').waitFor();
        await page.getByRole('region', { name: 'Berichten' }).getByText('Kunt u na 14 uur bellen?').waitFor();
        // The skip link is the first stop and takes focus to the content.
        await page.reload();
        await h1(page, `Melding ${kenmerk}`).waitFor();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');

        // The caseworker sees the resident's own reaction and message.
        const consulent = await apiKlant(server.baseUrl, 'toegangsmedewerker');
        const o = await consulent.get<{ verslag: { reactie: string; reactieDoor: string } }>(
          `/onderzoeken/${onderzoekId}`,
        );
        await consulent.sluit();
        expect(o.verslag).toMatchObject({
          reactie: 'Ik heb ook hulp nodig bij de boodschappen.',
          reactieDoor: 'inwoner',
        });

        // The caseworker in the staff app: the unread message on the start page, the message and the
        // reaction on the melding and onderzoek pages, and a reply.
        const medewerker = await nieuwePagina(browser, server.baseUrl);
        await medewerker.page.setViewportSize({ width: breedte, height: 900 });
        try {
          const mp = medewerker.page;
          await inloggen(mp, 'toegangsmedewerker');
          const ongelezen = mp.getByRole('region', { name: 'Berichten van inwoners' });
          await ongelezen
            .getByRole('link', { name: new RegExp(`^${kenmerk}: Ria Portaal${breedte}$`) })
            .waitFor();
          await ongelezen.getByText('1 ongelezen bericht').first().waitFor();
          await verwachtToegankelijk(mp, `start met ongelezen berichten (${breedte} px)`);
          await ongelezen.getByRole('link', { name: new RegExp(`^${kenmerk}`) }).click();
          await h1(mp, `Melding ${kenmerk}`).waitFor();
          const gesprek = mp.getByRole('region', { name: 'Berichten met de inwoner (Mijn Wmo)' });
          await gesprek.getByText('Kunt u na 14 uur bellen?').waitFor();
          await gesprek
            .getByRole('textbox', { name: 'Bericht aan de inwoner' })
            .fill('Ik bel u donderdag na 14 uur.');
          await gesprek.getByRole('button', { name: 'Bericht sturen' }).click();
          await gesprek.getByText('Uw bericht staat in het portaal van de inwoner.').waitFor();
          await gesprek.getByText('Ik bel u donderdag na 14 uur.').waitFor();
          await verwachtToegankelijk(mp, `melding met portaalberichten (${breedte} px)`);
          if (breedte === 1280)
            await mp.screenshot({ path: '/tmp/h17-medewerker-berichten.png', fullPage: true });
          await mp.goto(`/meldingen/${meldingId}/onderzoek`);
          await mp
            .getByText('De inwoner gaf deze reactie zelf in het inwonerportaal, met opmerkingen.')
            .waitFor();
          await mp.getByText('Ik heb ook hulp nodig bij de boodschappen.').first().waitFor();
          await mp.goto('/');
          await mp
            .getByRole('region', { name: 'Berichten van inwoners' })
            .getByText('Geen ongelezen berichten uit Mijn Wmo.')
            .waitFor();
          expect(medewerker.fouten).toEqual([]);
        } finally {
          await medewerker.context.close();
        }

        // The resident sees the reply in Mijn Wmo.
        await page.reload();
        await h1(page, `Melding ${kenmerk}`).waitFor();
        await page
          .getByRole('region', { name: 'Berichten' })
          .getByText('Ik bel u donderdag na 14 uur.')
          .waitFor();
        if (breedte === 320) await page.screenshot({ path: '/tmp/h17-inwoner-antwoord.png', fullPage: true });
        expect(fouten).toEqual([]);
      } finally {
        await context.close();
      }
    }, 360_000);
  }
  it('een inwoner die de gemeente nog niet kent: lege Mijn zaken met uitleg, de melding vraagt naam en geboortedatum', async () => {
    const { context, page, fouten } = await nieuwePagina(browser, server.baseUrl);
    await page.setViewportSize({ width: 1280, height: 900 });
    try {
      await page.goto('/mijn');
      await h1(page, 'Inloggen').waitFor();
      await page.getByLabel('Burgerservicenummer (BSN)').fill(volgendBsn());
      await page.getByRole('button', { name: 'Inloggen (demo)' }).click();
      await h1(page, 'Mijn zaken').waitFor();
      await page.getByRole('heading', { name: 'U heeft nog geen zaken bij de gemeente' }).waitFor();
      await page.getByText('U bent ingelogd met DigiD').waitFor();
      if (process.env.SCREENSHOTS) {
        await page.screenshot({ path: `${process.env.SCREENSHOTS}/mijn-nieuw.png`, fullPage: true });
      }
      await verwachtToegankelijk(page, 'mijn zaken van een nieuwe inwoner');
      await page.getByRole('main').getByRole('link', { name: 'Doe dan een melding' }).click();
      await h1(page, 'Melding doen').waitFor();
      await page.getByRole('group', { name: 'Over u' }).waitFor();
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await page.getByText('Vul uw voornamen in.').waitFor();
      expect(await page.getByLabel('Uw voornamen').evaluate((e) => e === document.activeElement)).toBe(true);
      await verwachtToegankelijk(page, 'melding doen, nieuwe inwoner, met fouten');
      await page.getByLabel('Uw voornamen').fill('Noor');
      await page.getByLabel('Uw achternaam').fill('Nieuwkomer');
      await page.getByLabel('Uw geboortedatum').fill('04-03-1950');
      await page.getByLabel('Waar heeft u hulp bij nodig?').fill('Ik woon hier net en kan niet meer koken.');
      await page.getByLabel('Nee, stuur mij liever een brief of bericht').check();
      if (process.env.SCREENSHOTS) {
        await page.screenshot({ path: `${process.env.SCREENSHOTS}/mijn-nieuw-melden.png`, fullPage: true });
      }
      await page.getByRole('button', { name: 'Melding versturen' }).click();
      await h1(page, 'Wij hebben uw melding ontvangen').waitFor();
      await page.getByText('Noor Nieuwkomer').waitFor();
      await page.getByRole('link', { name: 'Bekijk uw melding in Mijn zaken' }).click();
      await page.getByText('Ik woon hier net en kan niet meer koken.').waitFor();
      expect(fouten).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
