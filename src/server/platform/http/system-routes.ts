import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from './errors.ts';

const Health = z.object({ status: z.enum(['ok']), database: z.enum(['pglite', 'postgres']) });

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['systeem'],
        summary: 'Gezondheid: 200 als de database bereikbaar is.',
        operationId: 'getHealth',
        response: { 200: Health },
      },
    },
    async () => {
      const { db } = app.deps;
      try {
        await db.systemTransaction((tx) => tx.query('SELECT 1'));
      } catch {
        throw errors.unavailable('De database is niet bereikbaar.');
      }
      return { status: 'ok' as const, database: db.mode };
    },
  );
};
