import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { privacyPolicies as P } from './policies.ts';
import { AuditFilter, AuditPagina, VerificatieRapport } from './schemas.ts';
import { searchAudit, verifyAudit } from './service.ts';

const tags = ['privacy'];

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  app.get(
    '/audit-logregels',
    {
      config: { policy: P['audit.raadplegen'], doel: 'toezicht-op-gegevensverwerking' },
      schema: {
        tags,
        operationId: 'listAuditLogregels',
        summary: 'Het audittrail van uw gemeenten, nieuwste eerst (keyset-paginering met `voor`).',
        querystring: AuditFilter,
        response: { 200: AuditPagina },
      },
    },
    (req) => searchAudit(db, req.actor(), req.query),
  );
  app.post(
    '/audit-verificaties',
    {
      config: { policy: P['audit.verifieren'], doel: 'toezicht-op-gegevensverwerking' },
      schema: {
        tags,
        operationId: 'postAuditVerificatie',
        summary: 'Controleert de hash-keten van het audittrail.',
        response: { 200: VerificatieRapport },
      },
    },
    (req) => verifyAudit(db, req.actor()),
  );
};
