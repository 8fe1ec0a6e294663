/**
 * A local OpenID Connect provider (oidc-provider v9) for the OIDC login tests, an app variant that
 * listens on a real port with OIDC configured, and a minimal "browser" (fetch + cookie jar) that
 * follows the redirects and submits the provider's development login form. No real browser.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadDemoOrganisation } from '../../src/server/demo/demo-data.ts';
import { createOidcClient, redirectUriFor } from '../../src/server/modules/accounts/oidc.ts';
import { loadConfig, type OidcConfig } from '../../src/server/platform/config.ts';
import { TEST_PASSWORD } from './app.ts';
import { createTestDatabase, type DbKind, type TestDatabase } from './databases.ts';

export const TEST_CLIENT_ID = 'open-toegang-test';
export const TEST_CLIENT_SECRET = 'test-geheim-dat-lang-genoeg-is-0123456789';

/** Claims of a user at the provider, keyed by `sub`; tests may change them between logins. */
export type ProviderAccounts = Map<
  string,
  { preferred_username?: string; name?: string; email?: string; [claim: string]: unknown }
>;

/** A provider for another relying party (the DigiD broker of the portal): its scope's claims. */
export interface ProviderOpties {
  /** Scope → claims, replacing the default (openid, profile, email). */
  claims?: Record<string, string[]>;
  /** The scopes granted automatically. */
  scope?: string;
  /** The level of assurance of a login (`acr` in the ID token), per `sub`. */
  acrVoor?: (sub: string) => string | undefined;
  /** The acr values the provider supports (without them it sends no acr). */
  acrValues?: string[];
}

export interface TestOidcProvider {
  issuer: string;
  accounts: ProviderAccounts;
  close(): Promise<void>;
}

// oidc-provider ships no type declarations; the few members used here are typed locally.
interface ProviderInstance {
  callback(): http.RequestListener;
  interactionFinished(
    req: unknown,
    res: unknown,
    result: { login?: { accountId: string; acr?: string } },
    opts?: unknown,
  ): Promise<void>;
  Grant: new (init: {
    accountId: string;
    clientId: string;
  }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
}
type ProviderConstructor = new (issuer: string, configuration: Record<string, unknown>) => ProviderInstance;
interface ProviderContext {
  oidc: {
    client: { clientId: string };
    session: { accountId?: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    provider: ProviderInstance & { Grant: { find(id: string): Promise<unknown> } };
  };
}

const PROVIDER_MODULE = 'oidc-provider';

/** A free TCP port on 127.0.0.1 (the OS picks it; the tiny window before reuse is fine in tests). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts oidc-provider on 127.0.0.1 with a random port and one confidential client
 * (client_secret_basic, authorization code only, PKCE required). Logging in goes through the
 * provider's development interactions: the login form accepts any password for a known `sub`.
 * Consent is granted automatically (a first-party client, as at a municipal IdP).
 */
export async function startOidcProvider(
  redirectUri: string,
  accounts: ProviderAccounts,
  opties: ProviderOpties = {},
): Promise<TestOidcProvider> {
  const { default: Provider } = (await import(PROVIDER_MODULE)) as { default: ProviderConstructor };
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    ...(opties.acrValues ? { acrValues: opties.acrValues } : {}),
    claims: opties.claims ?? {
      openid: ['sub'],
      profile: ['preferred_username', 'name'],
      email: ['email', 'email_verified'],
    },
    cookies: { keys: ['oidc-test-cookie-sleutel'] },
    jwks: {
      keys: [
        {
          ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
          use: 'sig',
          kid: 'test',
        },
      ],
    },
    ttl: {
      AccessToken: 300,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 300,
      Interaction: 600,
      Session: 3600,
    },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, sub: string) {
      if (!accounts.has(sub)) return undefined;
      return {
        accountId: sub,
        // Read at token time, so a test can change the claims between logins.
        async claims() {
          return { sub, ...accounts.get(sub) };
        },
      };
    },
    async loadExistingGrant(ctx: ProviderContext) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({
        accountId: oidc.session.accountId!,
        clientId: oidc.client.clientId,
      });
      grant.addOIDCScope(opties.scope ?? 'openid profile email');
      await grant.save();
      return grant;
    },
  });
  if (opties.acrVoor) {
    // The development login form sets no acr; a broker sets the DigiD level at login.
    const afronden = provider.interactionFinished.bind(provider);
    provider.interactionFinished = (req, res, result, opts) => {
      if (result.login) result.login.acr = opties.acrVoor?.(result.login.accountId);
      return afronden(req, res, result, opts);
    };
  }
  server.on('request', provider.callback());

  return {
    issuer,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export interface OidcTestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** The app's own listening URL, also its publicUrl. */
  baseUrl: string;
  provider: TestOidcProvider;
  close(): Promise<void>;
}

/**
 * Like createTestApp, but with OIDC configured against a fresh local provider and the app
 * listening on 127.0.0.1 (the provider redirects the browser back to it).
 */
export async function createOidcTestApp(kind: DbKind, accounts: ProviderAccounts): Promise<OidcTestApp> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const provider = await startOidcProvider(redirectUriFor(baseUrl), accounts);
  const database = await createTestDatabase(kind);
  await loadDemoOrganisation(database.db, TEST_PASSWORD);
  const oidcConfig: OidcConfig = {
    issuer: provider.issuer,
    clientId: TEST_CLIENT_ID,
    clientSecret: TEST_CLIENT_SECRET,
    usernameClaim: 'preferred_username',
    allowInsecure: true,
  };
  const config = {
    ...loadConfig({}),
    databaseUrl: database.url,
    jobsEnabled: false,
    publicUrl: baseUrl,
    oidc: oidcConfig,
  };
  const oidc = await createOidcClient(oidcConfig, baseUrl);
  const app = await buildApp({ config, db: database.db, oidc, logger: false });
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    database,
    baseUrl,
    provider,
    async close() {
      await app.close();
      await provider.close();
      await database.drop();
    },
  };
}

interface StoredCookie {
  value: string;
  path: string;
}

/** fetch with a cookie jar per origin (name + path, Max-Age/Expires deletion) and manual redirects. */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  cookie(origin: string, name: string): string | undefined {
    for (const [key, c] of this.jar.get(origin) ?? []) if (key.startsWith(`${name};`)) return c.value;
    return undefined;
  }

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const u = new URL(url);
    const cookies = [...(this.jar.get(u.origin) ?? [])]
      .filter(
        ([, c]) =>
          u.pathname === c.path || u.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`),
      )
      .map(([key, c]) => `${key.split(';')[0]}=${c.value}`);
    const headers: Record<string, string> = {};
    if (cookies.length) headers.cookie = cookies.join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    this.store(u, res.headers.getSetCookie());
    return res;
  }

  private store(u: URL, setCookies: string[]): void {
    const jar = this.jar.get(u.origin) ?? new Map<string, StoredCookie>();
    this.jar.set(u.origin, jar);
    for (const line of setCookies) {
      const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = '/';
      let expired = value === '';
      for (const a of attrs) {
        const [k = '', v = ''] = a.split('=');
        const key = k.toLowerCase();
        if (key === 'path') path = v;
        if (key === 'max-age' && Number(v) <= 0) expired = true;
        if (key === 'expires' && Date.parse(v) <= Date.now()) expired = true;
      }
      const id = `${name};${path}`;
      if (expired) jar.delete(id);
      else jar.set(id, { value, path });
    }
  }
}

export interface OidcLoginResult {
  /** The app's answer to the callback. */
  callback: Response;
  /** The callback URL the browser requested (after `rewriteCallback`). */
  callbackUrl: string;
}

/**
 * The whole round trip: GET /api/v1/sessies/oidc on the app, follow redirects to the provider, submit
 * its login form as `sub`, follow redirects back to the app's callback and return that response.
 * `rewriteCallback` may change the callback URL before the browser requests it (tampering tests);
 * `callbackBrowser` requests the callback from another browser (without the login cookie).
 */
export async function loginViaProvider(
  browser: TestBrowser,
  baseUrl: string,
  sub: string,
  opts: {
    rewriteCallback?: (url: URL) => void;
    callbackBrowser?: TestBrowser;
    /** Another relying party in the app (the portal's DigiD login): its start and callback paths. */
    startPad?: string;
    callbackPad?: string;
  } = {},
): Promise<OidcLoginResult> {
  const callbackPrefix = redirectUriFor(baseUrl, opts.callbackPad);
  const start = `${baseUrl}${opts.startPad ?? '/api/v1/sessies/oidc'}`;
  let res = await browser.request(start);
  let url = start;
  for (let hop = 0; hop < 20; hop++) {
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location');
      if (!location) throw new Error(`Doorverwijzing zonder Location vanaf ${url}`);
      const next = new URL(location, url);
      if (next.href.startsWith(callbackPrefix)) {
        opts.rewriteCallback?.(next);
        const returning = opts.callbackBrowser ?? browser;
        return { callback: await returning.request(next.href), callbackUrl: next.href };
      }
      url = next.href;
      res = await browser.request(url);
      continue;
    }
    const html = await res.text();
    if (res.status !== 200)
      throw new Error(`Onverwacht antwoord ${res.status} van ${url}: ${html.slice(0, 500)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`Geen formulier op ${url}: ${html.slice(0, 500)}`);
    const form: Record<string, string> =
      prompt === 'login' ? { prompt, login: sub, password: 'willekeurig' } : { prompt };
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    res = await browser.request(url, { method: 'POST', form });
  }
  throw new Error('Te veel doorverwijzingen');
}
