import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuditResultaat, writeAudit } from '../../platform/audit/audit.ts';
import { herkomstOf } from '../../platform/auth/plugin.ts';
import type { Herkomst } from '../../platform/auth/principal.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { AppError, errors } from '../../platform/http/errors.ts';
import { tekst } from '../../platform/http/invoer.ts';
import { API_PREFIX } from '../../platform/http/openapi.ts';
import { type OidcClient, OidcError, type OidcIdentity, type OidcTransient } from './oidc.ts';
import { startSession } from './service.ts';
import { setSessionCookie } from './sessie-cookie.ts';

const DOEL = 'toegangsbeheer';

/**
 * Holds state, nonce and PKCE verifier between the redirect to the provider and the callback.
 * HttpOnly; SameSite=Lax because the provider's redirect back is a cross-site navigation; only sent
 * to the OIDC routes; ten minutes. The values are random secrets that the callback compares with
 * what comes back, which binds the callback to the browser that started the login.
 */
export const OIDC_COOKIE = 'ot_oidc';
const OIDC_COOKIE_PATH = `${API_PREFIX}/sessies/oidc`;
const OIDC_COOKIE_MAX_AGE_SECONDS = 600;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

function encodeTransient(t: OidcTransient): string {
  return [t.state, t.nonce, t.codeVerifier].join('.');
}

function decodeTransient(value: string | undefined): OidcTransient | null {
  const parts = value?.split('.') ?? [];
  if (parts.length !== 3 || !parts.every((p) => TOKEN.test(p))) return null;
  const [state, nonce, codeVerifier] = parts as [string, string, string];
  return { state, nonce, codeVerifier };
}

function notConfigured(): AppError {
  return new AppError(
    404,
    'oidc-niet-geconfigureerd',
    'Niet gevonden',
    'OpenID Connect is niet geconfigureerd.',
  );
}

interface MatchRow {
  id: string;
  gebruikersnaam: string;
  oidc_subject: string | null;
  actief: boolean;
  gemeente_code: string;
  organisatie_id: string;
}

type Match = { ok: true; account: MatchRow } | { ok: false; account: MatchRow | null; toelichting: string };

const MATCH_SQL = `SELECT g.id, g.gebruikersnaam, g.oidc_subject, (g.actief AND m.actief) AS actief,
         m.gemeente_code, m.organisatie_id
  FROM gebruikers g JOIN medewerkers m ON m.id = g.medewerker_id`;

function usernameFrom(claims: Record<string, unknown>, claim: string): string | null {
  const v = claims[claim];
  if (typeof v !== 'string') return null;
  const naam = v.trim().toLowerCase();
  return naam === '' || naam.length > 100 ? null : naam;
}

/**
 * Finds the account for an authenticated OIDC user: first by the stored subject, otherwise by
 * username (the configured claim, lower-cased) on an active account that has no subject yet; that
 * account then gets the subject, so later logins no longer depend on the username claim.
 */
async function matchAccount(
  tx: Sql,
  identity: OidcIdentity,
  usernameClaim: string,
  herkomst: Herkomst,
): Promise<Match> {
  const bySub = await tx.query<MatchRow>(`${MATCH_SQL} WHERE g.oidc_subject = $1`, [identity.sub]);
  const linked = bySub.rows[0];
  if (linked) {
    return linked.actief
      ? { ok: true, account: linked }
      : { ok: false, account: linked, toelichting: 'OIDC: account is niet actief' };
  }
  const naam = usernameFrom(identity.claims, usernameClaim);
  if (!naam) {
    return {
      ok: false,
      account: null,
      toelichting: `OIDC: geen account voor subject en claim ${usernameClaim} ontbreekt`,
    };
  }
  const byName = await tx.query<MatchRow>(`${MATCH_SQL} WHERE g.gebruikersnaam = $1`, [naam]);
  const account = byName.rows[0];
  if (!account) {
    return {
      ok: false,
      account: null,
      toelichting: `OIDC: geen account voor subject ${identity.sub.slice(0, 255)} of deze gebruikersnaam`,
    };
  }
  if (account.oidc_subject !== null) {
    // Bound to another identity: a reused or spoofed username must not take over the account.
    return {
      ok: false,
      account,
      toelichting: 'OIDC: account is aan een ander subject gekoppeld',
    };
  }
  if (!account.actief) {
    return { ok: false, account, toelichting: 'OIDC: account is niet actief' };
  }
  const bound = await tx.query(
    `UPDATE gebruikers SET oidc_subject = $2, versie = versie + 1, gewijzigd_op = now()
     WHERE id = $1 AND oidc_subject IS NULL`,
    [account.id, identity.sub],
  );
  if (bound.rowCount !== 1) {
    return { ok: false, account, toelichting: 'OIDC: account is aan een ander subject gekoppeld' };
  }
  await writeAudit(tx, subjectFor(account, herkomst), [
    {
      actie: 'update',
      objectType: 'gebruiker',
      objectId: account.id,
      doel: DOEL,
      toelichting: 'OIDC-subject gekoppeld bij eerste inlog',
    },
  ]);
  return { ok: true, account: { ...account, oidc_subject: identity.sub } };
}

function subjectFor(account: MatchRow | null, herkomst: Herkomst) {
  return {
    gebruikerId: account?.id ?? null,
    gebruikersnaam: account?.gebruikersnaam ?? null,
    rol: null,
    organisatieId: account?.organisatie_id ?? null,
    gemeenteCode: account?.gemeente_code ?? null,
    herkomst,
  };
}

function auditLogin(
  tx: Sql,
  account: MatchRow | null,
  herkomst: Herkomst,
  resultaat: AuditResultaat,
  toelichting: string,
): Promise<void> {
  return writeAudit(tx, subjectFor(account, herkomst), [
    { actie: 'login', objectType: 'gebruiker', objectId: account?.id, doel: DOEL, resultaat, toelichting },
  ]);
}

async function failedCallback(db: Database, herkomst: Herkomst, err: OidcError | null): Promise<AppError> {
  const reden = err
    ? `${err.soort}${err.code ? ` (${err.code.slice(0, 80)})` : ''}`
    : 'inlogverzoek ontbreekt';
  await db.systemTransaction((tx) => auditLogin(tx, null, herkomst, 'mislukt', `OIDC: ${reden}`));
  if (!err) {
    return new AppError(
      400,
      'oidc-verzoek-ontbreekt',
      'Ongeldig inlogverzoek',
      'Het inlogverzoek is verlopen of niet in deze browser gestart. Begin opnieuw met inloggen.',
    );
  }
  switch (err.soort) {
    case 'geweigerd':
      return new AppError(
        401,
        'oidc-geweigerd',
        'Inloggen niet gelukt',
        'Inloggen via uw gemeentelijke account is afgebroken of geweigerd.',
      );
    case 'onbereikbaar':
      return errors.unavailable('De identiteitsprovider is niet bereikbaar. Probeer het later opnieuw.');
    default:
      return new AppError(
        400,
        'oidc-antwoord-ongeldig',
        'Ongeldig inlogverzoek',
        'Het antwoord van de identiteitsprovider is ongeldig. Begin opnieuw met inloggen.',
      );
  }
}

function clearTransient(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(OIDC_COOKIE, { path: OIDC_COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure });
}

function rawQuery(req: FastifyRequest): string {
  const i = req.url.indexOf('?');
  return i === -1 ? '' : req.url.slice(i + 1);
}

export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const oidc: OidcClient | null = app.deps.oidc ?? null;
  const settings = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const usernameClaim = config.oidc?.usernameClaim ?? 'preferred_username';

  app.get(
    '/sessies/oidc/configuratie',
    {
      config: { public: true },
      schema: {
        tags: ['sessies'],
        operationId: 'getOidcConfiguratie',
        summary: 'Of inloggen via de gemeentelijke identiteitsprovider (OpenID Connect) mogelijk is.',
        response: {
          200: z.object({
            ingeschakeld: z.boolean().describe('Waar als OpenID Connect is geconfigureerd.'),
          }),
        },
      },
    },
    async () => ({ ingeschakeld: oidc !== null }),
  );

  app.get(
    '/sessies/oidc',
    {
      config: { public: true },
      schema: {
        tags: ['sessies'],
        operationId: 'startOidcSessie',
        summary: 'Inloggen via de gemeentelijke identiteitsprovider: stuurt de browser door (302).',
        response: {
          302: z
            .null()
            .describe('Doorverwijzing naar de identiteitsprovider (Location); zet een tijdelijk cookie.'),
        },
      },
    },
    async (_req, reply) => {
      if (!oidc) throw notConfigured();
      const { url, transient } = await oidc.startLogin();
      reply.setCookie(OIDC_COOKIE, encodeTransient(transient), {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        path: OIDC_COOKIE_PATH,
        maxAge: OIDC_COOKIE_MAX_AGE_SECONDS,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/sessies/oidc/callback',
    {
      config: { public: true },
      schema: {
        tags: ['sessies'],
        operationId: 'getOidcCallback',
        summary: 'Terugkeer van de identiteitsprovider: start de sessie en stuurt door naar de startpagina.',
        // Not strict: providers add parameters such as session_state.
        querystring: z.object({
          code: tekst(2048, { trim: false }).optional().describe('Autorisatiecode.'),
          state: tekst(512, { trim: false }).optional().describe('De state uit het inlogverzoek.'),
          iss: tekst(2048, { trim: false })
            .optional()
            .describe('Issuer van de identiteitsprovider (RFC 9207).'),
          error: tekst(256, { trim: false }).optional().describe('Foutcode van de identiteitsprovider.'),
        }),
        response: {
          302: z.null().describe('Ingelogd: sessiecookie gezet, doorverwijzing naar de startpagina.'),
        },
      },
    },
    async (req, reply) => {
      if (!oidc) throw notConfigured();
      const herkomst = herkomstOf(req, null);
      const transient = decodeTransient(req.cookies[OIDC_COOKIE]);
      // One attempt per start: the values are useless after this callback, whatever its outcome.
      clearTransient(reply, config.secureCookies);
      if (!transient) throw await failedCallback(db, herkomst, null);

      let identity: OidcIdentity;
      try {
        identity = await oidc.finishLogin(rawQuery(req), transient);
      } catch (err) {
        if (err instanceof OidcError) {
          req.log.warn({ soort: err.soort, code: err.code, msg: err.message }, 'OIDC-callback geweigerd');
          throw await failedCallback(db, herkomst, err);
        }
        throw err;
      }

      // The decision and its audit row commit together; the refusal is thrown after the commit.
      const match = await db.systemTransaction(async (tx) => {
        const m = await matchAccount(tx, identity, usernameClaim, herkomst);
        await auditLogin(
          tx,
          m.account,
          herkomst,
          m.ok ? 'toegestaan' : 'geweigerd',
          m.ok ? 'OIDC: ingelogd' : m.toelichting,
        );
        return m;
      });
      if (!match.ok) {
        throw errors.forbidden(
          'Er is geen actief account in Open Toegang gekoppeld aan uw gemeentelijke account. Neem contact op met de beheerder.',
        );
      }
      const { token } = await startSession(db, settings, match.account.id, herkomst.ip, 'oidc');
      setSessionCookie(reply, token, config.secureCookies);
      return reply.redirect('/', 302);
    },
  );
};
