import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { DOEL_RECHTEN_BETROKKENE as doel } from './doel.ts';
import { PRIVACYVERZOEKEN } from './export.ts';
import { privacyPolicies as P } from './policies.ts';
import * as S from './schemas-verzoeken.ts';
import { downloadBesluit, handelVerzoekAf } from './usecases/handel-verzoek-af.ts';
import { registreerVerzoek } from './usecases/registreer-verzoek.ts';
import { raadpleegVerzoek, toonVerzoeken } from './usecases/toon-verzoeken.ts';
import { verlengVerzoek } from './usecases/verleng-verzoek.ts';

const tags = ['privacy'];
const Id = z.object({ id: z.uuid() });
const policy = P['privacyverzoeken.behandelen'];

/** Data-subject requests (AVG art. 12–22) on the privacy officer's worklist. */
export const verzoekRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.post(
    '/privacyverzoeken',
    {
      config: { policy, doel },
      schema: {
        tags,
        operationId: 'postPrivacyverzoek',
        summary: 'Registreert een verzoek van een betrokkene met de termijn van AVG art. 12 lid 3.',
        body: S.VerzoekRegistreren,
        response: { 201: S.Privacyverzoek },
      },
    },
    async (req, reply) => reply.code(201).send(await registreerVerzoek(db, req.actor(), req.body)),
  );
  app.get(
    '/privacyverzoeken',
    {
      config: { policy, doel },
      schema: {
        tags,
        operationId: 'listPrivacyverzoeken',
        summary: 'De werklijst van privacyverzoeken, de dichtstbijzijnde uiterste datum eerst.',
        querystring: metFormaat(S.VerzoekFilter),
        response: exportAntwoord(z.array(S.Privacyverzoek)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, PRIVACYVERZOEKEN, req.query, (d, q) =>
        toonVerzoeken(d, req.actor(), q.status),
      ),
  );
  app.get(
    '/privacyverzoeken/:id',
    {
      config: { policy, doel },
      schema: { tags, operationId: 'getPrivacyverzoek', params: Id, response: { 200: S.Privacyverzoek } },
    },
    (req) => raadpleegVerzoek(db, req.actor(), req.params.id),
  );
  app.post(
    '/privacyverzoeken/:id/verlenging',
    {
      config: { policy, doel },
      schema: {
        tags,
        operationId: 'postPrivacyverzoekVerlenging',
        summary: 'Verlengt de termijn met twee maanden (eenmaal, binnen de eerste maand, met reden).',
        params: Id,
        body: S.VerzoekVerlengen,
        response: { 200: S.Privacyverzoek },
      },
    },
    (req) => verlengVerzoek(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/privacyverzoeken/:id/afhandeling',
    {
      config: { policy, doel },
      schema: {
        tags,
        operationId: 'postPrivacyverzoekAfhandeling',
        summary: 'Legt het besluit op het verzoek vast; de brief met bezwaarclausule volgt als PDF.',
        params: Id,
        body: S.VerzoekAfhandelen,
        response: { 200: S.Privacyverzoek },
      },
    },
    (req) => handelVerzoekAf(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/privacyverzoeken/:id/besluit',
    {
      config: { policy, doel, produces: 'application/pdf' },
      schema: { tags, operationId: 'getPrivacyverzoekBesluit', params: Id },
    },
    async (req, reply) => {
      const doc = await downloadBesluit(db, req.actor(), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
        .send(doc.inhoud);
    },
  );
};
