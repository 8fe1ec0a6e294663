import { type APIRequestContext, type Page, request } from 'playwright-core';
import { expect } from 'vitest';
import { focus } from './app.ts';
import { E2E_WACHTWOORD } from './server.ts';

/** Today in the Netherlands, as the server counts it ('YYYY-MM-DD'). */
export function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

export interface ApiSessie {
  api: APIRequestContext;
  /** POST with the session's CSRF token; fails the test on anything but 2xx. */
  post<T>(pad: string, body: unknown): Promise<T>;
  get<T>(pad: string): Promise<T>;
  sluit(): Promise<void>;
}

/**
 * A logged-in API client (own cookie jar) for a test's preparations: what the test is not about
 * is set up through the API, quickly and without touching the page under test.
 */
export async function apiSessie(baseUrl: string, gebruikersnaam: string): Promise<ApiSessie> {
  const api = await request.newContext({ baseURL: baseUrl });
  const res = await api.post('/api/v1/sessies', { data: { gebruikersnaam, wachtwoord: E2E_WACHTWOORD } });
  if (!res.ok()) throw new Error(`Inloggen als ${gebruikersnaam}: ${res.status()} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    api,
    async post<T>(pad: string, body: unknown) {
      const r = await api.post(`/api/v1${pad}`, { data: body, headers: { 'X-CSRF-Token': csrfToken } });
      if (!r.ok()) throw new Error(`POST ${pad}: ${r.status()} ${await r.text()}`);
      return (await r.json()) as T;
    },
    async get<T>(pad: string) {
      const r = await api.get(`/api/v1${pad}`);
      if (!r.ok()) throw new Error(`GET ${pad}: ${r.status()} ${await r.text()}`);
      return (await r.json()) as T;
    },
    sluit: () => api.dispose(),
  };
}

/** A melding body for a new person in Deventer (postcode 7411 AB: wijk Binnenstad). */
export function meldingVoorNieuwePersoon(
  persoon: { bsn: string; achternaam: string; voornamen?: string },
  overrides: Record<string, unknown> = {},
) {
  return {
    soort: 'melding',
    ontvangstdatum: vandaag(),
    kanaal: 'telefoon',
    melder: { type: 'inwoner' },
    hulpvraag: 'Ik red het niet meer met de boodschappen en het huishouden.',
    leefgebieden: ['instrumentele-adl'],
    clientondersteuningAangeboden: true,
    nieuwePersoon: {
      voornamen: 'Test',
      geboortedatum: '1950-01-01',
      adres: { straat: 'Brink', huisnummer: 1, postcode: '7411 AB', woonplaats: 'Deventer' },
      ...persoon,
    },
    ...overrides,
  };
}

/** Presses Tab until `doel` has focus (at most `max` times): keyboard-only navigation in a test. */
export async function tabNaar(
  page: Page,
  doel: (f: { id: string; tekst: string; tag: string }) => boolean,
  max = 40,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (doel(await focus(page))) return;
    await page.keyboard.press('Tab');
  }
  expect(doel(await focus(page)), `focus na ${max} keer Tab: ${JSON.stringify(await focus(page))}`).toBe(
    true,
  );
}
