import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { plaatsingPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { RegioMonitoring, RegioMonitoringQuery } from './schemas-monitoring.ts';
import {
  DOEL,
  raadpleegAanmelding,
  raadpleegAanmeldingen,
  registreerAanmelding,
  wijsAf,
  zetOpWachtlijst,
} from './usecases/aanmelding.ts';
import { regioMonitoring } from './usecases/monitoring.ts';
import {
  overdrachten,
  plaats,
  plaatsen,
  planDoorstroom,
  registreerVerhuizing,
  wachtlijst,
} from './usecases/plaatsing.ts';

const Id = z.object({ id: z.uuid() });

/** Aanmelding → wachtlijst → plaatsing → doorstroom of beschermd wonen and opvang (issue 20, items 3 and 4). */
export const plaatsingRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['regio'];
  const doel = DOEL;

  app.post(
    '/regio/aanmeldingen',
    {
      config: { policy: P['regio.aanmelden'], doel },
      schema: {
        tags,
        operationId: 'postRegioAanmelding',
        summary:
          'Meldt een inwoner aan voor beschermd wonen of opvang, ook door een partner, GGZ, politie of nachtopvang.',
        body: S.AanmeldingInvoer,
        response: { 201: S.Aanmelding },
      },
    },
    async (req, reply) => reply.code(201).send(await registreerAanmelding(db, req.actor(), req.body)),
  );
  app.get(
    '/regio/aanmeldingen',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'listRegioAanmeldingen',
        summary: 'De aanmeldingen, nieuwste eerst; filter op status.',
        querystring: S.AanmeldingenFilter,
        response: { 200: S.AanmeldingLijst },
      },
    },
    (req) => raadpleegAanmeldingen(db, req.actor(), req.query),
  );
  app.get(
    '/regio/aanmeldingen/:id',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: { tags, operationId: 'getRegioAanmelding', params: Id, response: { 200: S.Aanmelding } },
    },
    (req) => raadpleegAanmelding(db, req.actor(), req.params.id),
  );
  app.post(
    '/regio/aanmeldingen/:id/wachtlijst',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'postRegioWachtlijst',
        summary: 'Zet een aanmelding op de wachtlijst, met urgentie en eventueel een voorkeurslocatie.',
        params: Id,
        body: S.WachtlijstInvoer,
        response: { 200: S.Aanmelding },
      },
    },
    (req) => zetOpWachtlijst(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/regio/aanmeldingen/:id/afwijzing',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'postRegioAfwijzing',
        summary:
          'Wijst een aanmelding af; "van buiten de regio" is geen grond (landelijke toegankelijkheid).',
        params: Id,
        body: S.AfwijzingInvoer,
        response: { 200: S.Aanmelding },
      },
    },
    (req) => wijsAf(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/regio/aanmeldingen/:id/verhuizingen',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'postRegioVerhuizing',
        summary: 'Legt een verhuizing tijdens de zaak vast en geeft welke gemeente vanaf wanneer betaalt.',
        params: Id,
        body: S.VerhuizingInvoer,
        response: { 201: S.Verhuizing },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerVerhuizing(db, req.actor(), req.params.id, req.body)),
  );
  app.get(
    '/regio/wachtlijst',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'getRegioWachtlijst',
        summary: 'De wachtlijst: urgentie eerst, dan wie het langst wacht; met wachttijd in dagen.',
        querystring: S.WachtlijstFilter,
        response: { 200: S.Wachtlijst },
      },
    },
    (req) => wachtlijst(db, req.actor(), req.query),
  );
  app.get(
    '/regio/plaatsen',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'getRegioPlaatsen',
        summary:
          'Capaciteit per locatie en aanbieder: plaatsen, bezet, vrij en wachtend; met ?locatie= ook de bewoners.',
        querystring: S.PlaatsenFilter,
        response: { 200: S.Plaatsen },
      },
    },
    (req) => plaatsen(db, req.actor(), req.query),
  );
  app.post(
    '/regio/plaatsingen',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'postRegioPlaatsing',
        summary:
          'Plaatst een inwoner op een locatie; een volle locatie wordt geweigerd (409, fout bij locatieId).',
        body: S.PlaatsingInvoer,
        response: { 201: S.Plaatsing },
      },
    },
    async (req, reply) => reply.code(201).send(await plaats(db, req.actor(), req.body)),
  );
  app.post(
    '/regio/plaatsingen/:id/doorstroom',
    {
      config: { policy: P['regio.plaatsen'], doel },
      schema: {
        tags,
        operationId: 'postRegioDoorstroom',
        summary:
          'Plant de doorstroom naar zelfstandig wonen en draagt warm over aan de lokale toegang van de vervolggemeente.',
        params: Id,
        body: S.DoorstroomInvoer,
        response: { 200: S.Plaatsing },
      },
    },
    (req) => planDoorstroom(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/regio/overdrachten',
    {
      config: { policy: P['regio.overdrachten'], doel },
      schema: {
        tags,
        operationId: 'listRegioOverdrachten',
        summary: 'Warme overdrachten van de regionale toegang aan de lokale toegang van de eigen gemeente.',
        response: { 200: S.OverdrachtLijst },
      },
    },
    (req) => overdrachten(db, req.actor()),
  );
  app.get(
    '/monitoring/regio',
    {
      config: { policy: P['regio.monitoring'], doel: 'monitoring-sturing' },
      schema: {
        tags,
        operationId: 'getRegioMonitoring',
        summary:
          'Regionale monitoring beschermd wonen en opvang per gemeente van herkomst en totaal: instroom, doorlooptijd, wachtlijst, bezetting en kosten naast het budget.',
        querystring: RegioMonitoringQuery,
        response: { 200: RegioMonitoring },
      },
    },
    (req) => regioMonitoring(db, req.actor(), req.query),
  );
};
