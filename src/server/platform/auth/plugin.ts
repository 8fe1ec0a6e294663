import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../audit/audit.ts';
import type { Database } from '../db/types.ts';
import { errors } from '../http/errors.ts';
import { INWONER_COOKIE, INWONER_PAD, loadInwonerPrincipal } from './inwoner-sessies.ts';
import { mag, rolesFor } from './policies.ts';
import { type Actor, type Principal, toegangscontext } from './principal.ts';
import { loadPrincipal, SESSION_COOKIE, type SessionSettings } from './sessions.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission this route needs (see the module's policies.ts). */
    policy?: string;
    /** Reachable without login. Every route has either `policy` or `public`. */
    public?: boolean;
    /** The processing activity recorded when access is refused. */
    doel?: string;
    /** Media type of a binary 200 response (e.g. application/pdf), for the OpenAPI document. */
    produces?: string;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** Passed the route's policy check: a failure from here on is audited as `mislukt`. */
    toegelaten: boolean;
    /** The caller of a use case; throws 401 when nobody is logged in. */
    actor(): Actor;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function herkomstOf(req: FastifyRequest, sessie: string | null) {
  return { ip: req.ip, sessie: sessie ? sessie.slice(0, 16) : null, verzoekId: String(req.id) };
}

/**
 * Authentication and authorisation for every route: session cookie → principal; the route's
 * policy decides; no policy and not public → the route does not start (default deny).
 */
export function registerAuth(app: FastifyInstance, db: Database, settings: SessionSettings): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('toegelaten', false);
  app.decorateRequest('actor', function (this: FastifyRequest): Actor {
    if (!this.principal) throw errors.unauthenticated();
    return { principal: this.principal, herkomst: herkomstOf(this, this.principal.sessieId) };
  });

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const cfg = route.config as { policy?: string; public?: boolean } | undefined;
    if (!cfg?.public && !cfg?.policy) {
      throw new Error(
        `Route ${route.method} ${route.url} heeft geen policy en is niet publiek (default deny).`,
      );
    }
    if (cfg?.policy) rolesFor(cfg.policy); // fails at start for an unknown policy name
  });

  app.addHook('onRequest', async (req) => {
    // Resident routes read only the resident cookie, every other route only the staff cookie
    // (ADR 0026): a staff session on a resident route, or the reverse, is not logged in (401).
    if (req.url.startsWith(INWONER_PAD)) {
      const token = req.cookies[INWONER_COOKIE];
      if (token) req.principal = await loadInwonerPrincipal(db, token);
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.principal = await loadPrincipal(db, token, settings);
  });

  // preValidation: an anonymous or unauthorised caller learns nothing from validation errors.
  app.addHook('preValidation', async (req) => {
    const cfg = req.routeOptions.config;
    // No route matched (routeOptions.url unset): the not-found handler answers 404.
    if (!req.routeOptions.url || !req.url.startsWith('/api/') || cfg.public) return;
    const principal = req.principal;
    if (!principal) throw errors.unauthenticated();
    if (!SAFE_METHODS.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, principal.csrfToken)) throw errors.csrf();
    }
    if (!cfg.policy || !mag(cfg.policy, principal)) {
      const actor = req.actor();
      await db.transaction(toegangscontext(principal), (tx) =>
        audit(tx, actor, {
          actie: SAFE_METHODS.has(req.method) ? 'read' : 'update',
          objectType: 'route',
          objectId: `${req.method} ${req.routeOptions.url}`,
          doel: cfg.doel ?? cfg.policy ?? 'onbekend',
          resultaat: 'geweigerd',
        }),
      );
      throw errors.forbidden();
    }
    req.toegelaten = true;
  });
}
