import PgBoss from 'pg-boss';
import { sealAuditChain } from '../audit/chain.ts';
import { purgeExpiredSessions, type SessionSettings } from '../auth/sessions.ts';
import type { Database } from '../db/types.ts';
import { maakDocument, maakOpenstaandeDocumenten, zetDocumentPlanner } from '../documents/maken.ts';

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

export const QUEUES = {
  sessiesOpruimen: 'sessies-opruimen',
  auditVerzegelen: 'audit-verzegelen',
  /** One letter to render after its use case committed (ADR 0020). */
  documentenMaken: 'documenten-maken',
  /** The safety net: letters a crash between commit and job left behind. */
  documentenNalopen: 'documenten-nalopen',
} as const;

/** A failed render is retried by pg-boss: after 30 s, 1 min, 2 min, 4 min (then the sweep). */
const DOCUMENT_POGINGEN = { retryLimit: 4, retryDelay: 30, retryBackoff: true } as const;

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

  for (const name of Object.values(QUEUES)) await ensureQueue(boss, name);
  await retryOnContention(() => boss.schedule(QUEUES.sessiesOpruimen, '*/15 * * * *'));
  await retryOnContention(() => boss.schedule(QUEUES.auditVerzegelen, '* * * * *'));
  await retryOnContention(() => boss.schedule(QUEUES.documentenNalopen, '*/5 * * * *'));

  await boss.work(QUEUES.sessiesOpruimen, async () => {
    await purgeExpiredSessions(db, opts.sessions);
  });
  // The in-process sealer runs every few seconds; this job is the safety net when it is off.
  await boss.work(QUEUES.auditVerzegelen, async () => {
    await sealAuditChain(db);
  });
  // Up to 10 letters per fetch and a short pause: with pg-boss's defaults (one job, then 2 s) a burst
  // of new meldingen left thousands of letters waiting (bench, issue 13). A letter costs ~10 ms CPU.
  await boss.work<{ documentId: string }>(
    QUEUES.documentenMaken,
    { batchSize: 10, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      let mislukt = 0;
      for (const job of jobs) {
        if ((await maakDocument(db, job.data.documentId)) === 'mislukt') mislukt++;
      }
      // Thrown, so pg-boss retries the batch (a letter already made is skipped); the document shows
      // 'mislukt' with the error meanwhile.
      if (mislukt > 0) throw new Error(`${mislukt} document(en) konden niet worden gemaakt`);
    },
  );
  await boss.work(QUEUES.documentenNalopen, async () => {
    await maakOpenstaandeDocumenten(db);
  });
  zetDocumentPlanner(db, async (ids) => {
    for (const documentId of ids) await boss.send(QUEUES.documentenMaken, { documentId }, DOCUMENT_POGINGEN);
  });

  for (const taak of opts.taken ?? []) {
    await ensureQueue(boss, taak.queue);
    await retryOnContention(() => boss.schedule(taak.queue, taak.cron));
    await boss.work(taak.queue, taak.handler);
  }

  return {
    boss,
    async stop() {
      zetDocumentPlanner(db, null);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * Two processes starting at once against one PostgreSQL both create the same queues; pg-boss's
 * createQueue can then deadlock (40P01) or collide (23505). The queue exists afterwards either
 * way, so contention is retried a few times with a random pause instead of stopping the start.
 */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  await retryOnContention(async () => {
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
  });
}

const CONTENTION = new Set(['40P01', '40001', '23505']);

async function retryOnContention<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (i >= attempts || !code || !CONTENTION.has(code)) throw err;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200 * i));
    }
  }
}
