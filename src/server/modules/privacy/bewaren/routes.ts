import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AlleenFormaat, exportAntwoord, lijstOfExport } from '../../../platform/export/lijst.ts';
import { privacyPolicies as P } from '../policies.ts';
import { hefBewaarplichtOp, legBewaarplichtOp, toonBewaarplichten } from './bewaarplichten.ts';
import { BEWAARPLICHTEN, BEWAARTERMIJNEN, VERNIETIGINGSLIJSTEN } from './export.ts';
import * as S from './schemas.ts';
import {
  downloadVerklaring,
  keurGoed,
  maakUitzondering,
  stelTermijnIn,
  toonLijsten,
  toonTermijnen,
} from './usecases.ts';

const tags = ['privacy'];
const doel = 'archivering';
const Id = z.strictObject({ id: z.uuid() });

/** Retention terms, holds and vernietigingslijsten (issue 18 item 5, ADR 0031). */
export const bewaarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/bewaartermijnen/:gemeente',
    {
      config: { policy: P['bewaartermijnen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getBewaartermijnen',
        summary: 'De bewaartermijnen per dossiersoort van een gemeente, met hun bron (Selectielijst).',
        params: S.GemeenteParam,
        querystring: AlleenFormaat,
        response: exportAntwoord(S.Bewaartermijnen),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, BEWAARTERMIJNEN, req.query, (d) =>
        toonTermijnen(d, req.actor(), req.params.gemeente),
      ),
  );
  app.put(
    '/bewaartermijnen/:gemeente/:dossiersoort',
    {
      config: { policy: P['bewaartermijnen.instellen'], doel },
      schema: {
        tags,
        operationId: 'putBewaartermijn',
        summary: 'Stelt de bewaartermijn van een dossiersoort in, met de bron (versie 0: eerste keer).',
        params: S.TermijnParams,
        body: S.TermijnInstellen,
        response: { 200: S.Bewaartermijnen },
      },
    },
    (req) => stelTermijnIn(db, req.actor(), req.params.gemeente, req.params.dossiersoort, req.body),
  );
  app.get(
    '/bewaarplichten',
    {
      config: { policy: P['vernietigingslijsten.goedkeuren'], doel },
      schema: {
        tags,
        operationId: 'listBewaarplichten',
        summary: 'Handmatige bewaarplichten: zolang ze gelden wordt de persoon niet vernietigd.',
        querystring: AlleenFormaat,
        response: exportAntwoord(z.object({ items: z.array(S.Bewaarplicht) })),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, BEWAARPLICHTEN, req.query, (d) => toonBewaarplichten(d, req.actor())),
  );
  app.post(
    '/bewaarplichten',
    {
      config: { policy: P['vernietigingslijsten.goedkeuren'], doel },
      schema: {
        tags,
        operationId: 'postBewaarplicht',
        summary: 'Legt een bewaarplicht op (bijvoorbeeld een rechtszaak).',
        body: S.BewaarplichtInvoer,
        response: { 201: S.Bewaarplicht },
      },
    },
    async (req, reply) => reply.code(201).send(await legBewaarplichtOp(db, req.actor(), req.body)),
  );
  app.post(
    '/bewaarplichten/:id/opheffing',
    {
      config: { policy: P['vernietigingslijsten.goedkeuren'], doel },
      schema: {
        tags,
        operationId: 'postBewaarplichtOpheffing',
        params: Id,
        response: { 200: S.Bewaarplicht },
      },
    },
    (req) => hefBewaarplichtOp(db, req.actor(), req.params.id),
  );
  app.get(
    '/vernietigingslijsten',
    {
      config: { policy: P['vernietigingslijsten.goedkeuren'], doel },
      schema: {
        tags,
        operationId: 'listVernietigingslijsten',
        summary: 'De vernietigingslijsten die de nachtelijke taak voorstelde, met goedkeuringen en uitkomst.',
        querystring: AlleenFormaat,
        response: exportAntwoord(S.Vernietigingslijsten),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, VERNIETIGINGSLIJSTEN, req.query, (d) => toonLijsten(d, req.actor())),
  );
  app.post(
    '/vernietigingslijsten/:id/goedkeuring',
    {
      config: { policy: P['vernietigingslijsten.goedkeuren'], doel },
      schema: {
        tags,
        operationId: 'postVernietigingslijstGoedkeuring',
        summary:
          'Keurt de lijst goed als archivaris of privacy officer; na de tweede goedkeuring (andere persoon, andere rol) wordt vernietigd.',
        params: Id,
        response: { 200: S.Vernietigingslijst },
      },
    },
    (req) => keurGoed(db, req.actor(), req.params.id),
  );
  app.post(
    '/vernietigingslijsten/:id/uitzonderingen',
    {
      config: { policy: P['vernietigingslijsten.goedkeuren'], doel },
      schema: {
        tags,
        operationId: 'postVernietigingslijstUitzondering',
        summary: 'Haalt een persoon van een wachtende lijst, met reden.',
        params: Id,
        body: S.Uitzondering,
        response: { 200: S.Vernietigingslijst },
      },
    },
    (req) => maakUitzondering(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/vernietigingslijsten/:id/verklaring',
    {
      config: { policy: P['vernietigingslijsten.goedkeuren'], doel, produces: 'application/pdf' },
      schema: { tags, operationId: 'getVernietigingsverklaring', params: Id },
    },
    async (req, reply) => {
      const doc = await downloadVerklaring(db, req.actor(), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
        .send(doc.inhoud);
    },
  );
};
