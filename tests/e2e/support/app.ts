import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_WACHTWOORD } from './server.ts';

export interface TestPagina {
  context: BrowserContext;
  page: Page;
  /**
   * Uncaught errors and console errors in the page, e.g. a script or style the CSP blocked. The
   * browser's own line for an API answer 4xx is left out: 401, 400, 409 and 429 are expected.
   */
  fouten: string[];
}

/** A fresh browser context (own cookies) with one page, Dutch and in the municipality's time zone. */
export async function nieuwePagina(browser: Browser, baseUrl: string): Promise<TestPagina> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  // Playwright's auto-waiting covers the slow parts; 15 s keeps a real hang from eating the test timeout.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const fouten: string[] = [];
  page.on('pageerror', (err) => fouten.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())) return;
    fouten.push(`console: ${msg.text()}`);
  });
  return { context, page, fouten };
}

export function h1(page: Page, naam: string | RegExp) {
  return page.getByRole('heading', { level: 1, name: naam });
}

export function hoofdmenu(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' });
}

/** Logs in through the login form and waits for the start page. */
export async function inloggen(page: Page, gebruikersnaam: string): Promise<void> {
  await page.goto('/inloggen');
  await h1(page, 'Inloggen').waitFor();
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(E2E_WACHTWOORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await h1(page, /^Welkom, /).waitFor();
}

/** The element that has focus, described by id or text, for keyboard tests. */
export function focus(page: Page): Promise<{ id: string; tekst: string; tag: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', tekst: el?.textContent?.trim() ?? '', tag: el?.tagName.toLowerCase() ?? '' };
  });
}

/** '2026-12-07' → '07-12-2026': how the Dutch date entry (DatumInvoer) shows a date. */
export function nlDatum(iso: string): string {
  return iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3-$2-$1');
}
