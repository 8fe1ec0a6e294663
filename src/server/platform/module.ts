import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/types.ts';
import type { Taak } from './jobs/jobs.ts';

/** What a module's background jobs get from the runtime. */
export interface TaakContext {
  db: Database;
  config: Config;
  log: FastifyBaseLogger;
}

/**
 * The seam between the platform and a domain module (ADR 0017). Each module exports exactly one
 * descriptor from `modules/<naam>/index.ts`; `modules/index.ts` holds the one ordered list that the
 * app (routes), the runtime (jobs) and the authorisation document loop over. Adding a module is
 * adding a descriptor to that list, not editing the platform.
 */
export interface ModuleDescriptor<Api extends object = Record<never, never>> {
  /** The folder name under src/server/modules. */
  naam: string;
  /** One line for the docs: what the module is for. */
  omschrijving: string;
  /** The module's API routes, registered under /api/v1. */
  routes: FastifyPluginAsyncZod;
  /** The module's permissions (its `definePolicies` result): name → name. */
  policies: Readonly<Record<string, string>>;
  /** Scheduled jobs; called once at start when jobs are enabled. */
  taken?: (ctx: TaakContext) => Taak[];
  /** Routes outside /api (public pages, e.g. the council pages of grote projecten). */
  publiekeRoutes?: FastifyPluginAsyncZod;
  /**
   * What other modules may use. A module imports another module only through its `index.ts`
   * (`scripts/modulegrenzen.test.ts`); this object is what that index offers besides types.
   */
  api: Api;
}

/** Identity function that checks a descriptor and keeps the type of its `api`. */
export function defineModule<const Api extends object>(m: ModuleDescriptor<Api>): ModuleDescriptor<Api> {
  return m;
}
