import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId } from '../support/intake.ts';

const REGIO = ['0150', '0175', '0177', '0262', '0301'];

describe.each(DB_KINDS)('tenant-isolatie in de database (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const beheerId = await medewerkerId(t, 'beheer');
    await t.database.db.systemTransaction((tx) =>
      tx.query("INSERT INTO medewerker_gemeenten (medewerker_id, gemeente_code) VALUES ($1, '0262')", [
        beheerId,
      ]),
    );
  });
  afterAll(() => t?.close());

  const unfiltered = (gemeenten: string[]) =>
    t.database.db.transaction({ gebruikerId: null, gemeenten }, (tx) =>
      // Deliberately no WHERE clause: row-level security must do the filtering.
      tx.query<{ gemeente_code: string }>('SELECT gemeente_code FROM medewerkers'),
    );

  it('een query zonder gemeentefilter ziet alleen de rijen van de eigen gemeente', async () => {
    const lochem = await unfiltered(['0262']);
    expect(lochem.rows.length).toBeGreaterThan(0);
    expect(new Set(lochem.rows.map((r) => r.gemeente_code))).toEqual(new Set(['0262']));

    const deventer = await unfiltered(['0150']);
    expect(deventer.rows.length).toBeGreaterThan(20);
    expect(new Set(deventer.rows.map((r) => r.gemeente_code))).toEqual(new Set(['0150']));
  });

  it('hetzelfde voorbereide statement als eigenaar en als gebruiker: het bewaarde plan volgt rol en gemeenten', async () => {
    // Statements are prepared once per connection and PostgreSQL keeps a generic plan after five
    // runs; row-level security must still apply per transaction, on every connection of the pool.
    const tekst = 'SELECT gemeente_code FROM medewerkers WHERE actief = $1';
    for (let i = 0; i < 12; i++) {
      const alles = await t.database.db.systemTransaction((tx) =>
        tx.query<{ gemeente_code: string }>(tekst, [true]),
      );
      expect(new Set(alles.rows.map((r) => r.gemeente_code)).size).toBeGreaterThan(1);
      const lochem = await t.database.db.transaction({ gebruikerId: null, gemeenten: ['0262'] }, (tx) =>
        tx.query<{ gemeente_code: string }>(tekst, [true]),
      );
      expect(new Set(lochem.rows.map((r) => r.gemeente_code))).toEqual(new Set(['0262']));
    }
  });

  it('een regionaal team ziet alle gemeenten van de regio; zonder gemeenten ziet men niets', async () => {
    const regio = await unfiltered(REGIO);
    const all = await t.database.db.systemTransaction((tx) => tx.query('SELECT 1 FROM medewerkers'));
    expect(regio.rows.length).toBe(all.rows.length);
    expect((await unfiltered([])).rows).toHaveLength(0);
  });

  it('schrijven in een andere gemeente wordt door de database geweigerd', async () => {
    await expect(
      t.database.db.transaction({ gebruikerId: null, gemeenten: ['0262'] }, (tx) =>
        tx.query("INSERT INTO wijken (gemeente_code, code, naam) VALUES ('0150', 'Q', 'Niet van Lochem')"),
      ),
    ).rejects.toMatchObject({ code: '42501' });
    const updated = await t.database.db.transaction({ gebruikerId: null, gemeenten: ['0262'] }, (tx) =>
      tx.query("UPDATE medewerkers SET functie = 'gekaapt' WHERE gemeente_code = '0150'"),
    );
    expect(updated.rowCount).toBe(0);
  });

  it('de applicatierol mag het audittrail niet wijzigen of verwijderen', async () => {
    await t.login('kcc');
    for (const sql of [
      "UPDATE audit_log SET doel = 'x'",
      'DELETE FROM audit_log',
      'DELETE FROM audit_keten',
    ]) {
      await expect(
        t.database.db.transaction({ gebruikerId: null, gemeenten: REGIO }, (tx) => tx.query(sql)),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('via de API: een Lochemse medewerker ziet geen Deventer medewerkers, ook niet per id', async () => {
    const beheer = await t.login('beheer');
    const deventer = (
      await t.api(beheer, { method: 'GET', url: '/api/v1/medewerkers?gemeente=0150' })
    ).json();
    const lochemUser = await t.login('toegangsmedewerker-lochem');
    const list = await t.api(lochemUser, { method: 'GET', url: '/api/v1/medewerkers' });
    expect(list.statusCode).toBe(200);
    expect(list.json().every((m: { gemeenteCode: string }) => m.gemeenteCode === '0262')).toBe(true);
    const one = await t.api(lochemUser, { method: 'GET', url: `/api/v1/medewerkers/${deventer[0].id}` });
    expect(one.statusCode).toBe(404);
  });

  it('medewerkers van het regionale team staan ook bij de andere gemeenten van de regio', async () => {
    // Roles hold per gemeente (ADR 0030): beheer works for Lochem only after an explicit grant
    // (given in beforeAll, before the first login).
    const beheer = await t.login('beheer');
    const lochem = (await t.api(beheer, { method: 'GET', url: '/api/v1/medewerkers?gemeente=0262' })).json();
    const namen = lochem.map((m: { naam: string }) => m.naam);
    expect(namen).toContain('Lotte Hendriks'); // Lochem's own team
    expect(namen).toContain('Ruben Wessels'); // regional team beschermd wonen, based in Deventer
    expect(namen).not.toContain('Tom Gerritsen'); // Deventer's local team
  });

  it('een beheerder kan geen team aanmaken voor een gemeente buiten de eigen gemeenten', async () => {
    const lochemOnly = await t.login('toegangsmedewerker-lochem');
    const me = (await t.api(lochemOnly, { method: 'GET', url: '/api/v1/sessies/huidig' })).json();
    expect(me.gebruiker.gemeenten).toEqual(['0262']);
    const beheer = await t.login('beheer');
    const orgs = (await t.api(beheer, { method: 'GET', url: '/api/v1/organisaties?gemeente=0150' })).json();
    const res = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/teams',
      payload: {
        gemeenteCode: '0150',
        organisatieId: orgs[0].id,
        naam: 'Team buiten regio',
        soort: 'toegang',
        gemeenten: ['0150', '0363'],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0].name).toBe('gemeenten');
  });
});
