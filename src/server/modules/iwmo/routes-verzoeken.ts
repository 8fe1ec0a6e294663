import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { IWMO_VERZOEKEN } from './export.ts';
import { iwmoPolicies as P } from './policies.ts';
import * as S from './schemas-verzoeken.ts';
import { verzoeken } from './verzoeken.ts';

const Id = z.object({ id: z.uuid() });
const doel = 'wmo-toewijzing';
const tags = ['toewijzing'];

/** The worklist of WMO315/WMO317 verzoeken and their answers (WMO319, or a WMO301 with the referentie). */
export const verzoekRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/iwmo-verzoeken',
    {
      config: { policy: P['iwmo-verzoeken.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'listIwmoVerzoeken',
        summary: 'Verzoeken om toewijzing (WMO315) en om wijziging (WMO317) van aanbieders, oudste eerst.',
        querystring: metFormaat(S.VerzoekFilter),
        response: exportAntwoord(S.VerzoekPagina),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, IWMO_VERZOEKEN, req.query, (d, q) => verzoeken.lijst(d, req.actor(), q)),
  );
  app.get(
    '/iwmo-verzoeken/:id',
    {
      config: { policy: P['iwmo-verzoeken.raadplegen'], doel },
      schema: { tags, operationId: 'getIwmoVerzoek', params: Id, response: { 200: S.Verzoek } },
    },
    (req) => verzoeken.get(db, req.actor(), req.params.id),
  );
  app.post(
    '/iwmo-verzoeken/:id/in-onderzoek',
    {
      config: { policy: P['iwmo-verzoeken.beantwoorden'], doel },
      schema: {
        tags,
        operationId: 'postIwmoVerzoekInOnderzoek',
        summary: 'Antwoordt de aanbieder dat de aanvraag in onderzoek is (WMO319, verzoekantwoord 2).',
        params: Id,
        body: S.InOnderzoek,
        response: { 200: S.Verzoek },
      },
    },
    (req) => verzoeken.inOnderzoek(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/iwmo-verzoeken/:id/afwijzing',
    {
      config: { policy: P['iwmo-verzoeken.beantwoorden'], doel },
      schema: {
        tags,
        operationId: 'postIwmoVerzoekAfwijzing',
        summary: 'Wijst het verzoek af met een reden (WMO319, verzoekantwoord 1, WJ759).',
        params: Id,
        body: S.Afwijzing,
        response: { 200: S.Verzoek },
      },
    },
    (req) => verzoeken.wijsAf(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/iwmo-verzoeken/:id/toewijzing',
    {
      config: { policy: P['iwmo-verzoeken.beantwoorden'], doel },
      schema: {
        tags,
        operationId: 'postIwmoVerzoekToewijzing',
        summary:
          'Wijst het verzoek toe met vastgestelde voorzieningen: een WMO301 waarin hun toewijzingen de referentie van de aanbieder dragen.',
        params: Id,
        body: S.Toewijzing,
        response: { 200: S.Verzoek },
      },
    },
    (req) => verzoeken.wijsToe(db, req.actor(), req.params.id, req.body),
  );
};
