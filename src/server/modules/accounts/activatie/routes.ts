import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { herkomstOf } from '../../../platform/auth/plugin.ts';
import { accountsPolicies as P } from '../policies.ts';
import { Activatiecode, Activeren } from '../schemas.ts';
import { activeer } from './activeren.ts';
import { geefActivatiecode } from './uitgeven.ts';

/** Activation codes instead of passwords set by a beheerder (ADR 0021, docs/rollen-en-toegang.md). */
export const activatieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.post(
    '/gebruikers/:id/activatiecodes',
    {
      config: { policy: P['gebruikers.beheren'], doel: 'toegangsbeheer' },
      schema: {
        tags: ['gebruikers'],
        operationId: 'postActivatiecode',
        summary:
          'Nieuwe eenmalige activatiecode (wachtwoord vergeten, telefoon kwijt): wist wachtwoord en tweede factor en beëindigt de sessies.',
        params: z.object({ id: z.uuid() }),
        response: { 201: Activatiecode },
      },
    },
    async (req, reply) => reply.code(201).send(await geefActivatiecode(db, req.actor(), req.params.id)),
  );

  app.post(
    '/activaties',
    {
      config: { public: true },
      schema: {
        tags: ['sessies'],
        operationId: 'postActivatie',
        summary: 'Account activeren met de eenmalige code: de gebruiker kiest zelf een wachtwoord.',
        body: Activeren,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await activeer(db, req.body, herkomstOf(req, null));
      return reply.code(204).send(null);
    },
  );
};
