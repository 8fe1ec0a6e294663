import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { begroot } from './budget.ts';
import { financienPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { uitgaven } from './uitgaven.ts';

const doel = 'monitoring';

export const financienRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/monitoring/uitgaven',
    {
      config: { policy: P['financien.raadplegen'], doel },
      schema: {
        tags: ['monitoring'],
        operationId: 'getUitgaven',
        summary:
          'Begroot, verplicht, gerealiseerd en prognose per productcategorie, per wijk en per aanbieder (euro).',
        querystring: S.UitgavenFilter,
        response: { 200: S.Uitgaven },
      },
    },
    (req) => uitgaven(db, req.actor(), req.query),
  );
  app.put(
    '/budgetten/:gemeente/:jaar/:categorie',
    {
      config: { policy: P['financien.begroten'], doel },
      schema: {
        tags: ['monitoring'],
        operationId: 'putBudget',
        summary: 'Zet de begroting van een productcategorie voor een jaar (euro, niet negatief).',
        params: S.BudgetParams,
        body: S.BudgetInvoer,
        response: { 200: S.Budget },
      },
    },
    (req) => begroot(db, req.actor(), { ...req.params, bedrag: req.body.bedrag }),
  );
};
