import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genereerDemoData } from '../../src/server/demo/generator/index.ts';
import { KERNCIJFERS_CSV } from '../../src/server/demo/generator/kerncijfers.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

/**
 * Issue 14, finding 7: the embedded default (PGlite) must reproduce the published Deventer figures
 * exactly, like PostgreSQL does (generator.test.ts runs schaal 1.2 there). The full profile at
 * schaal 1 with the README's seed 2019, all 315 cells through the API — about 85 s of CPU.
 */
describe('synthetische gegevens op de ingebedde database, schaal 1, seed 2019', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    await genereerDemoData(t.database.db, { profiel: 'deventer-2019', schaal: 1, seed: 2019 });
  }, 1_800_000);
  afterAll(async () => {
    await t?.close();
  });

  it('GET /monitoring/kerncijfers geeft alle 315 cellen van de CSV exact', async () => {
    const beleid = await t.login('beleid');
    const res = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019',
      headers: { accept: 'text/csv' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const verwacht = fs.readFileSync(KERNCIJFERS_CSV, 'utf8').trim().split('\n');
    expect(verwacht).toHaveLength(316);
    const gekregen = res.body.trim().split('\n').slice(0, verwacht.length);
    const verschillen = verwacht.flatMap((regel, i) =>
      gekregen[i] === regel ? [] : [`${regel} ≠ ${gekregen[i]}`],
    );
    expect(verschillen).toEqual([]);
  });
});
