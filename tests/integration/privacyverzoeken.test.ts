import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/**
 * Issue 18, item 4: data-subject requests (AVG art. 12–22) with the one-month term of art. 12 lid 3,
 * its verlenging, the privacy officer's worklist and the decision letter with a bezwaarclausule.
 */
interface Verzoek {
  id: string;
  status: string;
  soort: string;
  termijnen: { afhandelingUiterlijk: string; oorspronkelijkUiterlijk: string; verlengd: boolean };
  verlenging: { reden: string } | null;
  besluit: string | null;
  versie: number;
}
interface Probleem {
  invalidParams?: Array<{ name: string; code: string; reason: string }>;
}

const dagenGeleden = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe.each(DB_KINDS)('privacyverzoeken (%s)', (kind) => {
  let t: TestApp;
  let persoonId: string;
  let vreemdId: string;

  const post = async (url: string, payload: Record<string, unknown>, wie = 'auditor') =>
    t.api(await t.login(wie), { method: 'POST', url: `/api/v1${url}`, payload });
  const velden = (body: string) =>
    ((JSON.parse(body) as Probleem).invalidParams ?? []).map((p) => `${p.name}:${p.code}`);

  beforeAll(async () => {
    t = await createTestApp(kind);
    const m = await registreer(
      t,
      await t.login('kcc'),
      nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Verzoeker' }),
    );
    persoonId = m.persoon.id;
    // A gemeente outside the demo region, with a person the privacy officer must not see.
    await t.database.db.systemQuery(
      "INSERT INTO gemeenten (code, naam) VALUES ('0999', 'Buitengemeente')",
      [],
    );
    const { rows } = await t.database.db.systemQuery<{ id: string }>(
      `INSERT INTO personen (gemeente_code, achternaam, geboortedatum) VALUES ('0999', 'Vreemd', '1960-01-01') RETURNING id`,
      [],
    );
    vreemdId = rows[0]!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('registreert een verzoek met de termijn van een maand (31 januari → eind februari, weekend → maandag)', async () => {
    const res = await post('/privacyverzoeken', { persoonId, soort: 'inzage', ontvangstdatum: '2026-03-10' });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json() as Verzoek;
    expect(v.status).toBe('open');
    expect(v.termijnen.afhandelingUiterlijk).toBe('2026-04-10');
    const eind = await post('/privacyverzoeken', {
      persoonId,
      soort: 'wissen',
      ontvangstdatum: '2026-01-31',
    });
    expect(eind.statusCode, eind.body).toBe(201);
    // 28 February 2026 is a Saturday: Verordening 1182/71 art. 3 lid 4 moves it to Monday 2 March.
    expect((eind.json() as Verzoek).termijnen.afhandelingUiterlijk).toBe('2026-03-02');
  });

  it('weigert onjuiste invoer met Nederlandse foutmeldingen per veld', async () => {
    const res = await post('/privacyverzoeken', {
      persoonId: 'geen-id',
      soort: 'vergeten',
      ontvangstdatum: '31-01-2026',
    });
    expect(res.statusCode).toBe(400);
    expect(
      velden(res.body)
        .map((v) => v.split(':')[0])
        .sort(),
    ).toEqual(['ontvangstdatum', 'persoonId', 'soort']);
    const toekomst = await post('/privacyverzoeken', {
      persoonId,
      soort: 'inzage',
      ontvangstdatum: '2099-01-01',
    });
    expect(toekomst.statusCode).toBe(400);
    expect(velden(toekomst.body)).toContain('ontvangstdatum:in-toekomst');
  });

  it('een persoon van een andere gemeente bestaat voor de privacy officer niet', async () => {
    const res = await post('/privacyverzoeken', {
      persoonId: vreemdId,
      soort: 'inzage',
      ontvangstdatum: '2026-03-10',
    });
    expect(res.statusCode).toBe(400);
    expect(velden(res.body)).toEqual(['persoonId:onbekend']);
  });

  it('verlengt binnen de eerste maand met reden, één keer; daarna of te laat: een veldfout', async () => {
    const nieuw = (await (
      await post('/privacyverzoeken', { persoonId, soort: 'inzage', ontvangstdatum: dagenGeleden(5) })
    ).json()) as Verzoek;
    const zonderReden = await post(`/privacyverzoeken/${nieuw.id}/verlenging`, {
      reden: '',
      versie: nieuw.versie,
    });
    expect(zonderReden.statusCode).toBe(400);
    expect(velden(zonderReden.body)[0]).toMatch(/^reden:/);
    const ok = await post(`/privacyverzoeken/${nieuw.id}/verlenging`, {
      reden: 'Het dossier is omvangrijk en verspreid over meerdere aanbieders.',
      versie: nieuw.versie,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const verlengd = ok.json() as Verzoek;
    expect(verlengd.termijnen.verlengd).toBe(true);
    expect(verlengd.termijnen.afhandelingUiterlijk > verlengd.termijnen.oorspronkelijkUiterlijk).toBe(true);
    const nogmaals = await post(`/privacyverzoeken/${nieuw.id}/verlenging`, {
      reden: 'Nog meer tijd.',
      versie: verlengd.versie,
    });
    expect(nogmaals.statusCode).toBe(400);
    expect(velden(nogmaals.body)).toEqual(['reden:al-verlengd']);

    const oud = (await (
      await post('/privacyverzoeken', { persoonId, soort: 'bezwaar', ontvangstdatum: dagenGeleden(60) })
    ).json()) as Verzoek;
    const telaat = await post(`/privacyverzoeken/${oud.id}/verlenging`, {
      reden: 'Te laat bedacht.',
      versie: oud.versie,
    });
    expect(telaat.statusCode).toBe(400);
    expect(velden(telaat.body)).toEqual(['reden:te-laat']);
  });

  it('toont open verzoeken op de werklijst, alleen voor de privacy officer', async () => {
    const lijst = await t.api(await t.login('auditor'), {
      method: 'GET',
      url: '/api/v1/privacyverzoeken?status=open',
    });
    expect(lijst.statusCode, lijst.body).toBe(200);
    const rows = lijst.json() as Verzoek[];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const data = rows.map((r) => r.termijnen.afhandelingUiterlijk);
    expect([...data].sort()).toEqual(data);
    const consulent = await t.api(await t.login('toegangsmedewerker'), {
      method: 'GET',
      url: '/api/v1/privacyverzoeken',
    });
    expect(consulent.statusCode).toBe(403);
  });

  it('handelt af met een besluitbrief met bezwaarclausule', async () => {
    const v = (await (
      await post('/privacyverzoeken', { persoonId, soort: 'rectificatie', ontvangstdatum: dagenGeleden(3) })
    ).json()) as Verzoek;
    const af = await post(`/privacyverzoeken/${v.id}/afhandeling`, {
      besluit: 'toegewezen',
      motivering: 'Uw adres is gecorrigeerd zoals u vroeg.',
      versie: v.versie,
    });
    expect(af.statusCode, af.body).toBe(200);
    expect((af.json() as Verzoek).status).toBe('afgehandeld');
    const nogmaals = await post(`/privacyverzoeken/${v.id}/afhandeling`, {
      besluit: 'afgewezen',
      motivering: 'x',
      versie: v.versie + 1,
    });
    expect(nogmaals.statusCode).toBe(409);
    const pdf = await t.api(await t.login('auditor'), {
      method: 'GET',
      url: `/api/v1/privacyverzoeken/${v.id}/besluit`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('een rectificatie via de persoonswijziging noemt het verzoek in het audittrail', async () => {
    const v = (await (
      await post('/privacyverzoeken', { persoonId, soort: 'rectificatie', ontvangstdatum: dagenGeleden(2) })
    ).json()) as Verzoek;
    const consulent = await t.login('toegangsmedewerker');
    const p = (await t.api(consulent, { method: 'GET', url: `/api/v1/personen/${persoonId}` })).json();
    const res = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/personen/${persoonId}`,
      payload: { telefoon: '0570 654321', versie: p.versie, privacyverzoekId: v.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await t.database.db.systemQuery<{ toelichting: string }>(
      `SELECT toelichting FROM audit_log WHERE object_type = 'persoon' AND object_id = $1 AND actie = 'update'`,
      [persoonId],
    );
    expect(rows.map((r) => r.toelichting)).toContain(`rectificatie op privacyverzoek ${v.id}`);
  });

  it('een rectificatie van een gegeven uit de BRP verwijst naar de BRP en wijzigt niets', async () => {
    await t.database.db.systemQuery("UPDATE personen SET bron = 'brp' WHERE id = $1", [persoonId]);
    const v = (await (
      await post('/privacyverzoeken', { persoonId, soort: 'rectificatie', ontvangstdatum: dagenGeleden(1) })
    ).json()) as Verzoek;
    const consulent = await t.login('toegangsmedewerker');
    const p = (await t.api(consulent, { method: 'GET', url: `/api/v1/personen/${persoonId}` })).json();
    const res = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/personen/${persoonId}`,
      payload: {
        achternaam: 'Anders',
        geboortedatum: '1961-02-03',
        versie: p.versie,
        privacyverzoekId: v.id,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(velden(res.body)).toEqual(
      expect.arrayContaining(['achternaam:brp-gegeven', 'geboortedatum:brp-gegeven']),
    );
    expect(res.body).toContain('BRP');
    const na = (await t.api(consulent, { method: 'GET', url: `/api/v1/personen/${persoonId}` })).json();
    expect(na.versie).toBe(p.versie);
    // Contact details are the gemeente's own: a rectificatie of those still works.
    const tel = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/personen/${persoonId}`,
      payload: { telefoon: '0570 111111', versie: p.versie, privacyverzoekId: v.id },
    });
    expect(tel.statusCode, tel.body).toBe(200);
  });
});
