import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AlleenFormaat, exportAntwoord, lijstOfExport } from '../../platform/export/lijst.ts';
import { REGISTER } from './export.ts';
import { privacyPolicies as P } from './policies.ts';
import { registerJson } from './verwerkingsregister.ts';

const Verwerking = z.object({
  id: z.string().describe('Het doel dat het audittrail bij elke inzage vastlegt.'),
  naam: z.string(),
  doel: z.string(),
  grondslagen: z.array(z.string()),
  categorieenBetrokkenen: z.array(z.string()),
  categorieenGegevens: z.array(z.object({ code: z.string(), omschrijving: z.string() })),
  ontvangers: z.array(z.string()),
  bewaartermijn: z.string(),
  modules: z.array(z.string()),
});

/** The register of processing activities (AVG art. 30), as data from the code; no personal data. */
export const registerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/verwerkingsregister',
    {
      config: { policy: P['verwerkingsregister.raadplegen'], doel: 'toezicht-op-gegevensverwerking' },
      schema: {
        tags: ['privacy'],
        operationId: 'getVerwerkingsregister',
        summary: 'Het register van verwerkingen (AVG art. 30), bijgehouden in de code van de modules.',
        querystring: AlleenFormaat,
        response: exportAntwoord(z.array(Verwerking)),
      },
    },
    (req, reply) => lijstOfExport(req, reply, app.deps.db, REGISTER, req.query, async () => registerJson()),
  );
};
