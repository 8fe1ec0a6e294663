import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirInUseError } from '../../src/server/platform/db/lock.ts';
import { openPglite } from '../../src/server/platform/db/pglite.ts';
import { runCli, spawnServer } from '../support/process.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-embedded-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const PASSWORD = 'embedded-wachtwoord-1';

async function login(url: string) {
  const res = await fetch(`${url}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: 'beheer', wachtwoord: PASSWORD }),
  });
  expect(res.status).toBe(201);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('ingebedde database (PGlite) in een datamap', () => {
  it('een tweede proces op dezelfde datamap weigert te starten; een verweesd slot wordt overgenomen', async () => {
    const dir = tempDir();
    const db = await openPglite(dir);
    await expect(openPglite(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await db.close();
    expect(fs.existsSync(path.join(dir, 'open-toegang.lock'))).toBe(false);
    // A lock left by a process that no longer exists (crash) is taken over.
    fs.writeFileSync(
      path.join(dir, 'open-toegang.lock'),
      JSON.stringify({ pid: 2 ** 22 + 17, host: os.hostname() }),
    );
    const again = await openPglite(dir);
    await again.close();
  });

  // The compiled server, exactly as `npm start` runs it: loading the demo cases renders their
  // letters in the PDF worker thread of the build, so a broken build stops the first start.
  it('SIGTERM sluit netjes af; herstart en een harde kill (SIGKILL) verliezen geen vastgelegde gegevens', async () => {
    const dir = tempDir();
    // DATABASE_URL is emptied: this test is about the embedded database, also when CI sets it.
    const env = {
      DATABASE_URL: '',
      OPEN_TOEGANG_DATA_DIR: dir,
      OPEN_TOEGANG_DEMO_PASSWORD: PASSWORD,
      OPEN_TOEGANG_JOBS: 'off',
    };
    const first = await spawnServer(env, 120_000, { gebouwd: true });
    expect(first.output()).toContain('demodata geladen');
    expect(first.output()).toMatch(/beheer\s+beheer/);

    // While it runs, the CLI refuses the data folder with a clear message.
    const busy = await runCli(['demo-data'], env);
    expect(busy.code).toBe(3);
    expect(busy.output).toContain('in gebruik');

    const s = await login(first.url);
    const wijk = await fetch(`${first.url}/api/v1/wijken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrfToken },
      body: JSON.stringify({ gemeenteCode: '0150', code: 'X1', naam: 'Herstartwijk' }),
    });
    expect(wijk.status).toBe(201);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dir, 'open-toegang.lock'))).toBe(false);

    const second = await spawnServer(env, 60_000, { gebouwd: true });
    expect(second.output()).not.toContain('demodata geladen');
    const s2 = await login(second.url);
    const wijken = (await (
      await fetch(`${second.url}/api/v1/wijken?gemeente=0150`, { headers: { cookie: s2.cookie } })
    ).json()) as Array<{ code: string }>;
    expect(wijken.map((w) => w.code)).toContain('X1');
    const wijk2 = await fetch(`${second.url}/api/v1/wijken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: s2.cookie, 'x-csrf-token': s2.csrfToken },
      body: JSON.stringify({ gemeenteCode: '0150', code: 'X2', naam: 'Na harde kill' }),
    });
    expect(wijk2.status).toBe(201);
    second.child.kill('SIGKILL');
    await second.exited;

    const third = await spawnServer(env, 60_000, { gebouwd: true });
    const s3 = await login(third.url);
    const after = (await (
      await fetch(`${third.url}/api/v1/wijken?gemeente=0150`, { headers: { cookie: s3.cookie } })
    ).json()) as Array<{ code: string }>;
    expect(after.map((w) => w.code)).toEqual(expect.arrayContaining(['X1', 'X2']));
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);

    // The audit chain survived the hard kill; the CLI verifies it and finds a tampered row.
    const ok = await runCli(['audit', 'verify'], env);
    expect(ok.output).toContain('intact');
    expect(ok.code).toBe(0);
    const db = await openPglite(dir);
    await db.systemTransaction((tx) =>
      tx.query("UPDATE audit_log SET doel = 'vervalst' WHERE id = (SELECT min(audit_id) FROM audit_keten)"),
    );
    await db.close();
    const broken = await runCli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('NIET INTACT');
    // Three starts of the built server, the first loading every demo case, its letters and a year of
    // declaraties: minutes on a busy two-core machine; a hang detector, not a speed claim.
  }, 300_000);
});
