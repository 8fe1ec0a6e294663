import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegioZaken } from '../../src/server/demo/regio-zaken-demo.ts';
import { hashPassword } from '../../src/server/platform/auth/passwords.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { volledigeStappen } from '../support/onderzoek.ts';

/**
 * Regional scope, not local (issue 20 item 2, migration 043, ADR 0038): the regional team sees BW/MO
 * cases of all five gemeenten and nothing of their local Wmo cases — through the API and through an
 * unfiltered query under its own database context; local toegang sees only that a resident has a
 * regional case and who the contactpersoon is, unless it has a relationship with the household.
 */
const REGIO = ['0150', '0175', '0177', '0262', '0301'];
const VLAG_TABELLEN = [
  'meldingen',
  'onderzoeken',
  'aanvragen',
  'beschikkingen',
  'voorzieningen',
  'toewijzingen',
  'documenten',
];

describe.each(DB_KINDS)('regionale toegang: afbakening (%s)', (kind) => {
  let t: TestApp;
  let regio: Session;
  let regio2: Session;
  let zutphen: Session;
  let zutphen2: Session;
  /** A regional (BW/MO) melding per gemeente. */
  const bw = new Map<string, { id: string; persoon: { id: string }; huishoudenId: string }>();
  let bwBeschikking: { id: string };
  let lokaalDeventer: { melding: { id: string }; persoonId: string; beschikkingId: string };
  let lokaalZutphen: { id: string; persoon: { id: string }; versie: number };
  let doorgezet: { id: string; versie: number };

  /** A local team of Zutphen with two consulenten (the demo has none). */
  async function zutphenTeam() {
    const hash = await hashPassword(TEST_PASSWORD);
    await t.database.db.systemTransaction(async (tx) => {
      const org = (
        await tx.query<{ id: string }>("SELECT id FROM organisaties WHERE naam = 'Gemeente Zutphen'")
      ).rows[0]!.id;
      const team = (
        await tx.query<{ id: string }>(
          "INSERT INTO teams (gemeente_code, organisatie_id, naam, soort) VALUES ('0301', $1, 'Sociaal team Zutphen', 'toegang') RETURNING id",
          [org],
        )
      ).rows[0]!.id;
      await tx.query("INSERT INTO team_gemeenten (team_id, gemeente_code) VALUES ($1, '0301')", [team]);
      for (const naam of ['toegang-zutphen', 'toegang-zutphen-2']) {
        const m = await tx.query<{ id: string }>(
          `INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, rollen)
           VALUES ('0301', $1, $2, $3, ARRAY['kcc', 'toegangsmedewerker']) RETURNING id`,
          [org, team, `Consulent ${naam}`],
        );
        await tx.query(
          'INSERT INTO gebruikers (medewerker_id, gebruikersnaam, wachtwoord_hash) VALUES ($1, $2, $3)',
          [m.rows[0]!.id, naam, hash],
        );
      }
    });
  }

  async function trieer(s: Session, m: { id: string; versie: number }, behandelaar: string) {
    const tr = await t.api(s, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: { versie: m.versie, uitkomst: 'onderzoek', behandelaarId: await medewerkerId(t, behandelaar) },
    });
    expect(tr.statusCode, tr.body).toBe(200);
    return tr.json() as { id: string; versie: number };
  }

  /** A regional melding through onderzoek to its aanvraag, by regio-bw. */
  async function bwAanvraag(meldingId: string): Promise<string> {
    const o = await t.api(regio, { method: 'POST', url: '/api/v1/onderzoeken', payload: { meldingId } });
    expect(o.statusCode, o.body).toBe(201);
    const o2 = await t.api(regio, {
      method: 'PATCH',
      url: `/api/v1/onderzoeken/${o.json().id}`,
      payload: { versie: o.json().versie, stappen: volledigeStappen(true) },
    });
    const af = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o2.json().id}/afronding`,
      payload: {
        versie: o2.json().versie,
        ladderUitkomst: 'maatwerk',
        samenvatting: 'Beschermd wonen nodig.',
        vervolg: 'Aanvraag.',
      },
    });
    expect(af.statusCode, af.body).toBe(200);
    const a = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/meldingen/${meldingId}/aanvragen`,
      payload: { aanvraagdatum: '2026-05-28' },
    });
    expect(a.statusCode, a.body).toBe(201);
    return a.json().id;
  }

  /** The Zutphen BW case taken to a fixed beschikking under Zutphen's mandate (four eyes in the team). */
  async function bwBeschikkingZutphen(meldingId: string) {
    const aanvraagId = await bwAanvraag(meldingId);
    const producten = (await t.api(regio, { method: 'GET', url: '/api/v1/producten?gemeente=0301' })).json();
    const p = producten.find((x: ProductRef) => x.naam === 'Beschermd wonen intramuraal') as ProductRef;
    return stelOpEnVast(t, regio, regio2, `/api/v1/aanvragen/${aanvraagId}/beschikkingen`, {
      voorzieningen: [
        {
          besluit: 'toekenning',
          motivering: 'Zelfstandig wonen is nu niet veilig; begeleiding dag en nacht is nodig.',
          productId: p.id,
          volume: 7,
          leveringsvorm: 'zin',
          aanbiederId: p.aanbieders[0]!.id,
          ingangsdatum: '2026-06-08',
          einddatum: '2027-06-07',
        },
      ],
    });
  }

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    await zutphenTeam();
    regio = await t.login('regio-bw');
    regio2 = await t.login('regio-bw-2');
    zutphen = await t.login('toegang-zutphen');
    zutphen2 = await t.login('toegang-zutphen-2');

    // BW/MO meldingen of the regional team in each of the five gemeenten.
    for (const g of REGIO) {
      const m = await registreer(
        t,
        regio,
        nieuweMelding(
          { ontvangstdatum: '2026-05-20', leefgebieden: ['huisvesting'], hulpvraag: 'Dakloos sinds april.' },
          { bsn: volgendBsn(), achternaam: `Regionaal${g}`, gemeenteCode: g },
        ),
      );
      bw.set(g, m);
    }
    const zb = bw.get('0301')!;
    await trieer(regio, zb as unknown as { id: string; versie: number }, 'regio-bw');
    bwBeschikking = await bwBeschikkingZutphen(zb.id);

    // A local Wmo case of Deventer up to a fixed beschikking (hulp bij het huishouden).
    const bo = await t.login('backoffice');
    const bo2 = await t.login('backoffice-2');
    const a = await aanvraagVoor(t, 'Lokaaldeventer');
    const producten: ProductRef[] = (
      await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const b = await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [
        {
          besluit: 'toekenning',
          motivering: 'Hulp bij het huishouden is nodig.',
          productId: hbh.id,
          volume: 3,
          leveringsvorm: 'zin',
          aanbiederId: hbh.aanbieders[0]!.id,
          ingangsdatum: '2026-06-15',
          einddatum: '2027-06-14',
        },
      ],
    });
    lokaalDeventer = { melding: a.melding, persoonId: a.persoonId, beschikkingId: b.id };

    // A local Wmo melding of Zutphen, worked by toegang-zutphen (a relationship with the household).
    const lz = await registreer(
      t,
      zutphen,
      nieuweMelding(
        { ontvangstdatum: '2026-05-18' },
        { bsn: volgendBsn(), achternaam: 'Lokaalzutphen', gemeenteCode: '0301' },
      ),
    );
    lokaalZutphen = { ...lz, ...(await trieer(zutphen, lz, 'toegang-zutphen')) };
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const gebruiker = async (naam: string) =>
    (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ id: string }>('SELECT id FROM gebruikers WHERE gebruikersnaam = $1', [naam]),
      )
    ).rows[0]!.id;

  /** A query as the app role with the session settings of `naam` (deliberately unfiltered). */
  const als = async <T extends Record<string, unknown>>(naam: string, gemeenten: string[], sql: string) => {
    const id = await gebruiker(naam);
    return (
      await t.database.db.transaction(
        { soort: 'medewerker', gebruikerId: id, gemeenten, organisatieId: null },
        (tx) => tx.query<T>(sql),
      )
    ).rows;
  };
  const systeem = async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await t.database.db.systemTransaction((tx) => tx.query<T>(sql, params))).rows;

  it('routes a local melding to the regional access; the resident is then in the regional scope', async () => {
    const m = await registreer(
      t,
      zutphen,
      nieuweMelding(
        {
          ontvangstdatum: '2026-05-25',
          leefgebieden: ['huisvesting'],
          hulpvraag: 'Moet het huis uit en heeft geen slaapplek.',
          persoonId: lokaalZutphen.persoon.id,
          nieuwePersoon: undefined,
        },
        {},
      ),
    );
    const d = await t.api(zutphen, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/regionale-toegang`,
      payload: { versie: m.versie },
    });
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json().regionaal).toBe(true);
    expect(d.json().team.naam).toMatch(/regio/i);
    doorgezet = { id: m.id, versie: m.versie + 1 };
    // Twice is a conflict (toegang-zutphen still sees it: a relationship with the household).
    const nogmaals = await t.api(zutphen, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/regionale-toegang`,
      payload: { versie: doorgezet.versie },
    });
    expect(nogmaals.statusCode, nogmaals.body).toBe(409);
    expect(nogmaals.json().code ?? nogmaals.json().type).toMatch(/al-regionaal/);

    expect((await t.api(regio, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).statusCode).toBe(200);
    expect(
      (await t.api(regio, { method: 'GET', url: `/api/v1/personen/${lokaalZutphen.persoon.id}` })).statusCode,
    ).toBe(200);
    // Its local melding stays local.
    expect(
      (await t.api(regio, { method: 'GET', url: `/api/v1/meldingen/${lokaalZutphen.id}` })).statusCode,
    ).toBe(404);
  });

  it('API contract: as regio-bw a local Zutphen melding is 404, a BW/MO melding of Zutphen 200', async () => {
    expect(
      (await t.api(regio, { method: 'GET', url: `/api/v1/meldingen/${lokaalZutphen.id}` })).statusCode,
    ).toBe(404);
    const r = await t.api(regio, { method: 'GET', url: `/api/v1/meldingen/${bw.get('0301')!.id}` });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().gemeenteCode).toBe('0301');
  });

  it('the regional team reads BW/MO of all five gemeenten and nothing local through the API', async () => {
    for (const g of REGIO) {
      const r = await t.api(regio, { method: 'GET', url: `/api/v1/meldingen/${bw.get(g)!.id}` });
      expect(r.statusCode, `${g}: ${r.body}`).toBe(200);
    }
    expect(
      (await t.api(regio, { method: 'GET', url: `/api/v1/meldingen/${lokaalDeventer.melding.id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.api(regio, { method: 'GET', url: `/api/v1/beschikkingen/${lokaalDeventer.beschikkingId}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.api(regio, { method: 'GET', url: `/api/v1/personen/${lokaalDeventer.persoonId}` })).statusCode,
    ).toBe(404);
    const zoek = await t.api(regio, { method: 'GET', url: '/api/v1/personen?zoek=Lokaaldeventer' });
    expect(zoek.statusCode, zoek.body).toBe(200);
    expect(JSON.stringify(zoek.json())).not.toContain(lokaalDeventer.persoonId);
    const regionaal = await t.api(regio, { method: 'GET', url: '/api/v1/personen?zoek=Regionaal0177' });
    expect(JSON.stringify(regionaal.json())).toContain(bw.get('0177')!.persoon.id);
  });

  it.each(VLAG_TABELLEN)(
    '%s: an unfiltered query as regio-bw returns regional rows only; local rows exist',
    async (tabel) => {
      const [alle] = await systeem<{ lokaal: number; regionaal: number }>(
        `SELECT count(*) FILTER (WHERE NOT regionaal)::int AS lokaal, count(*) FILTER (WHERE regionaal)::int AS regionaal FROM ${tabel}`,
      );
      expect(alle!.lokaal).toBeGreaterThan(0);
      expect(alle!.regionaal).toBeGreaterThan(0);
      const [gezien] = await als<{ lokaal: number; regionaal: number }>(
        'regio-bw',
        REGIO,
        `SELECT count(*) FILTER (WHERE NOT regionaal)::int AS lokaal, count(*) FILTER (WHERE regionaal)::int AS regionaal FROM ${tabel}`,
      );
      expect(gezien!.lokaal).toBe(0);
      expect(gezien!.regionaal).toBe(alle!.regionaal);
    },
  );

  it.each(VLAG_TABELLEN)(
    '%s: an unfiltered query by local toegang without a relationship returns no regional rows',
    async (tabel) => {
      for (const [naam, gemeente] of [
        ['toegangsmedewerker-2', '0150'],
        ['toegang-zutphen-2', '0301'],
      ] as const) {
        const [gezien] = await als<{ n: number; lokaal: number }>(
          naam,
          [gemeente],
          `SELECT count(*) FILTER (WHERE regionaal)::int AS n, count(*) FILTER (WHERE NOT regionaal)::int AS lokaal FROM ${tabel}`,
        );
        expect(gezien!.n, naam).toBe(0);
      }
    },
  );

  it('persons and households: the regional team sees exactly those of regional cases', async () => {
    const verwacht = await systeem<{ id: string }>(
      `SELECT DISTINCT x AS id FROM (
         SELECT persoon_id FROM meldingen WHERE regionaal
         UNION SELECT persoon_id FROM beschikkingen WHERE regionaal
         UNION SELECT l.persoon_id FROM huishouden_leden l
           WHERE l.tot IS NULL AND l.huishouden_id IN (SELECT huishouden_id FROM meldingen WHERE regionaal)) s(x)`,
    );
    const gezien = await als<{ id: string }>('regio-bw', REGIO, 'SELECT id FROM personen');
    expect(gezien.map((r) => r.id).sort()).toEqual(verwacht.map((r) => r.id).sort());
    expect(gezien.map((r) => r.id)).not.toContain(lokaalDeventer.persoonId);
    const huishoudens = await als<{ id: string }>('regio-bw', REGIO, 'SELECT id FROM huishoudens');
    const verwachtHh = await systeem<{ id: string }>(
      'SELECT DISTINCT huishouden_id AS id FROM meldingen WHERE regionaal',
    );
    expect(huishoudens.map((r) => r.id).sort()).toEqual(verwachtHh.map((r) => r.id).sort());
    const leden = await als<{ n: number }>(
      'regio-bw',
      REGIO,
      'SELECT count(*)::int AS n FROM huishouden_leden l WHERE NOT EXISTS (SELECT 1 FROM meldingen m WHERE m.huishouden_id = l.huishouden_id)',
    );
    expect(leden[0]!.n).toBe(0);
    // An exact BSN lookup still finds a locally known resident (for the regional aanmelding).
    const [lokaal] = await systeem<{ bsn: string }>('SELECT bsn FROM personen WHERE id = $1', [
      lokaalDeventer.persoonId,
    ]);
    const gevonden = await als<{ id: string | null; zichtbaar: number }>(
      'regio-bw',
      REGIO,
      `SELECT ot_persoon_bij_bsn('0150', '${lokaal!.bsn}') AS id,
              (SELECT count(*)::int FROM personen WHERE bsn = '${lokaal!.bsn}') AS zichtbaar`,
    );
    expect(gevonden[0]).toEqual({ id: lokaalDeventer.persoonId, zichtbaar: 0 });
  });

  it('local toegang sees that a resident has a regional case and who the contactpersoon is, not its content', async () => {
    const persoon = bw.get('0301')!.persoon.id;
    expect(
      (await t.api(zutphen2, { method: 'GET', url: `/api/v1/meldingen/${bw.get('0301')!.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await t.api(zutphen2, { method: 'GET', url: `/api/v1/beschikkingen/${bwBeschikking.id}` })).statusCode,
    ).toBe(404);
    // The resident's identity stays visible to the gemeente.
    expect((await t.api(zutphen2, { method: 'GET', url: `/api/v1/personen/${persoon}` })).statusCode).toBe(
      200,
    );
    const zaak = await t.api(zutphen2, { method: 'GET', url: `/api/v1/personen/${persoon}/regionale-zaak` });
    expect(zaak.statusCode, zaak.body).toBe(200);
    expect(zaak.json()).toMatchObject({
      persoonId: persoon,
      regionaleZaak: true,
      gemeenteCode: '0301',
      sinds: '2026-05-20',
      lopend: true,
      contactpersoon: { naam: 'Ruben Wessels' },
    });
    expect(zaak.json().team).toMatch(/regio/i);
    expect(JSON.stringify(zaak.json())).not.toContain('Dakloos');
    // A resident without a regional case.
    const geen = await t.api(await t.login('toegangsmedewerker-2'), {
      method: 'GET',
      url: `/api/v1/personen/${lokaalDeventer.persoonId}/regionale-zaak`,
    });
    expect(geen.statusCode, geen.body).toBe(200);
    expect(geen.json()).toMatchObject({ regionaleZaak: false, contactpersoon: null });
    // Another gemeente's resident is not found at all.
    expect(
      (
        await t.api(zutphen2, {
          method: 'GET',
          url: `/api/v1/personen/${bw.get('0177')!.persoon.id}/regionale-zaak`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('with a relationship (behandelaar, or a doorbraak) local toegang reads the regional melding', async () => {
    const url = `/api/v1/meldingen/${doorgezet.id}`;
    expect((await t.api(zutphen, { method: 'GET', url })).statusCode).toBe(200);
    expect((await t.api(zutphen2, { method: 'GET', url })).statusCode).toBe(404);
    const d = await t.api(zutphen2, {
      method: 'POST',
      url: '/api/v1/doorbraken',
      payload: {
        persoonId: lokaalZutphen.persoon.id,
        reden: 'spoed',
        toelichting: 'Inwoner staat aan de balie',
      },
    });
    expect(d.statusCode, d.body).toBe(201);
    expect((await t.api(zutphen2, { method: 'GET', url })).statusCode).toBe(200);
  });

  it('the regional team registers only regional meldingen; the database refuses a local one', async () => {
    const id = await gebruiker('regio-bw');
    await expect(
      t.database.db.transaction(
        { soort: 'medewerker', gebruikerId: id, gemeenten: REGIO, organisatieId: null },
        (tx) =>
          tx.query('UPDATE meldingen SET regionaal = false WHERE id = $1 RETURNING id', [bw.get('0150')!.id]),
      ),
    ).resolves.toMatchObject({ rows: [{ id: bw.get('0150')!.id }] });
    // The flag is the database's: the update above did not change it.
    const [rij] = await systeem<{ regionaal: boolean }>('SELECT regionaal FROM meldingen WHERE id = $1', [
      bw.get('0150')!.id,
    ]);
    expect(rij!.regionaal).toBe(true);
  });

  it('in the code too: the regional team decides only on BW/MO products (field error per line)', async () => {
    const m = bw.get('0150')!;
    await trieer(regio, m as unknown as { id: string; versie: number }, 'regio-bw');
    const aanvraagId = await bwAanvraag(m.id);
    const producten: ProductRef[] = (
      await t.api(regio, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const r = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/aanvragen/${aanvraagId}/beschikkingen`,
      payload: {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Hulp bij het huishouden.',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders[0]!.id,
            ingangsdatum: '2026-06-15',
            einddatum: '2027-06-14',
          },
        ],
      },
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'voorzieningen.0.productId', code: 'alleen-bw-mo' }),
      ]),
    );
  });

  it('demo: the regional team finds BW/MO meldingen of four gemeenten; a local colleague does not', async () => {
    const voor = await als<{ id: string }>('regio-bw', REGIO, 'SELECT id FROM meldingen');
    expect(await loadDemoRegioZaken(t.database.db)).toBe(4);
    const na = await als<{ gemeente_code: string; regionaal: boolean }>(
      'regio-bw',
      REGIO,
      'SELECT gemeente_code, regionaal FROM meldingen',
    );
    expect(na.length - voor.length).toBe(4);
    expect(na.every((r) => r.regionaal)).toBe(true);
    const lokaal = await als<{ n: number }>(
      'toegangsmedewerker-2',
      ['0150'],
      "SELECT count(*)::int AS n FROM meldingen WHERE hulpvraag LIKE 'Kan door psychische problemen%'",
    );
    expect(lokaal[0]!.n).toBe(0);
  });
});
