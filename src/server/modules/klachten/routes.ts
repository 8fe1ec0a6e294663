import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { klachtenPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { handelKlachtAf } from './usecases/handel-klacht-af.ts';
import { klachtenLijst, raadpleegKlacht } from './usecases/raadpleeg-klachten.ts';
import { registreerKlacht } from './usecases/registreer-klacht.ts';
import { verdaagKlacht } from './usecases/verdaag-klacht.ts';

const Id = z.object({ id: z.uuid() });
const doel = 'klachtbehandeling';

export const klachtenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['klacht'];
  const behandelen = { policy: P['klachten.behandelen'], doel };
  const lezen = { policy: P['klachten.raadplegen'], doel };

  app.post(
    '/klachten',
    {
      config: { policy: P['klachten.registreren'], doel },
      schema: {
        tags,
        operationId: 'postKlacht',
        summary: 'Registreert een klacht over de behandeling (Awb hoofdstuk 9); termijn per Awb 9:11.',
        body: S.KlachtInvoer,
        response: { 201: S.Klacht },
      },
    },
    async (req, reply) => reply.code(201).send(await registreerKlacht(db, req.actor(), req.body)),
  );
  app.get(
    '/klachten',
    {
      config: lezen,
      schema: {
        tags,
        operationId: 'listKlachten',
        summary: 'Werklijst van de klachtcoördinator, op volgorde van de afhandeltermijn.',
        querystring: S.KlachtFilter,
        response: { 200: S.KlachtLijst },
      },
    },
    (req) => klachtenLijst(db, req.actor(), req.query.status ?? null),
  );
  app.get(
    '/klachten/:id',
    { config: lezen, schema: { tags, operationId: 'getKlacht', params: Id, response: { 200: S.Klacht } } },
    (req) => raadpleegKlacht(db, req.actor(), req.params.id),
  );
  app.post(
    '/klachten/:id/verdaging',
    {
      config: behandelen,
      schema: {
        tags,
        operationId: 'postKlachtVerdaging',
        summary: 'Verdaagt de afhandeling met vier weken (Awb 9:11 lid 2), één keer.',
        params: Id,
        body: S.KlachtVerdaging,
        response: { 200: S.Klacht },
      },
    },
    (req) => verdaagKlacht(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/klachten/:id/afhandeling',
    {
      config: behandelen,
      schema: {
        tags,
        operationId: 'postKlachtAfhandeling',
        summary: 'Legt het oordeel vast (Awb 9:12).',
        params: Id,
        body: S.KlachtAfhandeling,
        response: { 200: S.Klacht },
      },
    },
    (req) => handelKlachtAf(db, req.actor(), req.params.id, req.body),
  );
};
