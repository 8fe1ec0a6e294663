import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import {
  createOidcTestApp,
  loginViaProvider,
  type OidcTestApp,
  type ProviderAccounts,
  TestBrowser,
} from '../support/oidc-provider.ts';

interface AuditRow {
  actie: string;
  resultaat: string;
  gebruiker_id: string | null;
  object_id: string | null;
  toelichting: string | null;
}

for (const kind of DB_KINDS) {
  describe(`OpenID Connect-login (${kind})`, () => {
    let t: OidcTestApp;
    const accounts: ProviderAccounts = new Map([
      // Upper case on purpose: the username claim is compared lower-cased.
      ['sub-toegang-1', { preferred_username: 'Toegangsmedewerker', name: 'Tom Gerritsen' }],
      ['sub-onbekend', { preferred_username: 'onbekende.persoon' }],
      // Same username as the account that sub-toegang-1 gets bound to.
      ['sub-kaper', { preferred_username: 'toegangsmedewerker' }],
      ['sub-kcc', { preferred_username: 'kcc' }],
    ]);

    beforeAll(async () => {
      t = await createOidcTestApp(kind, accounts);
    });
    afterAll(async () => {
      await t?.close();
    });

    const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
      (await t.database.db.systemTransaction((tx) => tx.query<T>(text, params))).rows;

    const oidcSessions = async () =>
      Number(
        (await sql<{ n: number }>("SELECT count(*)::int AS n FROM sessies WHERE methode = 'oidc'"))[0]!.n,
      );

    const auditSince = (id: number) =>
      sql<AuditRow>(
        `SELECT actie, resultaat, gebruiker_id::text, object_id, toelichting FROM audit_log
         WHERE id > $1 ORDER BY id`,
        [id],
      );

    const lastAuditId = async () =>
      Number((await sql<{ id: number }>('SELECT coalesce(max(id), 0)::int AS id FROM audit_log'))[0]!.id);

    async function huidigeSessie(browser: TestBrowser) {
      const cookie = browser.cookie(t.baseUrl, 'ot_sessie');
      if (!cookie) return null;
      const res = await fetch(`${t.baseUrl}/api/v1/sessies/huidig`, {
        headers: { cookie: `ot_sessie=${cookie}` },
      });
      return {
        status: res.status,
        body: (await res.json()) as { gebruiker: { id: string; gebruikersnaam: string } },
      };
    }

    it('meldt dat OIDC is ingeschakeld', async () => {
      const res = await fetch(`${t.baseUrl}/api/v1/sessies/oidc/configuratie`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ingeschakeld: true });
    });

    it('stuurt door naar de provider met PKCE (S256), state en nonce in een Lax-cookie', async () => {
      const res = await fetch(`${t.baseUrl}/api/v1/sessies/oidc`, { redirect: 'manual' });
      expect(res.status).toBe(302);
      const location = new URL(res.headers.get('location')!);
      expect(location.origin).toBe(t.provider.issuer);
      const q = location.searchParams;
      expect(q.get('response_type')).toBe('code');
      expect(q.get('client_id')).toBe('open-toegang-test');
      expect(q.get('redirect_uri')).toBe(`${t.baseUrl}/api/v1/sessies/oidc/callback`);
      expect(q.get('scope')).toBe('openid profile email');
      expect(q.get('code_challenge_method')).toBe('S256');
      expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(q.get('state')).toBeTruthy();
      expect(q.get('nonce')).toBeTruthy();
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ot_oidc='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\/api\/v1\/sessies\/oidc/);
      expect(cookie).toMatch(/Max-Age=600/);
      // The verifier stays in the browser cookie, never in the URL.
      const [state, , verifier] = cookie.slice('ot_oidc='.length).split(';')[0]!.split('.');
      expect(state).toBe(q.get('state'));
      expect(location.href).not.toContain(verifier!);
    });

    it('logt toegangsmedewerker in via de provider: sessie werkt, methode oidc, sub gekoppeld', async () => {
      const before = await lastAuditId();
      const browser = new TestBrowser();
      const { callback } = await loginViaProvider(browser, t.baseUrl, 'sub-toegang-1');
      expect(callback.status).toBe(302);
      expect(callback.headers.get('location')).toBe('/');
      const sessieCookie = callback.headers.getSetCookie().find((c) => c.startsWith('ot_sessie='))!;
      expect(sessieCookie).toMatch(/HttpOnly/i);
      expect(sessieCookie).toMatch(/SameSite=Strict/i);
      // The one-time login cookie is gone.
      expect(browser.cookie(t.baseUrl, 'ot_oidc')).toBeUndefined();

      const sessie = await huidigeSessie(browser);
      expect(sessie?.status).toBe(200);
      expect(sessie?.body.gebruiker.gebruikersnaam).toBe('toegangsmedewerker');
      const gebruikerId = sessie!.body.gebruiker.id;

      const rows = await sql<{ methode: string }>('SELECT methode FROM sessies WHERE gebruiker_id = $1', [
        gebruikerId,
      ]);
      expect(rows.map((r) => r.methode)).toEqual(['oidc']);
      const [account] = await sql<{ oidc_subject: string; versie: number }>(
        'SELECT oidc_subject, versie FROM gebruikers WHERE id = $1',
        [gebruikerId],
      );
      expect(account?.oidc_subject).toBe('sub-toegang-1');
      expect(account?.versie).toBe(2);

      const audit = await auditSince(before);
      expect(audit).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actie: 'update',
            resultaat: 'toegestaan',
            object_id: gebruikerId,
            toelichting: 'OIDC-subject gekoppeld bij eerste inlog',
          }),
          expect.objectContaining({
            actie: 'login',
            resultaat: 'toegestaan',
            gebruiker_id: gebruikerId,
            object_id: gebruikerId,
          }),
        ]),
      );
    });

    it('koppelt een tweede login via de sub, ook als de gebruikersnaam-claim is veranderd', async () => {
      accounts.set('sub-toegang-1', { preferred_username: 'heel-iemand-anders' });
      try {
        const browser = new TestBrowser();
        const { callback } = await loginViaProvider(browser, t.baseUrl, 'sub-toegang-1');
        expect(callback.status).toBe(302);
        const sessie = await huidigeSessie(browser);
        expect(sessie?.status).toBe(200);
        expect(sessie?.body.gebruiker.gebruikersnaam).toBe('toegangsmedewerker');
        const rows = await sql<{ methode: string }>('SELECT methode FROM sessies WHERE gebruiker_id = $1', [
          sessie!.body.gebruiker.id,
        ]);
        expect(rows.map((r) => r.methode)).toEqual(['oidc', 'oidc']);
      } finally {
        accounts.set('sub-toegang-1', { preferred_username: 'Toegangsmedewerker' });
      }
    });

    it('weigert een onbekende gebruiker met 403 en een auditregel', async () => {
      const before = await lastAuditId();
      const sessions = await oidcSessions();
      const browser = new TestBrowser();
      const { callback } = await loginViaProvider(browser, t.baseUrl, 'sub-onbekend');
      expect(callback.status).toBe(403);
      expect(callback.headers.get('content-type')).toContain('application/problem+json');
      expect(((await callback.json()) as { code: string }).code).toBe('geen-toegang');
      expect(browser.cookie(t.baseUrl, 'ot_sessie')).toBeUndefined();
      expect(await oidcSessions()).toBe(sessions);
      const audit = await auditSince(before);
      expect(audit).toEqual([
        expect.objectContaining({
          actie: 'login',
          resultaat: 'geweigerd',
          gebruiker_id: null,
          toelichting: expect.stringContaining('sub-onbekend'),
        }),
      ]);
    });

    it('koppelt geen account dat al aan een ander subject hangt (zelfde gebruikersnaam)', async () => {
      const before = await lastAuditId();
      const browser = new TestBrowser();
      const { callback } = await loginViaProvider(browser, t.baseUrl, 'sub-kaper');
      expect(callback.status).toBe(403);
      expect(browser.cookie(t.baseUrl, 'ot_sessie')).toBeUndefined();
      const [account] = await sql<{ oidc_subject: string }>(
        "SELECT oidc_subject FROM gebruikers WHERE gebruikersnaam = 'toegangsmedewerker'",
      );
      expect(account?.oidc_subject).toBe('sub-toegang-1');
      expect(await auditSince(before)).toEqual([
        expect.objectContaining({
          actie: 'login',
          resultaat: 'geweigerd',
          toelichting: 'OIDC: account is aan een ander subject gekoppeld',
        }),
      ]);
    });

    it('weigert een gedeactiveerd account, ook als de sub gekoppeld is', async () => {
      const first = await loginViaProvider(new TestBrowser(), t.baseUrl, 'sub-kcc');
      expect(first.callback.status).toBe(302);
      await sql("UPDATE gebruikers SET actief = false WHERE gebruikersnaam = 'kcc'");
      try {
        const browser = new TestBrowser();
        const { callback } = await loginViaProvider(browser, t.baseUrl, 'sub-kcc');
        expect(callback.status).toBe(403);
        expect(browser.cookie(t.baseUrl, 'ot_sessie')).toBeUndefined();
      } finally {
        await sql("UPDATE gebruikers SET actief = true WHERE gebruikersnaam = 'kcc'");
      }
    });

    it('weigert een gewijzigde state: geen sessie', async () => {
      const before = await lastAuditId();
      const sessions = await oidcSessions();
      const browser = new TestBrowser();
      const { callback } = await loginViaProvider(browser, t.baseUrl, 'sub-toegang-1', {
        rewriteCallback: (url) => url.searchParams.set('state', `${url.searchParams.get('state')}x`),
      });
      expect([400, 403]).toContain(callback.status);
      expect(callback.headers.get('content-type')).toContain('application/problem+json');
      expect(callback.headers.getSetCookie().some((c) => c.startsWith('ot_sessie='))).toBe(false);
      expect(browser.cookie(t.baseUrl, 'ot_sessie')).toBeUndefined();
      expect(await oidcSessions()).toBe(sessions);
      expect(await auditSince(before)).toEqual([
        expect.objectContaining({
          actie: 'login',
          resultaat: 'mislukt',
          gebruiker_id: null,
          toelichting: expect.stringContaining('OIDC: ongeldig'),
        }),
      ]);
    });

    it('weigert de callback in een andere browser (zonder het inlogcookie)', async () => {
      const sessions = await oidcSessions();
      const other = new TestBrowser();
      const { callback } = await loginViaProvider(new TestBrowser(), t.baseUrl, 'sub-toegang-1', {
        callbackBrowser: other,
      });
      expect(callback.status).toBe(400);
      expect(((await callback.json()) as { code: string }).code).toBe('oidc-verzoek-ontbreekt');
      expect(other.cookie(t.baseUrl, 'ot_sessie')).toBeUndefined();
      expect(await oidcSessions()).toBe(sessions);
    });

    it('accepteert een callback maar één keer', async () => {
      const browser = new TestBrowser();
      const { callback, callbackUrl } = await loginViaProvider(browser, t.baseUrl, 'sub-toegang-1');
      expect(callback.status).toBe(302);
      const sessions = await oidcSessions();
      const again = await browser.request(callbackUrl);
      expect(again.status).toBe(400);
      expect(await oidcSessions()).toBe(sessions);
    });

    it('meldt een door de gebruiker afgebroken login als 401', async () => {
      const browser = new TestBrowser();
      const { callback } = await loginViaProvider(browser, t.baseUrl, 'sub-toegang-1', {
        rewriteCallback: (url) => {
          // What a provider sends when the user cancels: error instead of code, same state.
          const state = url.searchParams.get('state')!;
          const iss = url.searchParams.get('iss')!;
          url.search = new URLSearchParams({ error: 'access_denied', state, iss }).toString();
        },
      });
      expect(callback.status).toBe(401);
      expect(((await callback.json()) as { code: string }).code).toBe('oidc-geweigerd');
    });
  });

  describe(`OpenID Connect niet geconfigureerd (${kind})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(kind);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('GET /sessies/oidc is 404 problem+json', async () => {
      const res = await t.api(null, { method: 'GET', url: '/api/v1/sessies/oidc' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 404,
        code: 'oidc-niet-geconfigureerd',
        detail: 'OpenID Connect is niet geconfigureerd.',
      });
      expect(res.cookies.find((c) => c.name === 'ot_oidc')).toBeUndefined();
    });

    it('de callback is ook 404', async () => {
      const res = await t.api(null, { method: 'GET', url: '/api/v1/sessies/oidc/callback?code=x&state=y' });
      expect(res.statusCode).toBe(404);
    });

    it('configuratie meldt ingeschakeld=false', async () => {
      const res = await t.api(null, { method: 'GET', url: '/api/v1/sessies/oidc/configuratie' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ingeschakeld: false });
    });
  });
}
