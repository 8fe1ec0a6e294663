import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pseudoniem } from '../../src/server/modules/cbs/levering.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';

const SLEUTEL = 'test-cbs-sleutel-0123456789';

describe.each(DB_KINDS)('CBS Monitor Sociaal Domein Wmo: levering met validatierapport (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let producten: ProductRef[];
  const product = (naam: string) => producten.find((p) => p.naam === naam)!;
  let persoonId: string;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind, { cbsPseudoniemSleutel: SLEUTEL });
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    producten = (await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })).json();
    const a = await aanvraagVoor(t, 'Cbslevering');
    persoonId = a.persoonId;
    const hbh = product('Hulp bij het huishouden');
    await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [
        {
          besluit: 'toekenning',
          motivering: 'Hulp bij het huishouden is nodig.',
          productId: hbh.id,
          volume: 3,
          leveringsvorm: 'zin',
          aanbiederId: hbh.aanbieders[0]!.id,
          ingangsdatum: '2026-06-15',
          einddatum: '2026-12-31',
        },
        {
          besluit: 'toekenning',
          motivering: 'Mevrouw koopt de begeleiding zelf in.',
          productId: product('Begeleiding individueel').id,
          volume: 2,
          leveringsvorm: 'pgb',
          ingangsdatum: '2026-06-15',
          einddatum: '2027-06-14',
        },
      ],
    });
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('een rij per persoon per voorziening per halfjaar, met pseudoniem in plaats van BSN', async () => {
    const res = await t.api(bo, {
      method: 'GET',
      url: '/api/v1/cbs/monitor-sociaal-domein?gemeente=0150&jaar=2026&halfjaar=2',
    });
    expect(res.statusCode, res.body).toBe(200);
    const l = res.json();
    const bsn = (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ bsn: string }>('SELECT bsn FROM personen WHERE id = $1', [persoonId]),
      )
    ).rows[0]!.bsn;
    const rijen = l.items.filter((r: { pseudoniem: string }) => r.pseudoniem === pseudoniem(bsn, SLEUTEL));
    expect(rijen).toHaveLength(2);
    expect(rijen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          periode: '2026-H2',
          gemeentecode: '0150',
          leveringsvorm: 'ZIN',
          soortAanbieder: 'zorgaanbieder',
          datumAanvang: '2026-06-15',
          datumEinde: '2026-12-31',
          redenBeeindiging: 'einde-looptijd',
        }),
        expect.objectContaining({
          leveringsvorm: 'PGB',
          soortAanbieder: 'pgb',
          datumEinde: null,
          redenBeeindiging: null,
        }),
      ]),
    );
    expect(res.body).not.toContain(bsn);
    expect(l.validatie).toMatchObject({ aantalFouten: 0, waarschuwingen: [] });

    // First half year: the voorzieningen started on 15 June, so they are in H1 too, not ended.
    const h1 = (
      await t.api(bo, {
        method: 'GET',
        url: '/api/v1/cbs/monitor-sociaal-domein?gemeente=0150&jaar=2026&halfjaar=1',
      })
    ).json();
    expect(h1.items.filter((r: { datumEinde: string | null }) => r.datumEinde !== null)).toEqual([]);
  });

  it('het validatierapport telt en noemt ontbrekende velden; de CSV is het bestand voor CBS', async () => {
    await t.database.db.systemTransaction((tx) =>
      tx.query('UPDATE personen SET bsn = NULL WHERE id = $1', [persoonId]),
    );
    const l = (
      await t.api(bo, {
        method: 'GET',
        url: '/api/v1/cbs/monitor-sociaal-domein?gemeente=0150&jaar=2026&halfjaar=2',
      })
    ).json();
    expect(l.validatie.perVeld).toMatchObject({ pseudoniem: 2 });
    expect(l.validatie.fouten[0]).toMatchObject({ veld: 'pseudoniem', code: 'ontbreekt' });

    const csv = await t.api(bo, {
      method: 'GET',
      url: '/api/v1/cbs/monitor-sociaal-domein?gemeente=0150&jaar=2026&halfjaar=2&formaat=csv',
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [kop] = csv.body.split('\n');
    expect(kop).toBe(
      'Periode,Gemeentecode,Pseudoniem BSN,Productcategorie,Productcode,Soort aanbieder,AGB-code aanbieder,Leveringsvorm,Datum aanvang,Datum einde,Reden beëindiging',
    );
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ actie: string; toelichting: string }>(
        "SELECT actie, toelichting FROM audit_log WHERE object_type = 'cbs-levering' ORDER BY id DESC LIMIT 1",
      ),
    );
    expect(rows[0]).toMatchObject({ actie: 'export' });
  });

  it('alleen de backoffice levert aan; een ongeldige periode is 400', async () => {
    for (const rol of ['beleid', 'kcc']) {
      const s = await t.login(rol);
      const res = await t.api(s, {
        method: 'GET',
        url: '/api/v1/cbs/monitor-sociaal-domein?gemeente=0150&jaar=2026&halfjaar=2',
      });
      expect(res.statusCode, rol).toBe(403);
    }
    const fout = await t.api(bo, {
      method: 'GET',
      url: '/api/v1/cbs/monitor-sociaal-domein?gemeente=0150&jaar=2026&halfjaar=3',
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0]).toMatchObject({ name: 'halfjaar' });
  });
});
