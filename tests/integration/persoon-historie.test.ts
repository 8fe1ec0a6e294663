import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { volgendBsn } from '../support/intake.ts';

/** Issue 15, item 4: correcting a person keeps the history (migration 039) and is audited. */
describe.each(DB_KINDS)('persoon corrigeren met historie (%s)', (kind) => {
  let t: TestApp;
  let tm: Session;

  beforeAll(async () => {
    t = await createTestApp(kind);
    tm = await t.login('toegangsmedewerker');
  });
  afterAll(() => t?.close());

  it('elke correctie bewaart de vorige waarden; een oude versie geeft een conflict', async () => {
    const p = (
      await t.api(tm, {
        method: 'POST',
        url: '/api/v1/personen',
        payload: {
          voornamen: 'Anna',
          achternaam: 'Historie',
          geboortedatum: '1950-01-01',
          geslacht: 'vrouw',
        },
      })
    ).json();
    expect((await t.api(tm, { method: 'GET', url: `/api/v1/personen/${p.id}/wijzigingen` })).json()).toEqual(
      [],
    );

    const bsn = volgendBsn();
    const na = await t.api(tm, {
      method: 'PATCH',
      url: `/api/v1/personen/${p.id}`,
      payload: {
        versie: p.versie,
        bsn,
        telefoon: '0570-123456',
        adres: { straat: 'Brink', huisnummer: 2, postcode: '7411 AB', woonplaats: 'Deventer' },
      },
    });
    expect(na.statusCode, na.body).toBe(200);
    expect(na.json().bsn).toBe(bsn);
    // A PATCH without geslacht keeps it (it used to fall back to the default 'onbekend').
    expect(na.json().geslacht).toBe('vrouw');

    const historie = (await t.api(tm, { method: 'GET', url: `/api/v1/personen/${p.id}/wijzigingen` })).json();
    expect(historie).toHaveLength(1);
    expect(historie[0].velden).toEqual(['bsn', 'adres', 'telefoon']);
    expect(historie[0].vorige).toEqual({ bsn: null, adres: null, telefoon: null });
    expect(historie[0].door).toBe('Tom Gerritsen');

    // The same version again: somebody else changed it in between.
    const conflict = await t.api(tm, {
      method: 'PATCH',
      url: `/api/v1/personen/${p.id}`,
      payload: { versie: p.versie, telefoon: '06-12345678' },
    });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().code).toBe('versieconflict');

    // An unchanged value is no history line.
    const zelfde = await t.api(tm, {
      method: 'PATCH',
      url: `/api/v1/personen/${p.id}`,
      payload: { versie: na.json().versie, telefoon: '0570-123456' },
    });
    expect(zelfde.statusCode).toBe(200);
    expect(
      (await t.api(tm, { method: 'GET', url: `/api/v1/personen/${p.id}/wijzigingen` })).json(),
    ).toHaveLength(1);

    const audit = await t.database.db.systemQuery<{ actie: string }>(
      `SELECT actie FROM audit_log WHERE object_type = 'persoon' AND object_id = $1 ORDER BY id`,
      [p.id],
    );
    expect(audit.rows.map((r: { actie: string }) => r.actie)).toEqual(
      expect.arrayContaining(['update', 'read']),
    );
  });
});
