import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/** Afzien van onderzoek (Wmo 2.3.2 lid 1): a melding closes without onderzoek only by the resident's choice. */
describe.each(DB_KINDS)('afzien van onderzoek (%s)', (kind) => {
  let t: TestApp;
  let kcc: Session;

  beforeAll(async () => {
    setToday('2026-06-03');
    t = await createTestApp(kind);
    kcc = await t.login('kcc');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('without the recorded choice the melding stays open with its clock; with it, it closes', async () => {
    const m = await registreer(
      t,
      kcc,
      nieuweMelding({ ontvangstdatum: '2026-06-01' }, { bsn: volgendBsn(), achternaam: 'Afzien' }),
    );
    const triage = (extra: Record<string, unknown>) =>
      t.api(kcc, {
        method: 'POST',
        url: `/api/v1/meldingen/${m.id}/triage`,
        payload: { versie: m.versie, uitkomst: 'doorverwijzing', verwijzing: 'Buurtteam', ...extra },
      });
    const zonder = await triage({});
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().invalidParams[0]).toMatchObject({
      name: 'afzienVanOnderzoek',
      code: 'afzien-nodig',
    });
    const open = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json();
    expect(open).toMatchObject({ status: 'nieuw', versie: m.versie, afzienVanOnderzoek: null });
    expect(open.termijnen.onderzoekUiterlijk).toBe('2026-07-13');

    const toekomst = await triage({
      afzienVanOnderzoek: { op: '2026-06-04', wijze: 'telefonisch', geinformeerdDoor: 'KCC' },
    });
    expect(toekomst.statusCode).toBe(400);

    const met = await triage({
      afzienVanOnderzoek: { op: '2026-06-02', wijze: 'telefonisch', geinformeerdDoor: 'K. Claassen, KCC' },
    });
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json()).toMatchObject({
      status: 'afgesloten',
      afzienVanOnderzoek: { op: '2026-06-02', wijze: 'telefonisch', geinformeerdDoor: 'K. Claassen, KCC' },
    });
  });

  it('an ongeboren kind joins the household with its expected birth date; a past or far date is refused', async () => {
    const m = await registreer(
      t,
      kcc,
      nieuweMelding({ ontvangstdatum: '2026-06-01' }, { bsn: volgendBsn(), achternaam: 'Verwachting' }),
    );
    const url = `/api/v1/huishoudens/${m.huishoudenId}/verwachte-kinderen`;
    const verleden = await t.api(kcc, {
      method: 'POST',
      url,
      payload: { verwachteGeboortedatum: '2026-06-02' },
    });
    expect(verleden.statusCode).toBe(400);
    expect(verleden.json().invalidParams[0]).toMatchObject({
      name: 'verwachteGeboortedatum',
      code: 'in-verleden',
    });
    const ver = await t.api(kcc, { method: 'POST', url, payload: { verwachteGeboortedatum: '2027-06-01' } });
    expect(ver.json().invalidParams[0]).toMatchObject({ code: 'te-ver-vooruit' });
    const ok = await t.api(kcc, {
      method: 'POST',
      url,
      payload: {
        verwachteGeboortedatum: '2026-12-15',
        toelichting: 'Tweede kind; plan houdt rekening met kraamzorg.',
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().verwachteKinderen).toEqual([
      expect.objectContaining({ verwachteGeboortedatum: '2026-12-15', geborenPersoonId: null }),
    ]);
    const h = (await t.api(kcc, { method: 'GET', url: `/api/v1/huishoudens/${m.huishoudenId}` })).json();
    expect(h.verwachteKinderen).toHaveLength(1);
  });
});
