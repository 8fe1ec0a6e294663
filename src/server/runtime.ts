import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import {
  type DemoLogin,
  demoPassword,
  hasData,
  listDemoLogins,
  loadDemoOrganisation,
} from './demo/demo-data.ts';
import { loadDemoFinancien } from './demo/financien-demo.ts';
import { loadDemoRegioZaken } from './demo/regio-zaken-demo.ts';
import { loadDemoZaken } from './demo/zaken-demo.ts';
import { createOidcClient } from './modules/accounts/oidc.ts';
import { MODULES } from './modules/index.ts';
import { isDemoDatabase, maakDigidClient } from './modules/portaal/index.ts';
import { type AnkerResultaat, AnkerSchrijver, ankerOpties } from './platform/audit/anker.ts';
import { sealAuditChain } from './platform/audit/chain.ts';
import { laadGeheimSleutel } from './platform/auth/geheimen.ts';
import type { Config } from './platform/config.ts';
import { openDatabase } from './platform/db/index.ts';
import { migrate } from './platform/db/migrate.ts';
import { onderhoudIngebed, statistiekenOntbreken, werkStatistiekenBij } from './platform/db/onderhoud.ts';
import type { Database } from './platform/db/types.ts';
import { stopBriefRenderer } from './platform/documents/brief-renderer.ts';
import { type Jobs, startJobs, type Taak } from './platform/jobs/jobs.ts';

export interface Runtime {
  app: FastifyInstance;
  db: Database;
  jobs: Jobs | null;
  demo: { password: string | null; logins: DemoLogin[]; loaded: boolean };
  stop(): Promise<void>;
}

/**
 * Opens the database, migrates, loads the demo on an empty database, starts jobs and the audit
 * sealer and builds the app. `stop` closes them in reverse order: first no new requests, then
 * jobs, a last seal, and the database (CHECKPOINT on PGlite).
 */
export async function startRuntime(
  config: Config,
  opts: { demo?: boolean; logger?: boolean } = {},
): Promise<Runtime> {
  const db = await openDatabase(config);
  try {
    await migrate(db);
    let loaded = false;
    let password: string | null = null;
    if (opts.demo !== false) {
      password = demoPassword(config.dataDir, config.demoPassword);
      if (!(await hasData(db))) {
        try {
          const totp =
            config.mfa === 'verplicht' ? laadGeheimSleutel(config.dataDir, config.geheimSleutel) : undefined;
          await loadDemoOrganisation(db, password, totp);
          if (config.demoZaken) {
            await loadDemoZaken(db);
            // BW/MO cases of the regional team in four of the five gemeenten (issue 20).
            await loadDemoRegioZaken(db);
            // Declaraties and budgets of this year for the beleid dashboard (issue 21).
            await loadDemoFinancien(db);
          }
          loaded = true;
        } catch (err) {
          // Two processes started at once on an empty PostgreSQL: the other one is loading the demo
          // (its rows collide with ours). Go on without it; anything else is a real failure.
          if (!(await hasData(db))) throw err;
          // Half a demo is not silent: the operator sees why the start line lacks "demodata geladen".
          console.error(
            `Demodata niet volledig geladen: ${err instanceof Error ? err.message : String(err)}`,
          );
        }
      }
    }
    // PGlite has no autovacuum: without statistics the planner guesses (platform/db/onderhoud.ts).
    if (db.mode === 'pglite' && (await statistiekenOntbreken(db))) await werkStatistiekenBij(db);
    // OpenID Connect: the provider is discovered now, so a wrong issuer stops the start.
    const oidc = config.oidc ? await createOidcClient(config.oidc, config.publicUrl) : null;
    const digid = config.digid ? await maakDigidClient(config.digid, config.publicUrl) : null;
    // The DigiD simulator only with the demo organisation loaded (ADR 0026), unless switched off.
    const digidSimulator = config.digidSimulator && opts.demo !== false && (await isDemoDatabase(db));
    const app = await buildApp({
      // The demo's portal is Deventer's (the demo organisation's own gemeente), unless configured.
      config: {
        ...config,
        digidSimulator,
        portaalGemeente: config.portaalGemeente ?? (digidSimulator ? '0150' : null),
      },
      db,
      oidc,
      digid,
      logger: opts.logger,
    });
    const log = (msg: string, err?: unknown) => app.log.error({ err }, msg);
    const jobs = config.jobsEnabled
      ? await startJobs(db, {
          databaseUrl: config.databaseUrl,
          sessions: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
          log,
          taken: [
            ...platformTaken(db),
            ...MODULES.flatMap((m) => m.taken?.({ db, config, log: app.log }) ?? []),
          ],
        })
      : null;
    // After sealing, a signed checkpoint of the head outside the database (ADR 0022), at most one
    // per interval; the log line is the third copy.
    const anker = new AnkerSchrijver(
      db,
      ankerOpties({ dataDir: config.dataDir, ...config.auditAnker }),
      config.auditAnker.intervalMs,
      (r: AnkerResultaat) => {
        const { volgnummer, hash, tijdstip, handtekening } = r.anker;
        app.log.info(
          { auditAnker: { volgnummer, hash, tijdstip, handtekening }, extern: r.extern },
          'audit-ankerpunt',
        );
        if (r.extern === 'mislukt')
          app.log.warn('audit-ankerpunt: extern doel niet bereikt, volgt bij het volgende');
      },
    );
    let sealing: Promise<unknown> = Promise.resolve(0);
    const sealer = setInterval(() => {
      sealing = sealAuditChain(db)
        .then(() => anker.zet())
        .catch((err) => {
          log('audit verzegelen mislukt', err);
          return 0;
        });
    }, config.auditSealIntervalMs);
    sealer.unref();
    let stopped = false;
    return {
      app,
      db,
      jobs,
      demo: { password, logins: opts.demo === false ? [] : listDemoLogins(), loaded },
      async stop() {
        if (stopped) return;
        stopped = true;
        clearInterval(sealer);
        await app.close();
        await jobs?.stop().catch((err) => log('taken stoppen mislukt', err));
        await sealing;
        await sealAuditChain(db)
          .then(() => anker.zet(true))
          .catch((err) => log('audit verzegelen mislukt', err));
        await stopBriefRenderer();
        await db.close();
      },
    };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}

/** Jobs of the platform itself, next to the modules' jobs. */
function platformTaken(db: Database): Taak[] {
  if (db.mode !== 'pglite') return [];
  return [
    {
      // Autovacuum's work for the embedded database, at night: it holds the only connection for
      // a few seconds (measured: 4.6 s at Deventer size).
      queue: 'database-onderhoud',
      cron: '30 3 * * *',
      handler: () => onderhoudIngebed(db),
    },
  ];
}
