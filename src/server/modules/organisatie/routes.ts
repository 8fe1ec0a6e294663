import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AlleenFormaat, exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import * as X from './export.ts';
import { organisatiePolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { organisatie } from './service.ts';

const tags = ['organisatie'];
const read = { policy: P['organisatie.raadplegen'] };
const manage = { policy: P['organisatie.beheren'], doel: 'organisatiebeheer' };

export const organisatieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/gemeenten',
    {
      config: read,
      schema: {
        tags,
        operationId: 'listGemeenten',
        querystring: AlleenFormaat,
        response: exportAntwoord(z.array(S.Gemeente)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.GEMEENTEN, req.query, (d) => organisatie.gemeenten(d, req.actor())),
  );
  app.patch(
    '/gemeenten/:code',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'patchGemeente',
        params: z.object({ code: S.GemeenteCode }),
        body: S.GemeenteWijzigen,
        response: { 200: S.Gemeente },
      },
    },
    (req) => organisatie.updateGemeente(db, req.actor(), req.params.code, req.body),
  );

  app.get(
    '/wijken',
    {
      config: read,
      schema: {
        tags,
        operationId: 'listWijken',
        querystring: metFormaat(S.GemeenteFilter),
        response: exportAntwoord(z.array(S.Wijk)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.WIJKEN, req.query, (d, q) =>
        organisatie.wijken(d, req.actor(), q.gemeente),
      ),
  );
  app.post(
    '/wijken',
    {
      config: manage,
      schema: { tags, operationId: 'postWijk', body: S.WijkAanmaken, response: { 201: S.Wijk } },
    },
    async (req, reply) => reply.code(201).send(await organisatie.createWijk(db, req.actor(), req.body)),
  );
  app.patch(
    '/wijken/:id',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'patchWijk',
        params: S.Id,
        body: S.WijkWijzigen,
        response: { 200: S.Wijk },
      },
    },
    (req) => organisatie.updateWijk(db, req.actor(), req.params.id, req.body),
  );

  app.get(
    '/organisaties',
    {
      config: read,
      schema: {
        tags,
        operationId: 'listOrganisaties',
        querystring: metFormaat(S.GemeenteFilter),
        response: exportAntwoord(z.array(S.Organisatie)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.ORGANISATIES, req.query, (d, q) =>
        organisatie.organisaties(d, req.actor(), q.gemeente),
      ),
  );
  app.post(
    '/organisaties',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'postOrganisatie',
        body: S.OrganisatieAanmaken,
        response: { 201: S.Organisatie },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await organisatie.createOrganisatie(db, req.actor(), req.body)),
  );
  app.patch(
    '/organisaties/:id',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'patchOrganisatie',
        params: S.Id,
        body: S.OrganisatieWijzigen,
        response: { 200: S.Organisatie },
      },
    },
    (req) => organisatie.updateOrganisatie(db, req.actor(), req.params.id, req.body),
  );

  app.get(
    '/locaties',
    {
      config: read,
      schema: {
        tags,
        operationId: 'listLocaties',
        querystring: metFormaat(S.GemeenteFilter),
        response: exportAntwoord(z.array(S.Locatie)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.LOCATIES, req.query, (d, q) =>
        organisatie.locaties(d, req.actor(), q.gemeente),
      ),
  );
  app.post(
    '/locaties',
    {
      config: manage,
      schema: { tags, operationId: 'postLocatie', body: S.LocatieAanmaken, response: { 201: S.Locatie } },
    },
    async (req, reply) => reply.code(201).send(await organisatie.createLocatie(db, req.actor(), req.body)),
  );
  app.patch(
    '/locaties/:id',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'patchLocatie',
        params: S.Id,
        body: S.LocatieWijzigen,
        response: { 200: S.Locatie },
      },
    },
    (req) => organisatie.updateLocatie(db, req.actor(), req.params.id, req.body),
  );

  app.get(
    '/teams',
    {
      config: read,
      schema: {
        tags,
        operationId: 'listTeams',
        querystring: metFormaat(S.GemeenteFilter),
        response: exportAntwoord(z.array(S.Team)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.TEAMS, req.query, (d, q) =>
        organisatie.teams(d, req.actor(), q.gemeente),
      ),
  );
  app.get(
    '/teams/:id',
    { config: read, schema: { tags, operationId: 'getTeam', params: S.Id, response: { 200: S.Team } } },
    (req) => organisatie.team(db, req.actor(), req.params.id),
  );
  app.post(
    '/teams',
    {
      config: manage,
      schema: { tags, operationId: 'postTeam', body: S.TeamAanmaken, response: { 201: S.Team } },
    },
    async (req, reply) => reply.code(201).send(await organisatie.createTeam(db, req.actor(), req.body)),
  );
  app.patch(
    '/teams/:id',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'patchTeam',
        params: S.Id,
        body: S.TeamWijzigen,
        response: { 200: S.Team },
      },
    },
    (req) => organisatie.updateTeam(db, req.actor(), req.params.id, req.body),
  );

  const staff = { policy: P['medewerkers.raadplegen'], doel: 'organisatiebeheer' };
  app.get(
    '/medewerkers',
    {
      config: staff,
      schema: {
        tags,
        operationId: 'listMedewerkers',
        querystring: metFormaat(S.MedewerkerFilter),
        response: exportAntwoord(z.array(S.Medewerker)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.MEDEWERKERS, req.query, (d, q) =>
        organisatie.medewerkers(d, req.actor(), q),
      ),
  );
  app.get(
    '/medewerkers/:id',
    {
      config: staff,
      schema: { tags, operationId: 'getMedewerker', params: S.Id, response: { 200: S.Medewerker } },
    },
    (req) => organisatie.medewerker(db, req.actor(), req.params.id),
  );
  app.post(
    '/medewerkers',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'postMedewerker',
        body: S.MedewerkerAanmaken,
        response: { 201: S.Medewerker },
      },
    },
    async (req, reply) => reply.code(201).send(await organisatie.createMedewerker(db, req.actor(), req.body)),
  );
  app.patch(
    '/medewerkers/:id',
    {
      config: manage,
      schema: {
        tags,
        operationId: 'patchMedewerker',
        params: S.Id,
        body: S.MedewerkerWijzigen,
        response: { 200: S.Medewerker },
      },
    },
    (req) => organisatie.updateMedewerker(db, req.actor(), req.params.id, req.body),
  );
};
