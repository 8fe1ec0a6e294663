import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { plaatsingRoutes } from './plaatsing/routes.ts';
import { regioPolicies as P } from './policies.ts';
import { afbakeningRoutes } from './routes-afbakening.ts';
import * as S from './schemas.ts';
import { formatie, registreerDienstverband } from './usecases/dienstverbanden.ts';
import { raadpleegMandaten, registreerMandaat } from './usecases/mandaten.ts';

const doel = 'organisatiebeheer';

export const regioRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['regio'];

  app.get(
    '/mandaten',
    {
      config: { policy: P['mandaten.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'listMandaten',
        summary: 'Het mandaatregister: welke gemeente welk team mandateert voor welke besluiten (Awb 10:1).',
        querystring: S.MandaatFilter,
        response: { 200: S.MandaatLijst },
      },
    },
    (req) => raadpleegMandaten(db, req.actor(), req.query),
  );
  app.post(
    '/mandaten',
    {
      config: { policy: P['mandaten.beheren'], doel },
      schema: {
        tags,
        operationId: 'postMandaat',
        summary: 'Legt een mandaat vast; overlappende mandaten voor dezelfde besluiten worden geweigerd.',
        body: S.MandaatInvoer,
        response: { 201: S.Mandaat },
      },
    },
    async (req, reply) => reply.code(201).send(await registreerMandaat(db, req.actor(), req.body)),
  );
  app.post(
    '/medewerkers/:id/dienstverbanden',
    {
      config: { policy: P['dienstverbanden.beheren'], doel },
      schema: {
        tags,
        operationId: 'postDienstverband',
        summary:
          'Legt werkgever, vorm (dienstverband, detachering, inhuur), team en periode van een medewerker vast.',
        params: z.object({ id: z.uuid() }),
        body: S.DienstverbandInvoer,
        response: { 201: S.Dienstverband },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerDienstverband(db, req.actor(), req.params.id, req.body)),
  );
  app.get(
    '/regio/formatie',
    {
      config: { policy: P['dienstverbanden.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getRegioFormatie',
        summary: 'Fte per werkgever en vorm op een peildatum (detachering, dienstverband, inhuur).',
        querystring: S.FormatieFilter,
        response: { 200: S.Formatie },
      },
    },
    (req) => formatie(db, req.actor(), req.query),
  );
  await afbakeningRoutes(app, {});
  // Aanmelding, wachtlijst, plaatsing, doorstroom and regional monitoring (plaatsing/).
  await plaatsingRoutes(app, {});
};
