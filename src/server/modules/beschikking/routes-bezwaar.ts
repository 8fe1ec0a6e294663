import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { beschikkingPolicies as P } from './policies.ts';
import * as S from './schemas-bezwaar.ts';
import { behandelBezwaar } from './usecases/behandel-bezwaar.ts';
import { beslisOpBezwaar } from './usecases/beslis-op-bezwaar.ts';
import {
  bezwaarLijst as bezwaarLijstOf,
  downloadBezwaarbrief,
  raadpleegBezwaar as raadpleegBezwaarOf,
  bezwarenVanBeschikking as vanBeschikkingOf,
} from './usecases/raadpleeg-bezwaren.ts';
import { registreerBezwaar } from './usecases/registreer-bezwaar.ts';
import { verdaagBezwaar } from './usecases/verdaag-bezwaar.ts';

const Id = z.object({ id: z.uuid() });
const doel = 'wmo-bezwaar';

/** Bezwaar against a beschikking (Awb 6:9, 7:10; ADR 0025). */
export const bezwaarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['bezwaar'];
  const lezen = { policy: P['bezwaren.raadplegen'], doel };
  const behandelen = { policy: P['bezwaren.behandelen'], doel };

  app.post(
    '/beschikkingen/:id/bezwaren',
    {
      config: behandelen,
      schema: {
        tags,
        operationId: 'postBezwaar',
        summary: 'Registreert een bezwaar: tijdig (Awb 6:9) en de beslistermijn (Awb 7:10).',
        params: Id,
        body: S.BezwaarInvoer,
        response: { 201: S.Bezwaar },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerBezwaar(db, req.actor(), req.params.id, req.body)),
  );
  app.get(
    '/beschikkingen/:id/bezwaren',
    {
      config: lezen,
      schema: {
        tags,
        operationId: 'listBezwarenVanBeschikking',
        params: Id,
        response: { 200: S.BezwaarLijst },
      },
    },
    (req) => vanBeschikkingOf(db, req.actor(), req.params.id),
  );
  app.get(
    '/bezwaren',
    {
      config: lezen,
      schema: {
        tags,
        operationId: 'listBezwaren',
        summary: 'Bezwaren op volgorde van de beslistermijn.',
        querystring: S.BezwaarFilter,
        response: { 200: S.BezwaarLijst },
      },
    },
    (req) => bezwaarLijstOf(db, req.actor(), req.query.status ?? null, req.query.huishoudenId ?? null),
  );
  app.get(
    '/bezwaren/:id',
    { config: lezen, schema: { tags, operationId: 'getBezwaar', params: Id, response: { 200: S.Bezwaar } } },
    (req) => raadpleegBezwaarOf(db, req.actor(), req.params.id),
  );
  app.post(
    '/bezwaren/:id/verdaging',
    {
      config: behandelen,
      schema: {
        tags,
        operationId: 'postBezwaarVerdaging',
        summary:
          'Verdaagt de beslissing met zes weken (Awb 7:10 lid 3); daarna alleen uitstel met instemming van de indiener (lid 4).',
        params: Id,
        body: S.VerdagingInvoer,
        response: { 200: S.Bezwaar },
      },
    },
    (req) => verdaagBezwaar(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/bezwaren/:id/behandeling',
    {
      config: behandelen,
      schema: {
        tags,
        operationId: 'postBezwaarBehandeling',
        summary:
          'Hoorzitting of afzien van horen (Awb 7:2, 7:3), advies van de bezwaarcommissie (7:13) en beroep (8:1).',
        params: Id,
        body: S.BehandelingInvoer,
        response: { 200: S.Bezwaar },
      },
    },
    (req) => behandelBezwaar(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/bezwaren/:id/beslissing',
    {
      config: behandelen,
      schema: {
        tags,
        operationId: 'postBeslissingOpBezwaar',
        summary:
          'Beslissing op bezwaar (Awb 7:11, 7:12): gegrond, ongegrond of niet-ontvankelijk, met brief.',
        params: Id,
        body: S.BeslissingInvoer,
        response: { 200: S.Bezwaar },
      },
    },
    (req) => beslisOpBezwaar(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/bezwaren/:id/brief',
    {
      config: { ...lezen, produces: 'application/pdf' },
      schema: {
        tags,
        operationId: 'getBezwaarBrief',
        summary: 'De nieuwste brief bij het bezwaar.',
        params: Id,
      },
    },
    async (req, reply) => {
      const doc = await downloadBezwaarbrief(db, req.actor(), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
        .send(doc.inhoud);
    },
  );
};
