import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Routes for OpenID Connect login are registered here (OIDC work package).
export const oidcRoutes: FastifyPluginAsyncZod = async () => {};
