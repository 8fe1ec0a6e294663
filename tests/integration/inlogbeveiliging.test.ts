import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/platform/config.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/** Issue 14, finding 6 (login lockout, session idle limit, framing headers). */
describe.each(DB_KINDS)('inlogbeveiliging (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { sessionIdleMinutes: 1 });
  });
  afterAll(() => t?.close());

  const poging = (gebruikersnaam: string, wachtwoord: string, remoteAddress: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam, wachtwoord },
      remoteAddress,
    });

  it('een vreemde kan beheer niet buitensluiten: de blokkade geldt per account én adres, met oplopende wachttijd', async () => {
    for (let i = 0; i < 5; i++)
      expect((await poging('beheer', `fout-${i}`, '203.0.113.9')).statusCode).toBe(401);
    const aanvaller = await poging('beheer', TEST_PASSWORD, '203.0.113.9');
    expect(aanvaller.statusCode).toBe(429);
    const eerste = Number(aanvaller.headers['retry-after']);
    expect(eerste).toBeGreaterThan(0);
    expect(eerste).toBeLessThanOrEqual(30);
    // The real beheerder, from their own address, logs in.
    expect((await poging('beheer', TEST_PASSWORD, '198.51.100.7')).statusCode).toBe(201);

    // After the wait, a further failure doubles it.
    await t.database.db.systemTransaction((tx) =>
      tx.query(
        "UPDATE inlogpogingen SET tijdstip = tijdstip - interval '31 seconds' WHERE herkomst_ip = '203.0.113.9'",
      ),
    );
    expect((await poging('beheer', 'fout-6', '203.0.113.9')).statusCode).toBe(401);
    const tweede = await poging('beheer', TEST_PASSWORD, '203.0.113.9');
    expect(tweede.statusCode).toBe(429);
    expect(Number(tweede.headers['retry-after'])).toBeGreaterThan(30);
  });

  it('een sessie die gebruikt wordt, blijft bestaan bij een korte inactiviteitsgrens (1 minuut)', async () => {
    const s = await t.login('kcc');
    const huidig = () => t.api(s, { method: 'GET', url: '/api/v1/sessies/huidig' });
    const schuif = (seconden: number) =>
      t.database.db.systemTransaction((tx) =>
        tx.query(
          `UPDATE sessies SET laatst_gebruikt_op = laatst_gebruikt_op - make_interval(secs => $1)
           WHERE gebruiker_id = $2`,
          [seconden, s.gebruikerId],
        ),
      );
    // Used 40 s ago; used again now; then 30 s pass: 70 s since the first use, 30 s since the last.
    await schuif(40);
    expect((await huidig()).statusCode).toBe(200);
    await schuif(30);
    expect((await huidig()).statusCode).toBe(200);
    // Not used for longer than the limit: gone.
    await schuif(61);
    expect((await huidig()).statusCode).toBe(401);
  });

  it('framing is op één manier verboden: CSP frame-ancestors, geen tegenstrijdige X-Frame-Options', async () => {
    const res = await t.api(null, { method: 'GET', url: '/api/v1/gemeenten' });
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});

describe('sessie-instellingen worden bij de start gecontroleerd', () => {
  it.each([
    [{ SESSION_IDLE_MINUTES: '0' }, /SESSION_IDLE_MINUTES/],
    [{ SESSION_IDLE_MINUTES: '-5' }, /SESSION_IDLE_MINUTES/],
    [{ SESSION_IDLE_MINUTES: '0.5' }, /heel aantal minuten/],
    [{ SESSION_IDLE_MINUTES: '700', SESSION_MAX_HOURS: '10' }, /langer dan SESSION_MAX_HOURS/],
    [{ SESSION_MAX_HOURS: '0' }, /SESSION_MAX_HOURS/],
  ])('%o wordt geweigerd', (env, melding) => {
    expect(() => loadConfig(env)).toThrow(melding);
  });

  it('geldige waarden worden overgenomen', () => {
    expect(loadConfig({ SESSION_IDLE_MINUTES: '1' }).sessionIdleMinutes).toBe(1);
  });

  it('de tweede factor staat standaard aan in productie en uit daarbuiten', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).mfa).toBe('verplicht');
    expect(loadConfig({}).mfa).toBe('uit');
    expect(loadConfig({ NODE_ENV: 'production', MFA: 'uit' }).mfa).toBe('uit');
    expect(() => loadConfig({ MFA: 'soms' })).toThrow(/MFA moet/);
  });
});
