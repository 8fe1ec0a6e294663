import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AlleenFormaat, exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import * as X from './export.ts';
import { beschikkingPolicies as P } from './policies.ts';
import { bezwaarRoutes } from './routes-bezwaar.ts';
import * as S from './schemas.ts';
import { beschikkingenVanPersoon, herindicaties } from './service-lijsten.ts';
import { producten } from './service-producten.ts';
import {
  controleerConcept,
  controleerOpstellen,
  controleerVaststelling,
} from './usecases/controleer-beschikking.ts';
import { downloadBeschikkingsbrief } from './usecases/download-brief.ts';
import { herindiceerLicht } from './usecases/herindiceer-licht.ts';
import { raadpleegBeschikking } from './usecases/raadpleeg-beschikking.ts';
import { stelBeschikkingOp } from './usecases/stel-beschikking-op.ts';
import { stelBeschikkingVast } from './usecases/stel-vast.ts';
import { trekBeschikkingIn } from './usecases/trek-in.ts';
import { verwijderBeschikkingsconcept } from './usecases/verwijder-concept.ts';
import { wijzigBeschikking } from './usecases/wijzig-beschikking.ts';
import { wijzigConcept } from './usecases/wijzig-concept.ts';

const Id = z.object({ id: z.uuid() });
const doel = 'wmo-beschikking';

export const beschikkingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['beschikking'];
  await bezwaarRoutes(app, {});

  app.get(
    '/producten',
    {
      config: { policy: P['producten.raadplegen'] },
      schema: {
        tags,
        operationId: 'listProducten',
        querystring: metFormaat(
          z.strictObject({
            gemeente: z
              .string()
              .regex(/^\d{4}$/)
              .optional(),
          }),
        ),
        response: exportAntwoord(z.array(S.Product)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.PRODUCTEN, req.query, (d, q) =>
        producten.lijst(d, req.actor(), q.gemeente),
      ),
  );
  app.post(
    '/producten',
    {
      config: { policy: P['producten.beheren'], doel: 'configuratie-toegang' },
      schema: { tags, operationId: 'postProduct', body: S.ProductInvoer, response: { 201: S.Product } },
    },
    async (req, reply) => reply.code(201).send(await producten.maak(db, req.actor(), req.body)),
  );
  app.patch(
    '/producten/:id',
    {
      config: { policy: P['producten.beheren'], doel: 'configuratie-toegang' },
      schema: {
        tags,
        operationId: 'patchProduct',
        params: Id,
        body: S.ProductWijzigen,
        response: { 200: S.Product },
      },
    },
    (req) => producten.wijzig(db, req.actor(), req.params.id, req.body),
  );

  app.post(
    '/aanvragen/:id/beschikkingen',
    {
      config: { policy: P['beschikkingen.opstellen'], doel, samenControleren: controleerOpstellen(db) },
      schema: {
        tags,
        operationId: 'postBeschikking',
        summary:
          'Stelt een conceptbeschikking op: per aangevraagde voorziening een toekenning of afwijzing met motivering.',
        params: Id,
        body: S.BeschikkingInvoer,
        response: { 201: S.Beschikking },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await stelBeschikkingOp(db, req.actor(), req.params.id, req.body)),
  );
  app.get(
    '/personen/:id/beschikkingen',
    {
      config: { policy: P['beschikkingen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'listBeschikkingenVanPersoon',
        summary: 'De beschikkingen van een inwoner, nieuwste eerst, met hun voorzieningen.',
        params: Id,
        querystring: AlleenFormaat,
        response: exportAntwoord(z.array(S.BeschikkingRegel)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.BESCHIKKINGEN_VAN_PERSOON, req.query, (d) =>
        beschikkingenVanPersoon(d, req.actor(), req.params.id),
      ),
  );
  app.get(
    '/beschikkingen/:id',
    {
      config: { policy: P['beschikkingen.raadplegen'], doel },
      schema: { tags, operationId: 'getBeschikking', params: Id, response: { 200: S.Beschikking } },
    },
    (req) => raadpleegBeschikking(db, req.actor(), req.params.id),
  );
  app.put(
    '/beschikkingen/:id',
    {
      config: { policy: P['beschikkingen.opstellen'], doel, samenControleren: controleerConcept(db) },
      schema: {
        tags,
        operationId: 'putBeschikking',
        summary: 'Wijzigt een concept.',
        params: Id,
        body: S.BeschikkingWijzigen,
        response: { 200: S.Beschikking },
      },
    },
    (req) => wijzigConcept(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/beschikkingen/:id/vaststelling',
    {
      config: { policy: P['beschikkingen.vaststellen'], doel, samenControleren: controleerVaststelling() },
      schema: {
        tags,
        operationId: 'postBeschikkingVaststelling',
        summary:
          'Vier ogen: een andere backofficemedewerker stelt vast; brief, bezwaartermijn en toewijzingen (WMO301) volgen.',
        params: Id,
        body: S.Vaststelling,
        response: { 200: S.Beschikking },
      },
    },
    (req) => stelBeschikkingVast(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/beschikkingen/:id/intrekkingen',
    {
      config: { policy: P['beschikkingen.opstellen'], doel },
      schema: {
        tags,
        operationId: 'postBeschikkingIntrekking',
        summary:
          'Stelt een intrekking op (Wmo 2.3.10): een nieuwe beschikking die de voorzieningen per een datum beëindigt; vaststellen met vier ogen.',
        params: Id,
        body: S.Intrekking,
        response: { 201: S.Beschikking },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await trekBeschikkingIn(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/beschikkingen/:id/wijzigingen',
    {
      config: { policy: P['beschikkingen.opstellen'], doel },
      schema: {
        tags,
        operationId: 'postBeschikkingWijziging',
        summary:
          'Stelt een wijziging op (Wmo 2.3.10): een nieuwe beschikking met andere omvang, product of periode per een datum; de oude voorzieningen eindigen de dag ervoor. Vaststellen met vier ogen.',
        params: Id,
        body: S.Wijziging,
        response: { 201: S.Beschikking },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await wijzigBeschikking(db, req.actor(), req.params.id, req.body)),
  );
  app.delete(
    '/beschikkingen/:id',
    {
      config: { policy: P['beschikkingen.opstellen'], doel },
      schema: {
        tags,
        operationId: 'deleteBeschikking',
        summary: 'Verwijdert een concept; een vastgestelde beschikking blijft bewaard.',
        params: Id,
        querystring: z.strictObject({ versie: z.coerce.number().int().positive() }),
        response: { 204: z.null().describe('Verwijderd.') },
      },
    },
    async (req, reply) => {
      await verwijderBeschikkingsconcept(db, req.actor(), req.params.id, req.query.versie);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/voorzieningen/:id/herindicaties',
    {
      config: { policy: P['beschikkingen.opstellen'], doel },
      schema: {
        tags,
        operationId: 'postLichteHerindicatie',
        summary:
          'Lichte herindicatie: zet een aflopende voorziening voort als de situatie van de inwoner ongewijzigd is (zonder volledig onderzoek); vaststellen met vier ogen.',
        params: Id,
        body: S.LichteHerindicatie,
        response: { 201: S.Beschikking },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await herindiceerLicht(db, req.actor(), req.params.id, req.body)),
  );
  app.get(
    '/beschikkingen/:id/brief',
    {
      config: { policy: P['beschikkingen.raadplegen'], doel, produces: 'application/pdf' },
      schema: { tags, operationId: 'getBeschikkingBrief', params: Id },
    },
    async (req, reply) => {
      const doc = await downloadBeschikkingsbrief(db, req.actor(), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
        .send(doc.inhoud);
    },
  );

  app.get(
    '/herindicaties',
    {
      config: { policy: P['herindicaties.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'listHerindicaties',
        summary: 'Voorzieningen die in de komende maanden aflopen, om herindicaties op tijd te plannen.',
        querystring: metFormaat(S.HerindicatieFilter),
        response: exportAntwoord(z.array(S.Herindicatie)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.HERINDICATIES, req.query, (d, q) => herindicaties(d, req.actor(), q)),
  );
};
