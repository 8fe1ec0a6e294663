import fs from 'node:fs/promises';
import { type APIRequestContext, type Download, type Page, request } from 'playwright-core';
import { nieuweMelding, volgendBsn } from '../../support/intake.ts';
import { volledigeStappen } from '../../support/onderzoek.ts';
import { E2E_WACHTWOORD } from './server.ts';

export { volledigeStappen };

const isoFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A date `n` days before today in the Netherlands, as the server counts ('YYYY-MM-DD'). */
export function dagenGeleden(n: number): string {
  return isoFormat.format(new Date(Date.now() - n * 24 * 3600 * 1000));
}

export interface ApiKlant {
  api: APIRequestContext;
  get<T>(pad: string): Promise<T>;
  post<T>(pad: string, body: unknown): Promise<T>;
  patch<T>(pad: string, body: unknown): Promise<T>;
  sluit(): Promise<void>;
}

/**
 * A logged-in API client with its own cookie jar, for what a test is not about (setting up a
 * melding, a colleague's change, checking what was stored). Fails the test on anything but 2xx.
 */
export async function apiKlant(baseUrl: string, gebruikersnaam: string): Promise<ApiKlant> {
  const api = await request.newContext({ baseURL: baseUrl });
  const res = await api.post('/api/v1/sessies', { data: { gebruikersnaam, wachtwoord: E2E_WACHTWOORD } });
  if (!res.ok()) throw new Error(`Inloggen als ${gebruikersnaam}: ${res.status()} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  async function json<T>(wat: string, r: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
    if (!r.ok()) throw new Error(`${wat}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as T;
  }
  return {
    api,
    get: async (pad) => json(`GET ${pad}`, await api.get(`/api/v1${pad}`)),
    post: async (pad, body) => json(`POST ${pad}`, await api.post(`/api/v1${pad}`, { data: body, headers })),
    patch: async (pad, body) =>
      json(`PATCH ${pad}`, await api.patch(`/api/v1${pad}`, { data: body, headers })),
    sluit: () => api.dispose(),
  };
}

export interface MeldingInOnderzoek {
  meldingId: string;
  huishoudenId: string;
  persoonId: string;
  naam: string;
  partner: { persoonId: string; naam: string } | null;
}

/**
 * A melding registered by the KCC two days ago and triaged to onderzoek with Tom Gerritsen (demo
 * user "toegangsmedewerker") as behandelaar; optionally with a partner in the household. The
 * onderzoek itself is not started: the screen does that.
 */
export async function meldingInOnderzoek(
  baseUrl: string,
  achternaam: string,
  { metPartner = false }: { metPartner?: boolean } = {},
): Promise<MeldingInOnderzoek> {
  const kcc = await apiKlant(baseUrl, 'kcc');
  const consulent = await apiKlant(baseUrl, 'toegangsmedewerker');
  try {
    const m = await kcc.post<{
      id: string;
      versie: number;
      huishoudenId: string;
      persoon: { id: string; naam: string };
    }>(
      '/meldingen',
      nieuweMelding(
        { ontvangstdatum: dagenGeleden(2) },
        { bsn: volgendBsn(), voornamen: 'Johanna', achternaam },
      ),
    );
    const medewerkers = await kcc.get<Array<{ id: string; naam: string }>>('/medewerkers?gemeente=0150');
    const tom = medewerkers.find((x) => x.naam === 'Tom Gerritsen');
    if (!tom) throw new Error('Demo-medewerker Tom Gerritsen niet gevonden');
    await kcc.post(`/meldingen/${m.id}/triage`, {
      versie: m.versie,
      uitkomst: 'onderzoek',
      behandelaarId: tom.id,
    });
    let partner: MeldingInOnderzoek['partner'] = null;
    if (metPartner) {
      const p = await consulent.post<{ id: string; naam: string }>('/personen', {
        bsn: volgendBsn(),
        voornamen: 'Henk',
        achternaam,
        geboortedatum: '1946-07-01',
        geslacht: 'man',
        huishouden: { huishoudenId: m.huishoudenId, relatie: 'partner' },
      });
      partner = { persoonId: p.id, naam: p.naam };
    }
    return {
      meldingId: m.id,
      huishoudenId: m.huishoudenId,
      persoonId: m.persoon.id,
      naam: m.persoon.naam,
      partner,
    };
  } finally {
    await kcc.sluit();
    await consulent.sluit();
  }
}

export interface OnderzoekApi {
  id: string;
  versie: number;
  status: string;
  stappen: Record<string, unknown>;
}

/** Starts the onderzoek of a melding through the API (for tests about what comes after). */
export async function startOnderzoek(
  baseUrl: string,
  meldingId: string,
  stappen?: unknown,
): Promise<OnderzoekApi> {
  const consulent = await apiKlant(baseUrl, 'toegangsmedewerker');
  try {
    const o = await consulent.post<OnderzoekApi>('/onderzoeken', { meldingId });
    return stappen
      ? await consulent.patch<OnderzoekApi>(`/onderzoeken/${o.id}`, { versie: o.versie, stappen })
      : o;
  } finally {
    await consulent.sluit();
  }
}

/** The save status of the onderzoek form (role status, under the steps). */
export function opslagStatus(page: Page) {
  return page.locator('.ot-ozk-opslagbalk [role="status"]');
}

/** Waits until the form says its last change is saved. */
export async function wachtOpOpgeslagen(page: Page): Promise<void> {
  await opslagStatus(page)
    .getByText(/^Opgeslagen om \d\d:\d\d$/)
    .waitFor();
}

/** The first bytes of a downloaded file. */
export async function begintMet(download: Download, n = 5): Promise<string> {
  const pad = await download.path();
  const inhoud = await fs.readFile(pad);
  return inhoud.subarray(0, n).toString('latin1');
}
