import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Bevindingen, geldigeDelen } from './controles.ts';
import { errors, type InvalidParam } from './errors.ts';
import { tekenfout, tekenmelding, veldnaam } from './invoer.ts';

/**
 * The validation step of every route (ARCHITECTURE.md, step 3): path parameters, query and body
 * are checked against the route's Zod schemas together, so one answer lists every wrong field.
 * Fastify validates the parts one by one and stops at the first part with an error; its own
 * validator is therefore an identity here and this preValidation hook (registered after the
 * authorisation hook, so an unauthorised caller still learns nothing) does the work.
 *
 * Besides the schemas, every string that arrives (in any part, at any depth) is checked for
 * characters that no text may hold: NUL, lone surrogates and other control characters. The shared
 * text type (invoer.ts) does that too; this net makes sure a route whose schema forgot it still
 * answers 400 with the field named instead of a 500 from PostgreSQL.
 */

const DELEN = [
  { schema: 'params', veld: 'params' },
  { schema: 'querystring', veld: 'query' },
  { schema: 'body', veld: 'body' },
] as const;

type Issue = z.core.$ZodIssue;

function pad(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** Zod issues to invalidParams, named by the field's path (`nieuwePersoon.geboortedatum`). */
export function naarInvalidParams(issues: readonly Issue[], deel: string): InvalidParam[] {
  const uit: InvalidParam[] = [];
  for (const iss of issues) {
    const naam = pad(iss.path);
    if (iss.code === 'unrecognized_keys') {
      for (const k of iss.keys) {
        uit.push({
          name: naam ? `${naam}.${k}` : k,
          code: 'onbekend-veld',
          reason: 'Dit veld is onbekend; laat het weg.',
        });
      }
      continue;
    }
    const eigen = iss.code === 'custom' ? (iss.params as { invoer?: string } | undefined)?.invoer : undefined;
    uit.push({ name: naam || deel, code: eigen ?? iss.code, reason: iss.message });
  }
  return uit;
}

/** Every string in `data` (keys are left to the schema) with a forbidden character. */
export function tekenfouten(data: unknown, deel: string): InvalidParam[] {
  const uit: InvalidParam[] = [];
  // One path, pushed and popped: this runs on every request, most of which have nothing to report.
  const path: PropertyKey[] = [];
  const bezoek = (v: unknown) => {
    if (typeof v === 'string') {
      const fout = tekenfout(v, true);
      if (fout)
        uit.push({
          name: pad(path) || deel,
          code: 'ongeldig-teken',
          reason: tekenmelding(fout, veldnaam(path)),
        });
      return;
    }
    if (v === null || typeof v !== 'object' || path.length >= 64 || ArrayBuffer.isView(v)) return;
    const paren: Array<[PropertyKey, unknown]> = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v);
    for (const [k, x] of paren) {
      path.push(k);
      bezoek(x);
      path.pop();
    }
  };
  bezoek(data);
  return uit;
}

export function registerValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  // Only Zod schemas are validated here: anything else would silently not be checked.
  app.addHook('onRoute', (route) => {
    const schemas = route.schema as Record<string, unknown> | undefined;
    for (const { schema: s } of DELEN) {
      if (schemas?.[s] !== undefined && !(schemas[s] instanceof z.ZodType)) {
        throw new Error(`Route ${route.method} ${route.url}: ${s} heeft geen Zod-schema.`);
      }
    }
  });
  app.addHook('preValidation', async (req: FastifyRequest) => {
    const schemas = req.routeOptions.schema as Record<string, unknown> | undefined;
    if (!schemas) return;
    const fouten: InvalidParam[] = [];
    const waarden: Partial<Record<'params' | 'query' | 'body', unknown>> = {};
    for (const { schema: s, veld } of DELEN) {
      const schema = schemas[s];
      if (!(schema instanceof z.ZodType)) continue;
      const data = req[veld] === undefined ? null : req[veld];
      const net = tekenfouten(data, s);
      const r = schema.safeParse(data);
      if (r.success) waarden[veld] = r.data;
      const gevonden = new Set(net.map((f) => f.name));
      fouten.push(...net);
      if (!r.success) {
        for (const f of naarInvalidParams(r.error.issues, s)) if (!gevonden.has(f.name)) fouten.push(f);
      }
    }
    if (fouten.length > 0) {
      // Only the body wrong: the route's domain checks run on its valid fields and are reported
      // with the schema's issues, so the form shows every error after one submit (controles.ts).
      const samen = req.routeOptions.config?.samenControleren;
      const geslaagd = (s: 'params' | 'querystring', veld: 'params' | 'query') =>
        !(schemas[s] instanceof z.ZodType) || veld in waarden;
      if (
        samen &&
        schemas.body instanceof z.ZodType &&
        geslaagd('params', 'params') &&
        geslaagd('querystring', 'query')
      ) {
        if ('params' in waarden) req.params = waarden.params;
        if ('query' in waarden) req.query = waarden.query;
        const b = new Bevindingen(fouten);
        b.voegToe(await samen(req, geldigeDelen(schemas.body, req.body ?? null), fouten));
        b.gooi();
      }
      throw errors.invalid(fouten);
    }
    if ('params' in waarden) req.params = waarden.params;
    if ('query' in waarden) req.query = waarden.query;
    if ('body' in waarden) req.body = waarden.body;
  });
}
