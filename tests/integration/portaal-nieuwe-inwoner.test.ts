import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brpInstellingen } from '../../src/server/platform/config.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { type BrpMock, startBrpMock } from '../support/brp-mock.ts';
import { DB_KINDS } from '../support/databases.ts';
import { volgendBsn } from '../support/intake.ts';

// An official BRP test person (standards/haal-centraal-brp/testset-*.csv): Suzanne Moulin, Rotterdam.
const SUZANNE = '999993653';

interface Inwoner {
  cookie: string;
  csrfToken: string;
  sessie: Record<string, unknown>;
}

/**
 * Issue 17: a resident whom the gemeente does not know yet logs in with DigiD, sees no cases with
 * a plain explanation, and files a melding that registers them — in the portal's gemeente, with
 * the BSN from DigiD, from the BRP when connected, else with the name they type.
 */
describe.each(DB_KINDS)('inwonerportaal: een inwoner die de gemeente nog niet kent (%s)', (kind) => {
  let t: TestApp;
  let metBrp: TestApp;
  let mock: BrpMock;

  const sql = async <T>(app: TestApp, text: string, params: unknown[] = []): Promise<T[]> =>
    (await app.database.db.systemTransaction((tx) => tx.query<T>(text, params))).rows;

  function demoLogin(app: TestApp, bsn: string): Promise<LightMyRequestResponse> {
    return app.app.inject({ method: 'POST', url: '/api/v1/inwoner/sessies/demo', payload: { bsn } });
  }

  async function alsInwoner(app: TestApp, bsn: string): Promise<Inwoner> {
    const res = await demoLogin(app, bsn);
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'ot_inwoner')!;
    return { cookie: `ot_inwoner=${cookie.value}`, csrfToken: res.json().csrfToken, sessie: res.json() };
  }

  function api(
    app: TestApp,
    wie: Inwoner,
    opts: { method?: 'GET' | 'POST'; url: string; payload?: unknown },
  ) {
    return app.app.inject({
      method: opts.method ?? 'GET',
      url: opts.url,
      headers: { cookie: wie.cookie, 'x-csrf-token': wie.csrfToken },
      ...(opts.payload ? { payload: opts.payload as Record<string, unknown> } : {}),
    });
  }

  const melding = (extra: Record<string, unknown> = {}) => ({
    hulpvraag: 'Ik ben net verhuisd en kan het huishouden niet meer alleen.',
    terugbellen: false,
    ...extra,
  });

  beforeAll(async () => {
    mock = await startBrpMock();
    // One after the other: test apps started in parallel time out on a busy machine.
    t = await createTestApp(kind, { portaalGemeente: '0150' });
    metBrp = await createTestApp(kind, {
      portaalGemeente: '0150',
      brp: brpInstellingen({ BRP_URL: mock.url, BRP_TIMEOUT_MS: '500' }),
    });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await metBrp?.close();
    await mock?.close();
  });

  // Without a portal gemeente and with several gemeenten (the test apps' default) an unknown
  // resident is still refused: tests/integration/portaal.test.ts.

  it('logt in, ziet lege Mijn zaken, en de melding vraagt eerst naam en geboortedatum (alle velden tegelijk)', async () => {
    const bsn = volgendBsn();
    const wie = await alsInwoner(t, bsn);
    expect(wie.sessie).toMatchObject({ naam: '', bekend: false, gegevensGevraagd: true, namens: null });
    const huidig = await api(t, wie, { url: '/api/v1/inwoner/sessies/huidig' });
    expect(huidig.json()).toMatchObject({ bekend: false, gegevensGevraagd: true });
    const zaken = await api(t, wie, { url: '/api/v1/inwoner/meldingen' });
    expect(zaken.statusCode, zaken.body).toBe(200);
    expect(zaken.json()).toEqual([]);
    // The login is audited as the resident, in the portal's gemeente, without a person yet.
    const inlog = await sql<{ gemeente_code: string; toelichting: string }>(
      t,
      `SELECT gemeente_code, toelichting FROM audit_log WHERE actie = 'login' AND resultaat = 'toegestaan'
        ORDER BY tijdstip DESC LIMIT 1`,
    );
    expect(inlog[0]).toMatchObject({ gemeente_code: '0150' });
    expect(inlog[0]!.toelichting).toMatch(/nog niet bekend/);

    const zonderNaam = await api(t, wie, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding(),
    });
    expect(zonderNaam.statusCode).toBe(400);
    expect(zonderNaam.json().invalidParams.map((p: { name: string }) => p.name)).toEqual([
      'persoon.voornamen',
      'persoon.achternaam',
      'persoon.geboortedatum',
    ]);
    // Nothing registered for a melding that was not stored.
    expect(await sql(t, 'SELECT id FROM personen WHERE bsn = $1', [bsn])).toEqual([]);

    const toekomst = await api(t, wie, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({ persoon: { voornamen: 'Noor', achternaam: '', geboortedatum: '2999-01-01' } }),
    });
    expect(toekomst.statusCode).toBe(400);
    expect(
      toekomst
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['persoon.achternaam', 'persoon.geboortedatum']);
  });

  it('de eerste melding registreert de inwoner met het BSN van DigiD; daarna staat hij in Mijn zaken', async () => {
    const bsn = volgendBsn();
    const wie = await alsInwoner(t, bsn);
    const res = await api(t, wie, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({
        persoon: { voornamen: 'Noor', tussenvoegsel: 'van', achternaam: 'Dijk', geboortedatum: '1950-03-04' },
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const personen = await sql<{
      id: string;
      gemeente_code: string;
      achternaam: string;
      bron: string;
      huishouden: string | null;
    }>(
      t,
      `SELECT p.id, p.gemeente_code, p.achternaam, p.bron,
              (SELECT l.huishouden_id::text FROM huishouden_leden l WHERE l.persoon_id = p.id LIMIT 1) AS huishouden
         FROM personen p WHERE p.bsn = $1`,
      [bsn],
    );
    expect(personen).toHaveLength(1);
    expect(personen[0]).toMatchObject({ gemeente_code: '0150', achternaam: 'Dijk', bron: 'handmatig' });
    expect(personen[0]!.huishouden).not.toBeNull();
    const m = await sql<{ kanaal: string; persoon_id: string }>(
      t,
      'SELECT kanaal, persoon_id FROM meldingen WHERE id = $1',
      [res.json().id],
    );
    expect(m[0]).toMatchObject({ kanaal: 'online', persoon_id: personen[0]!.id });
    // The registration is audited as the resident (by pseudonym), not as the system.
    const audit = await sql<{ actor_soort: string | null; actor_ref: string | null }>(
      t,
      `SELECT actor_soort, actor_ref FROM audit_log WHERE object_type = 'persoon' AND object_id = $1 AND actie = 'create'`,
      [personen[0]!.id],
    );
    expect(audit).toEqual([{ actor_soort: 'inwoner', actor_ref: expect.stringMatching(/^demo-/) }]);

    const zaken = await api(t, wie, { url: '/api/v1/inwoner/meldingen' });
    expect(zaken.json()).toHaveLength(1);
    const huidig = await api(t, wie, { url: '/api/v1/inwoner/sessies/huidig' });
    expect(huidig.json()).toMatchObject({ naam: 'Noor van Dijk', bekend: true, gegevensGevraagd: false });
    // A second melding reuses the person; the name fields are ignored now.
    const tweede = await api(t, wie, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({ persoon: { voornamen: 'X', achternaam: 'Ander', geboortedatum: '1960-01-01' } }),
    });
    expect(tweede.statusCode, tweede.body).toBe(201);
    expect(await sql(t, 'SELECT id FROM personen WHERE bsn = $1', [bsn])).toHaveLength(1);

    // Another new resident does not see the first one's melding.
    const ander = await alsInwoner(t, volgendBsn());
    expect((await api(t, ander, { url: '/api/v1/inwoner/meldingen' })).json()).toEqual([]);
    const vreemd = await api(t, ander, { url: `/api/v1/inwoner/meldingen/${res.json().id}` });
    expect(vreemd.statusCode).toBe(404);
  });

  it('met de BRP gekoppeld komen naam, geboortedatum en adres uit de BRP (geprotocolleerd), niet uit het formulier', async () => {
    const wie = await alsInwoner(metBrp, SUZANNE);
    expect(wie.sessie).toMatchObject({ bekend: false, gegevensGevraagd: false });
    const res = await api(metBrp, wie, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({
        persoon: { voornamen: 'Getypt', achternaam: 'Anders', geboortedatum: '1990-01-01' },
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = await sql<{
      voornamen: string;
      achternaam: string;
      geboortedatum: string;
      postcode: string;
      bron: string;
    }>(
      metBrp,
      'SELECT voornamen, achternaam, geboortedatum::text, postcode, bron FROM personen WHERE bsn = $1',
      [SUZANNE],
    );
    expect(p).toEqual([
      {
        voornamen: 'Suzanne',
        achternaam: 'Moulin',
        geboortedatum: '1985-12-01',
        postcode: '3077AW',
        bron: 'brp',
      },
    ]);
    const vraag = mock.verzoeken.at(-1)!;
    expect(vraag.body).toMatchObject({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [SUZANNE],
    });
    expect(vraag.headers['x-gebruiker']).toBe('inwoner:portaal');
    const protocol = await sql<{ gebruiker_id: string | null; resultaat: string; verwerking: string }>(
      metBrp,
      'SELECT gebruiker_id, resultaat, verwerking FROM brp_bevragingen ORDER BY tijdstip DESC LIMIT 1',
    );
    expect(protocol[0]).toMatchObject({ gebruiker_id: null, resultaat: 'gevonden' });
    expect(protocol[0]!.verwerking).toMatch(/Inwonerportaal/);
  });

  it('een BSN dat de BRP niet kent: de inwoner vult zelf naam en geboortedatum in', async () => {
    const bsn = volgendBsn();
    const wie = await alsInwoner(metBrp, bsn);
    const zonder = await api(metBrp, wie, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding(),
    });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().invalidParams[0].name).toBe('persoon.voornamen');
    const met = await api(metBrp, wie, {
      method: 'POST',
      url: '/api/v1/inwoner/meldingen',
      payload: melding({ persoon: { voornamen: 'Sam', achternaam: 'Nieuw', geboortedatum: '1970-05-05' } }),
    });
    expect(met.statusCode, met.body).toBe(201);
    expect(await sql(metBrp, 'SELECT bron FROM personen WHERE bsn = $1', [bsn])).toEqual([
      { bron: 'handmatig' },
    ]);
  });
});
