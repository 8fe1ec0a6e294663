import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoProjecten } from '../../src/server/demo/projecten-demo.ts';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

describe.each(DB_KINDS)('demoprojecten (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it('de referentierapportages als demoprojecten: twee gepubliceerd, één ter review, varianten van 004', async () => {
    expect(await loadDemoProjecten(t.database.db)).toBe(4);
    const openbaar = (
      await t.api(null, { method: 'GET', url: '/api/v1/openbare-projecten?gemeente=0150' })
    ).json();
    expect(
      openbaar.map((p: { naam: string; hoofdproject: string | null }) => [p.naam, p.hoofdproject]),
    ).toEqual([
      ['Toegang sociaal domein', null],
      ['Toegangen - Doorontwikkeling sociale teams', 'Toegang sociaal domein'],
    ]);
    const og = await t.login('opdrachtgever');
    const lijst = (await t.api(og, { method: 'GET', url: '/api/v1/projecten' })).json();
    const status = Object.fromEntries(
      lijst.map((p: { naam: string; laatsteRapportage: { status: string } }) => [
        p.naam,
        p.laatsteRapportage.status,
      ]),
    );
    expect(status).toEqual({
      'Toegang sociaal domein': 'gepubliceerd',
      'Toegangen - Doorontwikkeling sociale teams': 'concept',
      'Toegang Sociaal Domein - Doorontwikkeling Regionale Toegang Beschermd Wonen en Maatschappelijke Opvang':
        'ter-review',
    });
    const teams = lijst.find((p: { naam: string }) => p.naam.startsWith('Toegangen'));
    const project = (await t.api(og, { method: 'GET', url: `/api/v1/projecten/${teams.id}` })).json();
    expect(project.rapportages.map((r: { status: string }) => r.status)).toEqual(['concept', 'gepubliceerd']);
    expect(project.budgettotalen).toEqual([
      { jaar: 2020, soort: 'investering', totaal: 75000, pmPosten: 1 },
      { jaar: 2021, soort: 'investering', totaal: 275000, pmPosten: 1 },
    ]);
    const v = (
      await t.api(og, {
        method: 'GET',
        url: `/api/v1/variantvergelijkingen/${project.variantvergelijkingen[0].id}`,
      })
    ).json();
    expect(
      v.uitkomst.varianten.map((x: { totaal: number; afwijkend: boolean }) => [x.totaal, x.afwijkend]),
    ).toEqual([
      [52, true],
      [38, false],
      [64, false],
    ]);
    await sealAuditChain(t.database.db);
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
  });
});
