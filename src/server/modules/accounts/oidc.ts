/**
 * OpenID Connect relying party for login through the municipal SSO (openid-client v6).
 *
 * Authorization code flow with PKCE (S256), `state` and `nonce`. The provider is discovered once
 * at start-up (`/.well-known/openid-configuration`), so a wrong issuer or an unreachable provider
 * stops the server instead of failing at the first login. Keys (JWKS) are fetched and refreshed
 * by openid-client as needed.
 */
import * as client from 'openid-client';
import type { OidcConfig } from '../../platform/config.ts';
import { API_PREFIX } from '../../platform/http/openapi.ts';

/** The callback path under the public URL; register `${publicUrl}${OIDC_CALLBACK_PATH}` at the provider. */
export const OIDC_CALLBACK_PATH = `${API_PREFIX}/sessies/oidc/callback`;

/** Scopes requested: `openid` for the ID token, `profile` and `email` for the usual username claims. */
export const OIDC_SCOPE = 'openid profile email';

/** The random values of one login attempt; kept in the browser between start and callback. */
export interface OidcTransient {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The authenticated user as the provider describes them. */
export interface OidcIdentity {
  /** Stable identifier of the user at this provider (ID token `sub`). */
  sub: string;
  /** ID token claims, completed with UserInfo claims when the username claim is not in the ID token. */
  claims: Record<string, unknown>;
}

export interface OidcClient {
  readonly issuer: string;
  readonly redirectUri: string;
  /** A new login attempt: the provider URL to redirect to and the values to keep until the callback. */
  startLogin(): Promise<{ url: string; transient: OidcTransient }>;
  /**
   * Validates the callback (state, issuer, code exchange with the PKCE verifier, ID token
   * signature, audience, expiry and nonce) and returns the user's claims. Throws `OidcError`.
   */
  finishLogin(callbackQuery: string, transient: OidcTransient): Promise<OidcIdentity>;
}

/**
 * Why a callback was not accepted:
 * - `geweigerd`: the provider answered with an error (user cancelled, no access, …);
 * - `ongeldig`: the response did not validate (state, issuer, code, ID token, nonce);
 * - `onbereikbaar`: the provider could not be reached or timed out.
 */
export type OidcFout = 'geweigerd' | 'ongeldig' | 'onbereikbaar';

export class OidcError extends Error {
  constructor(
    readonly soort: OidcFout,
    message: string,
    /** openid-client/oauth4webapi error code or OAuth `error` value, for the audit trail. */
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'OidcError';
  }
}

function toOidcError(err: unknown): OidcError {
  if (err instanceof OidcError) return err;
  if (err instanceof client.AuthorizationResponseError) {
    return new OidcError('geweigerd', 'De identiteitsprovider heeft het inloggen geweigerd.', err.error);
  }
  if (err instanceof client.ResponseBodyError) {
    return new OidcError('ongeldig', 'De identiteitsprovider weigerde de code in te wisselen.', err.error);
  }
  if (err instanceof client.ClientError) {
    return new OidcError('ongeldig', err.message, err.code ?? null);
  }
  const name = (err as { name?: string } | null)?.name;
  if (
    (err instanceof TypeError && err.message === 'fetch failed') ||
    name === 'TimeoutError' ||
    name === 'AbortError'
  ) {
    return new OidcError(
      'onbereikbaar',
      'De identiteitsprovider is niet bereikbaar.',
      name ?? 'fetch failed',
    );
  }
  throw err;
}

/** The trailing-slash-free public base URL plus the callback path. */
export function redirectUriFor(publicUrl: string, callbackPath = OIDC_CALLBACK_PATH): string {
  return `${publicUrl.replace(/\/+$/, '')}${callbackPath}`;
}

/** What another relying party of the same kind changes (the DigiD broker of the inwonerportaal). */
export interface OidcClientOpties {
  callbackPath?: string;
  scope?: string;
  /** `acr_values` asked of the provider (OpenID Connect Core 3.1.2.1), e.g. the minimum DigiD level. */
  acrValues?: string;
  /** A claim that must come back; fetched from UserInfo when it is not in the ID token. */
  claimNodig?: string;
}

/**
 * Discovers the provider and returns the client. Client authentication at the token endpoint is
 * `client_secret_basic` (the OpenID Connect default), or `client_secret_post` when the provider
 * announces only that.
 */
export async function createOidcClient(
  config: OidcConfig,
  publicUrl: string,
  opties: OidcClientOpties = {},
): Promise<OidcClient> {
  const execute = config.allowInsecure ? [client.allowInsecureRequests] : [];
  const metadata = { client_secret: config.clientSecret };
  let configuration = await client.discovery(
    new URL(config.issuer),
    config.clientId,
    metadata,
    client.ClientSecretBasic(config.clientSecret),
    { execute, timeout: 10 },
  );
  const server = configuration.serverMetadata();
  const methods = server.token_endpoint_auth_methods_supported;
  if (methods && !methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
    configuration = new client.Configuration(
      server,
      config.clientId,
      metadata,
      client.ClientSecretPost(config.clientSecret),
    );
    for (const fn of execute) fn(configuration);
    configuration.timeout = 10;
  }
  const redirectUri = redirectUriFor(publicUrl, opties.callbackPath);
  const claimNodig = opties.claimNodig ?? config.usernameClaim;

  return {
    issuer: server.issuer,
    redirectUri,

    async startLogin() {
      const transient: OidcTransient = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: opties.scope ?? OIDC_SCOPE,
        ...(opties.acrValues ? { acr_values: opties.acrValues } : {}),
        state: transient.state,
        nonce: transient.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(transient.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, transient };
    },

    async finishLogin(callbackQuery, transient) {
      try {
        const currentUrl = new URL(redirectUri);
        currentUrl.search = callbackQuery;
        const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: transient.codeVerifier,
          expectedState: transient.state,
          expectedNonce: transient.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new OidcError('ongeldig', 'Het antwoord bevat geen ID-token.', 'geen-id-token');
        const claims: Record<string, unknown> = { ...idToken };
        // Providers that follow OpenID Connect Core 5.4 strictly put profile claims only in UserInfo
        // when an access token is issued; fetch them there (the subject must match the ID token).
        if (claims[claimNodig] === undefined && server.userinfo_endpoint && tokens.access_token) {
          const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
          for (const [k, v] of Object.entries(userinfo)) if (!(k in claims)) claims[k] = v;
        }
        return { sub: idToken.sub, claims };
      } catch (err) {
        throw toOidcError(err);
      }
    },
  };
}
