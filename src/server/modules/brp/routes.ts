import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { brpPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { raadpleegBrpPersoon } from './usecases/raadpleeg-persoon.ts';
import { handelSignaalAf, lijstSignalen } from './usecases/signalen.ts';
import { zoekBrpPersonen } from './usecases/zoek-personen.ts';
import { DOELEN } from './velden.ts';

const doel = DOELEN.intake.doelbinding;
const tags = ['brp'];

/** Persons from the BRP (Haal Centraal BRP Personen 2.x) and the signals of the nightly check. */
export const brpRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;

  app.get(
    '/brp/status',
    {
      config: { policy: P['brp.raadplegen'], doel },
      schema: { tags, operationId: 'getBrpStatus', response: { 200: S.BrpStatus } },
    },
    async () => ({ gekoppeld: config.brp !== null }),
  );
  app.get(
    '/brp/personen/:bsn',
    {
      config: { policy: P['brp.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getBrpPersoon',
        summary:
          'Eén persoon uit de BRP, vertaald naar onze velden (alleen de nodige velden gevraagd, met doelbinding en protocollering).',
        params: S.BsnParams,
        querystring: S.RaadpleegQuery,
        response: { 200: S.BrpPersoonAntwoord },
      },
    },
    (req) =>
      raadpleegBrpPersoon(db, req.actor(), config.brp, req.params.bsn, req.query.huishouden === 'true'),
  );
  app.get(
    '/brp/personen',
    {
      config: { policy: P['brp.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'zoekBrpPersonen',
        summary: 'Zoeken in de BRP met postcode en huisnummer, eventueel met geboortedatum.',
        querystring: S.ZoekQuery,
        response: { 200: S.BrpZoekAntwoord },
      },
    },
    (req) => zoekBrpPersonen(db, req.actor(), config.brp, req.query),
  );
  app.get(
    '/brp/signalen',
    {
      config: { policy: P['brp.signalen'], doel },
      schema: {
        tags,
        operationId: 'listBrpSignalen',
        summary: 'Verschillen met de BRP bij open zaken (nachtelijke controle), voor de contactpersoon.',
        querystring: S.SignaalFilter,
        response: { 200: S.SignaalLijst },
      },
    },
    (req) => lijstSignalen(db, req.actor(), req.query),
  );
  app.post(
    '/brp/signalen/:id/afhandeling',
    {
      config: { policy: P['brp.signalen'], doel },
      schema: {
        tags,
        operationId: 'handelBrpSignaalAf',
        params: z.object({ id: z.uuid() }),
        body: S.Afhandeling,
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await handelSignaalAf(db, req.actor(), req.params.id, req.body.toelichting ?? null);
      return reply.code(204).send(null);
    },
  );
};
