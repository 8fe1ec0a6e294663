import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { werkPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { mijnZaken } from './usecases/mijn-zaken.ts';
import { mijnTaken } from './usecases/taken.ts';
import { teControleren } from './usecases/te-controleren.ts';

export const werkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['werk'];

  app.get(
    '/mijn-zaken',
    {
      config: { policy: P['zaken.raadplegen'], doel: 'wmo-toegang-intake' },
      schema: {
        tags,
        operationId: 'listMijnZaken',
        summary:
          'De huishoudens waarvan de medewerker contactpersoon is (of behandelaar van een open melding), met fase en volgende termijn, vroegste termijn eerst.',
        response: { 200: S.ZakenLijst },
      },
    },
    (req) => mijnZaken(db, req.actor()),
  );
  app.get(
    '/mijn-taken',
    {
      config: { policy: P['taken.raadplegen'] },
      schema: {
        tags,
        operationId: 'listMijnTaken',
        summary: 'Wat op de medewerker wacht: per taak die hij mag doen het aantal (startpagina en menu).',
        response: { 200: S.Taken },
      },
    },
    (req) => mijnTaken(db, req.actor()),
  );
  app.get(
    '/te-controleren',
    {
      config: { policy: P['beschikkingen.controleren'], doel: 'wmo-beschikking' },
      schema: {
        tags,
        operationId: 'listTeControleren',
        summary:
          'Vier ogen: conceptbeschikkingen die een collega opstelde en die op controle en vaststelling wachten.',
        response: { 200: S.TeControlerenLijst },
      },
    },
    (req) => teControleren(db, req.actor()),
  );
};
