import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { wijkPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { legRapportageVast } from './usecases/leg-rapportage-vast.ts';
import { lijstActiviteiten } from './usecases/lijst-activiteiten.ts';
import { lijstSignalen } from './usecases/lijst-signalen.ts';
import { maakVoorziening } from './usecases/maak-voorziening.ts';
import { raadpleegIndicatoren } from './usecases/raadpleeg-indicatoren.ts';
import { raadpleegOpdrachten } from './usecases/raadpleeg-opdrachten.ts';
import { raadpleegWijkprofiel } from './usecases/raadpleeg-wijkprofiel.ts';
import { registreerActiviteit } from './usecases/registreer-activiteit.ts';
import { registreerSignaal } from './usecases/registreer-signaal.ts';
import { volgSignaalOp } from './usecases/volg-signaal-op.ts';
import { wijkKeuzelijst } from './usecases/wijk-keuzelijst.ts';
import { wijzigFteNaarGemeente } from './usecases/wijzig-fte-naar-gemeente.ts';
import { wijzigVoorziening } from './usecases/wijzig-voorziening.ts';
import { zoekSocialeKaart } from './usecases/zoek-sociale-kaart.ts';
import { DOEL_WIJK as doel } from './wie.ts';

const Id = z.object({ id: z.uuid() });
const Jaar = z.strictObject({
  jaar: z.coerce.number().int().min(2015).max(2100),
  gemeente: S.ZoekSocialeKaart.shape.gemeente,
});

export const wijkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['wijk'];

  // Sociale kaart ----------------------------------------------------------------------------------
  app.get(
    '/sociale-kaart',
    {
      config: { policy: P['wijk.sociale-kaart-raadplegen'], doel },
      schema: {
        tags,
        operationId: 'zoekSocialeKaart',
        summary: 'Voorliggende en algemene voorzieningen zoeken op vraagwoorden, wijk, leefgebied of soort.',
        querystring: S.ZoekSocialeKaart,
        response: { 200: z.array(S.SocialeKaartItem) },
      },
    },
    (req) => zoekSocialeKaart(db, req.actor(), req.query),
  );
  app.post(
    '/sociale-kaart',
    {
      config: { policy: P['wijk.sociale-kaart-beheren'], doel },
      schema: {
        tags,
        operationId: 'postVoorziening',
        body: S.SocialeKaartInvoer,
        response: { 201: S.SocialeKaartItem },
      },
    },
    async (req, reply) => reply.code(201).send(await maakVoorziening(db, req.actor(), req.body)),
  );
  app.put(
    '/sociale-kaart/:id',
    {
      config: { policy: P['wijk.sociale-kaart-beheren'], doel },
      schema: {
        tags,
        operationId: 'putVoorziening',
        params: Id,
        body: S.SocialeKaartWijzigen,
        response: { 200: S.SocialeKaartItem },
      },
    },
    (req) => wijzigVoorziening(db, req.actor(), req.params.id, req.body),
  );

  // Signalen ---------------------------------------------------------------------------------------
  app.get(
    '/signalen',
    {
      config: { policy: P['wijk.signalen-raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getSignalen',
        summary: 'Het signalenbord: signalen over een wijk, nieuwste eerst.',
        querystring: S.SignalenQuery,
        response: { 200: z.array(S.Wijksignaal) },
      },
    },
    (req) => lijstSignalen(db, req.actor(), req.query),
  );
  app.post(
    '/signalen',
    {
      config: { policy: P['wijk.signalen-registreren'], doel },
      schema: {
        tags,
        operationId: 'postSignaal',
        summary:
          'Een signaal over een wijk. Een signaal over een persoon is een terugverwijzing naar toegang (verwijzingen).',
        body: S.SignaalInvoer,
        response: { 201: S.Wijksignaal },
      },
    },
    async (req, reply) => reply.code(201).send(await registreerSignaal(db, req.actor(), req.body)),
  );
  app.post(
    '/signalen/:id/opvolging',
    {
      config: { policy: P['wijk.signalen-registreren'], doel },
      schema: {
        tags,
        operationId: 'postSignaalOpvolging',
        params: Id,
        body: S.SignaalOpvolging,
        response: { 200: S.Wijksignaal },
      },
    },
    (req) => volgSignaalOp(db, req.actor(), req.params.id, req.body),
  );

  app.get(
    '/wijken/keuzelijst',
    {
      config: { policy: P['wijk.signalen-raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getWijkKeuzelijst',
        summary: 'De wijken van een gemeente (code en naam), ook voor medewerkers van partners.',
        querystring: S.SignalenQuery.pick({ gemeente: true }),
        response: { 200: z.array(z.object({ code: z.string(), naam: z.string() })) },
      },
    },
    (req) => wijkKeuzelijst(db, req.actor(), req.query.gemeente),
  );

  // Activiteiten -----------------------------------------------------------------------------------
  app.get(
    '/activiteiten',
    {
      config: { policy: P['wijk.activiteiten-raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getActiviteiten',
        querystring: S.ActiviteitenQuery,
        response: { 200: z.array(S.Activiteit) },
      },
    },
    (req) => lijstActiviteiten(db, req.actor(), req.query),
  );
  app.post(
    '/activiteiten',
    {
      config: { policy: P['wijk.activiteiten-registreren'], doel },
      schema: {
        tags,
        operationId: 'postActiviteit',
        summary: 'Een collectieve of preventieve activiteit met anoniem getelde deelnemers.',
        body: S.ActiviteitInvoer,
        response: { 201: S.Activiteit },
      },
    },
    async (req, reply) => reply.code(201).send(await registreerActiviteit(db, req.actor(), req.body)),
  );

  // Opdrachten en indicatoren ---------------------------------------------------------------------
  app.get(
    '/opdrachten',
    {
      config: { policy: P['wijk.opdrachten-raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getOpdrachten',
        summary: 'Opdrachten van een jaar: subsidie, fte, afspraken en de subsidieverlaging met berekening.',
        querystring: Jaar,
        response: { 200: z.array(S.Opdracht) },
      },
    },
    (req) => raadpleegOpdrachten(db, req.actor(), req.query.jaar, req.query.gemeente),
  );
  app.put(
    '/partners/:id/opdrachten/:jaar/fte-naar-gemeente',
    {
      config: { policy: P['wijk.opdrachten-beheren'], doel },
      schema: {
        tags,
        operationId: 'putFteNaarGemeente',
        params: z.object({ id: z.uuid(), jaar: z.coerce.number().int().min(2015).max(2100) }),
        body: S.OpdrachtWijzigen,
        response: { 200: S.Opdracht },
      },
    },
    (req) => wijzigFteNaarGemeente(db, req.actor(), req.params.id, req.params.jaar, req.body),
  );
  app.get(
    '/partners/:id/indicatoren',
    {
      config: { policy: P['wijk.opdrachten-raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getIndicatoren',
        summary:
          'Prestatie-indicatoren van een kwartaal: afspraak, gemeten, toelichting en bijsturing (PDCA).',
        params: S.PartnerId,
        querystring: S.IndicatorenQuery,
        response: { 200: S.Indicatoren },
      },
    },
    (req) =>
      raadpleegIndicatoren(db, req.actor(), req.params.id, {
        jaar: req.query.jaar,
        kwartaal: req.query.kwartaal as 1 | 2 | 3 | 4,
      }),
  );
  app.put(
    '/partners/:id/rapportage',
    {
      config: { policy: P['wijk.rapportage-vastleggen'], doel },
      schema: {
        tags,
        operationId: 'putKwartaalrapportage',
        summary:
          'De partner licht de cijfers toe; beleid legt de bijsturing vast. Ieder schrijft het eigen deel.',
        params: S.PartnerId,
        body: S.RapportageInvoer,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await legRapportageVast(db, req.actor(), req.params.id, req.body);
      return reply.code(204).send(null);
    },
  );

  // Wijkprofiel ------------------------------------------------------------------------------------
  app.get(
    '/wijken/:code/profiel',
    {
      config: { policy: P['wijk.profiel-raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getWijkprofiel',
        summary: 'Wmo-cijfers, instroom, verwijzingen, signalen en activiteiten van één wijk in een jaar.',
        params: S.WijkParams,
        querystring: S.ProfielQuery,
        response: { 200: S.Wijkprofiel },
      },
    },
    (req) => raadpleegWijkprofiel(db, req.actor(), req.params.code, req.query),
  );
};
