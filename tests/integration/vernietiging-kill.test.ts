import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemoOrganisation } from '../../src/server/demo/demo-data.ts';
import { vernietigPersoon } from '../../src/server/modules/privacy/bewaren/vernietigen.ts';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { openPglite } from '../../src/server/platform/db/pglite.ts';
import type { Database } from '../../src/server/platform/db/types.ts';
import { TEST_PASSWORD } from '../support/app.ts';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../support/databases.ts';
import { maakZaken } from '../support/monitoring.ts';
import { ROOT } from '../support/process.ts';

/**
 * Issue 18: "a destruction interrupted by kill -9 leaves either the whole person or nothing". A child
 * process destroys a person and is killed with SIGKILL halfway through its transaction (after several
 * tables were deleted); the person must then be complete. A run to the end afterwards removes them.
 */
const TABELLEN = ['personen', 'meldingen', 'onderzoeken', 'aanvragen', 'beschikkingen', 'voorzieningen'];

async function rijen(db: Database, persoonId: string): Promise<Record<string, number>> {
  const { rows } = await db.systemQuery<Record<string, number>>(
    `SELECT (SELECT count(*) FROM personen WHERE id = $1)::int AS personen,
            (SELECT count(*) FROM meldingen WHERE persoon_id = $1)::int AS meldingen,
            (SELECT count(*) FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id WHERE m.persoon_id = $1)::int AS onderzoeken,
            (SELECT count(*) FROM aanvragen WHERE persoon_id = $1)::int AS aanvragen,
            (SELECT count(*) FROM beschikkingen WHERE persoon_id = $1)::int AS beschikkingen,
            (SELECT count(*) FROM voorzieningen WHERE persoon_id = $1)::int AS voorzieningen`,
    [persoonId],
  );
  return rows[0]!;
}

describe.each(DB_KINDS)('vernietiging onderbroken met kill -9 (%s)', (kind) => {
  let testDb: TestDatabase | null = null;
  let dir: string | null = null;
  afterAll(async () => {
    await testDb?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('laat de hele persoon staan; daarna vernietigt een volledige run alles', {
    timeout: 120_000,
  }, async () => {
    let db: Database;
    let waar: string;
    if (kind === 'pglite') {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-kill-'));
      db = await openPglite(dir);
      await migrate(db);
      waar = dir;
    } else {
      testDb = await createTestDatabase('postgres');
      db = testDb.db;
      waar = testDb.url!;
    }
    await loadDemoOrganisation(db, TEST_PASSWORD);
    await db.systemTransaction(async (tx) => {
      await maakZaken(tx, [
        {
          naam: 'Onderbroken',
          ontvangst: '2018-02-01',
          kanaal: 'telefoon',
          triage: 'onderzoek',
          status: 'aanvraag',
          onderzoek: { afgerond: '2018-03-01', verslag: '2018-03-02' },
          aanvraag: {
            datum: '2018-03-05',
            uiterlijk: '2018-04-16',
            besluit: '2018-04-01',
            toekenning: { ingang: '2018-04-01', einde: '2018-12-31' },
          },
        },
      ]);
      await tx.query(
        `INSERT INTO bewaartermijnen (gemeente_code, dossiersoort, jaren, bron)
         VALUES ('0150', 'wmo-met-voorziening', 1, 'test'), ('0150', 'wmo-zonder-voorziening', 1, 'test')`,
      );
    });
    const { rows } = await db.systemQuery<{ id: string }>(
      "SELECT id FROM personen WHERE achternaam = 'Onderbroken'",
    );
    const persoonId = rows[0]!.id;
    const lijst = await db.systemQuery<{ id: string }>(
      "INSERT INTO vernietigingslijsten (gemeente_code, peildatum) VALUES ('0150', '2026-01-01') RETURNING id",
    );
    const item = {
      lijstId: lijst.rows[0]!.id,
      pseudoniem: '11111111-1111-4111-8111-111111111111',
      persoonId,
      gemeenteCode: '0150',
    };
    await db.systemQuery(
      `INSERT INTO vernietigingslijst_personen (lijst_id, pseudoniem, gemeente_code, persoon_id, grond)
       VALUES ($1, $2, '0150', $3, '{"dossiersoort":"wmo-met-voorziening","einde":"2018-12-31","termijnVerstreken":"2019-12-31"}')`,
      [item.lijstId, item.pseudoniem, persoonId],
    );
    const voor = await rijen(db, persoonId);
    expect(Object.values(voor).every((n) => n > 0)).toBe(true);
    if (kind === 'pglite') await db.close();

    const kind_ = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/vernietig-kind.ts', kind, waar, JSON.stringify(item)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let uit = '';
    let fout = '';
    kind_.stderr.on('data', (d) => {
      fout += String(d);
    });
    const gestopt = new Promise<void>((resolve) => kind_.on('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`geen HALVERWEGE: ${uit} ${fout}`)), 90_000);
      kind_.stdout.on('data', (d) => {
        uit += String(d);
        if (uit.includes('HALVERWEGE')) {
          clearTimeout(t);
          resolve();
        }
      });
      kind_.on('exit', () => reject(new Error(`kind stopte: ${uit} ${fout}`)));
    });
    kind_.kill('SIGKILL');
    await gestopt;
    expect(uit).not.toContain('KLAAR');

    if (kind === 'pglite') db = await openPglite(waar);
    expect(await rijen(db, persoonId)).toEqual(voor);

    await vernietigPersoon(db, item);
    const na = await rijen(db, persoonId);
    for (const t of TABELLEN) expect(na[t], t).toBe(0);
    await sealAuditChain(db);
    expect((await verifyAuditChain(db)).problemen).toEqual([]);
    if (kind === 'pglite') await db.close();
  });
});
