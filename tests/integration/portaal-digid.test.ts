import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { loadDemoOrganisation } from '../../src/server/demo/demo-data.ts';
import { maakDigidClient } from '../../src/server/modules/portaal/index.ts';
import { loadConfig, type OidcConfig } from '../../src/server/platform/config.ts';
import { TEST_PASSWORD } from '../support/app.ts';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../support/databases.ts';
import { nieuweMelding, volgendBsn } from '../support/intake.ts';
import {
  freePort,
  loginViaProvider,
  type ProviderAccounts,
  startOidcProvider,
  TEST_CLIENT_ID,
  TEST_CLIENT_SECRET,
  TestBrowser,
  type TestOidcProvider,
} from '../support/oidc-provider.ts';

const MIDDEN = 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract';
const BASIS = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';
const CALLBACK = '/api/v1/inwoner/sessies/oidc/callback';
const START = '/api/v1/inwoner/sessies/oidc';

describe.each(DB_KINDS)('DigiD via een OpenID Connect-makelaar (%s)', (kind) => {
  const bsn = volgendBsn();
  const vertegenwoordigde = volgendBsn();
  const accounts: ProviderAccounts = new Map<string, Record<string, unknown>>([
    ['pseudo-midden', { bsn }],
    ['pseudo-basis', { bsn }],
    ['pseudo-zonder-bsn', {}],
    // DigiD Machtigen (NL GOV profile, RFC 8693 `act`): top-level bsn is whom the session is about.
    ['pseudo-machtigen', { bsn: vertegenwoordigde, act: { bsn } }],
  ]);
  const acr: Record<string, string> = {
    'pseudo-midden': MIDDEN,
    'pseudo-basis': BASIS,
    'pseudo-zonder-bsn': MIDDEN,
    'pseudo-machtigen': MIDDEN,
  };
  let provider: TestOidcProvider;
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;

  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    (await database.db.systemTransaction((tx) => tx.query<T>(text, params))).rows;

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${baseUrl}${CALLBACK}`, accounts, {
      claims: { openid: ['sub', 'bsn', 'act'] },
      scope: 'openid',
      acrVoor: (sub) => acr[sub],
      acrValues: [BASIS, MIDDEN],
    });
    database = await createTestDatabase(kind);
    await loadDemoOrganisation(database.db, TEST_PASSWORD);
    const digidConfig: OidcConfig = {
      issuer: provider.issuer,
      clientId: TEST_CLIENT_ID,
      clientSecret: TEST_CLIENT_SECRET,
      usernameClaim: 'bsn',
      allowInsecure: true,
    };
    const config = {
      ...loadConfig({}),
      databaseUrl: database.url,
      jobsEnabled: false,
      publicUrl: baseUrl,
      digid: digidConfig,
      digidSimulator: false,
    };
    const digid = await maakDigidClient(digidConfig, baseUrl);
    app = await buildApp({ config, db: database.db, digid, logger: false });
    await app.listen({ host: '127.0.0.1', port });
    // The persons, registered by a caseworker.
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'kcc', wachtwoord: TEST_PASSWORD },
    });
    const cookie = `ot_sessie=${login.cookies.find((c) => c.name === 'ot_sessie')!.value}`;
    for (const [b, achternaam] of [
      [bsn, 'Digid'],
      [vertegenwoordigde, 'Vertegenwoordigd'],
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/meldingen',
        headers: { cookie, 'x-csrf-token': login.json().csrfToken },
        payload: nieuweMelding({}, { bsn: b, achternaam }),
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await provider?.close();
    await database?.drop();
  });

  async function inloggen(sub: string) {
    const browser = new TestBrowser();
    const { callback } = await loginViaProvider(browser, baseUrl, sub, {
      startPad: START,
      callbackPad: CALLBACK,
    });
    return { browser, callback };
  }

  it('stuurt door naar de makelaar en vraagt minstens DigiD Midden (acr_values)', async () => {
    const res = await fetch(`${baseUrl}${START}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const url = new URL(res.headers.get('location')!);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('acr_values')).toBe(MIDDEN);
    expect(url.searchParams.get('scope')).toBe('openid');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('DigiD Midden met bsn-claim: een inwonersessie, geaudit bij pseudoniem', async () => {
    const { browser, callback } = await inloggen('pseudo-midden');
    expect(callback.status, await callback.clone().text()).toBe(302);
    expect(callback.headers.get('location')).toBe('/mijn');
    const cookie = browser.cookie(baseUrl, 'ot_inwoner');
    expect(cookie).toBeTruthy();
    expect(browser.cookie(baseUrl, 'ot_sessie')).toBeUndefined();
    const huidig = await fetch(`${baseUrl}/api/v1/inwoner/sessies/huidig`, {
      headers: { cookie: `ot_inwoner=${cookie}` },
    });
    expect(await huidig.json()).toMatchObject({
      methode: 'digid',
      niveau: MIDDEN,
      namens: null,
      naam: 'Johanna Digid',
    });
    const lijst = await fetch(`${baseUrl}/api/v1/inwoner/meldingen`, {
      headers: { cookie: `ot_inwoner=${cookie}` },
    });
    expect(((await lijst.json()) as unknown[]).length).toBe(1);
    const rij = await sql<{ actor_ref: string; resultaat: string; rol: string }>(
      "SELECT actor_ref, resultaat, rol FROM audit_log WHERE actie = 'login' AND actor_soort = 'inwoner' ORDER BY id DESC LIMIT 1",
    );
    expect(rij[0]).toEqual({ actor_ref: 'pseudo-midden', resultaat: 'toegestaan', rol: 'inwoner' });
    const sessie = await sql<{ acr: string; niveau: number; methode: string }>(
      'SELECT acr, niveau, methode FROM inwoner_sessies',
    );
    expect(sessie).toEqual([{ acr: MIDDEN, niveau: 2, methode: 'digid' }]);
  });

  it('DigiD Basis is niet genoeg voor zaakgegevens: 403 en een auditregel', async () => {
    const { browser, callback } = await inloggen('pseudo-basis');
    expect(callback.status).toBe(403);
    expect(((await callback.json()) as { code: string }).code).toBe('niveau-te-laag');
    expect(browser.cookie(baseUrl, 'ot_inwoner')).toBeUndefined();
    const rij = await sql<{ resultaat: string; actor_ref: string }>(
      "SELECT resultaat, actor_ref FROM audit_log WHERE actie = 'login' AND actor_ref = 'pseudo-basis'",
    );
    expect(rij).toEqual([{ resultaat: 'geweigerd', actor_ref: 'pseudo-basis' }]);
  });

  it('zonder bsn-claim geen sessie', async () => {
    const { callback } = await inloggen('pseudo-zonder-bsn');
    expect(callback.status).toBe(400);
    expect(((await callback.json()) as { code: string }).code).toBe('digid-geen-bsn');
  });

  it('DigiD Machtigen: de sessie gaat over de vertegenwoordigde, de handelende persoon staat erbij', async () => {
    const { browser, callback } = await inloggen('pseudo-machtigen');
    expect(callback.status).toBe(302);
    const cookie = browser.cookie(baseUrl, 'ot_inwoner');
    const huidig = await fetch(`${baseUrl}/api/v1/inwoner/sessies/huidig`, {
      headers: { cookie: `ot_inwoner=${cookie}` },
    });
    expect(await huidig.json()).toMatchObject({
      namens: { grondslag: 'gemachtigde' },
      naam: 'Johanna Vertegenwoordigd',
    });
    const s = await sql<{ bsn: string; namens_bsn: string; namens_grondslag: string }>(
      "SELECT bsn, namens_bsn, namens_grondslag FROM inwoner_sessies WHERE pseudoniem = 'pseudo-machtigen'",
    );
    expect(s).toEqual([{ bsn, namens_bsn: vertegenwoordigde, namens_grondslag: 'gemachtigde' }]);
    const rij = await sql<{ rol: string }>(
      "SELECT rol FROM audit_log WHERE actie = 'login' AND actor_ref = 'pseudo-machtigen' AND resultaat = 'toegestaan'",
    );
    expect(rij).toEqual([{ rol: 'gemachtigde' }]);
  });
});
