import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AlleenFormaat, exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import * as X from './export.ts';
import { onderzoekPolicies as P } from './policies.ts';
import { aanvraagAwbRoutes } from './routes-awb.ts';
import * as S from './schemas.ts';
import { plan, zrm } from './service-plan.ts';
import { aanvragenVanMelding } from './usecases/aanvragen-van-melding.ts';
import { bewaarOnderzoek } from './usecases/bewaar-onderzoek.ts';
import { downloadVerslag } from './usecases/download-verslag.ts';
import { raadpleegDwangsom } from './usecases/dwangsom.ts';
import { lijstAanvragen } from './usecases/lijst-aanvragen.ts';
import { onderzoekVanMelding } from './usecases/onderzoek-van-melding.ts';
import { raadpleegAanvraag } from './usecases/raadpleeg-aanvraag.ts';
import { raadpleegOnderzoek } from './usecases/raadpleeg-onderzoek.ts';
import { registreerAanvraag } from './usecases/registreer-aanvraag.ts';
import { registreerIngebrekestelling } from './usecases/registreer-ingebrekestelling.ts';
import { registreerOpschorting } from './usecases/registreer-opschorting.ts';
import { registreerReactie } from './usecases/registreer-reactie.ts';
import { registreerVerzending } from './usecases/registreer-verzending.ts';
import { rondOnderzoekAf } from './usecases/rond-onderzoek-af.ts';
import { startOnderzoek } from './usecases/start-onderzoek.ts';
import { voegGesprekToe } from './usecases/voeg-gesprek-toe.ts';

const Id = z.object({ id: z.uuid() });
const doel = 'wmo-onderzoek';

export const onderzoekRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['onderzoek'];
  const lezen = { policy: P['onderzoek.raadplegen'], doel };
  const uitvoeren = { policy: P['onderzoek.uitvoeren'], doel };
  await aanvraagAwbRoutes(app, {});

  app.post(
    '/onderzoeken',
    {
      config: uitvoeren,
      schema: {
        tags,
        operationId: 'postOnderzoek',
        body: S.OnderzoekStarten,
        response: { 201: S.Onderzoek },
      },
    },
    async (req, reply) => reply.code(201).send(await startOnderzoek(db, req.actor(), req.body.meldingId)),
  );
  app.get(
    '/onderzoeken/:id',
    {
      config: lezen,
      schema: { tags, operationId: 'getOnderzoek', params: Id, response: { 200: S.Onderzoek } },
    },
    (req) => raadpleegOnderzoek(db, req.actor(), req.params.id),
  );
  app.get(
    '/meldingen/:id/onderzoek',
    {
      config: lezen,
      schema: { tags, operationId: 'getOnderzoekVanMelding', params: Id, response: { 200: S.Onderzoek } },
    },
    (req) => onderzoekVanMelding(db, req.actor(), req.params.id),
  );
  app.patch(
    '/onderzoeken/:id',
    {
      config: uitvoeren,
      schema: {
        tags,
        operationId: 'patchOnderzoek',
        summary:
          'Bewaart stappen als concept (automatisch opslaan); elke meegestuurde stap vervangt die stap.',
        params: Id,
        body: S.OnderzoekBewaren,
        response: { 200: S.Onderzoek },
      },
    },
    (req) => bewaarOnderzoek(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/onderzoeken/:id/gesprekken',
    {
      config: uitvoeren,
      schema: {
        tags,
        operationId: 'postGesprek',
        params: Id,
        body: S.GesprekInvoer,
        response: { 201: S.Onderzoek },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await voegGesprekToe(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/onderzoeken/:id/afronding',
    {
      config: uitvoeren,
      schema: {
        tags,
        operationId: 'postOnderzoekAfronding',
        summary:
          'Rondt het onderzoek af (alle stappen beantwoord), legt de uitkomst op de ladder vast en maakt het verslag.',
        params: Id,
        body: S.Afronding,
        response: { 200: S.Onderzoek },
      },
    },
    (req) => rondOnderzoekAf(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/onderzoeken/:id/verslag',
    {
      config: { ...lezen, produces: 'application/pdf' },
      schema: { tags, operationId: 'getVerslag', params: Id },
    },
    async (req, reply) => {
      const doc = await downloadVerslag(db, req.actor(), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${doc.bestandsnaam}"`)
        .send(doc.inhoud);
    },
  );
  app.post(
    '/onderzoeken/:id/verslag-verzendingen',
    {
      config: uitvoeren,
      schema: {
        tags,
        operationId: 'postVerslagVerzending',
        params: Id,
        body: S.VerslagVerzending,
        response: { 201: S.Onderzoek },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerVerzending(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/onderzoeken/:id/reacties',
    {
      config: uitvoeren,
      schema: {
        tags,
        operationId: 'postReactieOpVerslag',
        summary: 'Legt de reactie of correcties van de inwoner op het verslag vast.',
        params: Id,
        body: S.Reactie,
        response: { 201: S.Onderzoek },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerReactie(db, req.actor(), req.params.id, req.body)),
  );

  // Zelfredzaamheid ---------------------------------------------------------------------------------
  app.get(
    '/leefgebieden',
    {
      config: { policy: P['leefgebieden.raadplegen'] },
      schema: {
        tags,
        operationId: 'listLeefgebieden',
        querystring: z.strictObject({ gemeente: z.string().regex(/^\d{4}$/) }),
        response: { 200: z.array(S.Leefgebied) },
      },
    },
    (req) => zrm.leefgebieden(db, req.actor(), req.query.gemeente),
  );
  app.put(
    '/leefgebieden',
    {
      config: { policy: P['leefgebieden.beheren'], doel: 'configuratie-toegang' },
      schema: {
        tags,
        operationId: 'putLeefgebieden',
        body: S.LeefgebiedenInstellen,
        response: { 200: z.array(S.Leefgebied) },
      },
    },
    (req) => zrm.stelLeefgebiedenIn(db, req.actor(), req.body),
  );
  app.get(
    '/personen/:id/zrm-scores',
    {
      config: lezen,
      schema: { tags, operationId: 'listZrmScores', params: Id, response: { 200: z.array(S.Score) } },
    },
    (req) => zrm.scores(db, req.actor(), req.params.id),
  );
  app.post(
    '/personen/:id/zrm-scores',
    {
      config: uitvoeren,
      schema: {
        tags,
        operationId: 'postZrmScores',
        params: Id,
        body: S.ScoresInvoer,
        response: { 201: z.array(S.Score) },
      },
    },
    async (req, reply) => reply.code(201).send(await zrm.scoor(db, req.actor(), req.params.id, req.body)),
  );

  // Plan ----------------------------------------------------------------------------------------------
  const planLezen = { policy: P['plan.raadplegen'], doel };
  const planBewerken = { policy: P['plan.bewerken'], doel };
  app.get(
    '/huishoudens/:id/plan',
    {
      config: planLezen,
      schema: { tags: ['plan'], operationId: 'getPlan', params: Id, response: { 200: S.Plan } },
    },
    (req) => plan.get(db, req.actor(), req.params.id),
  );
  app.post(
    '/huishoudens/:id/plan/doelen',
    {
      config: planBewerken,
      schema: {
        tags: ['plan'],
        operationId: 'postPlanDoel',
        params: Id,
        body: S.DoelInvoer,
        response: { 201: S.Plan },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await plan.voegDoelToe(db, req.actor(), req.params.id, req.body)),
  );
  app.patch(
    '/plan-doelen/:id',
    {
      config: planBewerken,
      schema: {
        tags: ['plan'],
        operationId: 'patchPlanDoel',
        params: Id,
        body: S.DoelWijzigen,
        response: { 200: S.Plan },
      },
    },
    (req) => plan.wijzigDoel(db, req.actor(), req.params.id, req.body),
  );
  app.post(
    '/plan-doelen/:id/acties',
    {
      config: planBewerken,
      schema: {
        tags: ['plan'],
        operationId: 'postPlanActie',
        params: Id,
        body: S.ActieInvoer,
        response: { 201: S.Plan },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await plan.voegActieToe(db, req.actor(), req.params.id, req.body)),
  );
  app.patch(
    '/plan-acties/:id',
    {
      config: planBewerken,
      schema: {
        tags: ['plan'],
        operationId: 'patchPlanActie',
        params: Id,
        body: S.ActieWijzigen,
        response: { 200: S.Plan },
      },
    },
    (req) => plan.wijzigActie(db, req.actor(), req.params.id, req.body),
  );

  // Aanvraag ------------------------------------------------------------------------------------------
  app.post(
    '/meldingen/:id/aanvragen',
    {
      config: { policy: P['aanvragen.registreren'], doel: 'wmo-aanvraag' },
      schema: {
        tags: ['aanvraag'],
        operationId: 'postAanvraag',
        summary:
          'Registreert de aanvraag: alleen na het onderzoek of als de onderzoekstermijn is verstreken (Wmo 2.3.2 lid 9).',
        params: Id,
        body: S.AanvraagInvoer,
        response: { 201: S.Aanvraag },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerAanvraag(db, req.actor(), req.params.id, req.body)),
  );
  app.get(
    '/meldingen/:id/aanvragen',
    {
      config: { policy: P['aanvragen.raadplegen'], doel: 'wmo-aanvraag' },
      schema: {
        tags: ['aanvraag'],
        operationId: 'listAanvragenVanMelding',
        params: Id,
        querystring: AlleenFormaat,
        response: exportAntwoord(z.array(S.Aanvraag)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.AANVRAGEN_VAN_MELDING, req.query, (d) =>
        aanvragenVanMelding(d, req.actor(), req.params.id),
      ),
  );
  app.get(
    '/aanvragen',
    {
      config: { policy: P['aanvragen.raadplegen'], doel: 'wmo-aanvraag' },
      schema: {
        tags: ['aanvraag'],
        operationId: 'listAanvragen',
        summary: 'Aanvragen op volgorde van de beschikkingstermijn (werkvoorraad van de backoffice).',
        querystring: metFormaat(S.AanvraagFilter),
        response: exportAntwoord(S.AanvraagPagina),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, X.AANVRAGEN, req.query, (d, q) => lijstAanvragen(d, req.actor(), q)),
  );
  app.get(
    '/aanvragen/:id',
    {
      config: { policy: P['aanvragen.raadplegen'], doel: 'wmo-aanvraag' },
      schema: { tags: ['aanvraag'], operationId: 'getAanvraag', params: Id, response: { 200: S.Aanvraag } },
    },
    (req) => raadpleegAanvraag(db, req.actor(), req.params.id),
  );

  // Awb around the beslistermijn (ADR 0025) ----------------------------------------------------------
  const awbSchrijven = { policy: P['aanvragen.termijn-bewaken'], doel: 'wmo-aanvraag' };
  app.post(
    '/aanvragen/:id/opschortingen',
    {
      config: awbSchrijven,
      schema: {
        tags: ['aanvraag'],
        operationId: 'postOpschorting',
        summary:
          'Schort de beslistermijn op (Awb 4:15); de termijn schuift precies zoveel dagen op. Antwoord: de aanvraag met de nieuwe termijn.',
        params: Id,
        body: S.OpschortingInvoer,
        response: { 201: S.Aanvraag },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerOpschorting(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/aanvragen/:id/ingebrekestellingen',
    {
      config: awbSchrijven,
      schema: {
        tags: ['aanvraag'],
        operationId: 'postIngebrekestelling',
        summary:
          'Legt een ontvangen ingebrekestelling vast (Awb 4:17); antwoord met de dwangsom tot vandaag.',
        params: Id,
        body: S.IngebrekestellingInvoer,
        response: { 201: S.Ingebrekestelling },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await registreerIngebrekestelling(db, req.actor(), req.params.id, req.body)),
  );
  app.get(
    '/aanvragen/:id/dwangsom',
    {
      config: { policy: P['aanvragen.raadplegen'], doel: 'wmo-aanvraag' },
      schema: {
        tags: ['aanvraag'],
        operationId: 'getDwangsom',
        summary: 'De verschuldigde dwangsom op een peildatum (Awb 4:17): vanaf, dagen en bedrag in euro.',
        params: Id,
        querystring: S.DwangsomQuery,
        response: { 200: S.DwangsomAntwoord },
      },
    },
    (req) => raadpleegDwangsom(db, req.actor(), req.params.id, req.query.peildatum),
  );
};
