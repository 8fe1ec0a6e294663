import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportAntwoord, lijstOfExport } from '../../platform/export/lijst.ts';
import { CBS_LEVERING } from './export.ts';
import { cbsPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { DOEL_CBS, maakLevering } from './usecases/maak-levering.ts';

/** The periodic delivery to CBS (Monitor Sociaal Domein, Wmo part) with its validation report. */
export const cbsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  // Without a key of its own the export works (for trying out) and says so in its report.
  const sleutel = config.cbsPseudoniemSleutel
    ? { waarde: config.cbsPseudoniemSleutel, eigen: true }
    : { waarde: `open-toegang-proef-${config.publicUrl}`, eigen: false };

  app.get(
    '/cbs/monitor-sociaal-domein',
    {
      config: { policy: P['cbs.aanleveren'], doel: DOEL_CBS },
      schema: {
        tags: ['monitoring'],
        operationId: 'getCbsMonitorSociaalDomein',
        summary:
          'Levering maatwerkvoorzieningen Wmo aan CBS (Monitor Sociaal Domein) per halfjaar, met validatierapport; als CSV/XLSX met ?formaat.',
        querystring: S.LeveringQuery,
        response: exportAntwoord(S.Levering),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, CBS_LEVERING, req.query, (d, q) =>
        maakLevering(d, req.actor(), q, sleutel),
      ),
  );
};
