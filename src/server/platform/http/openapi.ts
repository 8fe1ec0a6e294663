import type { OpenAPIV3 } from 'openapi-types';

export const API_VERSION = '1.0.0';
export const API_PREFIX = '/api/v1';

const PROBLEM_SCHEMA: OpenAPIV3.SchemaObject = {
  type: 'object',
  description: 'Foutmelding volgens RFC 9457 (problem details).',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'Stabiele foutcode.' },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'code', 'reason'],
        properties: { name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};

const PROBLEMS: Record<string, string> = {
  '400': 'Ongeldige invoer; `invalidParams` noemt elk ongeldig veld.',
  '401': 'Niet ingelogd of sessie verlopen.',
  '403': 'Geen toegang voor uw rol, of CSRF-token ongeldig.',
  '404': 'Niet gevonden.',
  '409': 'Conflict, bijvoorbeeld een gelijktijdige wijziging (versie).',
  '429': 'Te veel verzoeken.',
  '500': 'Interne fout.',
};

function problemResponse(description: string): OpenAPIV3.ResponseObject {
  return {
    description,
    headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
}

/**
 * Completes the document that @fastify/swagger generates from the route schemas with what is
 * the same for every operation: the API-Version header, problem responses, servers and contact
 * (NL API Design Rules). Paths become relative to the versioned server URL.
 */
export function finishOpenApi(
  doc: OpenAPIV3.Document,
  publicRoutes: Set<string>,
  binaryRoutes: Map<string, string> = new Map(),
): OpenAPIV3.Document {
  const paths: OpenAPIV3.PathsObject = {};
  for (const [key, item] of Object.entries(doc.paths ?? {})) {
    if (!key.startsWith(API_PREFIX) || key === `${API_PREFIX}/openapi.json`) continue;
    const rel = key.slice(API_PREFIX.length) || '/';
    const copy: OpenAPIV3.PathItemObject = { ...item };
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = copy[method];
      if (!op) continue;
      const responses: OpenAPIV3.ResponsesObject = {};
      for (const [code, resp] of Object.entries(op.responses ?? {})) {
        const r = resp as OpenAPIV3.ResponseObject;
        if (/^[45]/.test(code)) continue;
        responses[code] = {
          ...r,
          headers: { ...(r.headers ?? {}), 'API-Version': { $ref: '#/components/headers/API-Version' } },
        };
      }
      const routeKey = `${method.toUpperCase()} ${key.replace(/\{(\w+)\}/g, ':$1')}`;
      const binary = binaryRoutes.get(routeKey);
      if (binary) {
        responses['200'] = {
          description: `Het document (${binary}).`,
          headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } },
          content: { [binary]: { schema: { type: 'string', format: 'binary' } } },
        };
      }
      const isPublic = publicRoutes.has(routeKey);
      const codes = ['400', '500'];
      if (!isPublic) codes.push('401', '403');
      if (rel.includes('{')) codes.push('404');
      if (method !== 'get' && method !== 'delete') codes.push('409');
      if (method === 'post' && rel === '/sessies') codes.push('401', '429');
      for (const c of codes.sort()) responses[c] = problemResponse(PROBLEMS[c] ?? 'Fout');
      copy[method] = { ...op, responses };
    }
    paths[rel] = copy;
  }
  return {
    ...doc,
    openapi: '3.0.3',
    info: {
      title: 'Open Toegang API',
      description:
        'API van Open Toegang: toegang tot het sociaal domein (Wmo 2015). Alle fouten zijn application/problem+json.',
      version: API_VERSION,
      contact: {
        name: 'Open Toegang',
        email: 'ontwikkelaars@open-toegang.nl',
        url: 'https://open-toegang.nl',
      },
      license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
    },
    servers: [{ url: API_PREFIX, description: 'Deze server' }],
    paths,
    components: {
      ...(doc.components ?? {}),
      schemas: { ...(doc.components?.schemas ?? {}), Problem: PROBLEM_SCHEMA },
      headers: {
        'API-Version': {
          description: 'De volledige versie van de API.',
          schema: { type: 'string', example: API_VERSION },
        },
      },
      securitySchemes: {
        sessie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ot_sessie',
          description: 'Sessiecookie na POST /sessies.',
        },
      },
    },
    security: [{ sessie: [] }],
  };
}
