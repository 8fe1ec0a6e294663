import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huidigeCode } from '../../src/server/modules/accounts/mfa/totp.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/** Issue 16, item 1: partner organisations and their own staff, who log in as partner principals. */
describe.each(DB_KINDS)('preventiepartners en hun medewerkers (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it('een MEE-medewerker logt in als partner: organisatie is MEE, gemeenten waarvoor MEE werkt', async () => {
    const res = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'mee', wachtwoord: TEST_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(201);
    const g = res.json().gebruiker;
    expect(g.soort).toBe('partner');
    expect(g.rollen).toEqual(['preventiemedewerker']);
    expect(g.medewerkerId).toBeNull();
    const { rows } = await t.database.db.systemQuery<{ id: string }>(
      "SELECT id FROM partners WHERE code = 'mee'",
    );
    expect(g.organisatieId).toBe(rows[0]!.id);
    expect(g.gemeenten).toContain('0150');
    expect(res.json().rechten).toContain('verwijzingen.behandelen');
    expect(res.json().rechten).not.toContain('meldingen.raadplegen');

    const mee = await t.login('mee');
    const huidig = await t.api(mee, { method: 'GET', url: '/api/v1/sessies/huidig' });
    expect(huidig.statusCode).toBe(200);
    expect(huidig.json().gebruiker.soort).toBe('partner');
    // The login's audit row names a partner, with the partner organisation.
    const { rows: login } = await t.database.db.systemQuery<{ actor_soort: string; organisatie_id: string }>(
      "SELECT actor_soort, organisatie_id FROM audit_log WHERE actie = 'login' AND gebruikersnaam = 'mee' ORDER BY id DESC LIMIT 1",
    );
    expect(login[0]).toEqual({ actor_soort: 'partner', organisatie_id: rows[0]!.id });
  });

  it('een partner ziet alleen de eigen organisatie; toegang ziet alle vier met diensten en teams per wijk', async () => {
    const mee = await t.login('mee');
    const eigen = await t.api(mee, { method: 'GET', url: '/api/v1/partners' });
    expect(eigen.statusCode).toBe(200);
    expect(eigen.json().map((p: { code: string }) => p.code)).toEqual(['mee']);
    expect(eigen.json()[0].teams.length).toBeGreaterThan(0);
    expect(eigen.json()[0].teams[0].wijk).not.toBeNull();

    const kcc = await t.login('kcc');
    const alle = await t.api(kcc, { method: 'GET', url: '/api/v1/partners' });
    expect(
      alle
        .json()
        .map((p: { code: string }) => p.code)
        .sort(),
    ).toEqual(['dekern', 'mee', 'raster', 'solis']);
    const metCo = await t.api(kcc, { method: 'GET', url: '/api/v1/partners?dienst=clientondersteuning' });
    expect(metCo.json().map((p: { code: string }) => p.code)).toEqual(['mee']);
    const solis = alle.json().find((p: { code: string }) => p.code === 'solis');
    expect(solis.soort).toBe('zorgverzekeraar');
    const anders = alle.json().find((p: { code: string }) => p.code === 'raster');
    expect((await t.api(mee, { method: 'GET', url: `/api/v1/partners/${anders.id}` })).statusCode).toBe(404);
  });

  it('een partner krijgt 403 op de routes van de gemeente', async () => {
    const mee = await t.login('mee');
    for (const url of ['/api/v1/werkvoorraad', '/api/v1/personen?bsn=123456782', '/api/v1/medewerkers']) {
      expect((await t.api(mee, { method: 'GET', url })).statusCode, url).toBe(403);
    }
  });

  it('met MFA=verplicht vraagt ook een partneraccount een tweede factor', async () => {
    const m = await createTestApp(kind, {
      mfa: 'verplicht',
      geheimSleutel: randomBytes(32).toString('base64'),
    });
    try {
      const eerste = await m.api(null, {
        method: 'POST',
        url: '/api/v1/sessies',
        payload: { gebruikersnaam: 'solis', wachtwoord: TEST_PASSWORD },
      });
      expect(eerste.statusCode).toBe(202);
      const stap = eerste.json();
      const ok = await m.api(null, {
        method: 'POST',
        url: '/api/v1/sessies/tweede-factor',
        payload: { inlogstap: stap.inlogstap, code: huidigeCode(stap.inschrijving.geheim) },
      });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().gebruiker.soort).toBe('partner');
    } finally {
      await m.close();
    }
  });
});
