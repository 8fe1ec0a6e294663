import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { declaraties } from './declaraties.ts';
import { DECLARATIES_GOEDGEKEURD } from './export.ts';
import { iwmoPolicies as P } from './policies.ts';
import * as S from './schemas-declaraties.ts';

const doel = 'wmo-declaratie';

/** Declaraties (WMO323): the worklist of rejected lines and the approved amounts per aanbieder. */
export const declaratieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/declaraties',
    {
      config: { policy: P['declaraties.raadplegen'], doel },
      schema: {
        tags: ['toewijzing'],
        operationId: 'listDeclaraties',
        summary:
          'Ontvangen declaraties (WMO323), nieuwste eerst, met de afgewezen prestaties en hun retourcodes.',
        querystring: S.DeclaratieFilter,
        response: { 200: S.DeclaratieLijst },
      },
    },
    (req) => declaraties.lijst(db, req.actor(), req.query),
  );
  app.put(
    '/declaratieregels/:id/afhandeling',
    {
      config: { policy: P['declaraties.afhandelen'], doel },
      schema: {
        tags: ['toewijzing'],
        operationId: 'putDeclaratieregelAfhandeling',
        params: z.object({ id: z.uuid() }),
        body: S.Afhandeling,
        response: { 200: z.object({ id: z.uuid(), afhandeling: z.string() }) },
      },
    },
    (req) => declaraties.handelAf(db, req.actor(), req.params.id, req.body.afhandeling),
  );
  app.get(
    '/declaraties/goedgekeurd',
    {
      config: { policy: P['declaraties.exporteren'], doel },
      schema: {
        tags: ['toewijzing'],
        operationId: 'listDeclaratiesGoedgekeurd',
        summary: 'Goedgekeurde bedragen per aanbieder (voor de financiële administratie); ?formaat=csv.',
        querystring: metFormaat(S.GoedgekeurdFilter),
        response: exportAntwoord(S.GoedgekeurdPerAanbieder),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, DECLARATIES_GOEDGEKEURD, req.query, (d, q) =>
        declaraties.goedgekeurdPerAanbieder(d, req.actor(), q),
      ),
  );
};
