import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportTabel, gevraagdFormaat, MIME } from '../../platform/export/index.ts';
import { monitoringPolicies as P } from './policies.ts';
import * as S from './schemas.ts';
import { monitoring } from './service.ts';
import type { MTabel } from './tabel.ts';

const tags = ['monitoring'];
const doel = 'monitoring-sturing';

/** JSON, or the same table as CSV or XLSX (Accept header or ?formaat=). */
function antwoord(schema: z.ZodType) {
  return {
    200: {
      description: 'De tabel: als JSON, of met Accept: text/csv of ?formaat=csv|xlsx als bestand.',
      content: {
        'application/json': { schema },
        'text/csv': { schema: z.string() },
        [MIME.xlsx]: { schema: z.string() },
      },
    },
  };
}

async function verstuur<T extends MTabel>(
  req: FastifyRequest,
  reply: FastifyReply,
  formaat: string | undefined,
  naamVan: string | ((t: T) => string),
  maak: (formaat: 'json' | 'csv' | 'csv-excel' | 'xlsx') => Promise<T>,
) {
  const f = gevraagdFormaat(req, formaat);
  const t = await maak(f);
  const bestandsnaam = typeof naamVan === 'string' ? naamVan : naamVan(t);
  if (f === 'json') return reply.type('application/json; charset=utf-8').send(t);
  return exportTabel(reply, {
    kolommen: t.kolommen,
    rijen: t.rijen,
    formaat: f,
    bestandsnaam: `${bestandsnaam}${t.publicatie ? '-publicatie' : ''}`,
    blad: bestandsnaam.split('-')[0],
    toelichting: [t.titel, ...t.toelichting],
  });
}

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const config = { policy: P['monitoring.raadplegen'], doel };

  app.get(
    '/monitoring/kerncijfers',
    {
      config,
      schema: {
        tags,
        operationId: 'getKerncijfers',
        summary:
          'Kerncijfers per wijk × productcategorie voor een gemeente en jaar: cliënten, geldige en afgegeven beschikkingen, unieke cliënten.',
        querystring: S.KerncijfersQuery,
        response: antwoord(S.KerncijfersTabel),
      },
    },
    (req, reply) =>
      verstuur<MTabel & { jaar: number }>(
        req,
        reply,
        req.query.formaat,
        // Without a jaar the service picks the latest year with data: name the file after it.
        (t) => `kerncijfers-${req.query.gemeente}-${t.jaar}`,
        (formaat) => monitoring.kerncijfers(db, req.actor(), { ...req.query, formaat }),
      ),
  );

  const perioden = [
    [
      'instroom',
      'getMonitoringInstroom',
      'Meldingen, signalen en informatievragen per maand, kanaal en wijk.',
      'instroom',
    ],
    [
      'termijnen',
      'getMonitoringTermijnen',
      'Aandeel onderzoeken binnen 6 weken en beschikkingen binnen 2 weken, per team en maand.',
      'termijnen',
    ],
    [
      'doorlooptijden',
      'getMonitoringDoorlooptijden',
      'Mediaan en p90 van melding → verslag en aanvraag → beschikking, per maand.',
      'doorlooptijden',
    ],
    [
      'conversie',
      'getMonitoringConversie',
      'Van melding naar aanvraag naar toekenning, per maand.',
      'conversie',
    ],
  ] as const;
  for (const [pad, operationId, summary, naam] of perioden) {
    app.get(
      `/monitoring/${pad}`,
      {
        config,
        schema: { tags, operationId, summary, querystring: S.PeriodeQuery, response: antwoord(S.Tabel) },
      },
      (req, reply) =>
        verstuur(req, reply, req.query.formaat, `${naam}-${req.query.gemeente}`, (formaat) =>
          monitoring[naam](db, req.actor(), { ...req.query, formaat }),
        ),
    );
  }

  app.get(
    '/monitoring/ladder',
    {
      config,
      schema: {
        tags,
        operationId: 'getMonitoringLadder',
        summary: 'De transformatie: per periode het aandeel meldingen per trede van de ladder.',
        querystring: S.LadderQuery,
        response: antwoord(S.Tabel),
      },
    },
    (req, reply) =>
      verstuur(req, reply, req.query.formaat, `ladder-${req.query.gemeente}`, (formaat) =>
        monitoring.ladder(db, req.actor(), { ...req.query, formaat }),
      ),
  );
  app.get(
    '/monitoring/aflopende-voorzieningen',
    {
      config,
      schema: {
        tags,
        operationId: 'getMonitoringAflopendeVoorzieningen',
        summary: 'Voorzieningen die per maand aflopen (komende 24 maanden), per categorie en wijk.',
        querystring: S.AflopendQuery,
        response: antwoord(S.Tabel),
      },
    },
    (req, reply) =>
      verstuur(req, reply, req.query.formaat, `aflopend-${req.query.gemeente}`, (formaat) =>
        monitoring.aflopend(db, req.actor(), { ...req.query, formaat }),
      ),
  );
  app.get(
    '/monitoring/herindicatieprognose',
    {
      config,
      schema: {
        tags,
        operationId: 'getMonitoringHerindicatieprognose',
        summary:
          'Herindicaties per maand, met een wat-als voor gespreide looptijden van nieuwe beschikkingen.',
        querystring: S.PrognoseQuery,
        response: antwoord(S.Tabel),
      },
    },
    (req, reply) =>
      verstuur(req, reply, req.query.formaat, `prognose-${req.query.gemeente}`, (formaat) =>
        monitoring.prognose(db, req.actor(), { ...req.query, formaat }),
      ),
  );
  app.get(
    '/monitoring/formatie',
    {
      config,
      schema: {
        tags,
        operationId: 'getMonitoringFormatie',
        summary:
          'Formatiecalculatie: normtijden × verwachte volumes → benodigde fte per maand, naast de beschikbare fte.',
        querystring: S.FormatieQuery,
        response: antwoord(S.Tabel),
      },
    },
    (req, reply) =>
      verstuur(req, reply, req.query.formaat, `formatie-${req.query.gemeente}`, (formaat) =>
        monitoring.formatie(db, req.actor(), { ...req.query, formaat }),
      ),
  );

  app.get(
    '/gemeenten/:code/normtijden',
    {
      config,
      schema: {
        tags,
        operationId: 'getNormtijden',
        params: S.GemeenteParam,
        response: { 200: S.Normtijden },
      },
    },
    (req) => monitoring.normtijden(db, req.actor(), req.params.code),
  );
  app.put(
    '/gemeenten/:code/normtijden',
    {
      config: { policy: P['monitoring.normtijden-beheren'], doel: 'configuratie-toegang' },
      schema: {
        tags,
        operationId: 'putNormtijden',
        summary:
          'Legt de normtijden (minuten per activiteit) en de productieve uren per fte van de gemeente vast.',
        params: S.GemeenteParam,
        body: S.NormtijdenInvoer,
        response: { 200: S.Normtijden },
      },
    },
    (req) => monitoring.zetNormtijden(db, req.actor(), req.params.code, req.body),
  );

  const team = { policy: P['monitoring.team-raadplegen'], doel };
  for (const [welke, operationId, summary] of [
    [
      'termijnen',
      'getTeamTermijnen',
      'Open werk van het eigen team naar termijn (verlopen, binnen 3 werkdagen, binnen 2 weken).',
    ],
    ['belasting', 'getTeamBelasting', 'Open werk per medewerker van het eigen team, naast de fte.'],
  ] as const) {
    app.get(
      `/monitoring/team-${welke}`,
      {
        config: team,
        schema: { tags, operationId, summary, querystring: S.TeamQuery, response: antwoord(S.Tabel) },
      },
      (req, reply) =>
        verstuur(req, reply, req.query.formaat, `team-${welke}`, (formaat) =>
          monitoring.team(db, req.actor(), welke, { ...req.query, formaat }),
        ),
    );
  }
};
