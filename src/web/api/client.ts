/**
 * The client for /api/v1: openapi-fetch over the types generated from the API's OpenAPI document
 * (schema.d.ts, `npm run gen:api`, ADR 0019). JSON in and out, the session cookie (same origin),
 * the CSRF token on every state-changing request, and application/problem+json turned into an
 * ApiError.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { ApiPad, Vraag } from './antwoorden.ts';
import type { paths } from './generated/schema.d.ts';

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly invalidParams: InvalidParam[] = [],
    /** Seconds from the Retry-After header (429), when given. */
    readonly retryAfter: number | null = null,
    /** The person of a 403 doorbraak-nodig: the case opens after a doorbraak for them (ADR 0030). */
    readonly persoonId: string | null = null,
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  /** The message for the user: the server's `detail`, which is written in Dutch for that purpose. */
  get detail(): string {
    return this.message;
  }
}

export const API_BASE = '/api/v1';

type Query = Record<string, string | number | boolean | null | undefined>;

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Set by the session when logging in or restoring a session; null after logging out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Called when an API call answers 401 although we thought we were logged in (the session expired
 * or was ended elsewhere), so that the app can return to the login page.
 */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function toError(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  const retry = res.headers.get('retry-after');
  const retryAfter = retry && /^\d+$/.test(retry) ? Number(retry) : null;
  if (type.includes('json')) {
    try {
      const p = (await res.json()) as Partial<{
        code: string;
        title: string;
        detail: string;
        invalidParams: InvalidParam[];
        persoonId: string;
      }>;
      return new ApiError(
        res.status,
        p.code ?? 'onbekend',
        p.title ?? res.statusText,
        p.detail ?? p.title ?? `De server antwoordde met status ${res.status}.`,
        Array.isArray(p.invalidParams) ? p.invalidParams : [],
        retryAfter,
        typeof p.persoonId === 'string' ? p.persoonId : null,
      );
    } catch {
      // Fall through: a body that is not JSON after all.
    }
  }
  return new ApiError(
    res.status,
    'onbekend',
    res.statusText,
    `De server antwoordde met status ${res.status}.`,
    [],
    retryAfter,
  );
}

/**
 * The typed client (openapi-fetch over the generated schema): paths, parameters and bodies are
 * checked against the API's route schemas. Use it with `gegevens`:
 * `const m = await gegevens(http.GET('/meldingen/{id}', { params: { path: { id } } }))`.
 */
export const http = createClient<paths, 'application/json'>({
  baseUrl: API_BASE,
  credentials: 'same-origin',
  headers: { Accept: 'application/json, application/problem+json' },
  // Like withQuery: empty filters are left out rather than sent as `?wijk=`.
  querySerializer: (query) => withQuery('', query as Query).replace(/^\?/, ''),
});

/**
 * What every call shares, as openapi-fetch middleware: the CSRF token on every state-changing
 * request, an unreachable server and every problem+json answer turned into an ApiError (which the
 * forms map to their fields), and a 401 while logged in sends the app back to the login page.
 */
const sessieMiddleware: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response, schemaPath }) {
    if (response.ok) return response;
    const err = await toError(response.clone());
    // Logging in and asking for the current session answer 401 as a normal outcome.
    if (err.status === 401 && !schemaPath.startsWith('/sessies')) onUnauthenticated?.();
    throw err;
  },
  onError() {
    return new ApiError(
      0,
      'netwerkfout',
      'Geen verbinding',
      'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    );
  },
};
http.use(sessieMiddleware);

/** The body of a successful answer; a failure has already been thrown as an ApiError. */
export async function gegevens<T>(antwoord: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await antwoord;
  return data as T;
}

/** Paths whose POST takes a body that is not JSON (a file or a message), with that media type. */
type NietJsonPost = {
  [P in ApiPad]: paths[P] extends { post: { requestBody: { content: infer C } } }
    ? 'application/json' extends keyof C
      ? never
      : P
    : never;
}[ApiPad];
type MediaVan<P extends NietJsonPost> = paths[P] extends { post: { requestBody: { content: infer C } } }
  ? keyof C & string
  : never;

/**
 * Sends a file as the request body (e.g. text/csv) with the session and CSRF token; the caller reads
 * the Response itself, because an upload may answer 400 with a report in the body that the screen
 * shows (not only a problem). Path, query and media type come from the generated schema.
 */
export async function postBestand<P extends NietJsonPost>(
  pad: P,
  query: Vraag<P, 'post'>,
  bestand: Blob,
  mediaType: MediaVan<P>,
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Content-Type': mediaType,
  };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(withQuery(API_BASE + pad, query as Query), {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: bestand,
    });
  } catch {
    throw new ApiError(
      0,
      'netwerkfout',
      'Geen verbinding',
      'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    );
  }
}

/**
 * Form state sent as it is: what the user typed goes to the server unchanged (a number still as
 * text, a choice not yet made, a filter from the address bar), and the server's problem+json names
 * each wrong field, which the form shows at that field (ADR 0019). The schema's type is the goal,
 * not a promise: use it for a body or query built from what the user entered, nothing else. A query
 * names its type (`zoalsIngevuld<Vraag<'/pad'>>(…)`): inferred, it would be every path's.
 */
export function zoalsIngevuld<T>(waarde: unknown): NonNullable<T> {
  return waarde as NonNullable<T>;
}

/** Any thrown value as an ApiError, so that screens handle one kind of error. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'onverwacht', 'Onverwachte fout', 'Er ging iets onverwachts mis.');
}
