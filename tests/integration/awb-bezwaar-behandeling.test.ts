import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';

/**
 * The handling of a bezwaar after registration: hoorzitting or afzien van horen (Awb 7:2, 7:3),
 * advies (7:13), gegrond → herroeping through the herziening path (7:11), beroep (8:1) and the
 * bewaarplicht (view `bezwaar_bewaarplichten`), and the open bezwaren of a household.
 */
describe.each(DB_KINDS)('bezwaar behandelen (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let hbh: ProductRef;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    const producten: ProductRef[] = (
      await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const regel = (volume: number, ingangsdatum: string) => ({
    besluit: 'toekenning',
    motivering: 'Hulp bij het huishouden is nodig.',
    productId: hbh.id,
    volume,
    leveringsvorm: 'zin',
    aanbiederId: hbh.aanbieders[0]!.id,
    ingangsdatum,
    einddatum: '2027-06-14',
  });
  const post = (url: string, payload: Record<string, unknown>) =>
    t.api(bo, { method: 'POST', url: `/api/v1${url}`, payload });
  const bewaarplichten = (bezwaarId: string) =>
    t.database.db.systemTransaction(async (tx) => {
      const { rows } = await tx.query<{ tot: string | null; grond: string }>(
        'SELECT tot::text AS tot, grond FROM bezwaar_bewaarplichten WHERE bezwaar_id = $1',
        [bezwaarId],
      );
      return rows;
    });

  it('hoorzitting, advies, gegrond with herroeping linked to a new wijziging, beroep and bewaarplicht', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Herroeping');
    const b = await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [regel(2, '2026-06-15')],
    });
    setToday('2026-06-20');
    const z = await post(`/beschikkingen/${b.id}/bezwaren`, {
      ontvangstdatum: '2026-06-18',
      adviescommissie: false,
    });
    expect(z.statusCode, z.body).toBe(201);
    expect(await bewaarplichten(z.json().id)).toEqual([{ tot: null, grond: 'bezwaar' }]);

    // Household page: the open bezwaren of the household's members.
    const m = (await t.api(bo, { method: 'GET', url: `/api/v1/meldingen/${a.melding.id}` })).json();
    const open = await t.api(bo, {
      method: 'GET',
      url: `/api/v1/bezwaren?status=open&huishoudenId=${m.huishoudenId}`,
    });
    expect(open.json().map((x: { id: string }) => x.id)).toEqual([z.json().id]);

    // Bad input: every field at once, nothing saved.
    const fout = await post(`/bezwaren/${z.json().id}/behandeling`, {
      versie: z.json().versie,
      hoorzittingOp: '2026-06-19',
      horenAfgezien: 'kennelijk-ongegrond',
      adviesOp: '2026-06-19',
      beroepIngesteldOp: '2026-06-19',
    });
    expect(fout.statusCode).toBe(400);
    expect(
      fout.json().invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`),
    ).toEqual(['horenAfgezien:gehoord', 'adviesOp:geen-commissie', 'beroepIngesteldOp:niet-beslist']);
    const gehoord = await post(`/bezwaren/${z.json().id}/behandeling`, {
      versie: z.json().versie,
      hoorzittingOp: '2026-06-19',
    });
    expect(gehoord.statusCode, gehoord.body).toBe(200);
    expect(gehoord.json().hoorzitting).toEqual({ op: '2026-06-19', afgezien: null });

    const beslist = await post(`/bezwaren/${z.json().id}/beslissing`, {
      versie: gehoord.json().versie,
      uitkomst: 'gegrond',
      besluitdatum: '2026-06-20',
      motivering: 'De omvang is te laag vastgesteld.',
    });
    expect(beslist.statusCode, beslist.body).toBe(200);
    // Beroepstermijn: six weeks from the day after 20 June (Awb 6:7, 6:8) → 1 August is a Saturday,
    // so the Atw moves it to Monday 3 August.
    expect(beslist.json()).toMatchObject({ bewaarplicht: true, bewaarplichtTot: '2026-08-03' });
    expect(await bewaarplichten(z.json().id)).toEqual([{ tot: '2026-08-03', grond: 'beroepstermijn' }]);

    // Herroeping: a wijziging of the same beschikking, linked to the bezwaar; only once.
    const wijziging = {
      per: '2026-07-01',
      redenWijziging: '04',
      toelichting: 'Herroeping na het gegronde bezwaar (Awb 7:11).',
      voorzieningen: [regel(4, '2026-07-01')],
      bezwaarId: z.json().id,
    };
    const w = await post(`/beschikkingen/${b.id}/wijzigingen`, wijziging);
    expect(w.statusCode, w.body).toBe(201);
    const na = (await t.api(bo, { method: 'GET', url: `/api/v1/bezwaren/${z.json().id}` })).json();
    expect(na.herroepingBeschikkingId).toBe(w.json().id);
    const nogEens = await post(`/beschikkingen/${b.id}/wijzigingen`, wijziging);
    expect(nogEens.statusCode).toBe(400);
    expect(nogEens.json().invalidParams[0]).toMatchObject({ name: 'bezwaarId', code: 'al-herroepen' });

    // Beroep keeps the bewaarplicht running without an end date until it is over.
    setToday('2026-07-10');
    const beroep = await post(`/bezwaren/${z.json().id}/behandeling`, {
      versie: na.versie,
      beroepIngesteldOp: '2026-07-08',
    });
    expect(beroep.statusCode, beroep.body).toBe(200);
    expect(await bewaarplichten(z.json().id)).toEqual([{ tot: null, grond: 'beroep' }]);
  });

  it('refuses a herroeping for a bezwaar that is not gegrond or against another beschikking', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Geenherroeping');
    const b = await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [regel(2, '2026-06-15')],
    });
    setToday('2026-06-20');
    const z = await post(`/beschikkingen/${b.id}/bezwaren`, {
      ontvangstdatum: '2026-06-18',
      adviescommissie: true,
    });
    const advies = await post(`/bezwaren/${z.json().id}/behandeling`, {
      versie: z.json().versie,
      horenAfgezien: 'afstand',
      adviesOp: '2026-06-19',
      adviesSamenvatting: 'De commissie adviseert ongegrond.',
    });
    expect(advies.statusCode, advies.body).toBe(200);
    expect(advies.json()).toMatchObject({
      hoorzitting: { op: null, afgezien: 'afstand' },
      advies: { op: '2026-06-19', samenvatting: 'De commissie adviseert ongegrond.' },
    });
    const w = await post(`/beschikkingen/${b.id}/intrekkingen`, {
      per: '2026-06-30',
      redenWijziging: '05',
      motivering: 'Geen herroeping.',
      bezwaarId: z.json().id,
    });
    expect(w.statusCode).toBe(400);
    expect(w.json().invalidParams[0]).toMatchObject({ name: 'bezwaarId', code: 'niet-gegrond' });
  });
});
