import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoOrganisation } from '../../src/server/demo/demo-data.ts';
import { type Jobs, QUEUES, startJobs } from '../../src/server/platform/jobs/jobs.ts';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../support/databases.ts';

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('wachten verlopen');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.each(DB_KINDS)('achtergrondtaken met pg-boss (%s)', (kind) => {
  let database: TestDatabase;
  let jobs: Jobs;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await loadDemoOrganisation(database.db, 'taken-wachtwoord-1');
    jobs = await startJobs(database.db, {
      databaseUrl: database.url,
      sessions: { idleMinutes: 30, maxHours: 10 },
      log: () => {},
    });
  });
  afterAll(async () => {
    await jobs?.stop();
    await database?.drop();
  });

  it('de taak sessies-opruimen verwijdert verlopen sessies', async () => {
    const db = database.db;
    await db.systemTransaction(async (tx) => {
      const g = await tx.query<{ id: string }>("SELECT id FROM gebruikers WHERE gebruikersnaam = 'kcc'");
      await tx.query(
        "INSERT INTO sessies (id, gebruiker_id, csrf_token, verloopt_op) VALUES ('verlopen', $1, 'x', now() - interval '1 minute')",
        [g.rows[0]!.id],
      );
      await tx.query(
        "INSERT INTO sessies (id, gebruiker_id, csrf_token, verloopt_op) VALUES ('geldig', $1, 'x', now() + interval '1 hour')",
        [g.rows[0]!.id],
      );
    });
    const id = await jobs.boss.send(QUEUES.sessiesOpruimen, {});
    expect(id).toBeTruthy();
    await waitFor(async () => {
      const { rows } = await db.systemTransaction((tx) =>
        tx.query("SELECT id FROM sessies WHERE id IN ('verlopen', 'geldig')"),
      );
      return rows.length === 1;
    });
    const { rows } = await db.systemTransaction((tx) => tx.query<{ id: string }>('SELECT id FROM sessies'));
    expect(rows.map((r) => r.id)).toEqual(['geldig']);
    await waitFor(
      async () => (await jobs.boss.getJobById(QUEUES.sessiesOpruimen, id!))?.state === 'completed',
    );
  });

  it('de taak audit-verzegelen verzegelt nieuwe auditregels', async () => {
    const db = database.db;
    await db.systemTransaction((tx) =>
      tx.query(
        "INSERT INTO audit_log (actie, object_type, resultaat, doel) VALUES ('read', 'test', 'toegestaan', 'test')",
      ),
    );
    await jobs.boss.send(QUEUES.auditVerzegelen, {});
    await waitFor(async () => {
      const { rows } = await db.systemTransaction((tx) =>
        tx.query(
          'SELECT 1 FROM audit_log a WHERE NOT EXISTS (SELECT 1 FROM audit_keten k WHERE k.audit_id = a.id)',
        ),
      );
      return rows.length === 0;
    });
  });
});
