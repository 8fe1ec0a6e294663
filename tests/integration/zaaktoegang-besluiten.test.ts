import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';

/**
 * Need-to-know on the rest of the case (issue 18, ADR 0030, migration 046): aanvragen,
 * beschikkingen with voorzieningen and toewijzingen, opschortingen, ingebrekestellingen, bezwaren
 * and the letters. The per-table test of zaaktoegang.test.ts for these tables, the 403 doorbraak-nodig
 * on their routes, reads under a doorbraak marked in the audit trail, and the search signal.
 */
describe.each(DB_KINDS)('zaaktoegang op aanvraag, beschikking en brieven (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let aanvraag: Awaited<ReturnType<typeof aanvraagVoor>>;
  let beschikking: { id: string };
  let bezwaarId: string;
  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    const producten: ProductRef[] = (
      await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    aanvraag = await aanvraagVoor(t, 'Besluitrelatie');
    const tm = await t.login('toegangsmedewerker');
    const op = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/aanvragen/${aanvraag.id}/opschortingen`,
      payload: { reden: 'aanvulling', van: '2026-06-03', tot: '2026-06-05' },
    });
    expect(op.statusCode, op.body).toBe(201);
    beschikking = await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${aanvraag.id}/beschikkingen`, {
      voorzieningen: [
        {
          besluit: 'toekenning',
          motivering: 'Mevrouw kan haar huis niet schoonhouden.',
          productId: hbh.id,
          volume: 3,
          leveringsvorm: 'zin',
          aanbiederId: hbh.aanbieders[0]!.id,
          ingangsdatum: '2026-06-15',
          einddatum: '2027-06-14',
        },
      ],
    });
    setToday('2026-06-20');
    const ib = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/aanvragen/${aanvraag.id}/ingebrekestellingen`,
      payload: { ontvangstdatum: '2026-06-20' },
    });
    // The beschikking is there already: registering may be refused; a row is made directly then.
    if (ib.statusCode !== 201) {
      await t.database.db.systemTransaction((tx) =>
        tx.query(
          `INSERT INTO ingebrekestellingen (gemeente_code, aanvraag_id, ontvangstdatum, beslistermijn_uiterlijk, dwangsom_vanaf)
           VALUES ('0150', $1, '2026-06-20', '2026-06-17', '2026-07-05')`,
          [aanvraag.id],
        ),
      );
    }
    const z = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${beschikking.id}/bezwaren`,
      payload: { ontvangstdatum: '2026-06-18', adviescommissie: false },
    });
    expect(z.statusCode, z.body).toBe(201);
    bezwaarId = z.json().id;
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

  /** A SELECT as the app role with the medewerker's session settings. */
  const tel = async (naam: string, sql: string) => {
    const id = await gebruiker(naam);
    return (
      await t.database.db.transaction(
        { soort: 'medewerker', gebruikerId: id, gemeenten: ['0150'], organisatieId: null },
        (tx) => tx.query<{ n: number }>(sql),
      )
    ).rows[0]!.n;
  };

  // Deliberately no WHERE: row-level security decides (table names are constants of this test).
  // Letters: the ontvangstbevestiging stays gemeente-wide (intake), so it is the one filter there.
  const TABELLEN: Array<[string, string]> = [
    ['aanvragen', 'SELECT count(*)::int AS n FROM aanvragen'],
    ['beschikkingen', 'SELECT count(*)::int AS n FROM beschikkingen'],
    ['voorzieningen', 'SELECT count(*)::int AS n FROM voorzieningen'],
    ['toewijzingen', 'SELECT count(*)::int AS n FROM toewijzingen'],
    ['opschortingen', 'SELECT count(*)::int AS n FROM opschortingen'],
    ['ingebrekestellingen', 'SELECT count(*)::int AS n FROM ingebrekestellingen'],
    ['bezwaren', 'SELECT count(*)::int AS n FROM bezwaren'],
    ['documenten', "SELECT count(*)::int AS n FROM documenten WHERE soort <> 'ontvangstbevestiging'"],
  ];

  it.each(TABELLEN)(
    '%s: een collega zonder relatie en KCC zien met een ongefilterde query niets; behandelaar en backoffice wel',
    async (_tabel, sql) => {
      expect(await tel('toegangsmedewerker', sql)).toBeGreaterThan(0);
      expect(await tel('backoffice', sql)).toBeGreaterThan(0);
      expect(await tel('toegangsmedewerker-2', sql)).toBe(0);
      expect(await tel('kcc', sql)).toBe(0);
    },
  );

  it('de routes zeggen doorbraak-nodig; na de doorbraak lukt het en het audittrail markeert de toegang', async () => {
    const tm2 = await t.login('toegangsmedewerker-2');
    const urls = [
      `/api/v1/beschikkingen/${beschikking.id}`,
      `/api/v1/aanvragen/${aanvraag.id}`,
      `/api/v1/personen/${aanvraag.persoonId}/beschikkingen`,
      `/api/v1/bezwaren/${bezwaarId}`,
      `/api/v1/beschikkingen/${beschikking.id}/brief`,
    ];
    for (const url of urls) {
      const r = await t.api(tm2, { method: 'GET', url });
      expect(r.statusCode, url).toBe(403);
      expect(r.json().code, url).toBe('doorbraak-nodig');
      expect(r.json().persoonId, url).toBe(aanvraag.persoonId);
    }
    // Something that does not exist stays a 404.
    const weg = await t.api(tm2, {
      method: 'GET',
      url: '/api/v1/beschikkingen/00000000-0000-4000-8000-000000000000',
    });
    expect(weg.statusCode).toBe(404);

    const d = await t.api(tm2, {
      method: 'POST',
      url: '/api/v1/doorbraken',
      payload: { persoonId: aanvraag.persoonId, reden: 'spoed', toelichting: 'Inwoner belt over de hulp.' },
    });
    expect(d.statusCode, d.body).toBe(201);
    for (const url of urls.slice(0, 4)) {
      const r = await t.api(tm2, { method: 'GET', url });
      expect(r.statusCode, `${url} ${r.body}`).toBe(200);
    }

    // Audited as doorbraak: the reads carry its id; the create itself does not.
    const rijen = await t.database.db.systemTransaction((tx) =>
      tx.query<{ object_type: string; doorbraak_id: string | null }>(
        `SELECT object_type, doorbraak_id FROM audit_log
         WHERE gebruikersnaam = 'toegangsmedewerker-2' AND resultaat = 'toegestaan' AND actie = 'read'`,
      ),
    );
    const onder = rijen.rows.filter((r) => r.doorbraak_id === d.json().id).map((r) => r.object_type);
    expect(onder).toEqual(expect.arrayContaining(['beschikking', 'aanvraag', 'bezwaar', 'persoon']));
    // The backoffice's reads of the same case are no doorbraak.
    await t.api(bo, { method: 'GET', url: urls[0]! });
    const bo_ = await t.database.db.systemTransaction((tx) =>
      tx.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_log WHERE gebruikersnaam = 'backoffice' AND doorbraak_id IS NOT NULL",
      ),
    );
    expect(bo_.rows[0]!.n).toBe(0);

    // The privacy officer sees how often it was used, and the inzage export marks those accesses.
    const auditor = await t.login('auditor');
    const lijst = (
      await t.api(auditor, { method: 'GET', url: '/api/v1/doorbraken?status=te-beoordelen' })
    ).json();
    const rij = lijst.find((x: { id: string }) => x.id === d.json().id);
    expect(rij.toegangen).toBeGreaterThanOrEqual(4);
    const trail = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/audit-logregels?persoon=${aanvraag.persoonId}&pageSize=200`,
    });
    expect(trail.statusCode, trail.body).toBe(200);
    expect(
      trail.json().regels.some((r: { doorbraakId: string | null }) => r.doorbraakId === d.json().id),
    ).toBe(true);
    const inzage = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/personen/${aanvraag.persoonId}/inzage`,
    });
    expect(inzage.statusCode, inzage.body).toBe(200);
    const toegangen = inzage.json().toegangen as Array<{ doorbraak: boolean; rol: string }>;
    expect(toegangen.some((x) => x.doorbraak)).toBe(true);
    expect(toegangen.some((x) => !x.doorbraak)).toBe(true);
  });

  it('signalen tellen personen die zonder relatie gezocht of bekeken zijn, per medewerker', async () => {
    const tm2 = await t.login('toegangsmedewerker-2');
    const tm = await t.login('toegangsmedewerker');
    // The behandelaar searches their own client: no signal. The colleague (doorbraak expired or not,
    // the search is another person's) searches on the surname: one person without relationship.
    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE doorbraken SET geldig_tot = now() - interval '1 minute'"),
    );
    for (const s of [tm, tm2]) {
      const r = await t.api(s, { method: 'GET', url: '/api/v1/personen?zoek=Besluitrelatie' });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().length).toBeGreaterThan(0);
    }
    const open = await t.api(tm2, { method: 'GET', url: `/api/v1/personen/${aanvraag.persoonId}` });
    expect(open.statusCode).toBe(200);
    const auditor = await t.login('auditor');
    const nu = new Date().toISOString().slice(0, 10);
    const sig = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/privacy/signalen?van=2026-01-01&tot=${nu}`,
    });
    expect(sig.statusCode, sig.body).toBe(200);
    const per = Object.fromEntries(
      sig
        .json()
        .medewerkers.map((m: { gebruikersnaam: string; gezochtZonderRelatie: number }) => [
          m.gebruikersnaam,
          m.gezochtZonderRelatie,
        ]),
    );
    expect(per['toegangsmedewerker-2']).toBe(2);
    expect(per.toegangsmedewerker ?? 0).toBe(0);
    const csv = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/privacy/signalen?van=2026-01-01&tot=${nu}&formaat=csv`,
    });
    expect(csv.body).toContain('Zonder relatie gezocht of bekeken');
  });
});
