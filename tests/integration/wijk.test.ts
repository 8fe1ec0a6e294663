import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

describe.each(DB_KINDS)('preventie in de wijk (%s)', (kind) => {
  let t: TestApp;
  let beleid: Session;
  let tm: Session;
  let kcc: Session;
  /** partners.id by name. */
  let partnerId: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(kind);
    beleid = await t.login('beleid');
    tm = await t.login('toegangsmedewerker');
    kcc = await t.login('kcc');
    const { rows } = await t.database.db.systemQuery<{ id: string; naam: string }>(
      'SELECT id, naam FROM partners',
    );
    partnerId = Object.fromEntries(rows.map((r) => [r.naam, r.id]));
  });
  afterAll(() => t?.close());

  describe('signalen over een wijk', () => {
    it('toegang registreert een signaal; het bord per wijk toont het, ook aan een partner', async () => {
      const res = await t.api(tm, {
        method: 'POST',
        url: '/api/v1/signalen',
        payload: {
          wijk: 'K',
          thema: 'sociaal-netwerk',
          titel: 'Ouderen in Diepenveen missen de bus naar het dorpshuis',
          omschrijving: 'Sinds de dienstregeling veranderde komen ouderen niet meer bij de soos.',
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const s = res.json();
      expect(s).toMatchObject({ wijk: { code: 'K', naam: 'Diepenveen' }, bron: 'toegang', status: 'nieuw' });
      const bord = await t.api(kcc, { method: 'GET', url: '/api/v1/signalen?wijk=K' });
      expect(bord.json().map((x: { id: string }) => x.id)).toContain(s.id);
      // The partner's view of the shared board (row-level security for the partner kind).
      const raster = await t.login('raster');
      const doorPartner = await t.api(raster, { method: 'GET', url: '/api/v1/signalen?wijk=K' });
      expect(doorPartner.statusCode, doorPartner.body).toBe(200);
      expect(doorPartner.json().map((x: { id: string }) => x.id)).toContain(s.id);
      // A partner's signal names the partner; the board shows it to toegang.
      const vanRaster = await t.api(raster, {
        method: 'POST',
        url: '/api/v1/signalen',
        payload: {
          wijk: 'K',
          thema: 'sociaal-netwerk',
          titel: 'Soos zoekt vrijwilligers',
          omschrijving: 'Zonder namen.',
        },
      });
      expect(vanRaster.statusCode, vanRaster.body).toBe(201);
      expect(vanRaster.json()).toMatchObject({
        bron: 'partner',
        bronPartner: partnerId.Raster,
        bronNaam: 'Raster',
      });
      expect(s).toMatchObject({ bronPartner: null, bronNaam: 'Toegang Deventer' });

      const op = await t.api(tm, {
        method: 'POST',
        url: `/api/v1/signalen/${s.id}/opvolging`,
        payload: { status: 'opgepakt', opvolging: 'Raster start een vrijwilligersvervoer.', versie: 1 },
      });
      expect(op.json()).toMatchObject({ status: 'opgepakt', versie: 2 });
      const oud = await t.api(tm, {
        method: 'POST',
        url: `/api/v1/signalen/${s.id}/opvolging`,
        payload: { status: 'afgesloten', versie: 1 },
      });
      expect(oud.statusCode).toBe(409);
    });

    it('een signaal over een persoon loopt via de verwijzing; een onbekende wijk is een veldfout', async () => {
      const basis = { thema: 'financien', titel: 'Zorgen', omschrijving: 'Zorgen over geld.' };
      const persoon = await t.api(tm, {
        method: 'POST',
        url: '/api/v1/signalen',
        payload: { ...basis, persoonId: '11111111-1111-4111-8111-111111111111' },
      });
      expect(persoon.statusCode).toBe(400);
      expect(persoon.json().invalidParams[0]).toMatchObject({
        name: 'persoonId',
        code: 'signaal-over-persoon',
      });
      const wijk = await t.api(tm, {
        method: 'POST',
        url: '/api/v1/signalen',
        payload: { ...basis, wijk: 'ZZ' },
      });
      expect(wijk.json().invalidParams[0]).toMatchObject({ name: 'wijk', code: 'onbekende-wijk' });
      const leeg = await t.api(tm, { method: 'POST', url: '/api/v1/signalen', payload: basis });
      expect(leeg.json().invalidParams[0]).toMatchObject({ name: 'wijk', code: 'verplicht' });
    });
  });

  describe('activiteiten, indicatoren en subsidie', () => {
    it('een partner registreert activiteiten; een andere partner ziet ze niet, de gemeente wel', async () => {
      const raster = await t.login('raster');
      const res0 = await t.api(raster, {
        method: 'POST',
        url: '/api/v1/activiteiten',
        payload: {
          wijk: 'M',
          soort: 'groep',
          naam: 'Koffieochtend Okkenbroek',
          periodeVan: '2023-04-01',
          periodeTot: '2023-06-30',
          bijeenkomsten: 12,
          deelnemers: 17,
          nieuweDeelnemers: 4,
        },
      });
      expect(res0.statusCode, res0.body).toBe(201);
      const a = res0.json();
      expect(a).toMatchObject({
        wijk: { code: 'M' },
        deelnemers: 17,
        partner: { id: partnerId.Raster, naam: 'Raster' },
      });
      const kern = await t.api(await t.login('dekern'), {
        method: 'GET',
        url: '/api/v1/activiteiten?wijk=M',
      });
      expect(kern.json()).toEqual([]);
      const res = await t.api(beleid, { method: 'GET', url: '/api/v1/activiteiten?wijk=M' });
      expect(res.json().map((x: { id: string }) => x.id)).toContain(a.id);
      const medewerker = await t.api(tm, { method: 'POST', url: '/api/v1/activiteiten', payload: {} });
      expect(medewerker.statusCode).toBe(403);
    });

    it('indicatoren van een kwartaal uit de registraties komen overeen met de handberekening', async () => {
      // Fixture: MEE in 2023 Q2. Activities: 10 (A) + 15 (A) + 20 (N) in Q2, 99 in Q3 (not counted).
      const mee = await t.login('mee');
      const meeId = partnerId['MEE IJsseloevers']!;
      for (const [wijk, van, deelnemers] of [
        ['A', '2023-04-03', 10],
        ['A', '2023-05-01', 15],
        ['N', '2023-06-30', 20],
        ['N', '2023-07-01', 99],
      ] as const) {
        const r = await t.api(mee, {
          method: 'POST',
          url: '/api/v1/activiteiten',
          payload: {
            wijk,
            soort: 'spreekuur',
            naam: `Spreekuur ${van}`,
            periodeVan: van,
            periodeTot: van,
            bijeenkomsten: 1,
            deelnemers,
            nieuweDeelnemers: 0,
          },
        });
        expect(r.statusCode, r.body).toBe(201);
      }
      for (const datum of ['2023-04-15', '2023-06-01', '2023-03-31']) {
        const r = await t.api(mee, {
          method: 'POST',
          url: '/api/v1/signalen',
          payload: {
            wijk: 'N',
            thema: 'sociaal-netwerk',
            titel: `Signaal ${datum}`,
            omschrijving: 'Zonder namen.',
            datum,
          },
        });
        expect(r.statusCode, r.body).toBe(201);
      }
      // Four referrals to MEE through the API, then dated in 2023 (the registrations of the fixture):
      //   v1 referred 04-03, accepted 04-05 (2 days), closed 05-10 'opgelost';
      //   v2 referred 05-02, accepted 05-09 (7 days), closed 06-20 'niet-bereikt';
      //   v3 referred 06-29, not picked up yet;
      //   v4 referred 03-30 (Q1), accepted 03-31, closed 04-20 'opgelost'.
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn() }));
        const v = await t.api(kcc, {
          method: 'POST',
          url: '/api/v1/verwijzingen',
          payload: {
            meldingId: m.id,
            partnerId: meeId,
            dienst: 'clientondersteuning',
            reden: 'Hulp bij het gesprek met de gemeente.',
            toestemming: { gegeven: true, wijze: 'mondeling', datum: today(), gegevens: ['contactgegevens'] },
          },
        });
        expect(v.statusCode, v.body).toBe(201);
        ids.push(v.json().id);
      }
      await t.database.db.systemTransaction(async (tx) => {
        const zet = (
          id: string,
          verwezen: string,
          geaccepteerd: string | null,
          afgesloten: string | null,
          uitkomst: string | null,
        ) =>
          tx.query(
            `UPDATE verwijzingen SET verwezen_op = $2, geaccepteerd_op = $3, afgesloten_op = $4, uitkomst = $5,
               teruggekoppeld_op = CASE WHEN $5::text IS NULL THEN NULL ELSE $4::timestamptz END,
               status = CASE WHEN $5::text IS NOT NULL THEN 'afgerond' WHEN $3::timestamptz IS NOT NULL THEN 'geaccepteerd' ELSE 'nieuw' END
             WHERE id = $1`,
            [id, verwezen, geaccepteerd, afgesloten, uitkomst],
          );
        await zet(ids[0]!, '2023-04-03 09:00+02', '2023-04-05 10:00+02', '2023-05-10 12:00+02', 'opgelost');
        await zet(
          ids[1]!,
          '2023-05-02 09:00+02',
          '2023-05-09 10:00+02',
          '2023-06-20 12:00+02',
          'niet-bereikt',
        );
        await zet(ids[2]!, '2023-06-29 23:30+02', null, null, null);
        await zet(ids[3]!, '2023-03-30 09:00+02', '2023-03-31 10:00+02', '2023-04-20 12:00+02', 'opgelost');
        // An opdracht for 2023 with targets.
        const { rows } = await tx.query<{ id: string }>(
          `INSERT INTO opdrachten (gemeente_code, partner_id, jaar, subsidie_cent, fte, fte_naar_gemeente)
           VALUES ('0150', $1, 2023, 97958800, 8.10, 3.30) RETURNING id`,
          [meeId],
        );
        await tx.query(
          `INSERT INTO opdracht_indicatoren (gemeente_code, opdracht_id, code, streefwaarde)
           VALUES ('0150', $1, 'bereik', 40), ('0150', $1, 'wijken-bereikt', 3)`,
          [rows[0]!.id],
        );
      });
      // By hand: verwijzingen ontvangen 3 (v1, v2, v3); within 5 days 1 of 3 = 33,3 %; closed in Q2 with
      // an outcome 3 (v1, v2, v4), solved 2 = 66,7 %; activiteiten 3; bereik 45 (target 40: met);
      // wijken 2 (A, N; target 3: not met); wijksignalen 2.
      const res = await t.api(beleid, {
        method: 'GET',
        url: `/api/v1/partners/${meeId}/indicatoren?jaar=2023&kwartaal=2`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(
        Object.fromEntries(
          body.indicatoren.map((w: { code: string; gemeten: number | null; gehaald: boolean | null }) => [
            w.code,
            [w.gemeten, w.gehaald],
          ]),
        ),
      ).toEqual({
        'verwijzingen-ontvangen': [3, null],
        'verwijzingen-binnen-termijn': [33.3, null],
        'aandeel-opgelost': [66.7, null],
        activiteiten: [3, null],
        bereik: [45, true],
        'wijken-bereikt': [2, false],
        wijksignalen: [2, null],
      });
      expect(body.opdracht.subsidieverlaging).toMatchObject({
        verlagingCent: 39_909_141,
        nieuweSubsidieCent: 58_049_659,
      });
      // The partner reads the same figures for itself, but not another partner's.
      const eigen = await t.api(mee, {
        method: 'GET',
        url: `/api/v1/partners/${meeId}/indicatoren?jaar=2023&kwartaal=2`,
      });
      expect(eigen.statusCode, eigen.body).toBe(200);
      expect(eigen.json().indicatoren).toEqual(res.json().indicatoren);
      const ander = await t.api(mee, {
        method: 'GET',
        url: `/api/v1/partners/${partnerId.Raster}/indicatoren?jaar=2023&kwartaal=2`,
      });
      expect(ander.statusCode).toBe(404);
      // PDCA: the partner's coordinator explains; an ordinary preventiemedewerker may not.
      const toelichting = { jaar: 2023, kwartaal: 2, toelichting: 'Spreekuur in Lettele goed bezocht.' };
      const url = `/api/v1/partners/${meeId}/rapportage`;
      expect((await t.api(mee, { method: 'PUT', url, payload: toelichting })).statusCode).toBe(403);
      const coord = await t.login('mee-coordinator');
      const ok = await t.api(coord, { method: 'PUT', url, payload: toelichting });
      expect(ok.statusCode, ok.body).toBe(204);
      const na = await t.api(beleid, {
        method: 'GET',
        url: `/api/v1/partners/${meeId}/indicatoren?jaar=2023&kwartaal=2`,
      });
      expect(na.json().rapportage.toelichting).toBe('Spreekuur in Lettele goed bezocht.');
    });

    it('beleid zet fte naar de gemeente; de verlaging volgt naar rato, met de formule', async () => {
      const list = await t.api(beleid, { method: 'GET', url: '/api/v1/opdrachten?jaar=2020' });
      expect(list.statusCode, list.body).toBe(200);
      const raster = list.json().find((o: { partner: { naam: string } }) => o.partner.naam === 'Raster');
      expect(raster).toMatchObject({ subsidieCent: 120_950_500, fte: 10, fteNaarGemeente: 0 });
      const res = await t.api(beleid, {
        method: 'PUT',
        url: `/api/v1/partners/${partnerId.Raster}/opdrachten/2020/fte-naar-gemeente`,
        payload: { fteNaarGemeente: 4.4, versie: raster.versie },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().subsidieverlaging).toMatchObject({
        verlagingCent: 53_218_220,
        nieuweSubsidieCent: 67_732_280,
      });
      expect(res.json().subsidieverlaging.formule).toContain('€ 1.209.505,00 × 4,40 fte ÷ 10,00 fte');
      const teVeel = await t.api(beleid, {
        method: 'PUT',
        url: `/api/v1/partners/${partnerId.Raster}/opdrachten/2020/fte-naar-gemeente`,
        payload: { fteNaarGemeente: 10.5, versie: raster.versie + 1 },
      });
      expect(teVeel.statusCode).toBe(400);
      expect(teVeel.json().invalidParams[0].name).toBe('fteNaarGemeente');
    });

    it('PDCA: beleid legt de bijsturing vast, niet de toelichting van de partner', async () => {
      const url = `/api/v1/partners/${partnerId.Raster}/rapportage`;
      const fout = await t.api(beleid, {
        method: 'PUT',
        url,
        payload: { jaar: 2020, kwartaal: 1, toelichting: 'namens de partner' },
      });
      expect(fout.statusCode).toBe(400);
      const ok = await t.api(beleid, {
        method: 'PUT',
        url,
        payload: { jaar: 2020, kwartaal: 1, bijsturing: 'Meer inzet in Zandweerd.' },
      });
      expect(ok.statusCode, ok.body).toBe(204);
      const k = await t.api(beleid, {
        method: 'GET',
        url: `/api/v1/partners/${partnerId.Raster}/indicatoren?jaar=2020&kwartaal=1`,
      });
      expect(k.json().rapportage).toMatchObject({
        bijsturing: 'Meer inzet in Zandweerd.',
        toelichting: null,
      });
    });
  });

  describe('wijkprofiel', () => {
    it('combineert instroom, ladder, verwijzingen, signalen en activiteiten van een wijk', async () => {
      const jaar = Number(new Date().toISOString().slice(0, 4));
      const res = await t.api(beleid, { method: 'GET', url: `/api/v1/wijken/G/profiel?jaar=${jaar}` });
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json();
      expect(p.wijk).toEqual({ code: 'G', naam: 'Rivierenwijk en Bergweide' });
      expect(p.signalen.recent.length).toBeGreaterThan(0);
      expect(p.voorzieningen).toBeGreaterThan(5);
      expect(p.activiteiten.perSoort.length).toBeGreaterThan(0);
      const onbekend = await t.api(beleid, { method: 'GET', url: '/api/v1/wijken/ZZ/profiel' });
      expect(onbekend.statusCode).toBe(404);
      const kccProfiel = await t.api(kcc, { method: 'GET', url: '/api/v1/wijken/G/profiel' });
      expect(kccProfiel.statusCode).toBe(403);
    });
  });
});
