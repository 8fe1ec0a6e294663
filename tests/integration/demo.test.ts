import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoFinancien } from '../../src/server/demo/financien-demo.ts';
import { loadDemoZaken } from '../../src/server/demo/zaken-demo.ts';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

describe.each(DB_KINDS)('demozaken (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // A fixed Wednesday: the demo's deadlines then fall in known traffic-light colours.
    setToday('2026-11-25');
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('laadt zaken in elke fase via de echte services, met brieven, events en audit', async () => {
    expect(await loadDemoZaken(t.database.db)).toBe(10);
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ status: string; n: number }>(
        'SELECT status, count(*)::int AS n FROM meldingen GROUP BY status ORDER BY status',
      ),
    );
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))).toEqual({
      aanvraag: 1,
      afgesloten: 1,
      nieuw: 3,
      onderzoek: 4,
      'verwezen-preventie': 1,
    });
    const consulent = await t.login('toegangsmedewerker');
    const wv = (await t.api(consulent, { method: 'GET', url: '/api/v1/werkvoorraad?behandelaar=ik' })).json();
    expect(new Set(wv.items.map((i: { termijnen: { status: string } }) => i.termijnen.status))).toEqual(
      new Set(['ruim', 'binnen-drie-werkdagen', 'verlopen']),
    );
    await sealAuditChain(t.database.db);
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
  });

  it('laadt declaraties en budgetten van dit jaar: het dashboard heeft begroot, verplicht, gerealiseerd en prognose', async () => {
    const f = await loadDemoFinancien(t.database.db);
    // 2026-11-25: declaraties over januari t/m oktober, per aanbieder per maand; some lines rejected.
    expect(f.jaar).toBe(2026);
    expect(f.declaraties).toBeGreaterThanOrEqual(10);
    expect(f.afgewezenRegels).toBeGreaterThan(0);
    expect(f.budgetten).toBeGreaterThan(0);
    const beleid = await t.login('beleid');
    const u = (
      await t.api(beleid, { method: 'GET', url: '/api/v1/monitoring/uitgaven?gemeente=0150&jaar=2026' })
    ).json();
    for (const k of ['begroot', 'verplicht', 'gerealiseerd', 'prognose'])
      expect(u.totaal[k]).toBeGreaterThan(0);
    expect(u.peildatum).toBe('2026-10-31');
    const backoffice = await t.login('backoffice');
    const afgewezen = (
      await t.api(backoffice, { method: 'GET', url: '/api/v1/declaraties?status=afgewezen' })
    ).json();
    expect(afgewezen.items.length).toBeGreaterThan(0);
    const berichten = (
      await t.api(backoffice, { method: 'GET', url: '/api/v1/iwmo-berichten?berichtcode=WMO325' })
    ).json();
    expect(berichten.items.length).toBe(f.declaraties);
    await sealAuditChain(t.database.db);
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
  });
});
