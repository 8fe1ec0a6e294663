import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOEL_PREVENTIE } from './diensten.ts';
import { preventiePolicies as P } from './policies.ts';
import * as SP from './schemas-partners.ts';
import * as SV from './schemas-verwijzingen.ts';
import { accepteerVerwijzing } from './usecases/accepteer-verwijzing.ts';
import { koppelTerug } from './usecases/koppel-terug.ts';
import { lijstVerwijzingen } from './usecases/lijst-verwijzingen.ts';
import { notities } from './usecases/notities.ts';
import { planContact } from './usecases/plan-contact.ts';
import { lijstPartners, raadpleegPartner } from './usecases/raadpleeg-partners.ts';
import { raadpleegVerwijzing } from './usecases/raadpleeg-verwijzing.ts';
import { trekToestemmingIn } from './usecases/trek-toestemming-in.ts';
import { verwijs } from './usecases/verwijs.ts';
import { wijsVerwijzingAf } from './usecases/wijs-verwijzing-af.ts';

const Id = z.object({ id: z.uuid() });
const doel = DOEL_PREVENTIE;

export const preventieRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['preventie'];

  app.get(
    '/partners',
    {
      config: { policy: P['partners.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'lijstPartners',
        summary:
          'De preventiepartners van de eigen gemeenten (met diensten en teams per wijk); een partner ziet alleen zichzelf.',
        querystring: SP.PartnersFilter,
        response: { 200: z.array(SP.Partner) },
      },
    },
    (req) => lijstPartners(db, req.actor(), req.query),
  );
  app.get(
    '/partners/:id',
    {
      config: { policy: P['partners.raadplegen'], doel },
      schema: { tags, operationId: 'getPartner', params: Id, response: { 200: SP.Partner } },
    },
    (req) => raadpleegPartner(db, req.actor(), req.params.id),
  );

  // Verwijzingen met toestemming ---------------------------------------------------------------------
  app.post(
    '/verwijzingen',
    {
      config: { policy: P['verwijzingen.maken'], doel },
      schema: {
        tags,
        operationId: 'postVerwijzing',
        summary:
          'Verwijzen naar een preventiepartner vanuit de triage (meldingId) of een onderzoek (onderzoekId), met de toestemming als eigen record.',
        body: SV.VerwijzingInvoer,
        response: { 201: SV.Verwijzing },
      },
    },
    async (req, reply) => reply.code(201).send(await verwijs(db, req.actor(), req.body)),
  );
  app.get(
    '/verwijzingen',
    {
      config: { policy: P['verwijzingen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'lijstVerwijzingen',
        summary:
          'De inbox van een partner (partner=eigen id, status=nieuw) of de verwijzingen van een melding; per pagina, de header `Volgende` is de cursor voor `voor`.',
        querystring: SV.VerwijzingenFilter,
        response: { 200: z.array(SV.VerwijzingSamenvatting) },
      },
    },
    async (req, reply) => {
      const { rijen, volgende } = await lijstVerwijzingen(db, req.actor(), req.query);
      if (volgende) reply.header('Volgende', volgende);
      return rijen;
    },
  );
  app.get(
    '/verwijzingen/:id',
    {
      config: { policy: P['verwijzingen.raadplegen'], doel },
      schema: {
        tags,
        operationId: 'getVerwijzing',
        summary:
          'Eén verwijzing: toegang ziet alles behalve interne notities van de partner; de partner wat de toestemming dekt.',
        params: Id,
        response: { 200: SV.Verwijzing },
      },
    },
    (req) => raadpleegVerwijzing(db, req.actor(), req.params.id),
  );
  app.post(
    '/verwijzingen/:id/acceptatie',
    {
      config: { policy: P['verwijzingen.behandelen'], doel },
      schema: {
        tags,
        operationId: 'postVerwijzingAcceptatie',
        summary: 'De partner accepteert de verwijzing (en plant eventueel het eerste contact).',
        params: Id,
        body: SV.Acceptatie,
        response: { 200: SV.Verwijzing },
      },
    },
    (req) => accepteerVerwijzing(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/verwijzingen/:id/afwijzing',
    {
      config: { policy: P['verwijzingen.behandelen'], doel },
      schema: {
        tags,
        operationId: 'postVerwijzingAfwijzing',
        summary: 'De partner wijst de verwijzing af, met reden.',
        params: Id,
        body: SV.Afwijzing,
        response: { 200: SV.Verwijzing },
      },
    },
    (req) => wijsVerwijzingAf(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/verwijzingen/:id/contactplanning',
    {
      config: { policy: P['verwijzingen.behandelen'], doel },
      schema: {
        tags,
        operationId: 'postVerwijzingContactplanning',
        summary: 'De partner plant het eerste contact met de inwoner.',
        params: Id,
        body: SV.ContactPlannen,
        response: { 200: SV.Verwijzing },
      },
    },
    (req) => planContact(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/verwijzingen/:id/terugkoppeling',
    {
      config: { policy: P['verwijzingen.behandelen'], doel },
      schema: {
        tags,
        operationId: 'postVerwijzingTerugkoppeling',
        summary:
          'De partner koppelt terug: opgelost, lopend, terug naar toegang (wordt een signaal in de werkvoorraad) of niet bereikt.',
        params: Id,
        body: SV.Terugkoppeling,
        response: { 200: SV.Verwijzing },
      },
    },
    (req) => koppelTerug(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/verwijzingen/:id/notities',
    {
      config: { policy: P['verwijzingen.behandelen'], doel },
      schema: {
        tags,
        operationId: 'lijstVerwijzingNotities',
        summary: 'De interne notities van de partner bij een verwijzing (nooit zichtbaar voor de gemeente).',
        params: Id,
        response: { 200: z.array(SV.Notitie) },
      },
    },
    (req) => notities(db, req.actor(), req.params.id),
  );
  app.post(
    '/verwijzingen/:id/notities',
    {
      config: { policy: P['verwijzingen.behandelen'], doel },
      schema: {
        tags,
        operationId: 'postVerwijzingNotitie',
        summary: 'Een interne notitie van de partner.',
        params: Id,
        body: SV.NotitieInvoer,
        response: { 201: z.array(SV.Notitie) },
      },
    },
    async (req, reply) => reply.code(201).send(await notities(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/toestemmingen/:id/intrekking',
    {
      config: { policy: P['toestemmingen.intrekken'], doel },
      schema: {
        tags,
        operationId: 'postToestemmingIntrekking',
        summary:
          'De inwoner trekt de toestemming in: de partner ziet het huishouden vanaf nu niet meer; open verwijzingen eindigen.',
        params: Id,
        body: SV.Intrekking,
        response: {
          200: z.object({ id: z.uuid(), ingetrokkenOp: z.date(), beeindigdeVerwijzingen: z.array(z.uuid()) }),
        },
      },
    },
    (req) => trekToestemmingIn(db, req.actor(), req.params.id, req.body),
  );
};
