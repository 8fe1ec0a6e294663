import http from 'node:http';
import { meldingView } from './modules/intake/presenters.ts';
import { meldingenRepo } from './modules/intake/repo-meldingen.ts';
import { auditSettings } from './platform/audit/audit.ts';
import type { Database } from './platform/db/types.ts';

/**
 * Benchmark instruments (issue 9), off unless their environment variable is set; never set them in
 * production.
 *
 * - `OPEN_TOEGANG_BENCH_BASISPOORT`: a bare node:http server in this same process on that port,
 *   answering `GET /meldingen/<id>` with exactly the SQL of the melding detail (the repository
 *   query and the view's queries, in one transaction) but without framework, validation, sessions,
 *   authorisation, row-level security or audit: the practical ceiling on this machine.
 * - `OPEN_TOEGANG_BENCH_AUDIT=off`: audit rows are not written, to measure what auditing costs.
 */
export function startBenchInstrumenten(
  db: Database,
  env: NodeJS.ProcessEnv = process.env,
): http.Server | null {
  if (env.OPEN_TOEGANG_BENCH_AUDIT === 'off') {
    auditSettings.enabled = false;
    console.warn('LET OP: audit staat UIT (OPEN_TOEGANG_BENCH_AUDIT=off) — alleen voor benchmarks.');
  }
  const poort = env.OPEN_TOEGANG_BENCH_BASISPOORT;
  if (!poort) return null;
  const server = http.createServer((req, res) => {
    const m = /^\/meldingen\/([0-9a-f-]{36})$/.exec(req.url ?? '');
    if (req.method !== 'GET' || !m) {
      res.writeHead(404).end();
      return;
    }
    db.systemTransaction(async (tx) => {
      const row = await meldingenRepo.get(tx, m[1]!);
      return row ? meldingView(tx, row) : null;
    }).then(
      (view) => {
        if (!view) {
          res.writeHead(404).end();
          return;
        }
        const body = JSON.stringify(view);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      },
      () => res.writeHead(500).end(),
    );
  });
  server.listen(Number(poort), '127.0.0.1');
  console.warn(`Benchmark-basisroute (zonder framework, autorisatie en audit) op poort ${poort}.`);
  return server;
}
