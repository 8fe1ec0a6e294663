import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { pdfText } from '../support/pdf.ts';

/** Verdaging of the aanvraag's beslistermijn (Awb 4:14 lid 3) and the dwangsom beschikking (4:18). */
describe.each(DB_KINDS)('Awb: verdaging en vaststelling dwangsom (%s)', (kind) => {
  let t: TestApp;
  let tm: Session;
  let bo: Session;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    tm = await t.login('toegangsmedewerker');
    bo = await t.login('backoffice');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const aanvraag = async (id: string) =>
    (await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen/${id}` })).json();
  const verdaag = (id: string, payload: Record<string, unknown>) =>
    t.api(tm, { method: 'POST', url: `/api/v1/aanvragen/${id}/verdaging`, payload });

  it('verdaagt vóór het einde: nieuwe datum, brief, en de werkvoorraad leest de nieuwe termijn', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Verdaging'); // uiterlijk ma 15 juni
    setToday('2026-06-10');
    const res = await verdaag(a.id, {
      nieuweDatum: '2026-07-06',
      reden: 'Wij wachten op het advies van de ergotherapeut.',
      versie: a.versie,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().termijnen).toEqual({
      beschikkingUiterlijk: '2026-07-06',
      wettelijkUiterlijk: '2026-06-15',
    });
    expect(res.json().verdaging).toEqual({
      op: '2026-06-10',
      reden: 'Wij wachten op het advies van de ergotherapeut.',
    });
    const lijst = (
      await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen?persoon=${a.persoonId}` })
    ).json();
    expect(lijst.items[0].termijnen.beschikkingUiterlijk).toBe('2026-07-06');
    expect(lijst.items[0].dagenOver).toBe(26);
    const brief = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen/${a.id}/verdaging/brief` })).rawPayload,
    );
    expect(brief).toContain('artikel 4:14');
    expect(brief).toContain('6 juli 2026');
    expect(brief).toContain('ergotherapeut');

    // A second verdaging in weeks, from the new date: ma 6 juli + 2 weken = ma 20 juli.
    const weken = await verdaag(a.id, { termijn: 2, reden: 'Nog geen advies.', versie: res.json().versie });
    expect(weken.statusCode, weken.body).toBe(200);
    expect(weken.json().termijnen.beschikkingUiterlijk).toBe('2026-07-20');
    // An opschorting after a verdaging lengthens the agreed date: 3 days → do 23 juli.
    const op = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/opschortingen`,
      payload: { reden: 'aanvulling', van: '2026-06-11', tot: '2026-06-14' },
    });
    expect(op.statusCode, op.body).toBe(201);
    expect(op.json().termijnen.beschikkingUiterlijk).toBe('2026-07-23');
  });

  it('weigert een verdaging na het einde van de termijn, een eerdere datum, of beide of geen van beide', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Verdagingfout'); // uiterlijk ma 15 juni
    setToday('2026-06-12');
    const gevallen: Array<[Record<string, unknown>, string]> = [
      [{ nieuweDatum: '2026-06-15' }, 'niet-later'],
      [{ nieuweDatum: '2026-06-10' }, 'niet-later'],
      [{ nieuweDatum: '2026-07-01', termijn: 2 }, 'een-van-beide'],
      [{}, 'een-van-beide'],
    ];
    for (const [invoer, code] of gevallen) {
      const res = await verdaag(a.id, { ...invoer, reden: 'Reden.', versie: a.versie });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: 'nieuweDatum', code })]);
    }
    setToday('2026-06-16');
    const laat = await verdaag(a.id, { nieuweDatum: '2026-07-01', reden: 'Te laat.', versie: a.versie });
    expect(laat.statusCode).toBe(400);
    expect(laat.json().invalidParams[0]).toMatchObject({ name: 'nieuweDatum', code: 'termijn-verstreken' });
    const oud = await verdaag(a.id, { nieuweDatum: '2026-07-01', reden: 'Oud.', versie: a.versie + 5 });
    expect(oud.statusCode).toBe(409);
    expect((await aanvraag(a.id)).termijnen.beschikkingUiterlijk).toBe('2026-06-15');
    expect((await aanvraag(a.id)).verdaging).toBeNull();
    expect(
      (await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen/${a.id}/verdaging/brief` })).statusCode,
    ).toBe(404);
  });

  it('stelt de dwangsom vast als die is afgelopen (Awb 4:18): brief met bedrag en dagen; eenmalig', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Dwangsombrief'); // uiterlijk ma 15 juni
    setToday('2026-06-20');
    const ib = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/ingebrekestellingen`,
      payload: { ontvangstdatum: '2026-06-20' },
    }); // dwangsom vanaf 5 juli
    expect(ib.statusCode, ib.body).toBe(201);
    const vaststellen = async () =>
      t.api(bo, {
        method: 'POST',
        url: `/api/v1/aanvragen/${a.id}/dwangsom/vaststelling`,
        payload: { versie: (await aanvraag(a.id)).versie },
      });
    setToday('2026-07-10');
    const loopt = await vaststellen();
    expect(loopt.statusCode).toBe(409);
    expect(loopt.json().code).toBe('dwangsom-loopt');

    setToday('2026-08-20');
    const res = await vaststellen();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      vastgesteldOp: '2026-08-20',
      vanaf: '2026-07-05',
      laatsteDag: '2026-08-15',
      dagen: 42,
      bedrag: 1442,
      vaststellingUiterlijk: '2026-08-31',
    });
    const brief = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen/${a.id}/dwangsom/brief` })).rawPayload,
    );
    expect(brief).toContain('artikel 4:18');
    expect(brief).toContain('€ 1.442,00');
    expect(brief).toContain('42 dagen');
    expect(brief).toContain('15 augustus 2026');
    expect((await vaststellen()).statusCode).toBe(409);
    // The aanvraag tells the screen that the dwangsom is fixed (the letter link replaces the button).
    expect((await aanvraag(a.id)).ingebrekestelling).toMatchObject({
      ontvangstdatum: '2026-06-20',
      vastgesteldOp: '2026-08-20',
      dwangsom: { dagen: 42, bedrag: 1442, afgelopen: true },
    });
    // Refusals name dates the Dutch way, not as ISO dates.
    expect((await vaststellen()).json().detail).toBe('De dwangsom is op 20 augustus 2026 al vastgesteld.');
  });

  it('de klachtcoördinator houdt de klachten bij en verdaagt ze; een toegangsmedewerker niet', async () => {
    setToday('2026-06-02');
    const kc = await t.login('klachtcoordinator');
    const k = await t.api(kc, {
      method: 'POST',
      url: '/api/v1/klachten',
      payload: {
        ontvangstdatum: '2026-06-01',
        klachtadviescommissie: false,
        omschrijving: 'Niet teruggebeld.',
      },
    });
    expect(k.statusCode, k.body).toBe(201);
    expect((await t.api(kc, { method: 'GET', url: '/api/v1/klachten?status=open' })).statusCode).toBe(200);
    const v = await t.api(kc, {
      method: 'POST',
      url: `/api/v1/klachten/${k.json().id}/verdaging`,
      payload: { reden: 'Wij horen eerst de consulent.', versie: k.json().versie },
    });
    expect(v.statusCode, v.body).toBe(200);
    expect((await t.api(tm, { method: 'GET', url: '/api/v1/klachten' })).statusCode).toBe(403);
    // The klachtcoördinator sees no aanvragen or beschikkingen: only the klachten.
    expect((await t.api(kc, { method: 'GET', url: '/api/v1/aanvragen' })).statusCode).toBe(403);
  });
});
