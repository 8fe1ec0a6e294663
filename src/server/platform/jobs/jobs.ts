import PgBoss from 'pg-boss';
import { sealAuditChain } from '../audit/chain.ts';
import { purgeExpiredSessions, type SessionSettings } from '../auth/sessions.ts';
import type { Database } from '../db/types.ts';

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

export const QUEUES = {
  sessiesOpruimen: 'sessies-opruimen',
  auditVerzegelen: 'audit-verzegelen',
} as const;

/** A scheduled job of a domain module (the platform knows no domain: modules hand these in). */
export interface Taak {
  queue: string;
  cron: string;
  handler: () => Promise<void>;
}

/**
 * Durable background jobs in PostgreSQL (pg-boss). On a PostgreSQL server pg-boss has its own
 * pool; on PGlite it shares the one connection through the database's mutex. Schedules are
 * cron-based and pg-boss makes sure only one process runs each scheduled job.
 */
export async function startJobs(
  db: Database,
  opts: {
    databaseUrl: string | null;
    sessions: SessionSettings;
    log: (msg: string, err?: unknown) => void;
    taken?: Taak[];
  },
): Promise<Jobs> {
  const boss = opts.databaseUrl
    ? new PgBoss({ connectionString: opts.databaseUrl, max: 2, application_name: 'open-toegang-jobs' })
    : new PgBoss({
        db: { executeSql: (text: string, values?: unknown[]) => db.executeJobSql(text, values) },
      });
  boss.on('error', (err) => opts.log('taakwachtrij: fout', err));
  await boss.start();

  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  await boss.schedule(QUEUES.sessiesOpruimen, '*/15 * * * *');
  await boss.schedule(QUEUES.auditVerzegelen, '* * * * *');

  await boss.work(QUEUES.sessiesOpruimen, async () => {
    await purgeExpiredSessions(db, opts.sessions);
  });
  // The in-process sealer runs every few seconds; this job is the safety net when it is off.
  await boss.work(QUEUES.auditVerzegelen, async () => {
    await sealAuditChain(db);
  });

  for (const taak of opts.taken ?? []) {
    await boss.createQueue(taak.queue);
    await boss.schedule(taak.queue, taak.cron);
    await boss.work(taak.queue, taak.handler);
  }

  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
