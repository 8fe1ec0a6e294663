import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOEL_PREVENTIE } from './diensten.ts';
import { preventiePolicies as P } from './policies.ts';
import * as SP from './schemas-partners.ts';
import { lijstPartners, raadpleegPartner } from './usecases/raadpleeg-partners.ts';

const Id = z.object({ id: z.uuid() });
const doel = DOEL_PREVENTIE;

export const preventieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['preventie'];

  app.get(
    '/partners',
    {
      config: { policy: P['partners.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'lijstPartners',
        summary:
          'De preventiepartners van de eigen gemeenten (met diensten en teams per wijk); een partner ziet alleen zichzelf.',
        querystring: SP.PartnersFilter,
        response: { 200: z.array(SP.Partner) },
      },
    },
    (req) => lijstPartners(db, req.actor(), req.query),
  );
  app.get(
    '/partners/:id',
    {
      config: { policy: P['partners.raadplegen'], doel },
      schema: { tags, operationId: 'getPartner', params: Id, response: { 200: SP.Partner } },
    },
    (req) => raadpleegPartner(db, req.actor(), req.params.id),
  );
};
