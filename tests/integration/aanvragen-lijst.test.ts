import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';

/** GET /aanvragen: the backoffice's worklist, filtered to one resident (the wijziging form's choice). */
describe.each(DB_KINDS)('aanvragen als werklijst (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const aanvraag = (achternaam: string, aanvraagdatum: string) => aanvraagVoor(t, achternaam, aanvraagdatum);

  it('filtert op inwoner, ook over pagina’s heen', async () => {
    const een = await aanvraag('Eerste', '2026-05-28');
    const twee = await aanvraag('Tweede', '2026-05-29');
    const alle = (await t.api(bo, { method: 'GET', url: '/api/v1/aanvragen?status=ingediend' })).json();
    expect(alle.items.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([een.id, twee.id]));

    const res = await t.api(bo, {
      method: 'GET',
      url: `/api/v1/aanvragen?status=ingediend&persoon=${twee.persoonId}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((a: { id: string }) => a.id)).toEqual([twee.id]);

    // Keyset paging keeps the filter: page 1 of 1 for this resident has no next page.
    const pagina = (
      await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen?persoon=${een.persoonId}&pageSize=1` })
    ).json();
    expect(pagina.items.map((a: { id: string }) => a.id)).toEqual([een.id]);
    expect(pagina.volgende).toBeNull();
    const eerstePagina = (await t.api(bo, { method: 'GET', url: '/api/v1/aanvragen?pageSize=1' })).json();
    expect(eerstePagina.volgende).not.toBeNull();
    const volgende = (
      await t.api(bo, {
        method: 'GET',
        url: `/api/v1/aanvragen?pageSize=1&persoon=${twee.persoonId}&na=${encodeURIComponent(eerstePagina.volgende)}`,
      })
    ).json();
    expect(volgende.items.map((a: { id: string }) => a.id)).toEqual(
      eerstePagina.items[0].id === twee.id ? [] : [twee.id],
    );

    const fout = await t.api(bo, { method: 'GET', url: '/api/v1/aanvragen?persoon=geen-uuid' });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0].name).toBe('persoon');
  });
});
