import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/**
 * Issue 15, item 2: all errors at once. One request with every kind of wrong field (schema,
 * dates against today and each other, what only the database knows) gets every field back in one
 * problem+json; before, the melding needed four submits and the beschikking three.
 */
describe.each(DB_KINDS)('alle fouten in één antwoord (%s)', (kind) => {
  let t: TestApp;
  let kcc: Session;
  let bo: Session;
  let bo2: Session;
  let producten: ProductRef[];
  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    kcc = await t.login('kcc');
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    producten = (await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })).json();
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const namen = (res: { json(): { invalidParams?: Array<{ name: string }> } }) =>
    (res.json().invalidParams ?? []).map((p) => p.name).sort();

  const aantalMeldingen = async () =>
    (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ n: number }>('SELECT count(*)::int AS n FROM meldingen'),
      )
    ).rows[0]!.n;

  it('melding: schemafouten, datums en een bekend BSN komen samen terug, en er wordt niets opgeslagen', async () => {
    const bekend = volgendBsn();
    await registreer(t, kcc, nieuweMelding({}, { bsn: bekend, achternaam: 'Bekend' }));
    const voor = await aantalMeldingen();
    const res = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/meldingen',
      payload: nieuweMelding(
        {
          hulpvraag: '',
          kanaal: 'fax',
          ontvangstdatum: '2026-06-10',
          persoonlijkPlanOntvangenOp: '2026-06-20',
        },
        { bsn: bekend, geboortedatum: '2026-06-05', achternaam: 'Alles' },
      ),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(namen(res)).toEqual(
      [
        'hulpvraag',
        'kanaal',
        'ontvangstdatum',
        'persoonlijkPlanOntvangenOp',
        'nieuwePersoon.bsn',
        'nieuwePersoon.geboortedatum',
      ].sort(),
    );
    expect(await aantalMeldingen()).toBe(voor);
  });

  it('melding zonder schemafouten: alle controles van de use case in één antwoord', async () => {
    const bekend = volgendBsn();
    await registreer(t, kcc, nieuweMelding({}, { bsn: bekend, achternaam: 'Bekend2' }));
    const res = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/meldingen',
      payload: nieuweMelding(
        { ontvangstdatum: '2026-06-10', persoonlijkPlanOntvangenOp: '2026-06-20' },
        { bsn: bekend, geboortedatum: '1950-01-01', achternaam: 'Alles2' },
      ),
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(namen(res)).toEqual(['nieuwePersoon.bsn', 'ontvangstdatum', 'persoonlijkPlanOntvangenOp']);
  });

  it('beschikking opstellen, wijzigen en vaststellen: schema- en databasefouten samen', async () => {
    const a = await aanvraagVoor(t, 'Allefouten');
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const zonderContract = producten
      .flatMap((p) => p.aanbieders)
      .find((x) => !hbh.aanbieders.some((y) => y.id === x.id))!;
    expect(zonderContract).toBeDefined();
    const regel = {
      besluit: 'toekenning',
      motivering: 'Nodig.',
      productId: hbh.id,
      volume: 3,
      leveringsvorm: 'zin',
      aanbiederId: hbh.aanbieders[0]!.id,
      ingangsdatum: '2026-06-15',
      einddatum: '2027-06-14',
    };
    const fout = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: {
        voorzieningen: [
          { ...regel, volume: -1, aanbiederId: zonderContract.id },
          { ...regel, productId: randomUUID() },
          { ...regel, productId: null },
        ],
      },
    });
    expect(fout.statusCode, fout.body).toBe(400);
    expect(namen(fout)).toEqual([
      'voorzieningen.0.aanbiederId',
      'voorzieningen.0.volume',
      'voorzieningen.1.productId',
      'voorzieningen.2.productId',
    ]);

    const concept = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: { voorzieningen: [regel] },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const b = concept.json();

    const wijzig = await t.api(bo, {
      method: 'PUT',
      url: `/api/v1/beschikkingen/${b.id}`,
      payload: {
        versie: 'een',
        voorzieningen: [
          { ...regel, motivering: 7 },
          { ...regel, aanbiederId: zonderContract.id },
        ],
      },
    });
    expect(wijzig.statusCode, wijzig.body).toBe(400);
    expect(namen(wijzig)).toEqual(['versie', 'voorzieningen.0.motivering', 'voorzieningen.1.aanbiederId']);

    const vast = await t.api(bo2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${b.id}/vaststelling`,
      payload: { besluitdatum: '2026-06-10', bekendgemaaktOp: '2026-06-05' },
    });
    expect(vast.statusCode, vast.body).toBe(400);
    expect(namen(vast)).toEqual(['bekendgemaaktOp', 'besluitdatum', 'versie']);

    const vast2 = await t.api(bo2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${b.id}/vaststelling`,
      payload: { versie: b.versie, besluitdatum: '2026-06-10', bekendgemaaktOp: '2026-06-05' },
    });
    expect(namen(vast2)).toEqual(['bekendgemaaktOp', 'besluitdatum']);
  });
});
