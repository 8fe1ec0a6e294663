import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { meldingInOnderzoek } from '../support/onderzoek.ts';

interface Zaak {
  huishouden: { id: string; naam: string };
  fase: string | null;
  volgendeTermijn: string | null;
  zaak: { soort: string; id: string; kenmerk: string | null } | null;
}

/** Issue 15: mijn zaken, the start page's task counts and the four-eyes worklist. */
describe.each(DB_KINDS)('werklijsten: mijn zaken, taken, te controleren (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('mijn zaken: fase en volgende termijn per huishouden, vroegste termijn eerst', async () => {
    const { consulent, melding } = await meldingInOnderzoek(t, 'Zaakonderzoek', '2026-05-25');
    const a = await aanvraagVoor(t, 'Zaakaanvraag', '2026-05-28');
    const zaken: Zaak[] = (await t.api(consulent, { method: 'GET', url: '/api/v1/mijn-zaken' })).json();
    const onderzoek = zaken.find((z) => z.zaak?.id === melding.id);
    expect(onderzoek?.fase).toBe('onderzoek');
    expect(onderzoek?.volgendeTermijn).toMatch(/^2026-07-/);
    const aanvraag = zaken.find((z) => z.zaak?.soort === 'aanvraag' && z.zaak.id === a.melding.id);
    expect(aanvraag?.fase).toBe('aanvraag');
    // The beschikking is due two weeks after the aanvraag (Wmo 2.3.5 lid 1).
    expect(aanvraag?.volgendeTermijn).toBe('2026-06-11');
    const termijnen = zaken.map((z) => z.volgendeTermijn ?? '9999-12-31');
    expect(termijnen).toEqual([...termijnen].sort());

    // A concept beschikking moves the household to the phase beschikking.
    const producten: ProductRef[] = (
      await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const concept = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Hulp nodig.',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders[0]!.id,
            ingangsdatum: '2026-06-01',
            einddatum: '2026-08-15',
          },
        ],
      },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const na: Zaak[] = (await t.api(consulent, { method: 'GET', url: '/api/v1/mijn-zaken' })).json();
    expect(na.find((z) => z.huishouden.id === aanvraag!.huishouden.id)?.fase).toBe('beschikking');

    // Four eyes: the drafter does not see it to check, a colleague does; counts agree.
    const eigen = (await t.api(bo, { method: 'GET', url: '/api/v1/te-controleren' })).json();
    expect(eigen.map((b: { id: string }) => b.id)).not.toContain(concept.json().id);
    const collega = (await t.api(bo2, { method: 'GET', url: '/api/v1/te-controleren' })).json();
    expect(collega.map((b: { id: string }) => b.id)).toContain(concept.json().id);
    expect(collega[0].persoon.naam).toContain('Zaakaanvraag');
    const taken = (await t.api(bo2, { method: 'GET', url: '/api/v1/mijn-taken' })).json();
    expect(taken.find((x: { code: string }) => x.code === 'te-controleren').aantal).toBe(collega.length);

    // Fixed: the levering runs and ends within three months, so herindicatie is what comes next.
    await stelVast(t, bo2, concept.json());
    const later: Zaak[] = (await t.api(consulent, { method: 'GET', url: '/api/v1/mijn-zaken' })).json();
    const h = later.find((z) => z.huishouden.id === aanvraag!.huishouden.id);
    expect(h?.fase).toBe('herindicatie');
    expect(h?.volgendeTermijn).toBe('2026-08-15');
    expect((await t.api(bo2, { method: 'GET', url: '/api/v1/te-controleren' })).json()).not.toContainEqual(
      expect.objectContaining({ id: concept.json().id }),
    );
  });

  it('taken per rol: alleen wat de rol mag openen', async () => {
    const codes = async (s: Session) =>
      ((await t.api(s, { method: 'GET', url: '/api/v1/mijn-taken' })).json() as Array<{ code: string }>).map(
        (x) => x.code,
      );
    expect(await codes(await t.login('toegangsmedewerker'))).toEqual([
      'te-trieren',
      'te-onderzoeken',
      'termijnen-deze-week',
    ]);
    expect(await codes(bo)).toEqual(['te-beschikken', 'te-controleren', 'verzoeken']);
    expect(await codes(await t.login('auditor'))).toEqual(['privacyverzoeken']);
    expect(await codes(await t.login('beleid'))).toEqual([]);
    const tm = await t.login('toegangsmedewerker');
    const telling = (await t.api(tm, { method: 'GET', url: '/api/v1/mijn-taken' })).json();
    expect(telling.find((x: { code: string }) => x.code === 'te-onderzoeken').aantal).toBeGreaterThan(0);
    // Mijn zaken is for caseworkers; the backoffice gets 403.
    expect((await t.api(bo, { method: 'GET', url: '/api/v1/mijn-zaken' })).statusCode).toBe(403);
  });
});
