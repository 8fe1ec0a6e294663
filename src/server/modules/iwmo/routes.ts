import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { tekstvak } from '../../platform/http/invoer.ts';
import { IWMO_BERICHTEN } from './export.ts';
import { ontvangBericht } from './inkomend.ts';
import { iwmoPolicies as P } from './policies.ts';
import { declaratieRoutes } from './routes-declaraties.ts';
import { verzoekRoutes } from './routes-verzoeken.ts';
import * as S from './schemas.ts';
import { OntvangstResultaat } from './schemas-verzoeken.ts';
import { iwmoBerichten } from './service-berichten.ts';

const Id = z.object({ id: z.uuid() });
// The message log is read under the beschikking's purpose, as before iWmo had its own module.
const doel = 'wmo-beschikking';

/** The iWmo message log (outbox and incoming messages) and the verzoeken of aanbieders. */
export const iwmoRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  await app.register(verzoekRoutes);
  await app.register(declaratieRoutes);

  app.get(
    '/iwmo-berichten',
    {
      config: { policy: P['iwmo.raadplegen'], doel },
      schema: {
        tags: ['toewijzing'],
        operationId: 'listIwmoBerichten',
        querystring: metFormaat(S.BerichtFilter),
        response: exportAntwoord(S.BerichtPagina),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, IWMO_BERICHTEN, req.query, (d, q) =>
        iwmoBerichten.lijst(d, req.actor(), q),
      ),
  );
  app.get(
    '/iwmo-berichten/:id',
    {
      config: { policy: P['iwmo.raadplegen'], doel, produces: 'application/xml' },
      schema: { tags: ['toewijzing'], operationId: 'getIwmoBericht', params: Id },
    },
    async (req, reply) => {
      const b = await iwmoBerichten.get(db, req.actor(), req.params.id);
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${b.berichtcode}-${b.identificatie}.xml"`)
        .send(b.inhoud);
    },
  );
  // iWmo messages arrive as XML; within this plugin the body is handed over as text.
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit: 16 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  app.post(
    '/iwmo-berichten',
    {
      config: { policy: P['iwmo.raadplegen'], doel },
      schema: {
        tags: ['toewijzing'],
        operationId: 'postIwmoBericht',
        summary:
          'Ontvangt een WMO305, WMO307, WMO315, WMO317 of WMO323 (declaratie, beantwoord met een WMO325) van een aanbieder (application/xml); afgekeurd met de foutcodes van de standaard.',
        consumes: ['application/xml'],
        body: tekstvak(16 * 1024 * 1024, { trim: false }).min(1),
        response: { 201: OntvangstResultaat },
      },
    },
    async (req, reply) => reply.code(201).send(await ontvangBericht(db, req.actor(), req.body)),
  );
};
