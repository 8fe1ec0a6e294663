import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor, InwonerPrincipal } from '../../platform/auth/principal.ts';
import { errors } from '../../platform/http/errors.ts';
import { DOEL_PORTAAL as doel } from './doel.ts';
import { portaalPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { dienMeldingIn } from './usecases/dien-melding-in.ts';
import { downloadDocument } from './usecases/download-document.ts';
import { mijnMelding, mijnMeldingen } from './usecases/mijn-meldingen.ts';
import { reageerOpVerslag } from './usecases/reageer-op-verslag.ts';
import { zoekHulp } from './usecases/zoek-hulp.ts';

const Id = z.object({ id: z.uuid() });
const tags = ['inwonerportaal'];

/** The caller as an inwoner; the policies admit only inwoners, so anything else is a bug → 403. */
export function inwoner(req: FastifyRequest): Actor<InwonerPrincipal> {
  const actor = req.actor();
  if (actor.principal.soort !== 'inwoner') throw errors.forbidden();
  return actor as Actor<InwonerPrincipal>;
}

/** Attachments travel as base64 in JSON: three of 2 MB fit in this limit. */
const MELDING_BODY_LIMIT = 9 * 1024 * 1024;

export const portaalZaakRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/inwoner/meldingen',
    {
      config: { policy: P['inwoner.zaken'], doel },
      schema: {
        tags,
        operationId: 'listMijnMeldingen',
        summary: 'Mijn zaken: de meldingen van de ingelogde inwoner (of van wie hij vertegenwoordigt).',
        response: { 200: z.array(S.MijnMeldingKort) },
      },
    },
    (req) => mijnMeldingen(db, inwoner(req)),
  );
  app.post(
    '/inwoner/meldingen',
    {
      bodyLimit: MELDING_BODY_LIMIT,
      config: { policy: P['inwoner.melden'], doel },
      schema: {
        tags,
        operationId: 'postMijnMelding',
        summary:
          'Een melding online doen (kanaal online): start de wettelijke termijn en geeft meteen de ontvangstbevestiging.',
        body: S.OnlineMeldingInvoer,
        response: { 201: S.MeldingOntvangen },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await dienMeldingIn(db, inwoner(req), req.body, app.deps.config.brp)),
  );
  app.get(
    '/inwoner/meldingen/:id',
    {
      config: { policy: P['inwoner.zaken'], doel },
      schema: {
        tags,
        operationId: 'getMijnMelding',
        summary: 'Eén melding met de statuslijn en de termijnen die voor de inwoner gelden.',
        params: Id,
        response: { 200: S.MijnMelding },
      },
    },
    (req) => mijnMelding(db, inwoner(req), req.params.id),
  );
  app.post(
    '/inwoner/verslagen/:id/reactie',
    {
      config: { policy: P['inwoner.zaken'], doel },
      schema: {
        tags,
        operationId: 'postMijnVerslagReactie',
        summary:
          'De reactie van de inwoner op het verslag (id van het onderzoek): akkoord, opmerkingen of niet akkoord.',
        params: Id,
        body: S.VerslagReactie,
        response: { 201: z.object({ meldingId: z.uuid() }) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await reageerOpVerslag(db, inwoner(req), req.params.id, req.body)),
  );
  app.get(
    '/inwoner/documenten/:id',
    {
      config: { policy: P['inwoner.zaken'], doel, produces: 'application/pdf' },
      schema: {
        tags,
        operationId: 'getMijnDocument',
        summary: 'Een brief van de inwoner als PDF: ontvangstbevestiging, verslag of beschikking.',
        params: Id,
      },
    },
    async (req, reply) => {
      const doc = await downloadDocument(db, inwoner(req), req.params.id);
      return reply
        .type(doc.mimeType)
        .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
        .send(doc.inhoud);
    },
  );
  app.get(
    '/inwoner/sociale-kaart',
    {
      config: { policy: P['inwoner.hulp-zoeken'], doel },
      schema: {
        tags,
        operationId: 'zoekMijnHulp',
        summary:
          'Hulp zoeken: de sociale kaart van de eigen gemeente, op vraagwoorden en wijk (alleen openbare gegevens).',
        querystring: S.HulpZoekenQuery,
        response: { 200: S.HulpZoekenAntwoord },
      },
    },
    (req) => zoekHulp(db, inwoner(req), req.query),
  );
};
