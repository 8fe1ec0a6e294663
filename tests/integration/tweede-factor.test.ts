import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { huidigeCode } from '../../src/server/modules/accounts/mfa/totp.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/** Issue 14, finding 5: TOTP for roles with access to personal data (BIO 5.17). */
describe.each(DB_KINDS)('tweede factor bij inloggen (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { mfa: 'verplicht', geheimSleutel: randomBytes(32).toString('base64') });
  });
  afterAll(() => t?.close());

  const wachtwoord = (gebruikersnaam: string) =>
    t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam, wachtwoord: TEST_PASSWORD },
    });
  const code = (inlogstap: string, c: string) =>
    t.api(null, { method: 'POST', url: '/api/v1/sessies/tweede-factor', payload: { inlogstap, code: c } });

  it('het wachtwoord alleen geeft geen sessie; koppelen met QR-code, daarna elke keer een code, elke code één keer', async () => {
    const eerste = await wachtwoord('toegangsmedewerker');
    expect(eerste.statusCode).toBe(202);
    expect(eerste.headers['set-cookie']).toBeUndefined();
    const stap = eerste.json();
    expect(stap.vervolgstap).toBe('totp-inschrijven');
    expect(stap.inschrijving.qrSvg).toMatch(/^<svg/);
    expect(stap.inschrijving.otpauthUri).toMatch(/^otpauth:\/\/totp\/Open%20Toegang:toegangsmedewerker\?/);
    const geheim = stap.inschrijving.geheim as string;
    // The secret is stored encrypted, never as it was shown.
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ totp_geheim: string }>('SELECT totp_geheim FROM inlogstappen'),
    );
    expect(rows[0]!.totp_geheim).not.toContain(geheim);

    const fout = await code(stap.inlogstap, '000000');
    expect(fout.statusCode).toBe(401);
    expect(fout.json().invalidParams[0].name).toBe('code');
    const nu = huidigeCode(geheim);
    const ok = await code(stap.inlogstap, nu);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().gebruiker.gebruikersnaam).toBe('toegangsmedewerker');
    expect(String(ok.headers['set-cookie'])).toMatch(/ot_sessie=/);
    // The step is used up.
    expect((await code(stap.inlogstap, nu)).statusCode).toBe(401);

    // Next login: enrolled, so only the code is asked, and the secret is not shown again.
    const tweede = (await wachtwoord('toegangsmedewerker')).json();
    expect(tweede.vervolgstap).toBe('totp');
    expect(tweede.inschrijving).toBeUndefined();
    // The same code again (still within its 30 seconds) is refused: single use.
    expect((await code(tweede.inlogstap, nu)).statusCode).toBe(401);
  });

  it('na vijf foute codes vervalt de inlogpoging', async () => {
    const stap = (await wachtwoord('backoffice')).json();
    for (let i = 0; i < 5; i++) expect((await code(stap.inlogstap, '123456')).statusCode).toBe(401);
    const geheim = stap.inschrijving.geheim as string;
    const laat = await code(stap.inlogstap, huidigeCode(geheim));
    expect(laat.statusCode).toBe(401);
    expect(laat.json().code).not.toBe('code-onjuist');
  });

  it('een rol zonder persoonsgegevens logt in met alleen het wachtwoord', async () => {
    expect((await wachtwoord('beleid')).statusCode).toBe(201);
  });
});
