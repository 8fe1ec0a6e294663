import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { DOORBRAKEN, SIGNALEN } from './export-doorbraken.ts';
import { privacyPolicies as P } from './policies.ts';
import * as S from './schemas-doorbraken.ts';
import { beoordeelDoorbraak, toonDoorbraken } from './usecases/beoordeel-doorbraak.ts';
import { DOEL_DOORBRAAK as doel, maakDoorbraak } from './usecases/maak-doorbraak.ts';
import {
  doorbrakenVanHuishouden,
  meekijkers,
  mijnDoorbraken,
  trekMeekijkerIn,
  voegMeekijkerToe,
} from './usecases/relaties-huishouden.ts';
import { signalen, zaaktoegang, zetZaaktoegang } from './usecases/signalen.ts';

const tags = ['privacy'];
const Id = z.object({ id: z.uuid() });
const Code = z.object({ code: z.string().regex(/^[0-9]{4}$/) });

/** Need-to-know (issue 18, ADR 0030): doorbraken, their review, meekijkers, signals, the setting. */
export const doorbraakRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.post(
    '/doorbraken',
    {
      config: { policy: P['doorbraken.maken'], doel },
      schema: {
        tags,
        operationId: 'postDoorbraak',
        summary:
          'Opent het dossier van een persoon zonder relatie (doorbraak) voor beperkte tijd, met reden; de privacy officer beoordeelt hem.',
        body: S.DoorbraakInvoer,
        response: { 201: S.Doorbraak },
      },
    },
    async (req, reply) => reply.code(201).send(await maakDoorbraak(db, req.actor(), req.body)),
  );
  app.get(
    '/doorbraken',
    {
      config: { policy: P['doorbraken.beoordelen'], doel },
      schema: {
        tags,
        operationId: 'listDoorbraken',
        summary: 'De doorbraken van uw gemeenten, nieuwste eerst; status=te-beoordelen voor de werklijst.',
        querystring: metFormaat(S.DoorbraakFilter),
        response: exportAntwoord(z.array(S.Doorbraak)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, DOORBRAKEN, req.query, (d, q) =>
        toonDoorbraken(d, req.actor(), q.status),
      ),
  );
  app.post(
    '/doorbraken/:id/beoordeling',
    {
      config: { policy: P['doorbraken.beoordelen'], doel },
      schema: {
        tags,
        operationId: 'postDoorbraakBeoordeling',
        summary: 'De privacy officer beoordeelt een doorbraak als terecht of onterecht.',
        params: Id,
        body: S.BeoordelingInvoer,
        response: { 200: S.Doorbraak },
      },
    },
    (req) => beoordeelDoorbraak(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/mijn-doorbraken',
    {
      config: { policy: P['relaties.bekijken'], doel },
      schema: {
        tags,
        operationId: 'listMijnDoorbraken',
        summary: 'Doorbraken van de laatste 30 dagen op de huishoudens waarvan u contactpersoon bent.',
        response: { 200: z.array(S.Doorbraak) },
      },
    },
    (req) => mijnDoorbraken(db, req.actor()),
  );
  app.get(
    '/huishoudens/:id/doorbraken',
    {
      config: { policy: P['relaties.bekijken'], doel },
      schema: {
        tags,
        operationId: 'listHuishoudenDoorbraken',
        summary: 'Wie dit dossier met een doorbraak opende (alleen met een relatie met het huishouden).',
        params: Id,
        response: { 200: z.array(S.Doorbraak) },
      },
    },
    (req) => doorbrakenVanHuishouden(db, req.actor(), req.params.id),
  );
  app.get(
    '/huishoudens/:id/meekijkers',
    {
      config: { policy: P['relaties.bekijken'], doel: 'wmo-onderzoek' },
      schema: { tags, operationId: 'listMeekijkers', params: Id, response: { 200: z.array(S.Meekijker) } },
    },
    (req) => meekijkers(db, req.actor(), req.params.id),
  );
  app.post(
    '/huishoudens/:id/meekijkers',
    {
      config: { policy: P['relaties.bekijken'], doel: 'wmo-onderzoek' },
      schema: {
        tags,
        operationId: 'postMeekijker',
        summary:
          'De contactpersoon laat een collega meekijken in het dossier (tot een datum of tot intrekking).',
        params: Id,
        body: S.MeekijkerInvoer,
        response: { 201: z.array(S.Meekijker) },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await voegMeekijkerToe(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/huishoudens/:id/meekijkers/:meekijkerId/intrekking',
    {
      config: { policy: P['relaties.bekijken'], doel: 'wmo-onderzoek' },
      schema: {
        tags,
        operationId: 'postMeekijkerIntrekking',
        params: z.object({ id: z.uuid(), meekijkerId: z.uuid() }),
        response: { 200: z.array(S.Meekijker) },
      },
    },
    (req) => trekMeekijkerIn(db, req.actor(), req.params.id, req.params.meekijkerId),
  );
  app.get(
    '/privacy/signalen',
    {
      config: { policy: P['doorbraken.beoordelen'], doel },
      schema: {
        tags,
        operationId: 'getPrivacySignalen',
        summary:
          'Per medewerker: doorbraken en personen die zonder relatie werden geopend, over een periode (BIO 5.17/8.16).',
        querystring: metFormaat(S.SignalenQuery),
        response: exportAntwoord(S.Signalen),
      },
    },
    (req, reply) => lijstOfExport(req, reply, db, SIGNALEN, req.query, (d, q) => signalen(d, req.actor(), q)),
  );
  app.get(
    '/gemeenten/:code/zaaktoegang',
    {
      config: { policy: P['zaaktoegang.instellen'], doel: 'toegangsbeheer' },
      schema: { tags, operationId: 'getZaaktoegang', params: Code, response: { 200: S.Zaaktoegang } },
    },
    (req) => zaaktoegang(db, req.actor(), req.params.code),
  );
  app.put(
    '/gemeenten/:code/zaaktoegang',
    {
      config: { policy: P['zaaktoegang.instellen'], doel: 'toegangsbeheer' },
      schema: {
        tags,
        operationId: 'putZaaktoegang',
        summary:
          'Stelt in of het team van een zaak meeleest (team) of alleen wie een eigen relatie heeft (zaak).',
        params: Code,
        body: S.ZaaktoegangInvoer,
        response: { 200: S.Zaaktoegang },
      },
    },
    (req) => zetZaaktoegang(db, req.actor(), req.params.code, req.body),
  );
};
