import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOEL_RECHTEN_BETROKKENE as doel } from './doel.ts';
import { privacyPolicies as P } from './policies.ts';
import { inzageAlsPdf, maakInzage } from './usecases/maak-inzage.ts';

const Waarde = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const InzageExport = z.object({
  persoon: z.object({ id: z.uuid(), naam: z.string(), gemeenteCode: z.string() }),
  gemaaktOp: z.string(),
  delen: z.array(
    z.object({ module: z.string(), titel: z.string(), gegevens: z.array(z.record(z.string(), Waarde)) }),
  ),
  ontvangers: z
    .array(z.object({ naam: z.string(), soort: z.string(), wat: z.string() }))
    .describe('Organisaties die gegevens van de persoon kregen (AVG art. 15 lid 1 sub c).'),
  toegangen: z
    .array(
      z.object({
        tijdstip: z.string(),
        actie: z.string(),
        doel: z.string(),
        rol: z.string().nullable(),
        organisatie: z.string().nullable(),
        soort: z.string().nullable(),
        resultaat: z.string(),
        doorbraak: z
          .boolean()
          .describe(
            'Toegang onder een doorbraak: een medewerker zonder relatie met het huishouden opende het dossier.',
          ),
      }),
    )
    .describe('Wie het dossier zag of wijzigde, uit het audittrail; medewerkers met rol en organisatie.'),
});

const Formaat = z.strictObject({
  formaat: z
    .enum(['json', 'pdf'])
    .optional()
    .describe('pdf voor de betrokkene, json (standaard) voor systemen.'),
});

/** The inzage export of one person (AVG art. 15). */
export const inzageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/personen/:id/inzage',
    {
      config: { policy: P['inzage.maken'], doel },
      schema: {
        tags: ['privacy'],
        operationId: 'getPersoonInzage',
        summary:
          'Alles wat de gemeente van deze persoon heeft, de ontvangers en wie het dossier zag (AVG art. 15). JSON, of PDF met ?formaat=pdf of Accept: application/pdf.',
        params: z.object({ id: z.uuid() }),
        querystring: Formaat,
        response: {
          200: {
            description: 'De inzage als JSON of als PDF-brief.',
            content: {
              'application/json': { schema: InzageExport },
              'application/pdf': { schema: z.string() },
            },
          },
        },
      },
    },
    async (req, reply) => {
      const inzage = await maakInzage(db, req.actor(), req.params.id);
      const accept = req.headers.accept ?? '';
      const pdf = req.query.formaat === 'pdf' || (!req.query.formaat && accept.includes('application/pdf'));
      if (pdf) {
        // A Buffer is sent as is (no JSON serialisation), like the other downloads (platform/export).
        return (reply as FastifyReply)
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="inzage-${inzage.persoon.id.slice(0, 8)}.pdf"`)
          .send(await inzageAlsPdf(inzage));
      }
      const { afzender: _a, adres: _b, ...json } = inzage;
      return reply.type('application/json').send(json);
    },
  );
};
