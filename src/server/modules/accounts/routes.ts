import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { laadGeheimSleutel } from '../../platform/auth/geheimen.ts';
import { herkomstOf } from '../../platform/auth/plugin.ts';
import { SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import { activatieRoutes } from './activatie/routes.ts';
import { tweedeFactorRoutes } from './mfa/routes.ts';
import { oidcRoutes } from './oidc-routes.ts';
import { accountsPolicies as P } from './policies.ts';
import { metAccount, sessieBody } from './presenters.ts';
import { Gebruiker, GebruikerAangemaakt, GebruikerAanmaken, Inloggen, Inlogstap, Sessie } from './schemas.ts';
import { createGebruiker, listGebruikers, login, logout } from './service.ts';
import { setSessionCookie } from './sessie-cookie.ts';

export const accountsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const settings = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const mfaSleutel =
    config.mfa === 'verplicht' ? laadGeheimSleutel(config.dataDir, config.geheimSleutel) : null;

  app.post(
    '/sessies',
    {
      config: { public: true },
      schema: {
        tags: ['sessies'],
        operationId: 'postSessie',
        summary:
          'Inloggen met gebruikersnaam en wachtwoord; zet het sessiecookie (201), of vraagt eerst de tweede factor (202).',
        body: Inloggen,
        response: { 201: Sessie, 202: Inlogstap },
      },
    },
    async (req, reply) => {
      const r = await login(db, settings, req.body, herkomstOf(req, null), mfaSleutel);
      if ('stap' in r) return reply.code(202).send(r.stap);
      setSessionCookie(reply, r.token, config.secureCookies);
      return reply.code(201).send(sessieBody(r.principal));
    },
  );

  app.get(
    '/sessies/huidig',
    {
      config: { policy: P['sessie.eigen'] },
      schema: {
        tags: ['sessies'],
        operationId: 'getHuidigeSessie',
        summary: 'De ingelogde gebruiker.',
        response: { 200: Sessie },
      },
    },
    async (req) => sessieBody(metAccount(req.actor().principal)),
  );

  app.delete(
    '/sessies/huidig',
    {
      config: { policy: P['sessie.eigen'] },
      schema: {
        tags: ['sessies'],
        operationId: 'deleteHuidigeSessie',
        summary: 'Uitloggen.',
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await logout(db, req.actor());
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/gebruikers',
    {
      config: { policy: P['gebruikers.lezen'] },
      schema: { tags: ['gebruikers'], operationId: 'listGebruikers', response: { 200: z.array(Gebruiker) } },
    },
    async (req) => listGebruikers(db, req.actor()),
  );

  app.post(
    '/gebruikers',
    {
      config: { policy: P['gebruikers.beheren'] },
      schema: {
        tags: ['gebruikers'],
        operationId: 'postGebruiker',
        summary:
          'Account voor een medewerker: lokaal met een eenmalige activatiecode (de gebruiker kiest zelf het wachtwoord), of via OIDC.',
        body: GebruikerAanmaken,
        response: { 201: GebruikerAangemaakt },
      },
    },
    async (req, reply) => reply.code(201).send(await createGebruiker(db, req.actor(), req.body)),
  );

  await app.register(activatieRoutes);
  await app.register(tweedeFactorRoutes);
  await app.register(oidcRoutes);
};
