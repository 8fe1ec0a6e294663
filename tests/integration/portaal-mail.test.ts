import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portaal } from '../../src/server/modules/portaal/index.ts';
import { smtpVerzender, verstuurPortaalMail } from '../../src/server/modules/portaal/mail.ts';
import { esc } from '../../src/server/modules/portaal/zonder-js.ts';
import { loadConfig, type SmtpConfig, smtpInstellingen } from '../../src/server/platform/config.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

interface Ontvangen {
  van: string;
  aan: string[];
  data: string;
}

/** A local SMTP server (smtp-server) that keeps what it receives; no TLS, no auth (SMTP_TLS=uit). */
async function startSmtp(): Promise<{ smtp: SmtpConfig; ontvangen: Ontvangen[]; stop(): Promise<void> }> {
  const ontvangen: Ontvangen[] = [];
  let weiger = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => {
        data += c.toString('utf8');
      });
      stream.on('end', () => {
        if (weiger) return callback(Object.assign(new Error('tijdelijk niet'), { responseCode: 451 }));
        ontvangen.push({
          van: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          aan: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.server.address() as AddressInfo).port;
  const smtp = smtpInstellingen({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port),
    SMTP_FROM: '"Mijn Deventer" <noreply@deventer.example>',
    SMTP_TLS: 'uit',
  })!;
  return Object.assign(
    { smtp, ontvangen, stop: () => new Promise<void>((r) => server.close(() => r())) },
    { zetWeiger: (w: boolean) => (weiger = w) },
  );
}

describe.each(DB_KINDS)('inwonerportaal: e-mail "u heeft een nieuw bericht" (%s)', (kind) => {
  let t: TestApp;
  let kcc: Session;
  let smtpServer: Awaited<ReturnType<typeof startSmtp>> & { zetWeiger?: (w: boolean) => void };
  const bsn = volgendBsn();
  let meldingId: string;
  let inwoner: { cookie: string; csrfToken: string };

  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    (await t.database.db.systemTransaction((tx) => tx.query<T>(text, params))).rows;
  const ronde = () =>
    verstuurPortaalMail(t.database.db, smtpVerzender(smtpServer.smtp), {
      from: smtpServer.smtp.from,
      publicUrl: 'https://mijn.deventer.example',
    });

  beforeAll(async () => {
    smtpServer = await startSmtp();
    t = await createTestApp(kind, { smtp: smtpServer.smtp });
    kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn, achternaam: 'Mailtest' }));
    meldingId = m.id;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/inwoner/sessies/demo', payload: { bsn } });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.cookies.find((x) => x.name === 'ot_inwoner')!;
    inwoner = { cookie: `ot_inwoner=${c.value}`, csrfToken: res.json().csrfToken };
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await smtpServer?.stop();
  });

  const alsInwoner = (method: 'GET' | 'PUT', url: string, payload?: Record<string, unknown>) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: inwoner.cookie, 'x-csrf-token': inwoner.csrfToken },
      ...(payload ? { payload } : {}),
    });

  it('zonder SMTP-instellingen geen mail en geen taak; met SMTP_HOST een taak die elke minuut loopt', () => {
    expect(loadConfig({}).smtp).toBeNull();
    const basis = loadConfig({});
    const ctx = { db: t.database.db, log: { warn() {} } as never };
    expect(portaal.taken?.({ ...ctx, config: basis })).toEqual([]);
    expect(portaal.taken?.({ ...ctx, config: { ...basis, smtp: smtpServer.smtp } })).toEqual([
      expect.objectContaining({ queue: 'portaal-mail', cron: '* * * * *' }),
    ]);
    expect(() => smtpInstellingen({ SMTP_HOST: 'mail.example' })).toThrow(/SMTP_FROM/);
    expect(() => smtpInstellingen({ SMTP_HOST: 'x', SMTP_FROM: 'a@b.c', SMTP_TLS: 'soms' })).toThrow(
      /SMTP_TLS/,
    );
  });

  it('de inwoner kiest de e-mail; zonder e-mailadres kan dat niet', async () => {
    const nu = (await alsInwoner('GET', '/api/v1/inwoner/contactgegevens')).json();
    expect(nu.mailBijNieuws).toBe(false);
    const zonder = await alsInwoner('PUT', '/api/v1/inwoner/contactgegevens', {
      versie: nu.versie,
      telefoon: null,
      email: null,
      communicatiebehoeften: null,
      mailBijNieuws: true,
    });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().invalidParams[0].name).toBe('email');
    const met = await alsInwoner('PUT', '/api/v1/inwoner/contactgegevens', {
      versie: nu.versie,
      telefoon: null,
      email: 'r.mailtest@example.org',
      communicatiebehoeften: null,
      mailBijNieuws: true,
    });
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json().mailBijNieuws).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/inwoner/configuratie' })).json().mail).toBe(true);
  });

  it('een bericht van de contactpersoon: één e-mail zonder inhoud, geaudit; de log- en outboxrij noemen geen adres', async () => {
    const consulent = await t.login('toegangsmedewerker');
    const geheim = 'Uw aanvraag voor de traplift wordt besproken op dinsdag.';
    const res = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${meldingId}/portaalberichten`,
      payload: { tekst: geheim },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await ronde()).toEqual({ verstuurd: 1, vervallen: 0, mislukt: 0 });
    expect(smtpServer.ontvangen).toHaveLength(1);
    const mail = smtpServer.ontvangen[0]!;
    expect(mail.aan).toEqual(['r.mailtest@example.org']);
    expect(mail.van).toBe('noreply@deventer.example');
    expect(mail.data).toContain('U heeft een nieuw bericht in Mijn Deventer');
    expect(mail.data).toContain('https://mijn.deventer.example/mijn');
    // Nothing of the message, the case or the person.
    for (const woord of ['traplift', 'dinsdag', 'Mailtest', bsn, 'M-'])
      expect(mail.data).not.toContain(woord);
    const outbox = await sql<Record<string, unknown>>('SELECT * FROM portaal_mail_uit');
    expect(outbox).toEqual([
      expect.objectContaining({ status: 'verstuurd', aanleiding: 'bericht', pogingen: 1 }),
    ]);
    expect(JSON.stringify(outbox)).not.toContain('example.org');
    const auditrijen = await sql<{ actie: string; object_id: string; toelichting: string }>(
      "SELECT actie, object_id, toelichting FROM audit_log WHERE gebruikersnaam = 'taak:portaal-mail'",
    );
    expect(auditrijen).toEqual([expect.objectContaining({ actie: 'export' })]);
    expect(JSON.stringify(auditrijen)).not.toContain('example.org');
    // A second run sends nothing again.
    expect(await ronde()).toEqual({ verstuurd: 0, vervallen: 0, mislukt: 0 });
  });

  it('de mailserver weigert: later opnieuw (met pauze), en dan alsnog verstuurd', async () => {
    const consulent = await t.login('toegangsmedewerker');
    await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${meldingId}/portaalberichten`,
      payload: { tekst: 'Nog een vraag.' },
    });
    smtpServer.zetWeiger?.(true);
    expect(await ronde()).toEqual({ verstuurd: 0, vervallen: 0, mislukt: 1 });
    const [rij] = await sql<{ status: string; fout: string; later: boolean }>(
      "SELECT status, fout, volgende_poging_op > now() AS later FROM portaal_mail_uit WHERE status <> 'verstuurd'",
    );
    expect(rij).toEqual({ status: 'klaar', fout: 'smtp 451', later: true });
    smtpServer.zetWeiger?.(false);
    await sql("UPDATE portaal_mail_uit SET volgende_poging_op = now() WHERE status = 'klaar'");
    expect(await ronde()).toEqual({ verstuurd: 1, vervallen: 0, mislukt: 0 });
    expect(smtpServer.ontvangen).toHaveLength(2);
  });

  it('een nieuwe brief (verslag) voor de inwoner: één e-mail, ook na meer rondes maar één', async () => {
    await sql(
      `INSERT INTO documenten (gemeente_code, melding_id, soort, bestandsnaam, mime_type, status, inhoud, sha256)
       SELECT gemeente_code, id, 'verslag', 'verslag.pdf', 'application/pdf', 'gemaakt', decode('00', 'hex'), 'x' FROM meldingen WHERE id = $1`,
      [meldingId],
    );
    expect(await ronde()).toEqual({ verstuurd: 1, vervallen: 0, mislukt: 0 });
    expect(await ronde()).toEqual({ verstuurd: 0, vervallen: 0, mislukt: 0 });
    expect(smtpServer.ontvangen).toHaveLength(3);
    expect(smtpServer.ontvangen[2]!.data).not.toContain('verslag');
  });

  it('de inwoner zet de e-mail uit: het volgende bericht komt alleen in het portaal', async () => {
    const nu = (await alsInwoner('GET', '/api/v1/inwoner/contactgegevens')).json();
    await alsInwoner('PUT', '/api/v1/inwoner/contactgegevens', {
      versie: nu.versie,
      telefoon: null,
      email: nu.email,
      communicatiebehoeften: null,
      mailBijNieuws: false,
    });
    const consulent = await t.login('toegangsmedewerker');
    await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${meldingId}/portaalberichten`,
      payload: { tekst: 'Derde bericht.' },
    });
    expect(await ronde()).toEqual({ verstuurd: 0, vervallen: 1, mislukt: 0 });
    expect(smtpServer.ontvangen).toHaveLength(3);
  });

  it('de medewerker ziet de ongelezen berichten van inwoners (als behandelaar), tot hij ze leest', async () => {
    const consulent = await t.login('toegangsmedewerker');
    await sql('UPDATE meldingen SET behandelaar_id = $2 WHERE id = $1', [
      meldingId,
      await medewerkerId(t, 'toegangsmedewerker'),
    ]);
    const leeg = await t.api(consulent, { method: 'GET', url: '/api/v1/portaalberichten/ongelezen' });
    expect(leeg.json()).toEqual({ totaal: 0, meldingen: [] });
    for (const tekst of ['Is er al nieuws?', 'Ik ben morgen niet thuis.']) {
      const r = await t.app.inject({
        method: 'POST',
        url: `/api/v1/inwoner/meldingen/${meldingId}/berichten`,
        headers: { cookie: inwoner.cookie, 'x-csrf-token': inwoner.csrfToken },
        payload: { tekst },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const ongelezen = await t.api(consulent, { method: 'GET', url: '/api/v1/portaalberichten/ongelezen' });
    expect(ongelezen.json()).toEqual({
      totaal: 2,
      meldingen: [
        expect.objectContaining({ meldingId, aantal: 2, naam: expect.stringContaining('Mailtest') }),
      ],
    });
    // Another caseworker (not behandelaar, not contactpersoon) does not get it on their start page.
    const kccLijst = await t.api(kcc, { method: 'GET', url: '/api/v1/portaalberichten/ongelezen' });
    expect(kccLijst.json().totaal).toBe(0);
    await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${meldingId}/portaalberichten` });
    const daarna = await t.api(consulent, { method: 'GET', url: '/api/v1/portaalberichten/ongelezen' });
    expect(daarna.json().totaal).toBe(0);
    // A message from the resident never causes an e-mail.
    expect(await ronde()).toEqual({ verstuurd: 0, vervallen: 0, mislukt: 0 });
  });

  it('zonder JavaScript: mijn zaken en de statuslijn als HTML, alleen met de eigen sessie, geaudit', async () => {
    const zonder = await t.app.inject({ url: '/api/v1/inwoner/zonder-js' });
    expect(zonder.statusCode).toBe(401);
    expect(zonder.headers['content-type']).toContain('text/html');
    expect(zonder.body).toContain('href="/api/v1/inwoner/sessies/oidc"');
    // A staff cookie does not count on resident paths.
    const kccCookie = await t.api(kcc, { method: 'GET', url: '/api/v1/inwoner/zonder-js' });
    expect(kccCookie.statusCode).toBe(401);
    const lijst = await t.app.inject({
      url: '/api/v1/inwoner/zonder-js',
      headers: { cookie: inwoner.cookie },
    });
    expect(lijst.statusCode).toBe(200);
    expect(lijst.headers['content-security-policy']).toContain("default-src 'none'");
    expect(lijst.body).toContain(`href="/api/v1/inwoner/zonder-js/${meldingId}"`);
    expect(lijst.body).not.toContain('<script');
    const zaak = await t.app.inject({
      url: `/api/v1/inwoner/zonder-js/${meldingId}`,
      headers: { cookie: inwoner.cookie },
    });
    expect(zaak.statusCode).toBe(200);
    expect(zaak.body).toContain('<h2>Uw termijnen</h2>');
    expect(zaak.body).toContain('Waar staat uw melding?');
    // Someone else's melding (here: a made-up id) is 404, with an audit row as the resident.
    const ander = await t.app.inject({
      url: '/api/v1/inwoner/zonder-js/00000000-0000-4000-8000-000000000000',
      headers: { cookie: inwoner.cookie },
    });
    expect(ander.statusCode).toBe(404);
    const audit = await sql<{ resultaat: string }>(
      "SELECT resultaat FROM audit_log WHERE object_id = '00000000-0000-4000-8000-000000000000'",
    );
    expect(audit).toEqual([{ resultaat: 'geweigerd' }]);
    expect(esc('<img src=x onerror="a()">&\'')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;&#39;');
  });
});
