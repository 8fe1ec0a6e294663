import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { h1, hoofdmenu, inloggen, nieuwePagina } from './support/app.ts';
import { dagenVanaf, type VastgesteldeBeschikking, vastgesteldeBeschikking } from './support/beschikking.ts';
import { startBrowser, zonderChromium } from './support/browser.ts';
import { type E2eServer, startE2eServer } from './support/server.ts';

/**
 * Issue 15, item 3: dates and numbers in Dutch form everywhere. Walks every menu screen of the main
 * roles (and the pages of one case) and fails on what a person should never read: an ISO
 * timestamp or date, a database function name, "p90", or a number with a decimal point.
 */
const VERBODEN: Array<[string, RegExp]> = [
  ['ISO-tijdstip', /\d{4}-\d{2}-\d{2}T\d{2}/],
  ['ISO-datum', /(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/],
  ['databasefunctie', /percentile_cont|percentile_disc/i],
  ['percentielcode', /(?<![\w-])p[1-9]\d(?![\w-])/i],
  // "0.75", "1.5": a decimal point; "5.158,40" (thousands) and "2.3.2" (an article) are fine.
  ['decimale punt', /(?<![\d.,\w])\d+\.\d{1,2}(?![\d.,])/],
];

/** References to rules and standards ("BIO 5.15–5.18", "Awb titel 4.1", "iWmo 3.2") are no numbers. */
const VERWIJZING =
  /\b(?:iWmo|BIO|titel|art\.?|artikel|lid|versie|WCAG|NEN|EN)\s+\d+(?:\.\d+)+(?:\s*(?:\/|–|-|en)\s*\d+(?:\.\d+)+)*/g;

/** What is wrong in the visible text of the page's main content, as "label: match". */
async function bevindingen(page: Page): Promise<string[]> {
  const tekst = (await page.locator('main').innerText()).replace(VERWIJZING, '');
  return VERBODEN.flatMap(([naam, re]) => {
    const m = new RegExp(re.source, `${re.flags.replace('g', '')}g`);
    return [...tekst.matchAll(m)].map((x) => {
      const rond = tekst.slice(Math.max(0, x.index - 30), x.index + x[0].length + 30).replaceAll('\n', ' ');
      return `${naam}: "${x[0]}" in "…${rond}…"`;
    });
  });
}

async function bekijk(page: Page, pad: string): Promise<string[]> {
  await page.goto(pad);
  await h1(page, /.+/).waitFor();
  await page.waitForLoadState('networkidle');
  await page
    .getByText('Gegevens worden geladen…')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  return (await bevindingen(page)).map((b) => `${pad} — ${b}`);
}

describe.skipIf(zonderChromium)('Nederlandse datums en getallen op elk hoofdscherm', () => {
  let server: E2eServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fouten: string[];
  let zaak: VastgesteldeBeschikking;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await startBrowser();
    zaak = await vastgesteldeBeschikking(server.baseUrl, 'Formaatscan', {
      ingangsdatum: dagenVanaf(1),
      einddatum: dagenVanaf(365),
      volume: 3,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    await context?.close();
    expect(fouten, 'fouten in de browser').toEqual([]);
  });

  it('de menuschermen van elke hoofdrol', async () => {
    const gevonden: string[] = [];
    for (const rol of ['toegangsmedewerker', 'backoffice', 'teamleider', 'beleid', 'beheer', 'auditor']) {
      ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
      await inloggen(page, rol);
      const paden = await hoofdmenu(page)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const pad of paden) gevonden.push(...(await bekijk(page, pad)).map((b) => `${rol} ${b}`));
      await context.close();
    }
    expect(gevonden).toEqual([]);
  });

  it('de schermen van één zaak: melding, persoon, beschikking', async () => {
    ({ context, page, fouten } = await nieuwePagina(browser, server.baseUrl));
    await inloggen(page, 'toegangsmedewerker');
    const gevonden: string[] = [];
    for (const pad of [
      `/meldingen/${zaak.meldingId}`,
      `/personen/${zaak.persoonId}`,
      `/beschikkingen/${zaak.beschikkingId}`,
    ])
      gevonden.push(...(await bekijk(page, pad)));
    expect(gevonden).toEqual([]);
  });
});
