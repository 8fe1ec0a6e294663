import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { focus, h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { aanvraagNaOnderzoek, dagenVanaf, regel, vulRegelIn } from './support/beschikking.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiKlant, begintMet } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const HBH = 'Hulp bij het huishouden (uur per week)';
const BEGELEIDING = 'Begeleiding individueel (uur per week)';
const THUISZORG = 'Thuiszorg IJsselstreek (AGB 75750001)';
const ZIN = 'Zorg in natura (ZIN)';
const PGB = 'Persoonsgebonden budget (pgb)';

async function uitloggen(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await h1(page, 'Inloggen').waitFor();
}

describe.skipIf(zonderChromium)(
  'beschikking, vier ogen, brief, iWmo-berichten en herindicaties in de browser',
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

    it('backoffice stelt een beschikking op (ZIN en pgb), mag niet zelf vaststellen; een collega stelt vast; brief, WMO301 en herindicatie volgen', async () => {
      const a = await aanvraagNaOnderzoek(server.baseUrl, 'Beschikking');
      const ingang = dagenVanaf(7);
      const einde = dagenVanaf(7 + 364);
      const herindicatie = dagenVanaf(7 + 300);

      // The backoffice menu has the new screens.
      await inloggen(page, 'backoffice');
      expect(await hoofdmenu(page).getByRole('link').allTextContents()).toEqual([
        'Start',
        'Te controleren',
        'Te beschikken',
        'Herindicaties',
        'Bezwaren',
        'iWmo-berichten',
        'iWmo-verzoeken',
        'iWmo inlezen',
        'Declaraties',
        'Goedgekeurde bedragen',
        'Levering aan CBS',
        'Klachten',
      ]);

      // From the melding's aanvragen to the form.
      await page.goto(`/meldingen/${a.meldingId}/aanvragen`);
      await h1(page, `Aanvragen van ${a.naam}`).waitFor();
      const aanvragen = page.getByRole('table', { name: /^Aanvragen van melding M-\d{6}: 1 aanvraag$/ });
      await aanvragen.getByRole('cell', { name: 'Ingediend, nog niet besloten' }).waitFor();
      await verwachtToegankelijk(page, 'de aanvragen van een melding');
      await aanvragen.getByRole('link', { name: /^Beschikking opstellen/ }).click();
      await h1(page, 'Beschikking opstellen').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/aanvragen/${a.aanvraagId}/beschikking`);
      // What the onderzoek found stands next to the form: the motivering refers to it.
      await page
        .getByRole('region', { name: 'Uit het onderzoek' })
        .getByText('Mevrouw heeft hulp bij het huishouden en begeleiding nodig.')
        .waitFor();
      await regel(page, 1).getByRole('option', { name: HBH }).waitFor({ state: 'attached' });
      expect(await page.title()).toBe(`Beschikking opstellen voor ${a.naam} – Open Toegang`);
      await verwachtToegankelijk(page, 'het lege beschikkingsformulier');

      // Line 1: hulp bij het huishouden in natura; the aanbieders are the product's contracted ones.
      await vulRegelIn(page, 1, {
        product: HBH,
        omvang: '3',
        leveringsvorm: ZIN,
        aanbieder: THUISZORG,
        ingangsdatum: ingang,
        einddatum: einde,
        herindicatiedatum: herindicatie,
        motivering:
          'Uit het onderzoek blijkt dat mevrouw haar huis niet zelf kan schoonhouden (stap 2 en 5).',
      });
      const aanbieders = await regel(page, 1)
        .getByRole('combobox', { name: 'Aanbieder' })
        .locator('option')
        .allTextContents();
      expect(aanbieders).toEqual(['Kies een aanbieder', THUISZORG, 'Zorggroep De Linde (AGB 75750002)']);
      await regel(page, 1).getByText('Omvang in uur per week', { exact: false }).waitFor();

      // Line 2, added by keyboard: focus goes to the new line's first choice.
      await page.getByRole('button', { name: 'Nog een voorziening toevoegen' }).click();
      expect((await focus(page)).id).toMatch(/^vz-r\d+-besluit-toekenning$/);
      await vulRegelIn(page, 2, {
        product: BEGELEIDING,
        omvang: '2',
        leveringsvorm: PGB,
        ingangsdatum: ingang,
        einddatum: einde,
        motivering: 'Mevrouw wil de begeleiding zelf inkopen bij iemand die zij kent.',
      });
      // pgb: no aanbieder to choose.
      expect(await regel(page, 2).getByRole('combobox', { name: 'Aanbieder' }).count()).toBe(0);
      await verwachtToegankelijk(page, 'het ingevulde beschikkingsformulier');

      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      const beschikkingPad = new URL(page.url()).pathname;
      expect(beschikkingPad).toMatch(/^\/beschikkingen\/[0-9a-f-]{36}$/);
      await page.getByText(/^Het concept van beschikking B-\d{6} is opgeslagen\./).waitFor();
      await page.getByText('Concept (nog niet vastgesteld)').waitFor();
      const lijnen = page.getByRole('table', { name: /^Voorzieningen in beschikking B-\d{6}$/ });
      const hbh = lijnen.getByRole('row', { name: /Hulp bij het huishouden/ });
      await hbh.getByRole('cell', { name: '3 uur per week' }).waitFor();
      await hbh.getByRole('cell', { name: 'Thuiszorg IJsselstreek' }).waitFor();
      // pgb: 2 uur × € 49,60 × 52 weken.
      await lijnen
        .getByRole('row', { name: /Begeleiding individueel/ })
        .getByText(/^pgb-budget €\s5\.158,40 per jaar$/)
        .waitFor();
      await page.getByRole('main').getByText('Bram Oosterhuis').waitFor();

      // Four eyes: the drafter sees the state, not a button the API would refuse (issue 15).
      await page.getByRole('heading', { name: 'Wacht op controle door een collega' }).waitFor();
      expect(await page.getByRole('button', { name: 'Beschikking vaststellen' }).count()).toBe(0);
      await page.getByText('Concept (nog niet vastgesteld)').waitFor();
      await verwachtToegankelijk(page, 'het concept voor de opsteller');
      await uitloggen(page);

      // A colleague finds it in the worklist "Te controleren" and fixes it.
      await inloggen(page, 'backoffice-2');
      await hoofdmenu(page)
        .getByRole('link', { name: /^Te controleren/ })
        .click();
      await h1(page, 'Te controleren').waitFor();
      await page
        .getByRole('row', { name: /Bram Oosterhuis/ })
        .getByRole('link', { name: /^B-\d{6}$/ })
        .first()
        .click();
      await verwachtToegankelijk(page, 'de lijst te controleren');
      expect(new URL(page.url()).pathname).toBe(beschikkingPad);
      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      await page.getByRole('heading', { name: 'Controleren en vaststellen' }).waitFor();
      expect(await page.getByRole('heading', { name: 'Wacht op controle door een collega' }).count()).toBe(0);
      await verwachtToegankelijk(page, 'het concept voor een collega');
      await page.getByRole('button', { name: 'Beschikking vaststellen' }).click();
      await page.getByText(/^Beschikking B-\d{6} is vastgesteld\./).waitFor();
      await page.getByRole('main').getByText('Ilse Brinkman').waitFor();
      await page.getByText('Bezwaar uiterlijk').waitFor();
      expect(await page.getByRole('button', { name: 'Beschikking vaststellen' }).count()).toBe(0);
      await verwachtToegankelijk(page, 'de vastgestelde beschikking');

      // The letter.
      const [brief] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Beschikkingsbrief downloaden (PDF)' }).click(),
      ]);
      expect(await begintMet(brief)).toBe('%PDF-');
      expect(brief.suggestedFilename()).toMatch(/^beschikking-B-\d{6}\.pdf$/);

      // One toewijzing (the ZIN line), downloadable from the beschikking and from the outbox list.
      const berichtLink = page.getByRole('link', { name: /^WMO301 \d+ downloaden \(XML\)$/ });
      expect(await berichtLink.count()).toBe(1);
      const berichtNaam = (await berichtLink.textContent())!.trim();
      await hoofdmenu(page).getByRole('link', { name: 'iWmo-berichten' }).click();
      await h1(page, 'iWmo-berichten').waitFor();
      await page.getByLabel('Berichtcode').selectOption('WMO301');
      await page.getByLabel('Status').selectOption('klaar');
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL(/berichtcode=WMO301/);
      const berichten = page.getByRole('table', {
        name: /^WMO301 Toewijzing, status klaar om te verzenden: \d+ (bericht|berichten)$/,
      });
      const rij = berichten.getByRole('row').filter({ has: page.getByRole('link', { name: berichtNaam }) });
      await rij.getByRole('cell', { name: 'Thuiszorg IJsselstreek' }).waitFor();
      await rij.getByRole('cell', { name: 'Klaar om te verzenden' }).waitFor();
      await verwachtToegankelijk(page, 'de lijst met iWmo-berichten');
      const [xml] = await Promise.all([
        page.waitForEvent('download'),
        rij.getByRole('link', { name: berichtNaam }).click(),
      ]);
      expect(xml.suggestedFilename()).toMatch(/^WMO301-\d+\.xml$/);
      const inhoud = await fs.readFile(await xml.path(), 'utf8');
      expect(inhoud.startsWith('<?xml')).toBe(true);
      expect(inhoud).toContain('<wmo301:Bericht');
      expect(inhoud).toContain(`<wmo301:Ingangsdatum>${ingang}</wmo301:Ingangsdatum>`);

      // The herindicatie worklist knows the new voorzieningen within 24 months (not within 3).
      await hoofdmenu(page).getByRole('link', { name: 'Herindicaties' }).click();
      await h1(page, 'Herindicaties').waitFor();
      await page
        .getByRole('table', { name: /^Voorzieningen die binnen 3 maanden aflopen/ })
        .or(page.getByText('Er lopen in deze periode geen voorzieningen af'))
        .first()
        .waitFor();
      expect(await page.getByRole('row', { name: new RegExp(a.naam) }).count()).toBe(0);
      await page.getByLabel('Aflopend binnen').selectOption('24');
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL(/maanden=24/);
      const herindicaties = page.getByRole('table', {
        name: /^Voorzieningen die binnen 24 maanden aflopen: \d+ (voorziening|voorzieningen)$/,
      });
      const hbhRij = herindicaties.getByRole('row', {
        name: new RegExp(`${a.naam}.*Hulp bij het huishouden`),
      });
      await hbhRij.waitFor();
      await herindicaties
        .getByRole('row', { name: new RegExp(`${a.naam}.*Begeleiding individueel`) })
        .waitFor();
      await hbhRij.getByRole('cell', { name: /^B-\d{6}$/ }).waitFor();
      await verwachtToegankelijk(page, 'de herindicaties over 24 maanden');
      // A filter on another productcategorie leaves them out.
      await page.getByLabel('Productcategorie').selectOption({ label: 'Dagbesteding' });
      await page.getByRole('button', { name: 'Filteren' }).click();
      await page.waitForURL(/productcategorie=07/);
      await page.getByText('Er lopen in deze periode geen voorzieningen af voor deze keuze.').waitFor();
    });

    it('OP043: hetzelfde product als pgb en ZIN staat als fout bij de leveringsvorm van de juiste regel en de invoer blijft staan', async () => {
      const a = await aanvraagNaOnderzoek(server.baseUrl, 'Overlap');
      const ingang = dagenVanaf(7);
      const einde = dagenVanaf(180);
      await inloggen(page, 'backoffice');
      await page.goto(`/aanvragen/${a.aanvraagId}/beschikking`);
      await h1(page, 'Beschikking opstellen').waitFor();
      await regel(page, 1).getByRole('option', { name: HBH }).waitFor({ state: 'attached' });
      await vulRegelIn(page, 1, {
        product: HBH,
        omvang: '3',
        leveringsvorm: ZIN,
        aanbieder: THUISZORG,
        ingangsdatum: ingang,
        einddatum: einde,
        motivering: 'Zwaar huishoudelijk werk door de aanbieder.',
      });
      await page.getByRole('button', { name: 'Nog een voorziening toevoegen' }).click();
      await vulRegelIn(page, 2, {
        product: HBH,
        omvang: '2',
        leveringsvorm: PGB,
        ingangsdatum: ingang,
        einddatum: einde,
        motivering: 'Licht huishoudelijk werk zelf ingekocht.',
      });
      await page.getByRole('button', { name: 'Concept opslaan' }).click();

      // The summary names the line and the field, and takes the focus.
      const samenvatting = page.locator('.ot-fout-samenvatting');
      await samenvatting.getByRole('heading', { name: 'Controleer de volgende velden' }).waitFor();
      const foutLink = samenvatting.getByRole('link', {
        name: /^Voorziening 2: leveringsvorm: .*\(iWmo OP043\)\.$/,
      });
      await foutLink.waitFor();
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('ot-fout-samenvatting');

      // Next to the leveringsvorm of line 2, not of line 1.
      const leveringsvorm2 = regel(page, 2).getByRole('group', { name: 'Leveringsvorm' });
      await leveringsvorm2.getByText(/pgb én als zorg in natura .*\(iWmo OP043\)/).waitFor();
      expect(await regel(page, 1).getByText(/OP043/).count()).toBe(0);
      const foutId = await leveringsvorm2.getByText(/OP043/).getAttribute('id');
      expect(foutId).toMatch(/^vz-r\d+-leveringsvorm-fout$/);
      expect(await leveringsvorm2.getAttribute('aria-describedby')).toContain(foutId!);

      // Everything typed is still there.
      expect(
        await regel(page, 2)
          .getByRole('textbox', { name: /^Omvang/ })
          .inputValue(),
      ).toBe('2');
      expect(await regel(page, 2).getByRole('radio', { name: PGB }).isChecked()).toBe(true);
      expect(await regel(page, 2).getByRole('textbox', { name: 'Motivering' }).inputValue()).toBe(
        'Licht huishoudelijk werk zelf ingekocht.',
      );
      expect(await regel(page, 1).getByRole('combobox', { name: 'Aanbieder' }).inputValue()).not.toBe('');
      await verwachtToegankelijk(page, 'het formulier met de OP043-fout');

      // The summary's link takes the keyboard user to the field.
      await foutLink.click();
      expect((await focus(page)).id).toMatch(/^vz-r\d+-leveringsvorm-zin$/);

      // Line 2 becomes begeleiding: accepted.
      await regel(page, 2).getByRole('combobox', { name: 'Product' }).selectOption({ label: BEGELEIDING });
      await page.getByRole('button', { name: 'Concept opslaan' }).click();
      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      await page
        .getByRole('row', { name: /Begeleiding individueel/ })
        .getByText(/^pgb-budget €\s5\.158,40 per jaar$/)
        .waitFor();

      // The concept can still be changed: the form starts from what is stored.
      await page.getByRole('link', { name: 'Concept wijzigen' }).click();
      await h1(page, /^Beschikking B-\d{6} wijzigen$/).waitFor();
      const omvang1 = regel(page, 1).getByRole('textbox', { name: /^Omvang/ });
      await expect.poll(() => omvang1.inputValue()).toBe('3');
      expect(await regel(page, 2).getByRole('combobox', { name: 'Product' }).inputValue()).not.toBe('');
      await verwachtToegankelijk(page, 'het concept wijzigen');
      await omvang1.fill('4');
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      await page.getByText(/^De wijzigingen in concept B-\d{6} zijn opgeslagen\.$/).waitFor();
      await page
        .getByRole('row', { name: /Hulp bij het huishouden/ })
        .getByRole('cell', { name: '4 uur per week' })
        .waitFor();
    });

    it('een teamleider ziet een concept alleen in en kan geen beschikking opstellen', async () => {
      const a = await aanvraagNaOnderzoek(server.baseUrl, 'Inzage');
      const bo = await apiKlant(server.baseUrl, 'backoffice');
      let beschikkingId: string;
      try {
        const producten = await bo.get<Array<{ id: string; naam: string }>>('/producten?gemeente=0150');
        const b = await bo.post<{ id: string }>(`/aanvragen/${a.aanvraagId}/beschikkingen`, {
          voorzieningen: [
            {
              besluit: 'toekenning',
              motivering: 'Begeleiding bij de administratie, zie het onderzoek.',
              productId: producten.find((p) => p.naam === 'Begeleiding individueel')!.id,
              volume: 1,
              leveringsvorm: 'pgb',
              ingangsdatum: dagenVanaf(7),
            },
          ],
        });
        beschikkingId = b.id;
      } finally {
        await bo.sluit();
      }

      await inloggen(page, 'teamleider');
      await page.goto(`/beschikkingen/${beschikkingId}`);
      await h1(page, /^Beschikking B-\d{6}$/).waitFor();
      await page
        .getByText('Deze beschikking is nog een concept. De backoffice controleert en stelt haar vast.')
        .waitFor();
      await page
        .getByRole('row', { name: /Begeleiding individueel/ })
        .getByRole('cell', { name: 'Vanaf', exact: false })
        .waitFor();
      expect(await page.getByRole('heading', { name: 'Controleren en vaststellen' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Concept wijzigen' }).count()).toBe(0);
      await verwachtToegankelijk(page, 'het concept voor de teamleider');

      await page.goto(`/aanvragen/${a.aanvraagId}/beschikking`);
      await h1(page, 'Geen toegang').waitFor();
      await page.goto(`/beschikkingen/${beschikkingId}/wijzigen`);
      await h1(page, 'Geen toegang').waitFor();
    });
  },
);
