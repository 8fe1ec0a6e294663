import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { toegangscontext } from '../../src/server/platform/auth/principal.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { volledigeStappen } from '../support/onderzoek.ts';

interface Inwoner {
  cookie: string;
  csrfToken: string;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe.each(DB_KINDS)('inwonerportaal (%s)', (kind) => {
  let t: TestApp;
  let kcc: Session;
  const bsnA = volgendBsn();
  const bsnPartner = volgendBsn();
  const bsnB = volgendBsn();
  let meldingA: { id: string; huishoudenId: string; persoon: { id: string } };
  let a: Inwoner;
  let b: Inwoner;
  let onlineId: string;

  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> =>
    (await t.database.db.systemTransaction((tx) => tx.query<T>(text, params))).rows;

  async function demoLogin(bsn: string, namens?: string): Promise<LightMyRequestResponse> {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/inwoner/sessies/demo',
      payload: namens ? { bsn, namens } : { bsn },
    });
  }

  async function alsInwoner(bsn: string, namens?: string): Promise<Inwoner> {
    const res = await demoLogin(bsn, namens);
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'ot_inwoner')!;
    return { cookie: `ot_inwoner=${cookie.value}`, csrfToken: res.json().csrfToken };
  }

  function api(wie: Inwoner, opts: { method?: 'GET' | 'POST'; url: string; payload?: unknown }) {
    return t.app.inject({
      method: opts.method ?? 'GET',
      url: opts.url,
      headers: { cookie: wie.cookie, 'x-csrf-token': wie.csrfToken },
      ...(opts.payload ? { payload: opts.payload as Record<string, unknown> } : {}),
    });
  }

  const melding = (extra: Record<string, unknown> = {}) => ({
    hulpvraag: 'Ik kan niet meer goed traplopen en wil hulp bij het schoonmaken.',
    terugbellen: true,
    telefoon: '0570 123456',
    leefgebieden: ['instrumentele-adl'],
    clientondersteuning: 'ja',
    ...extra,
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    kcc = await t.login('kcc');
    meldingA = await registreer(
      t,
      kcc,
      nieuweMelding({ ontvangstdatum: '2026-05-01' }, { bsn: bsnA, achternaam: 'Portaal' }),
    );
    const partner = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/personen',
      payload: {
        bsn: bsnPartner,
        voornamen: 'Henk',
        achternaam: 'Portaal',
        geboortedatum: '1946-07-01',
        huishouden: { huishoudenId: meldingA.huishoudenId, relatie: 'partner' },
      },
    });
    expect(partner.statusCode, partner.body).toBe(201);
    await registreer(t, kcc, nieuweMelding({}, { bsn: bsnB, achternaam: 'Anders', voornamen: 'Bea' }));
    a = await alsInwoner(bsnA);
    b = await alsInwoner(bsnB);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('de DigiD-simulator zegt wie er inlogt; een onbekend BSN wordt geweigerd', async () => {
    const res = await demoLogin(bsnA);
    expect(res.json()).toMatchObject({ methode: 'demo', naam: 'Johanna Portaal', namens: null });
    const cookie = res.cookies.find((c) => c.name === 'ot_inwoner')!;
    expect(cookie.httpOnly).toBe(true);
    const onbekend = await demoLogin(volgendBsn());
    expect(onbekend.statusCode).toBe(403);
    expect(onbekend.json().code).toBe('onbekend-bij-gemeente');
    const conf = await t.app.inject({ method: 'GET', url: '/api/v1/inwoner/configuratie' });
    expect(conf.json()).toEqual({ digid: false, digidSimulator: true, mail: false });
  });

  it('zonder demodata bestaat de simulator niet (404)', async () => {
    const zonder = await buildApp({
      config: { ...t.app.deps.config, digidSimulator: false },
      db: t.database.db,
      logger: false,
    });
    try {
      const res = await zonder.inject({
        method: 'POST',
        url: '/api/v1/inwoner/sessies/demo',
        payload: { bsn: bsnA },
      });
      expect(res.statusCode).toBe(404);
      const oidc = await zonder.inject({ method: 'GET', url: '/api/v1/inwoner/sessies/oidc' });
      expect(oidc.statusCode).toBe(404);
    } finally {
      await zonder.close();
    }
  });

  it('sessies zijn gescheiden: een medewerkerscookie op een inwonerroute en andersom → 401', async () => {
    const staff = await t.api(kcc, { method: 'GET', url: '/api/v1/inwoner/meldingen' });
    expect(staff.statusCode).toBe(401);
    const omgekeerd = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meldingen/${meldingA.id}`,
      headers: { cookie: a.cookie },
    });
    expect(omgekeerd.statusCode).toBe(401);
    const huidig = await api(a, { url: '/api/v1/inwoner/sessies/huidig' });
    expect(huidig.json()).toMatchObject({ methode: 'demo', naam: 'Johanna Portaal' });
  });

  it('een online melding komt in de werkvoorraad met termijn en meteen een ontvangstbevestiging', async () => {
    const res = await api(a, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({
        bijlagen: [{ bestandsnaam: 'plan.pdf', type: 'application/pdf', inhoud: PDF.toString('base64') }],
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    onlineId = body.id;
    expect(body.kenmerk).toMatch(/^M-\d{6}$/);
    expect(body.onderzoekUiterlijk).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The caseworker sees it, channel online, with the callback number.
    const staff = await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${onlineId}` });
    expect(staff.json()).toMatchObject({ kanaal: 'online', status: 'nieuw' });
    const bijlagen = await sql<{ mime_type: string }>(
      'SELECT mime_type FROM melding_bijlagen WHERE melding_id = $1',
      [onlineId],
    );
    expect(bijlagen).toEqual([{ mime_type: 'application/pdf' }]);
    // The caseworker sees and downloads the attachment.
    const lijst = await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${onlineId}/bijlagen` });
    expect(lijst.json()).toEqual([
      expect.objectContaining({ bestandsnaam: 'plan.pdf', type: 'application/pdf' }),
    ]);
    const bestand = await t.api(kcc, {
      method: 'GET',
      url: `/api/v1/meldingen/${onlineId}/bijlagen/${lijst.json()[0].id}`,
    });
    expect(bestand.statusCode).toBe(200);
    expect(bestand.rawPayload.equals(PDF)).toBe(true);
    // The ontvangstbevestiging at once.
    const doc = await api(a, { url: `/api/v1/inwoner/documenten/${body.ontvangstbevestigingId}` });
    expect(doc.statusCode).toBe(200);
    expect(doc.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('foute invoer: lege tekst, een nep-PDF, een te groot bestand → 400 met het veld', async () => {
    const leeg = await api(a, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({ hulpvraag: '' }),
    });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.json().invalidParams.map((p: { name: string }) => p.name)).toContain('hulpvraag');
    const nep = await api(a, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({
        bijlagen: [
          { bestandsnaam: 'ok.pdf', type: 'application/pdf', inhoud: PDF.toString('base64') },
          { bestandsnaam: 'nep.pdf', type: 'application/pdf', inhoud: PNG.toString('base64') },
        ],
      }),
    });
    expect(nep.statusCode).toBe(400);
    expect(nep.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'bijlagen.1.inhoud', code: 'verkeerd-type' }),
    ]);
    const groot = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024)]);
    const teGroot = await api(a, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({
        bijlagen: [{ bestandsnaam: 'groot.pdf', type: 'application/pdf', inhoud: groot.toString('base64') }],
      }),
    });
    expect(teGroot.statusCode).toBe(400);
    expect(teGroot.json().invalidParams[0].name).toMatch(/^bijlagen\.0\.inhoud/);
    const bellen = await api(a, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({ telefoon: undefined }),
    });
    expect(bellen.json().invalidParams[0].name).toBe('telefoon');
  });

  it('mijn zaken: de melding met statuslijn en de termijn van het onderzoek', async () => {
    const lijst = await api(a, { url: '/api/v1/inwoner/meldingen' });
    expect(lijst.statusCode).toBe(200);
    expect(
      lijst
        .json()
        .map((m: { id: string }) => m.id)
        .sort(),
    ).toEqual([meldingA.id, onlineId].sort());
    const res = await api(a, { url: `/api/v1/inwoner/meldingen/${onlineId}` });
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.statuslijn.map((s: { stap: string; staat: string }) => `${s.stap}:${s.staat}`)).toEqual([
      'ontvangen:klaar',
      'in-onderzoek:later',
      'verslag-klaar:later',
    ]);
    expect(m.termijnen).toEqual([
      expect.objectContaining({ soort: 'onderzoek', uiterlijk: m.onderzoekUiterlijk, status: 'ruim' }),
    ]);
    expect(m.documenten.map((d: { soort: string }) => d.soort)).toEqual(['ontvangstbevestiging']);
  });

  it('een ander ziet niets: 404 met auditregel, en in de database geen enkele rij van A', async () => {
    const res = await api(b, { url: `/api/v1/inwoner/meldingen/${onlineId}` });
    expect(res.statusCode).toBe(404);
    const rijen = await sql<{ resultaat: string; actor_soort: string; actor_ref: string; rol: string }>(
      `SELECT resultaat, actor_soort, actor_ref, rol FROM audit_log WHERE object_type = 'melding' AND object_id = $1
       AND resultaat = 'geweigerd'`,
      [onlineId],
    );
    expect(rijen).toEqual([
      expect.objectContaining({ actor_soort: 'inwoner', rol: 'inwoner', resultaat: 'geweigerd' }),
    ]);
    expect(rijen[0]!.actor_ref).toMatch(/^demo-[0-9a-f]{24}$/);
    const doc = await api(b, {
      url: `/api/v1/inwoner/documenten/${(await sql<{ id: string }>('SELECT id FROM documenten WHERE melding_id = $1', [onlineId]))[0]!.id}`,
    });
    expect(doc.statusCode).toBe(404);
    const lijst = await api(b, { url: '/api/v1/inwoner/meldingen' });
    expect(lijst.json()).toHaveLength(1);

    // Database level: an unfiltered query as B (and as A's household partner) returns none of A's rows.
    for (const bsn of [bsnB, bsnPartner]) {
      const ctx = toegangscontext({
        soort: 'inwoner',
        bsn,
        namens: null,
        acr: 'x',
        pseudoniem: 'test',
        gemeenteCode: '0150',
        gemeenten: ['0150'],
        sessieId: 's',
        csrfToken: 'c',
      });
      const gezien = await t.database.db.transaction(ctx, async (tx) => ({
        meldingen: (await tx.query<{ persoon_id: string }>('SELECT persoon_id FROM meldingen')).rows,
        personen: (await tx.query<{ bsn: string }>('SELECT bsn FROM personen')).rows,
        documenten: (await tx.query('SELECT id FROM documenten')).rows,
        onderzoeken: (await tx.query('SELECT id FROM onderzoeken')).rows,
        bijlagen: (await tx.query('SELECT id FROM melding_bijlagen')).rows,
        huishoudens: (await tx.query('SELECT id FROM huishoudens')).rows,
      }));
      expect(gezien.personen).toEqual([{ bsn }]);
      expect(gezien.meldingen.every((r) => r.persoon_id !== meldingA.persoon.id)).toBe(true);
      expect(gezien.bijlagen).toEqual([]);
      expect(gezien.onderzoeken).toEqual([]);
      if (bsn === bsnPartner) {
        expect(gezien.meldingen).toEqual([]);
        expect(gezien.documenten).toEqual([]);
        expect(gezien.huishoudens).toEqual([]);
      }
    }
    // No audit row holds a BSN.
    const metBsn = await sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE concat_ws('|', actor_ref, toelichting, object_id, rol) ~ $1",
      [`${bsnA}|${bsnB}`],
    );
    expect(metBsn[0]!.n).toBe(0);
  });

  it('machtiging: verlopen → geweigerd; geldig → de gemachtigde ziet de zaken van de ander, beide vastgelegd', async () => {
    await sql(
      `INSERT INTO machtigingen (gemeente_code, gemachtigde_bsn, vertegenwoordigde_bsn, grondslag, geldig_van, geldig_tot)
       VALUES ('0150', $1, $2, 'gemachtigde', current_date - 30, current_date - 1)`,
      [bsnB, bsnA],
    );
    const verlopen = await demoLogin(bsnB, bsnA);
    expect(verlopen.statusCode).toBe(403);
    expect(verlopen.json().code).toBe('machtiging-verlopen');
    await sql(
      `INSERT INTO machtigingen (gemeente_code, gemachtigde_bsn, vertegenwoordigde_bsn, grondslag, geldig_van)
       VALUES ('0150', $1, $2, 'wettelijk-vertegenwoordiger', current_date)`,
      [bsnB, bsnA],
    );
    const bewind = await alsInwoner(bsnB, bsnA);
    const res = await api(bewind, { url: `/api/v1/inwoner/meldingen/${onlineId}` });
    expect(res.statusCode).toBe(200);
    const rij = await sql<{ rol: string; actor_ref: string; personen: string[] }>(
      `SELECT rol, actor_ref, personen FROM audit_log WHERE object_type = 'melding' AND object_id = $1
       AND actie = 'read' AND resultaat = 'toegestaan' ORDER BY id DESC LIMIT 1`,
      [onlineId],
    );
    // The acting person by pseudonym and ground, the represented person as the person shown.
    expect(rij[0]).toMatchObject({ rol: 'wettelijk-vertegenwoordiger', personen: [meldingA.persoon.id] });
    expect(rij[0]!.actor_ref).toMatch(/^demo-/);
    // The machtiging ends: the session ends with it.
    await sql(
      'UPDATE machtigingen SET geldig_van = current_date - 2, geldig_tot = current_date - 1 WHERE vertegenwoordigde_bsn = $1',
      [bsnA],
    );
    expect((await api(bewind, { url: '/api/v1/inwoner/meldingen' })).statusCode).toBe(401);
  });

  it('de consulent rondt het onderzoek af; de inwoner leest het verslag en reageert; de consulent ziet de reactie', async () => {
    const m = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${onlineId}` })).json();
    const tm = await medewerkerId(t, 'toegangsmedewerker');
    const tr = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${onlineId}/triage`,
      payload: { versie: m.versie, uitkomst: 'onderzoek', behandelaarId: tm },
    });
    expect(tr.statusCode, tr.body).toBe(200);
    const consulent = await t.login('toegangsmedewerker');
    let o = (
      await t.api(consulent, { method: 'POST', url: '/api/v1/onderzoeken', payload: { meldingId: onlineId } })
    ).json();
    o = (
      await t.api(consulent, {
        method: 'PATCH',
        url: `/api/v1/onderzoeken/${o.id}`,
        payload: { versie: o.versie, stappen: volledigeStappen(false) },
      })
    ).json();
    const af = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/afronding`,
      payload: {
        versie: o.versie,
        ladderUitkomst: 'collectief-preventie',
        samenvatting: 'Mevrouw kan met de schoonmaakdienst in de wijk verder.',
        advies: 'Aanmelden bij de schoonmaakdienst.',
        vervolg: 'Wij bellen over zes weken.',
      },
    });
    expect(af.statusCode, af.body).toBe(200);

    const zaak = (await api(a, { url: `/api/v1/inwoner/meldingen/${onlineId}` })).json();
    expect(zaak.contactpersoon.naam).toBeTruthy();
    expect(zaak.statuslijn.find((s: { stap: string }) => s.stap === 'verslag-klaar')).toMatchObject({
      staat: 'nu',
    });
    expect(zaak.termijnen[0].status).toBe('klaar');
    expect(zaak.verslag.onderzoekId).toBe(o.id);
    const verslag = await api(a, { url: `/api/v1/inwoner/documenten/${zaak.verslag.documentId}` });
    expect(verslag.statusCode).toBe(200);

    const zonderTekst = await api(a, {
      method: 'POST',
      url: `/api/v1/inwoner/verslagen/${o.id}/reactie`,
      payload: { soort: 'opmerkingen' },
    });
    expect(zonderTekst.json().invalidParams[0].name).toBe('toelichting');
    const vanB = await api(b, {
      method: 'POST',
      url: `/api/v1/inwoner/verslagen/${o.id}/reactie`,
      payload: { soort: 'akkoord' },
    });
    expect(vanB.statusCode).toBe(404);
    const reactie = await api(a, {
      method: 'POST',
      url: `/api/v1/inwoner/verslagen/${o.id}/reactie`,
      payload: { soort: 'opmerkingen', toelichting: 'Ik heb ook hulp nodig bij de boodschappen.' },
    });
    expect(reactie.statusCode, reactie.body).toBe(201);
    const gezien = (await t.api(consulent, { method: 'GET', url: `/api/v1/onderzoeken/${o.id}` })).json();
    expect(gezien.verslag).toMatchObject({
      reactie: 'Ik heb ook hulp nodig bij de boodschappen.',
      akkoord: true,
      reactieDoor: 'inwoner',
      reactieSoort: 'opmerkingen',
      wijze: 'digitaal',
    });
  }, 60_000);

  it('berichten met de contactpersoon: beide kanten, gelezen, een ander → 404; het event draagt geen inhoud', async () => {
    const consulent = await t.login('toegangsmedewerker');
    const vanInwoner = await api(a, {
      method: 'POST',
      url: `/api/v1/inwoner/meldingen/${onlineId}/berichten`,
      payload: { tekst: 'Kunt u na 14 uur bellen?' },
    });
    expect(vanInwoner.statusCode, vanInwoner.body).toBe(201);
    const gezien = await t.api(consulent, {
      method: 'GET',
      url: `/api/v1/meldingen/${onlineId}/portaalberichten`,
    });
    expect(gezien.json()).toEqual([
      expect.objectContaining({
        van: 'inwoner',
        naam: 'De inwoner',
        tekst: 'Kunt u na 14 uur bellen?',
        gelezen: true,
      }),
    ]);
    const antwoord = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${onlineId}/portaalberichten`,
      payload: { tekst: 'Ik bel u donderdag om 15 uur.' },
    });
    expect(antwoord.statusCode, antwoord.body).toBe(201);
    const events = await sql<{ data: Record<string, unknown> }>(
      "SELECT data FROM domein_events WHERE type = 'BerichtVoorInwoner' AND object_id = $1",
      [onlineId],
    );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]!.data)).not.toContain('donderdag');
    const lijst = await api(a, { url: `/api/v1/inwoner/meldingen/${onlineId}/berichten` });
    expect(lijst.json().map((b: { naam: string; van: string }) => `${b.van}:${b.naam}`)).toEqual([
      'inwoner:U',
      expect.stringMatching(/^medewerker:/),
    ]);
    expect((await api(b, { url: `/api/v1/inwoner/meldingen/${onlineId}/berichten` })).statusCode).toBe(404);
    const leeg = await api(a, {
      method: 'POST',
      url: `/api/v1/inwoner/meldingen/${onlineId}/berichten`,
      payload: { tekst: '' },
    });
    expect(leeg.json().invalidParams[0].name).toBe('tekst');
  });

  it('contactgegevens: de inwoner wijzigt telefoon, e-mail en communicatiebehoeften van zichzelf', async () => {
    const nu = (await api(a, { url: '/api/v1/inwoner/contactgegevens' })).json();
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/inwoner/contactgegevens',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrfToken },
      payload: {
        versie: nu.versie,
        telefoon: '06 12345678',
        email: 'j.portaal@example.org',
        communicatiebehoeften: 'Graag grote letters.',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const persoon = await sql<{ telefoon: string; communicatiebehoeften: string }>(
      'SELECT telefoon, communicatiebehoeften FROM personen WHERE bsn = $1',
      [bsnA],
    );
    expect(persoon[0]).toEqual({ telefoon: '06 12345678', communicatiebehoeften: 'Graag grote letters.' });
    const oud = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/inwoner/contactgegevens',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrfToken },
      payload: { versie: nu.versie, telefoon: null, email: 'geen-adres', communicatiebehoeften: null },
    });
    expect(oud.json().invalidParams[0].name).toBe('email');
  });

  it('te veel meldingen in een minuut → 429 (problem+json)', async () => {
    const statussen: number[] = [];
    let laatste: LightMyRequestResponse | null = null;
    for (let i = 0; i < 50 && !statussen.includes(429); i++) {
      laatste = await api(b, { method: 'POST', url: '/api/v1/inwoner/meldingen', payload: melding() });
      statussen.push(laatste.statusCode);
    }
    expect(statussen.at(-1)).toBe(429);
    expect(statussen.filter((s) => s === 201).length).toBeLessThanOrEqual(5);
    expect(laatste!.headers['content-type']).toContain('application/problem+json');
    expect(laatste!.headers['retry-after']).toBe('60');
  }, 60_000);

  it('na 15 minuten zonder gebruik is de sessie verlopen', async () => {
    await sql("UPDATE inwoner_sessies SET laatst_gebruikt_op = now() - interval '16 minutes'");
    expect((await api(a, { url: '/api/v1/inwoner/meldingen' })).statusCode).toBe(401);
  });
});
