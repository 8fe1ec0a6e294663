import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

describe.each(DB_KINDS)('inloggen, sessies en invoercontrole (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it('inloggen zet een HttpOnly SameSite-cookie en geeft een CSRF-token', async () => {
    const res = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'kcc', wachtwoord: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['api-version']).toBe('1.0.0');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ot_sessie=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.json().gebruiker.rollen).toEqual(['kcc']);
  });

  it('de huidige sessie noemt de rechten van de rollen van de gebruiker, gesorteerd', async () => {
    for (const [gebruiker, verwacht, nooit] of [
      ['kcc', ['meldingen.registreren', 'plan.raadplegen', 'werkvoorraad.raadplegen'], 'onderzoek.uitvoeren'],
      ['backoffice', ['beschikkingen.opstellen', 'iwmo-verzoeken.beantwoorden'], 'meldingen.registreren'],
    ] as const) {
      const sessie = await t.login(gebruiker);
      const res = await t.api(sessie, { method: 'GET', url: '/api/v1/sessies/huidig' });
      expect(res.statusCode).toBe(200);
      const rechten = res.json().rechten as string[];
      expect(rechten).toEqual(expect.arrayContaining([...verwacht, 'sessie.eigen']));
      expect(rechten).not.toContain(nooit);
      expect(rechten).toEqual([...rechten].sort());
    }
  });

  it('een fout wachtwoord geeft 401 problem+json, en dezelfde fout voor een onbekende gebruiker', async () => {
    const wrong = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'beleid', wachtwoord: 'fout' },
    });
    const unknown = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'bestaat-niet', wachtwoord: 'fout' },
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 401,
        code: 'onjuiste-inloggegevens',
        title: expect.any(String),
        detail: expect.any(String),
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('na vijf mislukte pogingen wordt het account tijdelijk geblokkeerd (429 met Retry-After)', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await t.api(null, {
        method: 'POST',
        url: '/api/v1/sessies',
        payload: { gebruikersnaam: 'teamleider', wachtwoord: `fout-${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'teamleider', wachtwoord: TEST_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not blocked.
    const other = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'beleid', wachtwoord: TEST_PASSWORD },
    });
    expect(other.statusCode).toBe(201);
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query("SELECT 1 FROM audit_log WHERE actie = 'login' AND resultaat = 'geweigerd'"),
    );
    expect(rows.length).toBeGreaterThan(0);
  });

  it('uitloggen beëindigt de sessie', async () => {
    const res = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'backoffice', wachtwoord: TEST_PASSWORD },
    });
    const session = {
      cookie: `ot_sessie=${res.cookies.find((c) => c.name === 'ot_sessie')!.value}`,
      csrfToken: res.json().csrfToken,
      gebruikerId: res.json().gebruiker.id,
    };
    expect((await t.api(session, { method: 'GET', url: '/api/v1/sessies/huidig' })).statusCode).toBe(200);
    expect((await t.api(session, { method: 'DELETE', url: '/api/v1/sessies/huidig' })).statusCode).toBe(204);
    const after = await t.api(session, { method: 'GET', url: '/api/v1/sessies/huidig' });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('niet-ingelogd');
  });

  it('een verlopen (inactieve) sessie geeft 401', async () => {
    const res = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'auditor', wachtwoord: TEST_PASSWORD },
    });
    const token = res.cookies.find((c) => c.name === 'ot_sessie')!.value;
    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE sessies SET laatst_gebruikt_op = now() - interval '2 hours' WHERE gebruiker_id = $1", [
        res.json().gebruiker.id,
      ]),
    );
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/sessies/huidig',
      headers: { cookie: `ot_sessie=${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  describe('slechte invoer: 400 met de velden genoemd, niets opgeslagen', () => {
    const count = async () =>
      (
        await t.database.db.systemTransaction((tx) =>
          tx.query<{ n: number }>('SELECT count(*) AS n FROM wijken'),
        )
      ).rows[0]!.n;

    it.each([
      ['onbekend veld', { gemeenteCode: '0150', code: 'Y', naam: 'X', extra: 1 }, 'extra'],
      ['verkeerd type', { gemeenteCode: 150, code: 'Y', naam: 'X' }, 'gemeenteCode'],
      ['te lange tekst', { gemeenteCode: '0150', code: 'Y', naam: 'x'.repeat(101) }, 'naam'],
      ['ontbrekend veld', { gemeenteCode: '0150', code: 'Y' }, 'naam'],
      ['ongeldig patroon', { gemeenteCode: '0150', code: 'kleine letters', naam: 'X' }, 'code'],
    ])('%s', async (_label, payload, field) => {
      const before = await count();
      const session = await t.login('beheer');
      const res = await t.api(session, { method: 'POST', url: '/api/v1/wijken', payload });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body.code).toBe('ongeldige-invoer');
      expect(body.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
      expect(await count()).toBe(before);
    });

    it('onleesbare JSON', async () => {
      const session = await t.login('beheer');
      const res = await t.api(session, {
        method: 'POST',
        url: '/api/v1/wijken',
        headers: { 'content-type': 'application/json' },
        payload: '{"gemeenteCode": "0150", ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('body');
    });

    it('een ongeldige datum in een query', async () => {
      const session = await t.login('auditor');
      const res = await t.api(session, { method: 'GET', url: '/api/v1/audit-logregels?van=2024-13-45' });
      expect(res.statusCode).toBe(400);
      expect(res.json().invalidParams[0].name).toBe('van');
    });

    it('een onbekend pad en een pad met slash aan het eind geven 404 problem+json', async () => {
      const session = await t.login('beheer');
      for (const url of ['/api/v1/bestaat-niet', '/api/v1/teams/']) {
        const res = await t.api(session, { method: 'GET', url });
        expect(res.statusCode).toBe(404);
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    });
  });

  it('health antwoordt 200 met de databasesoort', async () => {
    const res = await t.api(null, { method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: kind });
  });
});
