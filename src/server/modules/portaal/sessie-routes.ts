import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { writeAudit } from '../../platform/audit/audit.ts';
import { destroyInwonerSession, INWONER_COOKIE } from '../../platform/auth/inwoner-sessies.ts';
import { herkomstOf } from '../../platform/auth/plugin.ts';
import type { Herkomst } from '../../platform/auth/principal.ts';
import { AppError, errors } from '../../platform/http/errors.ts';
import { tekst } from '../../platform/http/invoer.ts';
import { API_PREFIX } from '../../platform/http/openapi.ts';
import { inTx } from '../../platform/usecase.ts';
import { OidcError, type OidcIdentity, type OidcTransient } from '../accounts/index.ts';
import { demoPersonen, identiteitUitClaims } from './digid.ts';
import { DOEL_PORTAAL } from './doel.ts';
import { portaalPolicies as P } from './policies.ts';
import { portaalRepo } from './repo-portaal.ts';
import { inwoner } from './routes.ts';
import * as S from './schemas.ts';
import { demoPseudoniem, startInwonerSessie } from './usecases/start-sessie.ts';

const tags = ['inwonerportaal'];
/** State, nonce and PKCE verifier between the redirect to the broker and the callback (ten minutes). */
const DIGID_COOKIE = 'ot_digid';
const DIGID_COOKIE_PATH = `${API_PREFIX}/inwoner/sessies/oidc`;
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
const DEMO_ACR = 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract';

function encode(t: OidcTransient): string {
  return [t.state, t.nonce, t.codeVerifier].join('.');
}

function decode(value: string | undefined): OidcTransient | null {
  const parts = value?.split('.') ?? [];
  if (parts.length !== 3 || !parts.every((p) => TOKEN.test(p))) return null;
  const [state, nonce, codeVerifier] = parts as [string, string, string];
  return { state, nonce, codeVerifier };
}

function nietAan(wat: string): AppError {
  return new AppError(404, 'niet-gevonden', 'Niet gevonden', `${wat} is niet ingeschakeld.`);
}

function zetSessieCookie(reply: FastifyReply, token: string, secure: boolean): void {
  // Lax: the broker's redirect back is a cross-site navigation that must carry the new session
  // to /mijn; state-changing requests need the CSRF header anyway.
  reply.setCookie(INWONER_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

function rawQuery(req: FastifyRequest): string {
  const i = req.url.indexOf('?');
  return i === -1 ? '' : req.url.slice(i + 1);
}

async function auditMislukt(req: FastifyRequest, herkomst: Herkomst, reden: string): Promise<void> {
  await req.server.deps.db.systemTransaction((tx) =>
    writeAudit(
      tx,
      {
        soort: null,
        gebruikerId: null,
        gebruikersnaam: null,
        rol: null,
        organisatieId: null,
        gemeenteCode: null,
        herkomst,
      },
      [
        {
          actie: 'login',
          objectType: 'persoon',
          doel: DOEL_PORTAAL,
          resultaat: 'mislukt',
          toelichting: `DigiD: ${reden}`,
        },
      ],
    ),
  );
}

export const portaalSessieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const digid = app.deps.digid ?? null;

  app.get(
    '/inwoner/configuratie',
    {
      config: { public: true },
      schema: {
        tags,
        operationId: 'getPortaalConfiguratie',
        summary: 'Hoe een inwoner kan inloggen: DigiD via de makelaar, of de DigiD-simulator van de demo.',
        response: { 200: S.PortaalConfiguratie },
      },
    },
    async () => ({
      digid: digid !== null,
      digidSimulator: config.digidSimulator,
      mail: config.smtp !== null,
    }),
  );

  app.get(
    '/inwoner/sessies/oidc',
    {
      config: { public: true },
      schema: {
        tags,
        operationId: 'startDigidSessie',
        summary: 'Inloggen met DigiD: stuurt de browser door naar de DigiD-makelaar (302).',
        response: { 302: z.null().describe('Doorverwijzing naar de makelaar.') },
      },
    },
    async (_req, reply) => {
      if (!digid) throw nietAan('Inloggen met DigiD');
      const { url, transient } = await digid.startLogin();
      reply.setCookie(DIGID_COOKIE, encode(transient), {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
        path: DIGID_COOKIE_PATH,
        maxAge: 600,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/inwoner/sessies/oidc/callback',
    {
      config: { public: true },
      schema: {
        tags,
        operationId: 'getDigidCallback',
        summary: 'Terugkeer van de DigiD-makelaar: start de sessie en stuurt door naar /mijn.',
        querystring: z.object({
          code: tekst(2048, { trim: false }).optional(),
          state: tekst(512, { trim: false }).optional(),
          iss: tekst(2048, { trim: false }).optional(),
          error: tekst(256, { trim: false }).optional(),
        }),
        response: { 302: z.null().describe('Ingelogd: doorverwijzing naar /mijn.') },
      },
    },
    async (req, reply) => {
      if (!digid) throw nietAan('Inloggen met DigiD');
      const herkomst = herkomstOf(req, null);
      const transient = decode(req.cookies[DIGID_COOKIE]);
      reply.clearCookie(DIGID_COOKIE, {
        path: DIGID_COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: config.secureCookies,
      });
      if (!transient) {
        await auditMislukt(req, herkomst, 'inlogverzoek ontbreekt');
        throw new AppError(
          400,
          'digid-verzoek-ontbreekt',
          'Ongeldig inlogverzoek',
          'Begin opnieuw met inloggen.',
        );
      }
      let claims: OidcIdentity;
      try {
        claims = await digid.finishLogin(rawQuery(req), transient);
      } catch (err) {
        if (!(err instanceof OidcError)) throw err;
        await auditMislukt(req, herkomst, `${err.soort}${err.code ? ` (${err.code.slice(0, 80)})` : ''}`);
        if (err.soort === 'onbereikbaar')
          throw errors.unavailable('DigiD is nu niet bereikbaar. Probeer het later opnieuw.');
        throw new AppError(
          err.soort === 'geweigerd' ? 401 : 400,
          'digid-mislukt',
          'Inloggen niet gelukt',
          'Inloggen met DigiD is niet gelukt of afgebroken. Probeer het opnieuw.',
        );
      }
      const id = identiteitUitClaims(claims);
      if (!id) {
        await auditMislukt(req, herkomst, 'geen geldig BSN in het antwoord');
        throw new AppError(
          400,
          'digid-geen-bsn',
          'Inloggen niet gelukt',
          'DigiD gaf geen burgerservicenummer door.',
        );
      }
      const sessie = await startInwonerSessie(
        db,
        { ...id, machtigingDoorMakelaar: id.namensBsn !== null, methode: 'digid' },
        herkomst,
        config.portaalGemeente,
      );
      zetSessieCookie(reply, sessie.token, config.secureCookies);
      return reply.redirect('/mijn', 302);
    },
  );

  app.get(
    '/inwoner/sessies/demo',
    {
      config: { public: true },
      schema: {
        tags,
        operationId: 'listDemoInwoners',
        summary: 'DigiD-simulator (alleen demo): een paar demopersonen om mee in te loggen.',
        response: { 200: S.DemoPersonen },
      },
    },
    async () => {
      if (!config.digidSimulator) throw nietAan('De DigiD-simulator');
      return { personen: await demoPersonen(db) };
    },
  );

  app.post(
    '/inwoner/sessies/demo',
    {
      config: { public: true },
      schema: {
        tags,
        operationId: 'postDemoSessie',
        summary: 'DigiD-simulator (alleen demo, anders 404): inloggen met een demo-BSN, niveau Midden.',
        body: S.DemoLogin,
        response: { 201: S.InwonerSessie },
      },
    },
    async (req, reply) => {
      if (!config.digidSimulator) throw nietAan('De DigiD-simulator');
      const herkomst = herkomstOf(req, null);
      const sessie = await startInwonerSessie(
        db,
        {
          bsn: req.body.bsn,
          pseudoniem: demoPseudoniem(req.body.bsn),
          acr: DEMO_ACR,
          niveau: 2,
          namensBsn: req.body.namens ?? null,
          machtigingDoorMakelaar: false,
          methode: 'demo',
        },
        herkomst,
        config.portaalGemeente,
      );
      zetSessieCookie(reply, sessie.token, config.secureCookies);
      return reply.code(201).send({
        csrfToken: sessie.csrfToken,
        methode: 'demo' as const,
        niveau: DEMO_ACR,
        namens: sessie.namens ? { grondslag: sessie.namens.grondslag } : null,
        naam: sessie.naam,
        bekend: sessie.bekend,
        gegevensGevraagd: !sessie.bekend && config.brp === null,
      });
    },
  );

  app.get(
    '/inwoner/sessies/huidig',
    {
      config: { policy: P['inwoner.sessie'], doel: DOEL_PORTAAL },
      schema: {
        tags,
        operationId: 'getInwonerSessie',
        summary: 'De sessie van de ingelogde inwoner (na herladen van de pagina).',
        response: { 200: S.InwonerSessie },
      },
    },
    async (req) => {
      const actor = inwoner(req);
      const p = actor.principal;
      const persoon = await inTx(db, actor, (tx) => portaalRepo.persoon(tx));
      return {
        csrfToken: p.csrfToken,
        methode: p.pseudoniem.startsWith('demo-') ? ('demo' as const) : ('digid' as const),
        niveau: p.acr,
        namens: p.namens ? { grondslag: p.namens.grondslag } : null,
        naam: persoon?.naam ?? '',
        bekend: persoon !== null,
        gegevensGevraagd: persoon === null && config.brp === null,
      };
    },
  );

  app.delete(
    '/inwoner/sessies/huidig',
    {
      config: { policy: P['inwoner.sessie'], doel: DOEL_PORTAAL },
      schema: {
        tags,
        operationId: 'deleteInwonerSessie',
        summary: 'Uitloggen.',
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      const actor = inwoner(req);
      await destroyInwonerSession(db, actor.principal.sessieId);
      reply.clearCookie(INWONER_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};
