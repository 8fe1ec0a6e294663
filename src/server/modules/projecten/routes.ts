import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Overgang } from '../../../domain/projecten/workflow.ts';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { tekstvak } from '../../platform/http/invoer.ts';
import { inTx } from '../../platform/usecase.ts';
import { importeer } from './importeren.ts';
import { PROJECTEN } from './lijst-export.ts';
import { openbareProjecten } from './openbaar.ts';
import { rapportageRij, toRapportage, uitvoerderVan } from './opslag.ts';
import { projectenPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { projecten } from './service-projecten.ts';
import { rapportages } from './service-rapportages.ts';
import { varianten, vergelijkingView } from './service-varianten.ts';

const Id = z.object({ id: z.uuid() });
const doel = 'projectverantwoording';

/** Grote projecten under /api/v1 (see docs/projecten.md). */
export const projectenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['projecten'];
  const lezen = { policy: P['projecten.raadplegen'], doel };
  const bewerken = { policy: P['projecten.bewerken'], doel };

  app.get(
    '/projecten',
    {
      config: lezen,
      schema: {
        tags,
        operationId: 'listProjecten',
        querystring: metFormaat(S.ProjectFilter),
        response: exportAntwoord(z.array(S.ProjectSamenvatting)),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, PROJECTEN, req.query, (d) =>
        projecten.lijst(d, req.actor(), req.query.gemeente),
      ),
  );
  app.post(
    '/projecten',
    {
      config: bewerken,
      schema: { tags, operationId: 'postProject', body: S.ProjectInvoer, response: { 201: S.Project } },
    },
    async (req, reply) => reply.code(201).send(await projecten.maak(db, req.actor(), req.body)),
  );
  app.post(
    '/projecten/imports',
    {
      config: { policy: P['rapportages.opstellen'], doel },
      schema: {
        tags,
        operationId: 'postProjectImport',
        summary:
          'Leest een bestaande rapportage (text/plain: één veld per regel of een tabel met |) in als conceptrapportage, of een varianttabel als variantvergelijking; met een verslag van wat niet kon worden geplaatst.',
        consumes: ['text/plain'],
        querystring: S.ImportQuery,
        body: tekstvak(1_000_000, { trim: false }),
        response: { 201: S.ImportResultaat },
      },
    },
    async (req, reply) => {
      const actor = req.actor();
      const gemeenteCode = req.query.gemeente ?? actor.principal.gemeenteCode;
      const resultaat = await inTx(db, actor, async (tx) => {
        const u = await importeer(tx, uitvoerderVan(actor), {
          gemeenteCode,
          tekst: req.body,
          bestandsnaam: req.query.bestandsnaam ?? null,
          projectId: req.query.projectId ?? null,
        });
        return {
          id: u.id,
          formaat: u.formaat,
          project: u.project,
          rapportage: u.rapportageId ? toRapportage(await rapportageRij(tx, u.rapportageId)) : null,
          variantvergelijking: u.variantvergelijkingId
            ? await vergelijkingView(tx, u.variantvergelijkingId)
            : null,
          meldingen: u.meldingen,
          nietGemapt: u.nietGemapt,
        };
      });
      return reply.code(201).send(resultaat);
    },
  );
  app.get(
    '/projecten/:id',
    {
      config: lezen,
      schema: { tags, operationId: 'getProject', params: Id, response: { 200: S.Project } },
    },
    (req) => projecten.get(db, req.actor(), req.params.id),
  );
  app.patch(
    '/projecten/:id',
    {
      config: bewerken,
      schema: {
        tags,
        operationId: 'patchProject',
        params: Id,
        body: S.ProjectWijzigen,
        response: { 200: S.Project },
      },
    },
    (req) => projecten.wijzig(db, req.actor(), req.params.id, req.body),
  );
  app.put(
    '/projecten/:id/mijlpalen',
    {
      config: bewerken,
      schema: {
        tags,
        operationId: 'putProjectMijlpalen',
        summary: 'Vervangt de mijlpalen van het project door deze lijst (in deze volgorde).',
        params: Id,
        body: S.RegisterMijlpalen,
        response: { 200: S.Project },
      },
    },
    (req) => projecten.slaRegisterOp(db, req.actor(), req.params.id, 'mijlpalen', req.body),
  );
  app.put(
    '/projecten/:id/risicos',
    {
      config: bewerken,
      schema: {
        tags,
        operationId: 'putProjectRisicos',
        summary: 'Vervangt het risicoregister van het project door deze lijst.',
        params: Id,
        body: S.RegisterRisicos,
        response: { 200: S.Project },
      },
    },
    (req) => projecten.slaRegisterOp(db, req.actor(), req.params.id, 'risicos', req.body),
  );
  app.put(
    '/projecten/:id/budgetregels',
    {
      config: bewerken,
      schema: {
        tags,
        operationId: 'putProjectBudgetregels',
        summary: 'Vervangt de budgetregels (per jaar, met dekking) van het project door deze lijst.',
        params: Id,
        body: S.RegisterBudget,
        response: { 200: S.Project },
      },
    },
    (req) => projecten.slaRegisterOp(db, req.actor(), req.params.id, 'budgetregels', req.body),
  );

  app.get(
    '/projecten/:id/rapportages',
    {
      config: lezen,
      schema: {
        tags,
        operationId: 'listProjectRapportages',
        summary: 'Alle rapportages van het project met al hun velden, de nieuwste eerst.',
        params: Id,
        response: { 200: z.array(S.Rapportage) },
      },
    },
    (req) => rapportages.lijst(db, req.actor(), req.params.id),
  );
  app.post(
    '/projecten/:id/rapportages',
    {
      config: { policy: P['rapportages.opstellen'], doel },
      schema: {
        tags,
        operationId: 'postProjectRapportage',
        summary: 'Maakt een nieuwe conceptrapportage als kopie van de vorige.',
        params: Id,
        body: S.NieuweRapportage,
        response: { 201: S.Rapportage },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await rapportages.nieuw(db, req.actor(), req.params.id, req.body)),
  );
  app.post(
    '/projecten/:id/variantvergelijkingen',
    {
      config: bewerken,
      schema: {
        tags,
        operationId: 'postVariantvergelijking',
        params: Id,
        body: S.VergelijkingGegevens,
        response: { 201: S.Variantvergelijking },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await varianten.maak(db, req.actor(), req.params.id, req.body)),
  );

  app.get(
    '/rapportages/:id',
    {
      config: lezen,
      schema: { tags, operationId: 'getRapportage', params: Id, response: { 200: S.Rapportage } },
    },
    (req) => rapportages.get(db, req.actor(), req.params.id),
  );
  app.put(
    '/rapportages/:id',
    {
      config: { policy: P['rapportages.opstellen'], doel },
      schema: {
        tags,
        operationId: 'putRapportage',
        summary: 'Wijzigt een conceptrapportage; elke wijziging komt in de geschiedenis.',
        params: Id,
        body: S.RapportageWijzigen,
        response: { 200: S.Rapportage },
      },
    },
    (req) => rapportages.wijzig(db, req.actor(), req.params.id, req.body),
  );
  app.get(
    '/rapportages/:id/wijzigingen',
    {
      config: lezen,
      schema: {
        tags,
        operationId: 'listRapportageWijzigingen',
        summary: 'De geschiedenis: wie wanneer wat heeft gewijzigd, de nieuwste eerst.',
        params: Id,
        response: { 200: z.array(S.Wijziging) },
      },
    },
    (req) => rapportages.wijzigingen(db, req.actor(), req.params.id),
  );
  app.get(
    '/rapportages/:id/pagina',
    {
      config: { ...lezen, produces: 'text/html' },
      schema: {
        tags,
        operationId: 'getRapportagePagina',
        summary: 'De pagina zoals die gepubliceerd is of wordt (voorbeeld zolang niet gepubliceerd).',
        params: Id,
      },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await rapportages.pagina(db, req.actor(), req.params.id)),
  );

  const stappen: Array<[Overgang, string, string]> = [
    ['indiening', P['rapportages.opstellen'], 'Biedt het concept ter review aan de opdrachtgever aan.'],
    ['terugzending', P['rapportages.vaststellen'], 'Stuurt een rapportage ter review terug naar concept.'],
    [
      'vaststelling',
      P['rapportages.vaststellen'],
      'Stelt de rapportage vast; rapportage en registers worden bevroren (de export).',
    ],
    [
      'publicatie',
      P['rapportages.publiceren'],
      'Publiceert een vastgestelde rapportage: een statische pagina en een PDF, gebouwd uit de export.',
    ],
  ];
  for (const [overgang, policy, summary] of stappen) {
    app.post(
      `/rapportages/:id/${overgang}`,
      {
        config: { policy, doel },
        schema: {
          tags,
          operationId: `postRapportage${overgang[0]!.toUpperCase()}${overgang.slice(1)}`,
          summary,
          params: Id,
          body: S.Statusstap,
          response: { 200: S.Rapportage },
        },
      },
      (req) => rapportages.stap(db, req.actor(), req.params.id, overgang, req.body),
    );
  }

  app.get(
    '/variantvergelijkingen/:id',
    {
      config: lezen,
      schema: {
        tags,
        operationId: 'getVariantvergelijking',
        summary:
          'De vergelijking met totalen, percentages, markering van afwijkende opgegeven totalen en gevoeligheid.',
        params: Id,
        response: { 200: S.Variantvergelijking },
      },
    },
    (req) => varianten.get(db, req.actor(), req.params.id),
  );
  app.put(
    '/variantvergelijkingen/:id',
    {
      config: bewerken,
      schema: {
        tags,
        operationId: 'putVariantvergelijking',
        params: Id,
        body: S.VergelijkingWijzigen,
        response: { 200: S.Variantvergelijking },
      },
    },
    (req) => varianten.wijzig(db, req.actor(), req.params.id, req.body),
  );

  app.get(
    '/openbare-projecten',
    {
      config: { public: true },
      schema: {
        tags,
        operationId: 'listOpenbareProjecten',
        summary:
          'Openbaar (zonder inloggen): alle projecten met een gepubliceerde rapportage, per aspect de status en de trend.',
        querystring: S.OpenbaarFilter,
        response: { 200: z.array(S.OpenbaarProject) },
      },
    },
    async (req) => (await openbareProjecten(db, req.query.gemeente)).projecten,
  );
};
