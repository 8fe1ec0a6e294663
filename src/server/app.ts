import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifySchema } from 'fastify';
import { jsonSchemaTransform, serializerCompiler } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import type { OidcClient } from './modules/accounts/index.ts';
import { MODULES } from './modules/index.ts';
import { auditeerMislukking } from './platform/auth/mislukt.ts';
import { registerAuth } from './platform/auth/plugin.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db/types.ts';
import { AppError } from './platform/http/errors.ts';
import { nederlandseFoutmeldingen } from './platform/http/foutmeldingen.ts';
import { API_PREFIX, API_VERSION, finishOpenApi } from './platform/http/openapi.ts';
import { registerProblemHandlers, sendProblem } from './platform/http/problem.ts';
import { clientErrorHandler, frameworkErrors, registerStrikteJson } from './platform/http/ruwe-invoer.ts';
import { systemRoutes } from './platform/http/system-routes.ts';
import { registerValidation } from './platform/http/validatie.ts';
import { registreerInzageBron } from './platform/inzage.ts';
import { loggerOptions } from './platform/logging.ts';

nederlandseFoutmeldingen();

export interface AppDeps {
  config: Config;
  db: Database;
  oidc?: OidcClient | null;
  /** The DigiD broker of the inwonerportaal (ADR 0026); null when not configured. */
  digid?: OidcClient | null;
  /** Logging off in tests unless LOG_LEVEL is set. */
  logger?: boolean;
}

export interface RouteInfo {
  method: string;
  url: string;
  policy: string | null;
  public: boolean;
  /** The route's schemas (Zod): the input tests walk params, querystring and body. */
  schema?: FastifySchema;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** Every API route with its policy: used by the authorisation tests and the docs. */
    routeTable: RouteInfo[];
  }
}

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(deps.config.logLevel),
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 1024 * 1024,
    // Trailing slashes are not the same resource (NL API Design Rules): /meldingen/ is a 404.
    routerOptions: { ignoreTrailingSlash: false },
    // Errors before a route runs are problem+json too (platform/http/ruwe-invoer.ts).
    frameworkErrors,
    clientErrorHandler,
  });
  app.decorate('deps', deps);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app, (req, fout, oorzaak) => auditeerMislukking(deps.db, req, fout, oorzaak));
  registerStrikteJson(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
    // The CSP's frame-ancestors 'none' forbids framing; X-Frame-Options: SAMEORIGIN said the opposite
    // to browsers that read only the old header (issue 14). One rule: no framing, stated once.
    frameguard: false,
  });

  const publicRoutes = new Set<string>();
  const binaryRoutes = new Map<string, string>();
  const routeTable: RouteInfo[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const cfg = route.config as { public?: boolean; policy?: string; produces?: string } | undefined;
    for (const m of [route.method].flat()) {
      if (cfg?.public) publicRoutes.add(`${m} ${route.url}`);
      if (cfg?.produces) binaryRoutes.set(`${m} ${route.url}`, cfg.produces);
      if (route.url.startsWith('/api/') && m !== 'HEAD') {
        routeTable.push({
          method: m,
          url: route.url,
          policy: cfg?.policy ?? null,
          public: cfg?.public === true,
          schema: route.schema,
        });
      }
    }
  });

  await app.register(fastifySwagger, {
    openapi: { openapi: '3.0.3', info: { title: 'Open Toegang API', version: API_VERSION } },
    transform: jsonSchemaTransform,
  });

  // NL API Design Rules: no trailing slashes. `/teams/` would otherwise match `/teams/:id`.
  app.addHook('onRequest', async (req) => {
    const urlPath = req.url.split('?')[0] ?? '';
    if (urlPath.startsWith('/api/') && urlPath.endsWith('/')) {
      throw new AppError(
        404,
        'niet-gevonden',
        'Niet gevonden',
        `${urlPath} bestaat niet (zonder slash aan het eind).`,
      );
    }
  });

  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/')) {
      reply.header('API-Version', API_VERSION);
      reply.header('Cache-Control', 'no-store');
    }
  });

  registerAuth(app, deps.db, {
    idleMinutes: deps.config.sessionIdleMinutes,
    maxHours: deps.config.sessionMaxHours,
  });
  // After the authorisation hook: params, query and body validated together (one answer, all errors).
  registerValidation(app);

  await app.register(
    async (api) => {
      await api.register(systemRoutes);
      for (const m of MODULES) if (m.inzage) registreerInzageBron(m.naam, m.inzage);
      for (const m of MODULES) await api.register(m.routes);
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
        finishOpenApi(app.swagger() as OpenAPIV3.Document, publicRoutes, binaryRoutes),
      );
    },
    { prefix: API_PREFIX },
  );

  // Public pages outside the API (e.g. the council pages of grote projecten).
  for (const m of MODULES) if (m.publiekeRoutes) await app.register(m.publiekeRoutes);
  registerWeb(app);
  return app;
}

/** The built React app, with every non-API path answered by index.html (client-side routing). */
function registerWeb(app: FastifyInstance): void {
  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) {
    app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      index: false,
      // Vite puts a content hash in every asset name: they never change, so cache them for a year.
      setHeaders(reply, filePath) {
        reply.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const urlPath = req.url.split('?')[0] ?? '';
    // A path with a file extension is a missing file (e.g. an asset of an older build), not a
    // client-side route: answering it with index.html would give HTML where a script is expected.
    const isFile = /\.[a-z0-9]+$/i.test(urlPath);
    if (!urlPath.startsWith('/api/') && req.method === 'GET' && hasWeb && !isFile) {
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    }
    return sendProblem(
      reply,
      new AppError(404, 'niet-gevonden', 'Niet gevonden', `${req.method} ${urlPath} bestaat niet.`),
    );
  });
}
