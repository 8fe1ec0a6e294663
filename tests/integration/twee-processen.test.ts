import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, spawnServer } from '../support/process.ts';

/**
 * Two server processes against one PostgreSQL (docs/scaling.md): they start at the same moment on
 * an empty database (migrations and demo data under locks), a session made on one is valid on the
 * other, a logout on one ends it on both, and a job is done exactly once by whichever process takes
 * it. PGlite is single-process by design (lock file; see tests/integration/embedded.test.ts).
 */
const base = process.env.DATABASE_URL;
const WACHTWOORD = 'twee-processen-wachtwoord-1';

describe.skipIf(!base)('twee serverprocessen op één PostgreSQL', () => {
  const naam = `ot_test_2p_${randomBytes(4).toString('hex')}`;
  let url: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let uitMap: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${naam}`);
    await admin.end();
    const u = new URL(base!);
    u.pathname = `/${naam}`;
    url = u.toString();
    uitMap = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-2p-uit-'));
    const env = {
      DATABASE_URL: url,
      OPEN_TOEGANG_DEMO_PASSWORD: WACHTWOORD,
      OPEN_TOEGANG_DEMO_ZAKEN: 'off',
      IWMO_UIT_MAP: uitMap,
      OPEN_TOEGANG_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ot-2p-data-')),
    };
    // Both at once on an empty database: one migrates and loads, the other waits and joins.
    const gestart = await Promise.allSettled([spawnServer(env), spawnServer(env)]);
    const fout = gestart.find((g) => g.status === 'rejected');
    if (fout) {
      // Never leave a running server behind when the other one failed to start.
      for (const g of gestart) if (g.status === 'fulfilled') g.value.child.kill('SIGKILL');
      throw (fout as PromiseRejectedResult).reason;
    }
    [a, b] = gestart.map((g) => (g as PromiseFulfilledResult<ServerProcess>).value) as [
      ServerProcess,
      ServerProcess,
    ];
  }, 120_000);

  afterAll(async () => {
    for (const p of [a, b]) {
      if (p && p.child.exitCode === null) {
        p.child.kill('SIGTERM');
        await p.exited;
      }
    }
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
    await admin.end();
  }, 60_000);

  it('een sessie van het ene proces geldt op het andere; uitloggen op het ene beëindigt haar op beide', async () => {
    const login = await fetch(`${a.url}/api/v1/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ gebruikersnaam: 'backoffice', wachtwoord: WACHTWOORD }),
    });
    expect(login.status, a.output()).toBe(201);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken };

    const opB = await fetch(`${b.url}/api/v1/sessies/huidig`, { headers });
    expect(opB.status).toBe(200);
    expect(((await opB.json()) as { gebruiker: { gebruikersnaam: string } }).gebruiker.gebruikersnaam).toBe(
      'backoffice',
    );
    // A write with the CSRF token of the session works on the other process too.
    const producten = await fetch(`${b.url}/api/v1/aanvragen?status=ingediend`, { headers });
    expect(producten.status).toBe(200);

    const uit = await fetch(`${b.url}/api/v1/sessies/huidig`, { method: 'DELETE', headers });
    expect(uit.status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/sessies/huidig`, { headers })).status).toBe(401);
    expect((await fetch(`${b.url}/api/v1/sessies/huidig`, { headers })).status).toBe(401);
  });

  it('een taak wordt door één van beide processen precies één keer uitgevoerd', async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(
        `INSERT INTO iwmo_berichten (gemeente_code, berichtcode, richting, identificatie, inhoud, status)
         VALUES ('0150', 'WMO301', 'uit', '2p-1', '<bericht/>', 'klaar')`,
      );
      // Ask for the delivery job many times at once, as a burst of cron ticks would.
      const boss = new PgBoss({ connectionString: url });
      await boss.start();
      await Promise.all(Array.from({ length: 10 }, () => boss.send('iwmo-verzenden', {})));
      await boss.stop({ graceful: false });
      const start = Date.now();
      let rij: { status: string; pogingen: number } | undefined;
      while (Date.now() - start < 30_000) {
        rij = (
          await c.query<{ status: string; pogingen: number }>(
            "SELECT status, pogingen FROM iwmo_berichten WHERE identificatie = '2p-1'",
          )
        ).rows[0];
        if (rij?.status === 'verzonden') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(rij).toEqual({ status: 'verzonden', pogingen: 1 });
      expect(fs.readdirSync(uitMap).filter((f) => f.endsWith('.xml'))).toEqual(['WMO301-0150-2p-1.xml']);
      // Both processes are workers of the same queues (the job table is shared).
      const { rows } = await c.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'iwmo-verzenden' AND state = 'completed'",
      );
      expect(rows[0]!.n).toBeGreaterThanOrEqual(1);
    } finally {
      await c.end();
    }
  }, 60_000);
});
