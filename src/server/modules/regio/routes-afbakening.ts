import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regioPolicies as P } from './policies.ts';
import * as S from './schemas-afbakening.ts';
import { raadpleegRegionaleZaak, zetDoorNaarRegio } from './usecases/afbakening.ts';

const doel = 'wmo-toegang-intake';

/**
 * The border between local and regional access (issue 20 item 2, ADR 0038): what local toegang may
 * know of a regional case, and routing a melding to the regional access.
 */
export const afbakeningRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['regio'];

  app.get(
    '/personen/:id/regionale-zaak',
    {
      config: { policy: P['regionale-zaken.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getRegionaleZaak',
        summary:
          'Of de inwoner een zaak heeft bij de regionale toegang beschermd wonen en opvang, en wie de contactpersoon is (niet de inhoud).',
        params: z.object({ id: z.uuid() }),
        response: { 200: S.RegionaleZaak },
      },
    },
    (req) => raadpleegRegionaleZaak(db, req.actor(), req.params.id),
  );
  app.post(
    '/meldingen/:id/regionale-toegang',
    {
      config: { policy: P['meldingen.doorzetten-regio'], doel },
      schema: {
        tags,
        operationId: 'postMeldingRegionaleToegang',
        summary:
          'Zet een melding door naar de regionale toegang beschermd wonen en opvang (het team met het intakemandaat van de gemeente).',
        params: z.object({ id: z.uuid() }),
        body: S.DoorzettenInvoer,
        response: { 200: S.Doorgezet },
      },
    },
    (req) => zetDoorNaarRegio(db, req.actor(), req.params.id, req.body),
  );
};
