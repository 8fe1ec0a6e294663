import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { onderzoekPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import * as A from './schemas-awb.ts';
import { downloadAanvraagbrief, stelDwangsomVast } from './usecases/stel-dwangsom-vast.ts';
import { verdaagAanvraag } from './usecases/verdaag-aanvraag.ts';

const Id = z.object({ id: z.uuid() });

/** Verdaging (Awb 4:14 lid 3) and the dwangsom beschikking (4:18) of an aanvraag, with their letters. */
export const aanvraagAwbRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['aanvraag'];
  const schrijven = { policy: P['aanvragen.termijn-bewaken'], doel: 'wmo-aanvraag' };
  const lezen = { policy: P['aanvragen.raadplegen'], doel: 'wmo-aanvraag', produces: 'application/pdf' };

  app.post(
    '/aanvragen/:id/verdaging',
    {
      config: schrijven,
      schema: {
        tags,
        operationId: 'postVerdagingAanvraag',
        summary:
          'Verdaagt de beslistermijn (Awb 4:14 lid 3), alleen vóór het einde ervan: een nieuwe datum of een aantal weken, met brief.',
        params: Id,
        body: A.VerdagingAanvraagInvoer,
        response: { 200: S.Aanvraag },
      },
    },
    (req) => verdaagAanvraag(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/aanvragen/:id/dwangsom/vaststelling',
    {
      config: schrijven,
      schema: {
        tags,
        operationId: 'postDwangsomVaststelling',
        summary:
          'Beschikking tot vaststelling van de dwangsom (Awb 4:18) als die is afgelopen: dagen, bedrag en brief.',
        params: Id,
        body: A.DwangsomVaststellenInvoer,
        response: { 201: A.DwangsomVaststelling },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await stelDwangsomVast(db, req.actor(), req.params.id, req.body)),
  );
  const brieven = [
    [
      '/aanvragen/:id/verdaging/brief',
      'getVerdagingAanvraagBrief',
      'aanvraag-verdaging',
      'De brief bij de verdaging.',
    ],
    [
      '/aanvragen/:id/dwangsom/brief',
      'getDwangsomBrief',
      'dwangsom-vaststelling',
      'De beschikking tot vaststelling van de dwangsom (PDF).',
    ],
  ] as const;
  for (const [pad, operationId, soort, summary] of brieven) {
    app.get(
      pad,
      { config: lezen, schema: { tags, operationId, summary, params: Id } },
      async (req, reply) => {
        const doc = await downloadAanvraagbrief(db, req.actor(), req.params.id, soort);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
          .send(doc.inhoud);
      },
    );
  }
};
