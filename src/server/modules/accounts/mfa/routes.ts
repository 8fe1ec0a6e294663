import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { laadGeheimSleutel } from '../../../platform/auth/geheimen.ts';
import { herkomstOf } from '../../../platform/auth/plugin.ts';
import { metAccount, sessieBody } from '../presenters.ts';
import { Sessie, TweedeFactor } from '../schemas.ts';
import { setSessionCookie } from '../sessie-cookie.ts';
import { voltooiInlogstap } from './inlogstap.ts';

/** The second step of a password login: the code from the authenticator app (docs/rollen-en-toegang.md). */
export const tweedeFactorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  const settings = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  let sleutel: Buffer | null = null;

  app.post(
    '/sessies/tweede-factor',
    {
      config: { public: true },
      schema: {
        tags: ['sessies'],
        operationId: 'postTweedeFactor',
        summary:
          'Inloggen, stap 2: de code uit de authenticator-app (bij de eerste keer koppelt dit de app); zet het sessiecookie.',
        body: TweedeFactor,
        response: { 201: Sessie },
      },
    },
    async (req, reply) => {
      sleutel ??= laadGeheimSleutel(config.dataDir, config.geheimSleutel);
      const { token, principal } = await voltooiInlogstap(
        db,
        settings,
        sleutel,
        req.body,
        herkomstOf(req, null),
      );
      setSessionCookie(reply, token, config.secureCookies);
      return reply.code(201).send(sessieBody(metAccount(principal)));
    },
  );
};
