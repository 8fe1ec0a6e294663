import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

describe.each(DB_KINDS)('sociale kaart: zoeken, beheren, kiezen in de triage (%s)', (kind) => {
  let t: TestApp;
  let kcc: Session;

  beforeAll(async () => {
    t = await createTestApp(kind);
    kcc = await t.login('kcc');
  });
  afterAll(() => t?.close());

  describe('sociale kaart', () => {
    const zoek = async (q: string) => {
      const res = await t.api(kcc, { method: 'GET', url: `/api/v1/sociale-kaart?${q}` });
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as Array<{ naam: string }>).map((v) => v.naam);
    };

    it('vindt voorzieningen op vraagwoorden, ook met een andere woordvorm', async () => {
      expect(await zoek('zoek=eenzaam')).toEqual(
        expect.arrayContaining(['Buurtkamer Rivierenwijk', 'Wandelgroep Colmschate']),
      );
      expect(await zoek(`zoek=${encodeURIComponent('schulden')}`)).toEqual(
        expect.arrayContaining(['Geldzaken-spreekuur', 'Thuisadministratie door vrijwilligers']),
      );
      expect(await zoek('zoek=maaltijden')).toEqual(['Maaltijdservice']);
      // Punctuation and tsquery syntax in the question are just separators.
      expect(await zoek(`zoek=${encodeURIComponent("schulden & ! (') :*")}`)).toContain(
        'Geldzaken-spreekuur',
      );
    });

    it('filtert op wijk: voorzieningen voor die wijk en voor de hele gemeente', async () => {
      const g = await zoek('wijk=G');
      expect(g).toContain('Buurtkamer Rivierenwijk');
      expect(g).toContain('Geldzaken-spreekuur');
      expect(g).not.toContain('Wandelgroep Colmschate');
      expect(await zoek('zoek=eenzaam&wijk=H')).toEqual(['Wandelgroep Colmschate']);
    });

    it('beheer voegt een voorziening toe; een onbekende wijk is een veldfout; kcc mag niet beheren', async () => {
      const beheer = await t.login('beheer');
      const body = {
        naam: 'Repair Café Voorstad',
        aanbieder: 'Buurtvereniging Voorstad',
        soort: 'algemeen',
        omschrijving: 'Samen kapotte spullen repareren.',
        voorWie: 'Iedereen.',
        bereikbaarheid: 'Elke eerste zaterdag van de maand.',
        kosteloos: true,
        wijken: ['D'],
        leefgebieden: ['sociaal-netwerk'],
        trefwoorden: 'repareren ontmoeten',
      };
      const fout = await t.api(beheer, {
        method: 'POST',
        url: '/api/v1/sociale-kaart',
        payload: { ...body, wijken: ['Z'] },
      });
      expect(fout.statusCode).toBe(400);
      expect(fout.json().invalidParams[0]).toMatchObject({ name: 'wijken.0', code: 'onbekende-wijk' });
      const ok = await t.api(beheer, { method: 'POST', url: '/api/v1/sociale-kaart', payload: body });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({ partnerId: null, wijken: ['D'], versie: 1 });
      expect(await zoek('zoek=repareren')).toEqual(['Repair Café Voorstad']);
      const geen = await t.api(kcc, { method: 'POST', url: '/api/v1/sociale-kaart', payload: body });
      expect(geen.statusCode).toBe(403);
    });
  });

  describe('triage: doorverwijzing naar een voorziening van de sociale kaart', () => {
    it('de verwijzing krijgt de naam van de gekozen voorziening; een onbekende voorziening is een veldfout', async () => {
      const kaart = (
        await t.api(kcc, { method: 'GET', url: '/api/v1/sociale-kaart?zoek=boodschappen' })
      ).json();
      const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn() }));
      const fout = await t.api(kcc, {
        method: 'POST',
        url: `/api/v1/meldingen/${m.id}/triage`,
        payload: {
          versie: m.versie,
          uitkomst: 'doorverwijzing',
          socialeKaartId: '11111111-1111-4111-8111-111111111111',
        },
      });
      expect(fout.statusCode).toBe(400);
      expect(fout.json().invalidParams[0]).toMatchObject({
        name: 'socialeKaartId',
        code: 'onbekende-voorziening',
      });
      const ok = await t.api(kcc, {
        method: 'POST',
        url: `/api/v1/meldingen/${m.id}/triage`,
        payload: {
          versie: m.versie,
          uitkomst: 'doorverwijzing',
          socialeKaartId: kaart[0].id,
          // Closing without onderzoek needs the resident's choice (Awb module, Wmo 2015 art. 2.3.2).
          afzienVanOnderzoek: { op: m.ontvangstdatum, wijze: 'telefonisch', geinformeerdDoor: 'KCC' },
        },
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({
        triage: { verwijzing: 'Boodschappenhulp door vrijwilligers (Raster)' },
      });
      const { rows } = await t.database.db.systemQuery<{ sociale_kaart_id: string }>(
        'SELECT sociale_kaart_id FROM meldingen WHERE id = $1',
        [m.id],
      );
      expect(rows[0]!.sociale_kaart_id).toBe(kaart[0].id);
    });
  });
});
