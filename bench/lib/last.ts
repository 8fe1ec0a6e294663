import autocannon from 'autocannon';

export interface LastResultaat {
  naam: string;
  verbindingen: number;
  seconden: number;
  verzoeken: number;
  perSeconde: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  fouten: number;
  statuscodes: Record<string, number>;
}

export interface LastVerzoek {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Builds path, headers and body per request; `context` is per connection (one session each). */
  maak: (context: Record<string, unknown>) => {
    path: string;
    headers?: Record<string, string>;
    body?: string;
  };
  /** Reads what a later request needs (e.g. the new versie after a save). */
  antwoord?: (status: number, body: string, context: Record<string, unknown>) => void;
}

/** Exact percentile of a sorted array (nearest rank). */
export function percentiel(gesorteerd: Float64Array | number[], p: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  const i = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1));
  return gesorteerd[i]!;
}

/**
 * Drives the server with autocannon: `verbindingen` keep-alive connections, each cycling through
 * `verzoeken`. Every response time is recorded (autocannon's own table has no p95), and everything
 * that is not 2xx counts as an error.
 */
export async function draaiLast(opts: {
  naam: string;
  url: string;
  verbindingen: number;
  seconden: number;
  verzoeken: LastVerzoek[];
  context?: (i: number) => Record<string, unknown>;
}): Promise<LastResultaat> {
  let volgnummer = 0;
  const tijden: number[] = [];
  const statuscodes: Record<string, number> = {};
  let fouten = 0;
  // Without a callback autocannon returns its tracker (an EventEmitter) that is also a promise.
  const instance = autocannon({
    url: opts.url,
    connections: opts.verbindingen,
    duration: opts.seconden,
    timeout: 30,
    requests: opts.verzoeken.map((v, stap) => ({
      method: v.method ?? 'GET',
      setupRequest: (req: autocannon.Request, ctx: object) => {
        const c = ctx as Record<string, unknown>;
        // The first request of a connection binds it to its own session.
        if (stap === 0 && c.nummer === undefined)
          Object.assign(c, opts.context?.(volgnummer++) ?? {}, { nummer: volgnummer });
        const r = v.maak(c);
        return {
          ...req,
          path: r.path,
          headers: { ...(c.headers as Record<string, string>), ...r.headers },
          ...(r.body !== undefined ? { body: r.body } : {}),
        };
      },
      ...(v.antwoord
        ? {
            onResponse: (status: number, body: string, ctx: object) =>
              v.antwoord!(status, body, ctx as Record<string, unknown>),
          }
        : {}),
    })),
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  // The typings omit the client argument that autocannon emits first.
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, status: number, _bytes: number, ms: number) => {
      tijden.push(ms);
      statuscodes[status] = (statuscodes[status] ?? 0) + 1;
      if (status < 200 || status >= 300) fouten++;
    },
  );
  instance.on('reqError', () => {
    fouten++;
    statuscodes.verbindingsfout = (statuscodes.verbindingsfout ?? 0) + 1;
  });
  const result = await instance;
  const gesorteerd = Float64Array.from(tijden).sort();
  return {
    naam: opts.naam,
    verbindingen: opts.verbindingen,
    seconden: opts.seconden,
    verzoeken: tijden.length,
    perSeconde: tijden.length / (result.duration || opts.seconden),
    p50: percentiel(gesorteerd, 50),
    p95: percentiel(gesorteerd, 95),
    p99: percentiel(gesorteerd, 99),
    max: gesorteerd.length ? gesorteerd[gesorteerd.length - 1]! : Number.NaN,
    fouten,
    statuscodes,
  };
}
