import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/** Issue 15, item 3: the huisstijl per gemeente; colours below WCAG AA contrast are refused. */
describe.each(DB_KINDS)('huisstijl per gemeente (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it('standaard neutraal; beheer zet kleuren; te weinig contrast geeft een duidelijke veldfout', async () => {
    const beheer = await t.login('beheer');
    const url = '/api/v1/gemeenten/0150/thema';
    const eerst = await t.api(beheer, { method: 'GET', url });
    expect(eerst.statusCode, eerst.body).toBe(200);
    expect(eerst.json()).toMatchObject({ standaard: true, kleurPrimair: '#1f4e79', versie: 0 });

    const geel = await t.api(beheer, {
      method: 'PUT',
      url,
      payload: {
        weergavenaam: 'Gemeente Deventer',
        kleurPrimair: '#FFCC00',
        kleurOpPrimair: '#ffffff',
        versie: 0,
      },
    });
    expect(geel.statusCode).toBe(400);
    const namen = geel.json().invalidParams.map((p: { name: string }) => p.name);
    expect(namen).toEqual(['kleurPrimair', 'kleurOpPrimair']);
    expect(geel.json().invalidParams[0].reason).toMatch(/^Kies een donkerdere hoofdkleur: .* 4,5 : 1\.$/);

    // A missing name (schema) and a pale colour (contrast) come back together (issue 15, item 2).
    const samen = await t.api(beheer, {
      method: 'PUT',
      url,
      payload: { weergavenaam: '', kleurPrimair: '#FFCC00', kleurOpPrimair: '#000000', versie: 0 },
    });
    expect(samen.statusCode).toBe(400);
    expect(
      samen
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['kleurPrimair', 'weergavenaam']);

    const goed = await t.api(beheer, {
      method: 'PUT',
      url,
      payload: {
        weergavenaam: 'Gemeente Deventer',
        kleurPrimair: '#7A1F3D',
        kleurOpPrimair: '#ffffff',
        versie: 0,
      },
    });
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.json()).toMatchObject({ standaard: false, kleurPrimair: '#7a1f3d', versie: 1 });

    const tmw = await t.login('toegangsmedewerker');
    const gelezen = await t.api(tmw, { method: 'GET', url });
    expect(gelezen.json().kleurPrimair).toBe('#7a1f3d');
    const geweigerd = await t.api(tmw, { method: 'PUT', url, payload: goed.json() });
    expect(geweigerd.statusCode).toBe(403);
  });
});
