import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOEL_PORTAAL as doel } from './doel.ts';
import { portaalPolicies as P } from './policies.ts';
import { inwoner } from './routes.ts';
import * as S from './schemas.ts';
import { berichtenLezen, berichtSturen } from './usecases/berichten.ts';
import { bijlageDownloaden, bijlagenVanMelding } from './usecases/bijlagen-raadplegen.ts';
import { contactgegevensLezen, contactgegevensWijzigen } from './usecases/contactgegevens.ts';
import { ongelezenBerichten } from './usecases/ongelezen-berichten.ts';

const Id = z.object({ id: z.uuid() });
const tags = ['inwonerportaal'];

/** Messages between the inwoner and the contactpersoon, and the inwoner's own contact details. */
export const portaalBerichtRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.get(
    '/inwoner/meldingen/:id/berichten',
    {
      config: { policy: P['inwoner.zaken'], doel },
      schema: {
        tags,
        operationId: 'listMijnBerichten',
        summary: 'De berichten tussen de inwoner en de contactpersoon over deze melding.',
        params: Id,
        response: { 200: z.array(S.Bericht) },
      },
    },
    (req) => berichtenLezen(db, inwoner(req), req.params.id),
  );
  app.post(
    '/inwoner/meldingen/:id/berichten',
    {
      config: { policy: P['inwoner.zaken'], doel },
      schema: {
        tags,
        operationId: 'postMijnBericht',
        summary: 'Een bericht aan de contactpersoon.',
        params: Id,
        body: S.BerichtSturen,
        response: { 201: z.array(S.Bericht) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await berichtSturen(db, inwoner(req), req.params.id, req.body.tekst)),
  );
  app.get(
    '/meldingen/:id/portaalberichten',
    {
      config: { policy: P['portaal.berichten'], doel },
      schema: {
        tags,
        operationId: 'listPortaalberichten',
        summary: 'Medewerker: de berichten met de inwoner over deze melding (inwonerportaal).',
        params: Id,
        response: { 200: z.array(S.Bericht) },
      },
    },
    (req) => berichtenLezen(db, req.actor(), req.params.id),
  );
  app.post(
    '/meldingen/:id/portaalberichten',
    {
      config: { policy: P['portaal.berichten'], doel },
      schema: {
        tags,
        operationId: 'postPortaalbericht',
        summary:
          'Medewerker: een bericht aan de inwoner in het portaal (de melding aan de inwoner zegt alleen "u heeft een bericht").',
        params: Id,
        body: S.BerichtSturen,
        response: { 201: z.array(S.Bericht) },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await berichtSturen(db, req.actor(), req.params.id, req.body.tekst, { mail: config.smtp !== null }),
        ),
  );
  app.get(
    '/portaalberichten/ongelezen',
    {
      config: { policy: P['portaal.berichten'], doel },
      schema: {
        tags,
        operationId: 'listOngelezenPortaalberichten',
        summary:
          'Medewerker: meldingen waarover de inwoner schreef en die nog niemand las (als behandelaar of contactpersoon).',
        response: {
          200: z.object({
            totaal: z.number().int().describe('Alle ongelezen berichten samen.'),
            meldingen: z.array(
              z.object({
                meldingId: z.uuid(),
                kenmerk: z.string(),
                naam: z.string(),
                aantal: z.number().int(),
                laatsteOp: z.date(),
              }),
            ),
          }),
        },
      },
    },
    (req) => ongelezenBerichten(db, req.actor()),
  );
  app.get(
    '/inwoner/contactgegevens',
    {
      config: { policy: P['inwoner.zaken'], doel },
      schema: {
        tags,
        operationId: 'getMijnContactgegevens',
        summary: 'Telefoon, e-mail en communicatiebehoeften van de inwoner.',
        response: { 200: S.Contactgegevens },
      },
    },
    (req) => contactgegevensLezen(db, inwoner(req)),
  );
  app.put(
    '/inwoner/contactgegevens',
    {
      config: { policy: P['inwoner.zaken'], doel },
      schema: {
        tags,
        operationId: 'putMijnContactgegevens',
        summary: 'De inwoner wijzigt telefoon, e-mail en communicatiebehoeften.',
        body: S.ContactgegevensWijzigen,
        response: { 200: S.Contactgegevens },
      },
    },
    (req) => contactgegevensWijzigen(db, inwoner(req), req.body),
  );

  app.get(
    '/meldingen/:id/bijlagen',
    {
      config: { policy: P['portaal.bijlagen'], doel },
      schema: {
        tags,
        operationId: 'listMeldingBijlagen',
        summary: 'Medewerker: de bestanden die de inwoner met de online melding meestuurde.',
        params: Id,
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              bestandsnaam: z.string(),
              type: z.string(),
              grootte: z.number().int(),
              ontvangenOp: z.date(),
            }),
          ),
        },
      },
    },
    (req) => bijlagenVanMelding(db, req.actor(), req.params.id),
  );
  app.get(
    '/meldingen/:id/bijlagen/:bijlageId',
    {
      config: { policy: P['portaal.bijlagen'], doel, produces: 'application/octet-stream' },
      schema: {
        tags,
        operationId: 'getMeldingBijlage',
        summary:
          'Medewerker: één bijlage (PDF, JPEG of PNG; het type is bij ontvangst aan de inhoud gecontroleerd).',
        params: z.object({ id: z.uuid(), bijlageId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const b = await bijlageDownloaden(db, req.actor(), req.params.id, req.params.bijlageId);
      return reply
        .type(b.mimeType)
        .header('content-disposition', `attachment; filename="${b.bestandsnaam.replace(/[^\w.-]/g, '_')}"`)
        .header('x-content-type-options', 'nosniff')
        .send(b.inhoud);
    },
  );
};
