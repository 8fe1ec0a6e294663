import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/http/errors.ts';
import { openbareProjecten, publicatie } from './openbaar.ts';
import { esc, overzichtPagina } from './pagina.ts';

const Gemeente = z.string().regex(/^\d{4}$/);

function nietGevonden(wat: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Niet gevonden</title></head><body><main><h1>Niet gevonden</h1><p>${esc(wat)} bestaat niet (meer) op dit adres.</p></main></body></html>`;
}

/**
 * The public pages for the council, outside the API and without login: the overview of all grote
 * projecten and every published rapportage as the static page (and PDF) it was built as.
 */
export const raadRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  // Answer as a page, not as problem+json: these addresses are opened in a browser.
  app.setErrorHandler((err, _req, reply) => {
    const status =
      err instanceof AppError ? err.status : (err as { statusCode?: number }).statusCode === 400 ? 404 : 500;
    if (status >= 500) app.log.error({ err }, 'raadspagina');
    return reply
      .code(status === 400 ? 404 : status)
      .type('text/html; charset=utf-8')
      .send(nietGevonden('Deze pagina'));
  });

  app.get(
    '/raad/:gemeente/projecten',
    { config: { public: true }, schema: { hide: true, params: z.object({ gemeente: Gemeente }) } },
    async (req, reply) => {
      const o = await openbareProjecten(db, req.params.gemeente);
      const html = overzichtPagina(
        o.gemeente,
        o.projecten.map((p) => ({
          naam: p.naam,
          hoofdproject: p.hoofdproject,
          portefeuillehouder: p.portefeuillehouder,
          laatste: p.laatste,
          aspecten: p.aspecten,
        })),
        new Date(),
      );
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
    },
  );
  app.get(
    '/raad/:gemeente/rapportages/:id.pdf',
    {
      config: { public: true },
      schema: { hide: true, params: z.object({ gemeente: Gemeente, id: z.uuid() }) },
    },
    async (req, reply) => {
      const p = await publicatie(db, req.params.gemeente, req.params.id);
      const naam = `${p.naam.replace(/[^\w -]+/g, '').slice(0, 80)} ${p.rapportagedatum}.pdf`;
      return reply
        .header('cache-control', 'public, max-age=86400')
        .header('content-disposition', `inline; filename="${naam}"`)
        .type('application/pdf')
        .send(p.pdf);
    },
  );
  app.get(
    '/raad/:gemeente/rapportages/:id',
    {
      config: { public: true },
      schema: { hide: true, params: z.object({ gemeente: Gemeente, id: z.uuid() }) },
    },
    async (req, reply) => {
      const p = await publicatie(db, req.params.gemeente, req.params.id);
      // A publication never changes: the stored page is served exactly as it was built.
      return reply
        .header('cache-control', 'public, max-age=86400')
        .type('text/html; charset=utf-8')
        .send(p.html);
    },
  );
};
