import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakImportCsv } from '../../src/server/demo/generator/import-csv.ts';
import { AANBIEDERS, DEVENTER_POSTCODES, DEVENTER_WIJKEN } from '../../src/server/demo/organisatie-demo.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

const POSTCODES = Object.fromEntries(DEVENTER_POSTCODES.map(([van, , wijk]) => [wijk, van]));
const KOP =
  'client_id,geboortedatum,postcode,wijkcode,productcategorie,productcode,leveringsvorm,aanbieder_agb,besluitdatum,ingangsdatum,einddatum,achternaam';

describe.each(DB_KINDS)('historische import van beschikkingen (%s)', (kind) => {
  let t: TestApp;
  let beheer: Session;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    beheer = await t.login('beheer');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const post = (body: string | Uint8Array, query = 'gemeente=0150', session = beheer) =>
    t.api(session, {
      method: 'POST',
      url: `/api/v1/imports/beschikkingen?${query}`,
      headers: { 'content-type': 'text/csv' },
      payload: typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body),
    });

  async function tel() {
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{
        personen: number;
        beschikkingen: number;
        voorzieningen: number;
        toewijzingen: number;
        audit: number;
      }>(
        `SELECT (SELECT count(*) FROM personen WHERE gemeente_code = '0150')::int AS personen,
                (SELECT count(*) FROM beschikkingen WHERE gemigreerd AND gemeente_code = '0150')::int AS beschikkingen,
                (SELECT count(*) FROM voorzieningen WHERE bron_sleutel IS NOT NULL)::int AS voorzieningen,
                (SELECT count(*) FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id WHERE v.bron_sleutel IS NOT NULL)::int AS toewijzingen,
                (SELECT count(*) FROM audit_log WHERE object_type = 'import')::int AS audit`,
      ),
    );
    return rows[0]!;
  }

  it('imports a generated file with known contents; a second run changes nothing', async () => {
    const { csv, verwachting: v } = maakImportCsv({
      rijen: 800,
      seed: 6,
      wijkcodes: DEVENTER_WIJKEN.map(([c]) => c),
      postcodes: POSTCODES,
      agbCodes: AANBIEDERS.map((a) => a.agb),
      maxBsns: 150,
    });
    const voor = await tel();
    const res = await post(csv, 'gemeente=0150&bestandsnaam=oud-systeem.csv');
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      status: 'klaar',
      codering: 'utf-8',
      scheidingsteken: 'komma',
      regels: v.rijen,
      geldigeRegels: v.rijen,
      ongeldigeRegels: 0,
      nieuw: {
        personen: v.clienten,
        beschikkingen: v.beschikkingen,
        voorzieningen: v.rijen,
        toewijzingen: v.toewijzingen,
      },
      alAanwezig: 0,
      fouten: [],
    });
    const na = await tel();
    expect(na.personen - voor.personen).toBe(v.clienten);
    expect(na.beschikkingen - voor.beschikkingen).toBe(v.beschikkingen);
    expect(na.voorzieningen - voor.voorzieningen).toBe(v.rijen);
    expect(na.toewijzingen - voor.toewijzingen).toBe(v.toewijzingen);
    // One audit entry when the run starts and one when it ends, not one per row.
    expect(na.audit - voor.audit).toBe(2);

    // Stored as if made in the system: fixed, migrated, per category, with wijk and toekenning.
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ productcategorie: string; n: number; zonder_wijk: number; niet_vastgesteld: number }>(
        `SELECT v.productcategorie, count(*)::int AS n, count(*) FILTER (WHERE v.wijk_id IS NULL)::int AS zonder_wijk,
                count(*) FILTER (WHERE b.status <> 'vastgesteld' OR v.besluit <> 'toekenning')::int AS niet_vastgesteld
         FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id WHERE v.bron_sleutel IS NOT NULL GROUP BY 1`,
      ),
    );
    expect(Object.fromEntries(rows.map((x) => [x.productcategorie, x.n]))).toEqual(v.perCategorie);
    expect(rows.every((x) => x.zonder_wijk === 0 && x.niet_vastgesteld === 0)).toBe(true);
    const bron = await t.database.db.systemTransaction((tx) =>
      tx.query<{ n: number }>("SELECT count(*)::int AS n FROM personen WHERE bron_sleutel LIKE 'K%'"),
    );
    expect(bron.rows[0]!.n).toBe(v.clienten - 150);

    const opnieuw = await post(csv);
    expect(opnieuw.statusCode, opnieuw.body).toBe(201);
    expect(opnieuw.json()).toMatchObject({
      nieuw: { personen: 0, beschikkingen: 0, voorzieningen: 0, toewijzingen: 0 },
      alAanwezig: v.rijen,
    });
    const daarna = await tel();
    expect({ ...daarna, audit: 0 }).toEqual({ ...na, audit: 0 });

    const lijst = await t.api(beheer, { method: 'GET', url: '/api/v1/imports?gemeente=0150' });
    expect(lijst.statusCode).toBe(200);
    expect(lijst.json()[1]).toMatchObject({
      bestandsnaam: 'oud-systeem.csv',
      status: 'klaar',
      verwerkteRegels: v.rijen,
    });
  });

  const GOED =
    '999990019,1950-02-01,7411AB,,hulp bij het huishouden,,zin,75750001,2019-01-10,2019-02-01,2020-01-31,Goed';
  const SLECHT = [
    [
      'unknown category',
      'Z00000001,1950-02-01,7411AB,,tuinonderhoud,,zin,,2019-01-10,2019-02-01,,X',
      'productcategorie',
      'categorie-onbekend',
    ],
    [
      'einddatum before ingangsdatum',
      'Z00000002,1950-02-01,7411AB,,01,,zin,,2019-01-10,2019-02-01,2019-01-31,X',
      'einddatum',
      'voor-ingang',
    ],
    [
      'invalid BSN',
      '123456789,1950-02-01,7411AB,,01,,zin,,2019-01-10,2019-02-01,,X',
      'client_id',
      'bsn-ongeldig',
    ],
    ['duplicate row', GOED, null, 'dubbele-regel'],
  ] as const;

  it('refuses a file with errors as a whole, naming each line; nothing is imported', async () => {
    const voor = await tel();
    const csv = [KOP, GOED, ...SLECHT.map((s) => s[1])].join('\n');
    const res = await post(csv);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const p = res.json();
    expect(p.code).toBe('import-geweigerd');
    SLECHT.forEach(([, , kolom, code], i) => {
      const regel = i + 3;
      expect(p.invalidParams).toContainEqual(
        expect.objectContaining({ name: `regel ${regel}${kolom ? `: ${kolom}` : ''}`, code }),
      );
    });
    expect(p.rapport).toMatchObject({ status: 'geweigerd', regels: 5, geldigeRegels: 1, ongeldigeRegels: 4 });
    expect(p.rapport.fouten.find((f: { code: string }) => f.code === 'dubbele-regel').melding).toContain(
      'regel 2',
    );
    // No personal value (the wrong BSN) is repeated in the report.
    expect(res.body).not.toContain('123456789');
    const na = await tel();
    expect({ ...na, audit: 0 }).toEqual({ ...voor, audit: 0 });
    expect(na.audit - voor.audit).toBe(1);

    const skip = await post(csv, 'gemeente=0150&skipInvalid=true');
    expect(skip.statusCode, skip.body).toBe(201);
    expect(skip.json()).toMatchObject({
      status: 'klaar',
      geldigeRegels: 1,
      ongeldigeRegels: 4,
      nieuw: { personen: 1, voorzieningen: 1, toewijzingen: 1 },
    });
  });

  it('detects a ; separator and a windows-1252 file (converted, and the report says so)', async () => {
    const tekst = `${KOP.replaceAll(',', ';')}\r\nS-1;01-02-1950;7411 AB;;Dagbesteding;;PGB;;10-01-2019;01-02-2019;;Jos\u00e9 \u20ac\r\n`;
    const cp1252 = Uint8Array.from([...tekst].map((c) => (c === '\u20ac' ? 0x80 : c.charCodeAt(0))));
    const res = await post(cp1252);
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      codering: 'windows-1252',
      scheidingsteken: 'puntkomma',
      nieuw: { voorzieningen: 1 },
    });
    expect(r.meldingen[0]).toContain('windows-1252');
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ achternaam: string }>("SELECT achternaam FROM personen WHERE bron_sleutel = 'S-1'"),
    );
    expect(rows[0]!.achternaam).toBe('José €');
  });

  it.each([
    ['an empty file', '', 'leeg-bestand'],
    ['a header only', `${KOP}\n`, 'geen-regels'],
    ['UTF-16', '\ufeffa', 'codering-utf16'],
    ['a missing column', 'client_id;geboortedatum\n1;2\n', 'kolom-ontbreekt'],
  ])('refuses %s with a clear error', async (_naam, body, code) => {
    const bytes = code === 'codering-utf16' ? Buffer.from(body, 'utf16le') : Buffer.from(body);
    const res = await post(bytes);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().invalidParams.map((x: { code: string }) => x.code)).toContain(code);
  });

  it('is for beheer only, and only for its own gemeenten', async () => {
    const bo = await t.login('backoffice');
    expect((await post(`${KOP}\n${GOED}`, 'gemeente=0150', bo)).statusCode).toBe(403);
    const anders = await post(`${KOP}\n${GOED}`, 'gemeente=0363');
    expect(anders.statusCode).toBe(400);
    expect(anders.json().invalidParams[0]).toMatchObject({ name: 'gemeente', code: 'geen-bevoegdheid' });
  });
});
