import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toegangscontext } from '../../src/server/platform/auth/principal.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

interface Inwoner {
  cookie: string;
  csrfToken: string;
}
interface Antwoord {
  wijken: Array<{ code: string; naam: string }>;
  voorzieningen: Array<Record<string, unknown> & { naam: string }>;
}

describe.each(DB_KINDS)('inwonerportaal: hulp zoeken op de sociale kaart (%s)', (kind) => {
  let t: TestApp;
  const bsnDeventer = volgendBsn();
  const bsnElders = volgendBsn();
  let deventer: Inwoner;
  let elders: Inwoner;

  async function alsInwoner(bsn: string): Promise<Inwoner> {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/inwoner/sessies/demo', payload: { bsn } });
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'ot_inwoner')!;
    return { cookie: `ot_inwoner=${cookie.value}`, csrfToken: res.json().csrfToken };
  }

  async function zoek(wie: Inwoner, query: string): Promise<Antwoord> {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/inwoner/sociale-kaart?${query}`,
      headers: { cookie: wie.cookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  // Row-level security alone, without any filter in the query.
  const ctx = (bsn: string, gemeente: string) =>
    toegangscontext({
      soort: 'inwoner',
      sessieId: 'test',
      csrfToken: '',
      bsn,
      namens: null,
      acr: 'urn:nl-eid-gdi:1.0:LoA:substantial',
      pseudoniem: 'broker-sub-test',
      gemeenteCode: gemeente,
      gemeenten: [gemeente],
    });
  const tel = (bsn: string, gemeente: string) =>
    t.database.db.transaction(ctx(bsn, gemeente), async (tx) => {
      const { rows } = await tx.query<{ n: number; deventer: number; inactief: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE gemeente_code = '0150')::int AS deventer,
           count(*) FILTER (WHERE NOT actief)::int AS inactief FROM sociale_kaart`,
      );
      return rows[0]!;
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    const kcc = await t.login('kcc');
    await registreer(t, kcc, nieuweMelding({}, { bsn: bsnDeventer, achternaam: 'Kaart' }));
    // A resident of another gemeente of the demo (Olst-Wijhe, 0262), known there only.
    await t.database.db.systemTransaction((tx) =>
      tx.query(
        `INSERT INTO personen (gemeente_code, bsn, voornamen, achternaam, geboortedatum, straat, huisnummer, postcode, woonplaats)
         VALUES ('0262', $1, 'Olga', 'Elders', DATE '1950-01-01', 'Dorpsstraat', 1, '8121AA', 'Olst')`,
        [bsnElders],
      ),
    );
    deventer = await alsInwoner(bsnDeventer);
    elders = await alsInwoner(bsnElders);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('vindt een voorziening op vraagwoorden, met alleen openbare velden en de wijken om uit te kiezen', async () => {
    const a = await zoek(deventer, 'zoek=eenzaam');
    const namen = a.voorzieningen.map((v) => v.naam);
    expect(namen).toEqual(expect.arrayContaining(['Buurtkamer Rivierenwijk', 'Wandelgroep Colmschate']));
    expect(a.wijken.map((w) => w.code)).toEqual(expect.arrayContaining(['G', 'H']));
    for (const v of a.voorzieningen) {
      expect(Object.keys(v).sort()).toEqual(
        [
          'aanbieder',
          'bereikbaarheid',
          'id',
          'kosteloos',
          'kosten',
          'leefgebieden',
          'naam',
          'omschrijving',
          'soort',
          'telefoon',
          'voorWie',
          'waar',
          'website',
          'wijken',
        ].sort(),
      );
    }
    // The wijk narrows to that wijk and the whole gemeente.
    expect((await zoek(deventer, 'zoek=eenzaam&wijk=H')).voorzieningen.map((v) => v.naam)).toEqual([
      'Wandelgroep Colmschate',
    ]);
    // Without words: everything active in the gemeente.
    expect((await zoek(deventer, '')).voorzieningen.length).toBeGreaterThan(2);
  });

  it('foute invoer is een veldfout; een onbekende wijk geeft niets', async () => {
    const fout = await t.app.inject({
      method: 'GET',
      url: '/api/v1/inwoner/sociale-kaart?wijk=rivierenwijk',
      headers: { cookie: deventer.cookie },
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0]).toMatchObject({ name: 'wijk' });
    expect(
      (await zoek(deventer, 'wijk=ZZ')).voorzieningen.filter((v) => (v.wijken as string[]).length > 0),
    ).toEqual([]);
  });

  it('een beëindigde voorziening ziet de inwoner niet, ook niet in de database', async () => {
    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE sociale_kaart SET actief = false WHERE naam = 'Maaltijdservice'"),
    );
    try {
      expect((await zoek(deventer, 'zoek=maaltijden')).voorzieningen).toEqual([]);
      expect((await tel(bsnDeventer, '0150')).inactief).toBe(0);
    } finally {
      await t.database.db.systemTransaction((tx) =>
        tx.query("UPDATE sociale_kaart SET actief = true WHERE naam = 'Maaltijdservice'"),
      );
    }
  });

  it('een inwoner van een andere gemeente ziet de sociale kaart van Deventer niet (API en database)', async () => {
    const a = await zoek(elders, 'zoek=eenzaam');
    expect(a.voorzieningen).toEqual([]);
    expect(a.wijken.some((w) => w.code === 'G')).toBe(false);
    expect(await tel(bsnElders, '0262')).toMatchObject({ deventer: 0 });
    const eigen = await tel(bsnDeventer, '0150');
    expect(eigen.deventer).toBeGreaterThan(0);
    expect(eigen.inactief).toBe(0);
  });

  it('een medewerkerscookie op de inwonerroute → 401; zonder sessie ook', async () => {
    const kcc = await t.login('kcc');
    const staff = await t.api(kcc, { method: 'GET', url: '/api/v1/inwoner/sociale-kaart?zoek=eenzaam' });
    expect(staff.statusCode).toBe(401);
    const niemand = await t.app.inject({ method: 'GET', url: '/api/v1/inwoner/sociale-kaart' });
    expect(niemand.statusCode).toBe(401);
  });
});
