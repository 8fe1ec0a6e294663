import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ankerOpties } from '../../platform/audit/anker.ts';
import { registreerPersoonBronnen } from '../../platform/audit/personen.ts';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { bewaarRoutes } from './bewaren/routes.ts';
import { AUDIT_LOGREGELS } from './export.ts';
import { zoekPersoonVoorInzage } from './inzage.ts';
import { PERSOON_BRONNEN } from './persoon-bronnen.ts';
import { privacyPolicies as P } from './policies.ts';
import { doorbraakRoutes } from './routes-doorbraken.ts';
import { inzageRoutes } from './routes-inzage.ts';
import { registerRoutes } from './routes-register.ts';
import { verzoekRoutes } from './routes-verzoeken.ts';
import { AuditFilter, AuditPagina, InzagePersoon, InzageZoek, VerificatieRapport } from './schemas.ts';
import { searchAudit, verifyAudit } from './service.ts';

const tags = ['privacy'];

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
  registreerPersoonBronnen(PERSOON_BRONNEN);
  await app.register(verzoekRoutes);
  await app.register(doorbraakRoutes);
  await app.register(registerRoutes);
  await app.register(inzageRoutes);
  await app.register(bewaarRoutes);
  const anker = ankerOpties({ dataDir: config.dataDir, ...config.auditAnker });
  app.get(
    '/audit-logregels',
    {
      config: { policy: P['audit.raadplegen'], doel: 'toezicht-op-gegevensverwerking' },
      schema: {
        tags,
        operationId: 'listAuditLogregels',
        summary: 'Het audittrail van uw gemeenten, nieuwste eerst (keyset-paginering met `voor`).',
        querystring: metFormaat(AuditFilter),
        response: exportAntwoord(AuditPagina),
      },
    },
    (req, reply) =>
      lijstOfExport(req, reply, db, AUDIT_LOGREGELS, req.query, (d, q) => searchAudit(d, req.actor(), q)),
  );
  app.get(
    '/audit-personen',
    {
      config: { policy: P['audit.raadplegen'], doel: 'toezicht-op-gegevensverwerking' },
      schema: {
        tags,
        operationId: 'listAuditPersonen',
        summary:
          'Zoekt een persoon op BSN of achternaam om na te gaan wie zijn gegevens heeft gezien (het zoeken zelf komt in het audittrail).',
        querystring: InzageZoek,
        response: { 200: z.array(InzagePersoon) },
      },
    },
    (req) => zoekPersoonVoorInzage(db, req.actor(), req.query),
  );
  app.post(
    '/audit-verificaties',
    {
      config: { policy: P['audit.verifieren'], doel: 'toezicht-op-gegevensverwerking' },
      schema: {
        tags,
        operationId: 'postAuditVerificatie',
        summary:
          'Controleert de hash-keten van het audittrail en vergelijkt hem met het laatste ankerpunt buiten de database.',
        response: { 200: VerificatieRapport },
      },
    },
    (req) => verifyAudit(db, req.actor(), anker),
  );
};
