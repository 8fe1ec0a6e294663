import type { FastifyRequest } from 'fastify';
import { type AuditActie, audit, isGeaudit } from '../audit/audit.ts';
import type { Database } from '../db/types.ts';
import type { AppError } from '../http/errors.ts';
import { toegangscontext } from './principal.ts';

const ACTIE: Record<string, AuditActie> = {
  GET: 'read',
  HEAD: 'read',
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

/**
 * A failed attempt by a caller who passed the policy check (NEN 7513: also unsuccessful access is
 * logged): a validation error, a 404, a conflict or a 500 leaves one `mislukt` row. The use case's
 * own transaction has rolled back, so the row is written in a transaction of its own, like the
 * `geweigerd` row of a refusal. Refusals (never `toegelaten`) and failures the use case audited
 * itself (`markeerGeaudit`) get no second row. Only the route and the error code are recorded.
 */
export async function auditeerMislukking(
  db: Database,
  req: FastifyRequest,
  fout: AppError,
  oorzaak: unknown,
): Promise<void> {
  const principal = req.principal;
  if (!req.toegelaten || !principal || isGeaudit(oorzaak)) return;
  const cfg = req.routeOptions.config;
  try {
    const actor = req.actor();
    await db.transaction(toegangscontext(principal), (tx) =>
      audit(tx, actor, {
        actie: ACTIE[req.method] ?? 'read',
        objectType: 'route',
        objectId: `${req.method} ${req.routeOptions.url}`,
        doel: cfg.doel ?? cfg.policy ?? 'onbekend',
        resultaat: 'mislukt',
        toelichting: `${fout.status} ${fout.code}`,
        // A refused read for want of a relationship names the person: the anomaly signals count them.
        ...(fout.extra?.persoonId ? { personen: [fout.extra.persoonId] } : {}),
      }),
    );
  } catch (err) {
    // The answer to the caller stays the original error; the log says the audit row is missing.
    req.log.error({ err: { message: (err as Error).message } }, 'auditregel mislukt niet geschreven');
  }
}
