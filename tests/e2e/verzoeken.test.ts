import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Client, wmo305, wmo315 } from '../support/verzoeken.ts';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { verwachtToegankelijk } from './support/axe.ts';
import { aanvraagNaOnderzoek, dagenVanaf } from './support/beschikking.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { apiKlant } from './support/onderzoek.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

const THUISZORG = '75750001';
const REFERENTIE = 'E2E-VOT-1';

interface Opgezet {
  client: Client;
  naam: string;
  toewijzingNummer: number;
}

/**
 * Through the API, as the beschikking screens would: a vastgestelde beschikking (four eyes) with hulp bij
 * het huishouden in natura at Thuiszorg IJsselstreek from today, so a toewijzing exists.
 */
async function clientMetToewijzing(baseUrl: string, achternaam: string): Promise<Opgezet> {
  const a = await aanvraagNaOnderzoek(baseUrl, achternaam);
  const bo = await apiKlant(baseUrl, 'backoffice');
  const bo2 = await apiKlant(baseUrl, 'backoffice-2');
  try {
    const producten =
      await bo.get<Array<{ id: string; naam: string; aanbieders: Array<{ id: string; naam: string }> }>>(
        '/producten?gemeente=0150',
      );
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const b = await bo.post<{ id: string; versie: number; persoon: { id: string } }>(
      `/aanvragen/${a.aanvraagId}/beschikkingen`,
      {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Zie het onderzoek.',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders.find((x) => x.naam === 'Thuiszorg IJsselstreek')!.id,
            ingangsdatum: dagenVanaf(0),
            einddatum: dagenVanaf(364),
          },
        ],
      },
    );
    await bo2.post(`/beschikkingen/${b.id}/vaststelling`, {
      versie: b.versie,
      besluitdatum: dagenVanaf(0),
      bekendgemaaktOp: dagenVanaf(0),
    });
    const p = await bo.get<{ bsn: string; geboortedatum: string; geslacht: string }>(
      `/personen/${b.persoon.id}`,
    );
    const berichten = await bo.get<{ items: Array<{ id: string }> }>(
      `/iwmo-berichten?berichtcode=WMO301&persoon=${b.persoon.id}`,
    );
    const xml = await (await bo.api.get(`/api/v1/iwmo-berichten/${berichten.items[0]!.id}`)).text();
    const nummer = /<wmo301:ToewijzingNummer>(\d+)</.exec(xml)?.[1];
    if (!nummer) throw new Error('Geen toewijzingnummer in de WMO301');
    return {
      client: {
        bsn: p.bsn,
        geboortedatum: p.geboortedatum,
        geslacht: p.geslacht === 'man' ? '1' : p.geslacht === 'vrouw' ? '2' : '0',
        achternaam,
      },
      naam: a.naam,
      toewijzingNummer: Number(nummer),
    };
  } finally {
    await bo.sluit();
    await bo2.sluit();
  }
}

describe.skipIf(zonderChromium)('iWmo-berichten inlezen en verzoeken beantwoorden in de browser', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];
  let map: string;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
    map = await fs.mkdtemp(path.join(os.tmpdir(), 'ot-e2e-iwmo-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (map) await fs.rm(map, { recursive: true, force: true });
  });
  beforeEach(async () => {
    ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
  });
  afterEach(async () => {
    await context?.close();
    expect(fouten, 'fouten in de browser').toEqual([]);
  });

  it('backoffice leest bestanden in (aanvaard en geweigerd met codes), meldt "in onderzoek" en wijst het verzoek toe', async () => {
    const o = await clientMetToewijzing(server.baseUrl, 'Verzoekster');
    const vandaag = dagenVanaf(0);
    const afzender = (identificatie: string) => ({
      agb: THUISZORG,
      gemeente: '0150',
      identificatie,
      dagtekening: vandaag,
    });
    const verzoek = path.join(map, 'verzoek.xml');
    await fs.writeFile(
      verzoek,
      wmo315(afzender('E2E-1'), o.client, [
        {
          referentie: REFERENTIE,
          categorie: '01',
          code: '01A01',
          ingangsdatum: dagenVanaf(14),
          einddatum: dagenVanaf(200),
          omvang: { volume: 4, eenheid: '04', frequentie: '2' },
          commentaar: 'Meer uren nodig na de val.',
        },
      ]),
    );
    const start = path.join(map, 'start.xml');
    const startProduct = {
      nummer: o.toewijzingNummer,
      categorie: '01',
      code: '01A01',
      toewijzingIngangsdatum: vandaag,
      begindatum: vandaag,
    };
    await fs.writeFile(start, wmo305(afzender('E2E-2'), o.client, startProduct));
    const vervalst = path.join(map, 'vervalst.xml');
    await fs.writeFile(vervalst, wmo305(afzender('E2E-3'), { ...o.client, bsn: '123456789' }, startProduct));

    await inloggen(page, 'backoffice');
    const menu = await hoofdmenu(page).getByRole('link').allTextContents();
    expect(menu).toEqual(expect.arrayContaining(['iWmo-verzoeken', 'iWmo inlezen']));

    // Upload: without a file the field says so; then three files, each on its own.
    await hoofdmenu(page).getByRole('link', { name: 'iWmo inlezen' }).click();
    await h1(page, 'iWmo-berichten inlezen').waitFor();
    await verwachtToegankelijk(page, 'het inleesscherm');
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByText('Kies een of meer XML-bestanden.').waitFor();
    expect(await page.getByLabel('Berichtbestanden (XML)').getAttribute('aria-invalid')).toBe('true');
    await verwachtToegankelijk(page, 'het inleesscherm zonder bestand');
    await page.getByLabel('Berichtbestanden (XML)').setInputFiles([verzoek, start, vervalst]);
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await h1(page, 'iWmo-berichten inlezen').waitFor();
    await page.getByRole('heading', { name: 'Resultaat: 2 bestanden aanvaard, 1 geweigerd' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaat-kop');
    await page.getByRole('heading', { name: 'start.xml: aanvaard (WMO305 Start zorg)' }).waitFor();
    await page.getByText(`Start levering verwerkt op toewijzing ${o.toewijzingNummer}.`).waitFor();
    await page.getByRole('heading', { name: 'vervalst.xml: geweigerd' }).waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: /^CS002: / })
      .first()
      .waitFor();
    await verwachtToegankelijk(page, 'het resultaat van het inlezen');

    // The new verzoek: from the result to its page.
    await page.getByRole('link', { name: `verzoek ${REFERENTIE} behandelen` }).click();
    await h1(page, `Verzoek ${REFERENTIE}`).waitFor();
    await page
      .getByText(`Verzoek om toewijzing (WMO315) van Thuiszorg IJsselstreek voor ${o.naam}`)
      .waitFor();
    const gevraagd = page.getByRole('table', { name: `Gevraagd in verzoek ${REFERENTIE}` });
    const regel = gevraagd.getByRole('row', { name: /Hulp bij het huishouden \(01A01\)/ });
    await regel.getByRole('cell', { name: '4 uur per week' }).waitFor();
    await regel.getByText('Meer uren nodig na de val.').waitFor();
    await verwachtToegankelijk(page, 'een open verzoek');

    // In onderzoek (WMO319): once; the form goes away afterwards.
    await page.getByRole('button', { name: 'Melden: in onderzoek (WMO319)' }).click();
    await page
      .getByText(`De aanbieder krijgt bericht dat verzoek ${REFERENTIE} in onderzoek is (WMO319).`)
      .waitFor();
    await page
      .getByRole('definition')
      .filter({ hasText: /^In onderzoek$/ })
      .waitFor();
    await page.getByRole('link', { name: /^WMO319 \d+ downloaden \(XML\)$/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Melden: in onderzoek (WMO319)' }).count()).toBe(0);
    await verwachtToegankelijk(page, 'het verzoek in onderzoek');

    // Afwijzen without a reason: the error stands next to the field.
    await page.getByRole('button', { name: 'Afwijzen en WMO319 klaarzetten' }).click();
    await page.getByRole('heading', { name: 'Controleer de volgende velden' }).waitFor();
    const reden = page.getByLabel('Reden van afwijzing');
    expect(await reden.getAttribute('aria-invalid')).toBe('true');
    await verwachtToegankelijk(page, 'de afwijzing zonder reden');

    // Toewijzen with the client's voorziening: a WMO301 with the referentie.
    const keuze = page.getByRole('checkbox', { name: new RegExp(`toewijzing ${o.toewijzingNummer}`) });
    expect(await keuze.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Toewijzen en WMO301 klaarzetten' }).click();
    await page
      .getByText(`Verzoek ${REFERENTIE} is toegewezen. De toewijzing (WMO301) staat klaar voor de aanbieder.`)
      .waitFor();
    await page.getByText('Dit verzoek is beantwoord.').waitFor();
    await page.getByText(`Toewijzing ${o.toewijzingNummer}`, { exact: false }).first().waitFor();
    const link = page.getByRole('link', { name: /^WMO301 \d+ downloaden \(XML\)$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const xml = await fs.readFile(await download.path(), 'utf8');
    expect(xml).toContain(`<wmo301:ReferentieAanbieder>${REFERENTIE}</wmo301:ReferentieAanbieder>`);
    await verwachtToegankelijk(page, 'het toegewezen verzoek');

    // The worklist: open by default (now empty), toegewezen on request.
    await hoofdmenu(page).getByRole('link', { name: 'iWmo-verzoeken' }).click();
    await h1(page, 'iWmo-verzoeken').waitFor();
    await page.getByText('Er zijn geen verzoeken voor deze keuze.').waitFor();
    await verwachtToegankelijk(page, 'de lege werklijst');
    await page.getByLabel('Status').selectOption('toegewezen');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/status=toegewezen/);
    const lijst = page.getByRole('table', { name: 'Toegewezen verzoeken: 1 verzoek' });
    const rij = lijst.getByRole('row', { name: new RegExp(REFERENTIE) });
    await rij.getByRole('cell', { name: o.naam }).waitFor();
    await rij
      .getByRole('cell', { name: 'Gevraagd: Hulp bij het huishouden (01A01), 4 uur per week' })
      .waitFor();
    await verwachtToegankelijk(page, 'de werklijst met toegewezen verzoeken');
  });

  it('een toegangsmedewerker ziet de schermen niet', async () => {
    await inloggen(page, 'toegangsmedewerker');
    const menu = await hoofdmenu(page).getByRole('link').allTextContents();
    expect(menu).not.toContain('iWmo-verzoeken');
    expect(menu).not.toContain('iWmo inlezen');
    await page.goto('/iwmo-verzoeken');
    await h1(page, 'Geen toegang').waitFor();
    await page.goto('/iwmo-inlezen');
    await h1(page, 'Geen toegang').waitFor();
  });
});
