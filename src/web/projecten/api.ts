import { API_BASE, ApiError, api } from '../api/client.ts';

/**
 * POST with a text/plain body (the import of a report file). The shared client speaks JSON only;
 * the CSRF token comes from the current session, as the client itself gets it.
 */
export async function postTekst<T>(pad: string, tekst: string): Promise<T> {
  const { csrfToken } = await api.get<{ csrfToken: string }>('/sessies/huidig');
  let res: Response;
  try {
    res = await fetch(API_BASE + pad, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Content-Type': 'text/plain; charset=utf-8',
        'X-CSRF-Token': csrfToken,
      },
      body: tekst,
    });
  } catch {
    throw new ApiError(
      0,
      'netwerkfout',
      'Geen verbinding',
      'De server is niet bereikbaar. Probeer het opnieuw.',
    );
  }
  const body = (await res.json().catch(() => ({}))) as T & {
    code?: string;
    title?: string;
    detail?: string;
    invalidParams?: ApiError['invalidParams'];
  };
  if (!res.ok) {
    throw new ApiError(
      res.status,
      body.code ?? 'onbekend',
      body.title ?? res.statusText,
      body.detail ?? `De server antwoordde met status ${res.status}.`,
      body.invalidParams ?? [],
    );
  }
  return body;
}
