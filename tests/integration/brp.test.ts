import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brp } from '../../src/server/modules/brp/index.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { brpInstellingen } from '../../src/server/platform/config.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type BrpMock, startBrpMock } from '../support/brp-mock.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer } from '../support/intake.ts';

// Official test persons of RvIG's proefomgeving (standards/haal-centraal-brp/testset-*.csv).
const SUZANNE = '999993653'; // Suzanne Moulin, Boterdiep 31, 3077 AW Rotterdam; earlier Vredesplein 7
const MATTHEUS = '999990639'; // Mattheus du Burck (1922): partner, kinderen and ouders with BSN
const OVERLEDEN = '999990147'; // overleden 26 mei 2018
const ONBEKEND = '999900420'; // valid elfproef, not in the test set

describe.each(DB_KINDS)('BRP (Haal Centraal BRP Personen 2.x) tegen een mock-BRP (%s)', (kind) => {
  let t: TestApp;
  let mock: BrpMock;
  let config: ReturnType<typeof brpInstellingen>;
  beforeAll(async () => {
    setToday('2026-06-01');
    mock = await startBrpMock();
    config = brpInstellingen({ BRP_URL: mock.url, BRP_TIMEOUT_MS: '300' });
    t = await createTestApp(kind, { brp: config });
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
    await mock?.close();
  });

  it('zoekt een persoon op BSN op: alleen de nodige velden, met doelbinding, geprotocolleerd en geaudit', async () => {
    const kcc = await t.login('kcc');
    const res = await t.api(kcc, { method: 'GET', url: `/api/v1/brp/personen/${SUZANNE}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      bron: 'brp',
      bsn: SUZANNE,
      voornamen: 'Suzanne',
      achternaam: 'Moulin',
      geboortedatum: '1985-12-01',
      geslacht: 'vrouw',
      adres: { straat: 'Boterdiep', huisnummer: 31, postcode: '3077AW', woonplaats: 'Rotterdam' },
      overleden: null,
      wijk: null,
      huishouden: null,
    });
    expect(res.json().wijkToelichting).toMatch(/wijkindeling/);

    const vraag = mock.verzoeken.at(-1)!;
    expect(vraag.body).toMatchObject({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [SUZANNE],
    });
    // Data minimisation: no relations, no nationality, no A-nummer unless asked.
    expect(vraag.body.fields).not.toContain('partners.naam');
    expect((vraag.body.fields as string[]).some((f) => f.startsWith('nationaliteiten'))).toBe(false);
    expect(vraag.headers['x-doelbinding']).toBe('wmo-toegang-intake');
    expect(vraag.headers['x-gebruiker']).toBe(kcc.gebruikerId);

    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{
        id: string;
        bsns: string[];
        velden: string[];
        doel: string;
        resultaat: string;
        gebruiker_id: string;
      }>(
        'SELECT id, bsns, velden, doel, resultaat, gebruiker_id FROM brp_bevragingen ORDER BY tijdstip DESC LIMIT 1',
      ),
    );
    expect(rows[0]).toMatchObject({ bsns: [SUZANNE], doel: 'wmo-toegang-intake', resultaat: 'gevonden' });
    expect(rows[0]!.gebruiker_id).toBe(kcc.gebruikerId);
    expect(rows[0]!.velden).toEqual(vraag.body.fields);
    const audit = await t.database.db.systemTransaction((tx) =>
      tx.query<{ actie: string; doel: string; toelichting: string }>(
        "SELECT actie, doel, toelichting FROM audit_log WHERE object_type = 'brp-bevraging' AND object_id = $1",
        [rows[0]!.id],
      ),
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ actie: 'read', doel: 'wmo-toegang-intake' });
    // No personal data in the audit text: no BSN.
    expect(audit.rows[0]!.toelichting).not.toContain(SUZANNE);
  });

  it('vindt de wijk via postcode als het BRP-adres in de wijkindeling valt', async () => {
    mock.wijzig(SUZANNE, (p) => {
      const vp = p.verblijfplaats as { verblijfadres: Record<string, unknown> };
      vp.verblijfadres = { ...vp.verblijfadres, postcode: '7411AB', woonplaats: 'Deventer' };
    });
    const kcc = await t.login('kcc');
    const res = await t.api(kcc, { method: 'GET', url: `/api/v1/brp/personen/${SUZANNE}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().wijk).toMatchObject({ code: expect.any(String) });
    expect(res.json().wijkToelichting).toBeNull();
    mock.wijzig(SUZANNE, (p) => {
      const vp = p.verblijfplaats as { verblijfadres: Record<string, unknown> };
      vp.verblijfadres = { ...vp.verblijfadres, postcode: '3077AW', woonplaats: 'Rotterdam' };
    });
  });

  it('geeft de huishoudsamenstelling (partner, kinderen, ouders) alleen als erom gevraagd wordt', async () => {
    const kcc = await t.login('kcc');
    const res = await t.api(kcc, { method: 'GET', url: `/api/v1/brp/personen/${MATTHEUS}?huishouden=true` });
    expect(res.statusCode, res.body).toBe(200);
    const h = res.json().huishouden;
    expect(h.partners[0]).toMatchObject({ bsn: '999993239', naam: 'Johanna Dingena Maassen' });
    expect(h.kinderen.map((k: { bsn: string }) => k.bsn)).toEqual(expect.arrayContaining(['999992387']));
    expect(h.ouders).toHaveLength(2);
    expect(mock.verzoeken.at(-1)!.body.fields).toContain('partners.burgerservicenummer');
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ verwerking: string }>(
        'SELECT verwerking FROM brp_bevragingen ORDER BY tijdstip DESC LIMIT 1',
      ),
    );
    expect(rows[0]!.verwerking).toMatch(/huishouden/);
  });

  it('zoekt op postcode, huisnummer en geboortedatum', async () => {
    const kcc = await t.login('kcc');
    const res = await t.api(kcc, {
      method: 'GET',
      url: '/api/v1/brp/personen?postcode=3077%20aw&huisnummer=31&geboortedatum=1985-12-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ bsn: SUZANNE, naam: 'Suzanne Moulin', geboortedatum: '1985-12-01' }),
    ]);
    expect(mock.verzoeken.at(-1)!.body).toMatchObject({
      type: 'ZoekMetPostcodeEnHuisnummer',
      postcode: '3077AW',
      huisnummer: 31,
      geboortedatum: '1985-12-01',
    });
    const leeg = await t.api(kcc, {
      method: 'GET',
      url: '/api/v1/brp/personen?postcode=3077AW&huisnummer=31&geboortedatum=1990-01-01',
    });
    expect(leeg.json().items).toEqual([]);
  });

  it('een onbekend BSN is 404; een ongeldig BSN 400 zonder vraag aan de BRP', async () => {
    const kcc = await t.login('kcc');
    const res = await t.api(kcc, { method: 'GET', url: `/api/v1/brp/personen/${ONBEKEND}` });
    expect(res.statusCode).toBe(404);
    const n = mock.verzoeken.length;
    const fout = await t.api(kcc, { method: 'GET', url: '/api/v1/brp/personen/123456789' });
    expect(fout.statusCode).toBe(400);
    expect(mock.verzoeken.length).toBe(n);
  });

  it('een BRP die niet op tijd antwoordt of 5xx geeft: duidelijke melding, handmatig verder, vraag toch geprotocolleerd', async () => {
    const kcc = await t.login('kcc');
    mock.storing = 'fout';
    const vijfxx = await t.api(kcc, { method: 'GET', url: `/api/v1/brp/personen/${SUZANNE}` });
    expect(vijfxx.statusCode).toBe(502);
    expect(vijfxx.json()).toMatchObject({ code: 'brp-niet-bereikbaar' });
    expect(vijfxx.json().detail).toMatch(/niet uit BRP/);
    mock.storing = 'traag';
    const traag = await t.api(kcc, { method: 'GET', url: `/api/v1/brp/personen/${SUZANNE}` });
    expect(traag.statusCode).toBe(504);
    mock.storing = 'geen';
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ resultaat: string }>(
        "SELECT resultaat FROM brp_bevragingen WHERE resultaat = 'fout' ORDER BY tijdstip DESC LIMIT 2",
      ),
    );
    expect(rows).toHaveLength(2);

    // Manual entry goes on, recorded as not from the BRP.
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: null, bron: 'handmatig' }));
    const p = await t.api(kcc, { method: 'GET', url: `/api/v1/personen/${m.persoon.id}` });
    expect(p.json().bron).toBe('handmatig');
  });

  it('een persoon uit de BRP wordt vastgelegd met bron brp', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(
      t,
      kcc,
      nieuweMelding(
        {},
        {
          bsn: MATTHEUS,
          voornamen: 'Mattheus',
          tussenvoegsel: 'du',
          achternaam: 'Burck',
          geboortedatum: '1922-09-25',
          bron: 'brp',
        },
      ),
    );
    const p = await t.api(kcc, { method: 'GET', url: `/api/v1/personen/${m.persoon.id}` });
    expect(p.json().bron).toBe('brp');
  });

  it('de nachtelijke controle zet verhuizing en overlijden als signaal bij de contactpersoon, zonder iets te overschrijven', async () => {
    const kcc = await t.login('kcc');
    const tm = await medewerkerId(t, 'toegangsmedewerker');
    // Suzanne as we knew her when she lived in our gemeente; the BRP has her in Rotterdam now.
    const verhuisd = await registreer(
      t,
      kcc,
      nieuweMelding(
        { ontvangstdatum: '2026-05-20' },
        {
          bsn: SUZANNE,
          voornamen: 'Suzanne',
          achternaam: 'Moulin',
          geboortedatum: '1985-12-01',
          adres: { straat: 'Proefstraat', huisnummer: 7, postcode: '7411 AB', woonplaats: 'Deventer' },
        },
      ),
    );
    const overleden = await registreer(
      t,
      kcc,
      nieuweMelding(
        { ontvangstdatum: '2026-05-20' },
        { bsn: OVERLEDEN, achternaam: 'Buidel', geboortedatum: '1940-01-01' },
      ),
    );
    for (const m of [verhuisd, overleden]) {
      const r = await t.api(kcc, {
        method: 'POST',
        url: `/api/v1/meldingen/${m.id}/triage`,
        payload: { versie: m.versie, uitkomst: 'onderzoek', behandelaarId: tm },
      });
      expect(r.statusCode, r.body).toBe(200);
    }

    const r = await brp.api.controleerVerschilMetBrp(t.database.db, config);
    expect(r.fouten).toBe(0);
    expect(r.signalen).toBeGreaterThanOrEqual(2);
    // A second night does not pile up the same signals.
    const opnieuw = await brp.api.controleerVerschilMetBrp(t.database.db, config);
    expect(opnieuw.signalen).toBe(0);
    expect(mock.verzoeken.at(-1)!.headers['x-gebruiker']).toBe('taak:brp-verschil');

    const consulent = await t.login('toegangsmedewerker');
    const lijst = await t.api(consulent, { method: 'GET', url: '/api/v1/brp/signalen' });
    expect(lijst.statusCode, lijst.body).toBe(200);
    const items = lijst.json().items as { id: string; persoonId: string; soort: string; verschil: object }[];
    const s1 = items.find((s) => s.persoonId === verhuisd.persoon.id);
    expect(s1).toMatchObject({
      soort: 'verhuisd',
      verschil: {
        adres: {
          bijOns: expect.stringContaining('Proefstraat 7'),
          inBrp: expect.stringContaining('Boterdiep 31'),
        },
      },
    });
    expect(items.find((s) => s.persoonId === overleden.persoon.id)).toMatchObject({ soort: 'overleden' });

    // Never silently overwritten: our address is still the one we had.
    const p = await t.api(consulent, { method: 'GET', url: `/api/v1/personen/${verhuisd.persoon.id}` });
    expect(p.json().adres).toMatchObject({ straat: 'Proefstraat', huisnummer: 7 });

    const af = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/brp/signalen/${s1!.id}/afhandeling`,
      payload: { toelichting: 'Adres bijgewerkt na contact.' },
    });
    expect(af.statusCode, af.body).toBe(204);
    const daarna = await t.api(consulent, { method: 'GET', url: '/api/v1/brp/signalen' });
    expect(daarna.json().items.find((s: { id: string }) => s.id === s1!.id)).toBeUndefined();
  });

  it('mag niet door wie geen personen registreert (beleid)', async () => {
    const beleid = await t.login('beleid');
    const res = await t.api(beleid, { method: 'GET', url: `/api/v1/brp/personen/${SUZANNE}` });
    expect(res.statusCode).toBe(403);
  });
});

describe('BRP niet gekoppeld', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { brp: null });
  });
  afterAll(() => t?.close());

  it('zegt "BRP niet gekoppeld" en de rest werkt zoals altijd', async () => {
    const kcc = await t.login('kcc');
    const status = await t.api(kcc, { method: 'GET', url: '/api/v1/brp/status' });
    expect(status.json()).toEqual({ gekoppeld: false });
    const res = await t.api(kcc, { method: 'GET', url: `/api/v1/brp/personen/${SUZANNE}` });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'brp-niet-gekoppeld', title: 'BRP niet gekoppeld' });
  });
});
