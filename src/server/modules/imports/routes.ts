import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { AppError } from '../../platform/http/errors.ts';
import { problemBody } from '../../platform/http/problem.ts';
import { IMPORTS } from './export.ts';
import { importPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { haalImport, importeerBeschikkingen, lijstImports, uitvoerderVan } from './service.ts';

/** Large enough for a million rows; the route is the only one with this limit. */
export const MAX_CSV_BYTES = 200 * 1024 * 1024;
const doel = 'gegevensmigratie';

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['import'];

  // Only within this plugin: a CSV body arrives as bytes (the import detects the encoding).
  app.addContentTypeParser(
    ['text/csv', 'application/csv'],
    { parseAs: 'buffer', bodyLimit: MAX_CSV_BYTES },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/imports/beschikkingen',
    {
      bodyLimit: MAX_CSV_BYTES,
      config: { policy: P['imports.uitvoeren'], doel },
      schema: {
        tags,
        operationId: 'postImportBeschikkingen',
        summary:
          'Importeert historische beschikkingen uit een CSV-bestand (text/csv, docs/import.md). Idempotent. Bij ongeldige regels: 400 met per regel een invalidParam en het importrapport in "rapport", tenzij skipInvalid=true.',
        consumes: ['text/csv'],
        querystring: S.ImportQuery,
        body: S.CsvBody,
        response: { 201: S.ImportRapport },
      },
    },
    async (req, reply) => {
      const rapport = await importeerBeschikkingen(db, uitvoerderVan(req.actor()), {
        gemeenteCode: req.query.gemeente,
        bestand: req.body ?? new Uint8Array(0),
        bestandsnaam: req.query.bestandsnaam ?? null,
        ongeldigeOverslaan: req.query.skipInvalid === 'true',
      });
      if (rapport.status === 'geweigerd') {
        const err = new AppError(
          400,
          'import-geweigerd',
          'Import geweigerd',
          `Het bestand is niet geïmporteerd: ${rapport.foutenTotaal} fout(en). Verbeter ze, of importeer alleen de geldige regels met skipInvalid=true.`,
          rapport.fouten.map((f) => ({
            name: `regel ${f.regel}${f.kolom ? `: ${f.kolom}` : ''}`,
            code: f.code,
            reason: f.melding,
          })),
        );
        // A problem (RFC 9457) with the report as an extension member, outside the 201 schema.
        return (reply as unknown as FastifyReply)
          .code(400)
          .type('application/problem+json; charset=utf-8')
          .serializer(JSON.stringify)
          .send({ ...problemBody(err, req.url.split('?')[0] ?? ''), rapport });
      }
      return reply.code(201).send(rapport);
    },
  );

  app.get(
    '/imports',
    {
      config: { policy: P['imports.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'listImports',
        summary: 'De laatste 100 importen van uw gemeenten, met aantallen.',
        querystring: metFormaat(S.ImportFilter),
        response: exportAntwoord(z.array(S.ImportSamenvatting)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, IMPORTS, req.query, (d) =>
        lijstImports(d, req.actor(), req.query.gemeente),
      ),
  );

  app.get(
    '/imports/:id',
    {
      config: { policy: P['imports.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getImport',
        params: z.object({ id: z.uuid() }),
        response: { 200: S.ImportDetail },
      },
    },
    (req) => haalImport(db, req.actor(), req.params.id),
  );
};
