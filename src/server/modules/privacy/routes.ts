import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ankerOpties } from '../../platform/audit/anker.ts';
import { exportAntwoord, lijstOfExport, metFormaat } from '../../platform/export/lijst.ts';
import { AUDIT_LOGREGELS } from './export.ts';
import { privacyPolicies as P } from './policies.ts';
import { AuditFilter, AuditPagina, VerificatieRapport } from './schemas.ts';
import { searchAudit, verifyAudit } from './service.ts';

const tags = ['privacy'];

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.deps;
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
