import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ThemaKleuren } from '../../../../domain/thema/contrast.ts';
import { organisatiePolicies as P } from '../policies.ts';
import { GemeenteCode } from '../schemas.ts';
import { Thema, ThemaZetten } from './schemas.ts';
import { contrastParams, leesThema, zetThema } from './thema.ts';

const tags = ['organisatie'];

/** The huisstijl per gemeente: every staff screen reads it, beheer sets it (ADR 0032). */
export const themaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const params = z.object({ code: GemeenteCode });
  app.get(
    '/gemeenten/:code/thema',
    {
      config: { policy: P['organisatie.raadplegen'] },
      schema: { tags, operationId: 'getGemeenteThema', params, response: { 200: Thema } },
    },
    (req) => leesThema(db, req.actor(), req.params.code),
  );
  app.put(
    '/gemeenten/:code/thema',
    {
      config: {
        policy: P['organisatie.beheren'],
        doel: 'organisatiebeheer',
        // The contrast check with the schema's findings: a wrong name and a pale colour in one answer.
        samenControleren: async (_req, geldig) => contrastParams(geldig as Partial<ThemaKleuren>),
      },
      schema: { tags, operationId: 'putGemeenteThema', params, body: ThemaZetten, response: { 200: Thema } },
    },
    (req) => zetThema(db, req.actor(), req.params.code, req.body),
  );
};
