import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { type ProductRef, stelOpEnVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { regelcheck, xmllintValideer } from '../support/iwmo.ts';
import { volledigeStappen } from '../support/onderzoek.ts';

/**
 * Spoed (Wmo 2.3.3): the tijdelijke maatwerkvoorziening ends by itself when the regular decision
 * takes effect — the day before its first day, with RedenWijziging 05 in one WMO301.
 */
describe.each(DB_KINDS)('spoed eindigt met het reguliere besluit (%s)', (kind) => {
  let t: TestApp;
  let tm: Session;
  let bo: Session;
  let bo2: Session;

  beforeAll(async () => {
    setToday('2026-06-02');
    t = await createTestApp(kind);
    tm = await t.login('toegangsmedewerker');
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('ends the spoed voorziening and its toewijzing the day before the regular one starts', async () => {
    setToday('2026-06-02');
    const kcc = await t.login('kcc');
    const m = await registreer(
      t,
      kcc,
      nieuweMelding(
        { ontvangstdatum: '2026-06-01', spoed: true, spoedToelichting: 'Alleen thuis na opname.' },
        { bsn: volgendBsn(), achternaam: 'Spoedeinde' },
      ),
    );
    const tr = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: {
        versie: m.versie,
        uitkomst: 'onderzoek',
        behandelaarId: await medewerkerId(t, 'toegangsmedewerker'),
      },
    });
    expect(tr.statusCode, tr.body).toBe(200);
    const producten: ProductRef[] = (
      await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const regel = (ingangsdatum: string, einddatum: string | null, motivering: string) => ({
      besluit: 'toekenning',
      motivering,
      productId: hbh.id,
      volume: 3,
      leveringsvorm: 'zin',
      aanbiederId: hbh.aanbieders[0]!.id,
      ingangsdatum,
      ...(einddatum ? { einddatum } : {}),
    });

    const os = await t.api(tm, { method: 'POST', url: '/api/v1/onderzoeken', payload: { meldingId: m.id } });
    expect(os.statusCode, os.body).toBe(201);
    const o = os.json();
    const sa = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-02', spoed: true, omschrijving: 'Tijdelijke hulp' },
    });
    expect(sa.statusCode, sa.body).toBe(201);
    const spoed = await stelOpEnVast(
      t,
      bo,
      bo2,
      `/api/v1/aanvragen/${sa.json().id}/beschikkingen`,
      { voorzieningen: [regel('2026-06-03', '2026-08-31', 'Spoed (Wmo 2.3.3).')] },
      '2026-06-02',
    );

    // The onderzoek ends; the regular aanvraag and its beschikking, starting 15 June.
    setToday('2026-06-10');
    const o2 = (
      await t.api(tm, {
        method: 'PATCH',
        url: `/api/v1/onderzoeken/${o.id}`,
        payload: { versie: o.versie, stappen: volledigeStappen(true) },
      })
    ).json();
    const af = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o2.id}/afronding`,
      payload: {
        versie: o2.versie,
        ladderUitkomst: 'maatwerk',
        samenvatting: 'Hulp nodig.',
        vervolg: 'Aanvraag.',
      },
    });
    expect(af.statusCode, af.body).toBe(200);
    const ra = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-10' },
    });
    expect(ra.statusCode, ra.body).toBe(201);
    await stelOpEnVast(
      t,
      bo,
      bo2,
      `/api/v1/aanvragen/${ra.json().id}/beschikkingen`,
      { voorzieningen: [regel('2026-06-15', '2027-06-14', 'Na onderzoek: een jaar.')] },
      '2026-06-10',
    );

    const na = (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${spoed.id}` })).json();
    expect(na.voorzieningen[0]).toMatchObject({ einddatum: '2026-08-31', beeindigdOp: '2026-06-14' });
    const berichten = (
      await t.api(bo, {
        method: 'GET',
        url: `/api/v1/iwmo-berichten?persoon=${spoed.persoon.id}&richting=uit`,
      })
    ).json().items as Array<{ id: string; berichtcode: string }>;
    expect(berichten.map((x) => x.berichtcode)).toEqual(['WMO301', 'WMO301']);
    const xmls = await Promise.all(
      berichten.map(
        async (b) => (await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten/${b.id}` })).body,
      ),
    );
    // One of them carries both: the spoed toewijzing shortened (05) and the new one.
    const beide = xmls.find((x) => /RedenWijziging>05</.test(x));
    expect(beide, 'WMO301 met de verkorte spoedtoewijzing').toBeDefined();
    expect(beide).toMatch(/Einddatum>2026-06-14</);
    expect(beide).toMatch(/Ingangsdatum>2026-06-15</);
    expect(xmllintValideer(beide!).geldig).toBe(true);
    expect(regelcheck(beide!).fouten).toEqual([]);
  });
});
