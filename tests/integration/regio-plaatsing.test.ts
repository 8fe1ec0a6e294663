import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { volgendBsn } from '../support/intake.ts';

/**
 * Regionale toegang beschermd wonen en opvang (issue 20, items 3 and 4): aanmelding also by third
 * parties, landelijke toegankelijkheid, the wachtlijst in order, a full location refused with
 * nothing written, the warm handover to the local toegang, and the regional monitoring with cost
 * per gemeente of origin and suppression for publication.
 */
describe.each(DB_KINDS)('regionale toegang: aanmelding, wachtlijst en plaatsing (%s)', (kind) => {
  let t: TestApp;
  let regio: Session;
  let locaties: Record<string, { id: string; plaatsen: number }>;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    regio = await t.login('regio-bw');
    const res = await t.api(regio, { method: 'GET', url: '/api/v1/regio/plaatsen' });
    expect(res.statusCode, res.body).toBe(200);
    locaties = Object.fromEntries(
      res.json().locaties.map((l: { naam: string; id: string; plaatsen: number }) => [l.naam, l]),
    );
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const aanmelding = (o: Record<string, unknown> = {}) => ({
    soort: 'beschermd-wonen',
    persoon: { bsn: volgendBsn(), voornamen: 'Test', achternaam: 'Regio', geboortedatum: '1985-03-14' },
    herkomstGemeenteCode: '0177',
    aangemeldDoor: 'ggz',
    aanmelder: 'GGZ Dimence (synthetisch)',
    urgentie: 'regulier',
    aanmeldingsdatum: '2026-04-01',
    ...o,
  });

  async function meldAan(o: Record<string, unknown> = {}) {
    const res = await t.api(regio, {
      method: 'POST',
      url: '/api/v1/regio/aanmeldingen',
      payload: aanmelding(o),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; versie: number; status: string };
  }

  async function opWachtlijst(o: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
    const a = await meldAan(o);
    const res = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/regio/aanmeldingen/${a.id}/wachtlijst`,
      payload: { versie: a.versie, ...extra },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { id: string; versie: number; status: string };
  }

  it('geeft alle fouten van een aanmelding tegelijk, in het Nederlands', async () => {
    const res = await t.api(regio, {
      method: 'POST',
      url: '/api/v1/regio/aanmeldingen',
      payload: aanmelding({ herkomstGemeenteCode: null, aangemeldDoor: 'politie', aanmelder: null }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const velden = res.json().invalidParams.map((p: { name: string }) => p.name);
    expect(velden).toEqual(expect.arrayContaining(['herkomstWoonplaats', 'aanmelder']));
  });

  it('neemt iemand van buiten de regio aan en weigert afwijzen om die reden (landelijke toegankelijkheid)', async () => {
    const a = await meldAan({
      soort: 'opvang',
      herkomstGemeenteCode: null,
      herkomstWoonplaats: 'Apeldoorn',
      aangemeldDoor: 'nachtopvang',
      aanmelder: 'Nachtopvang De Overloop',
      urgentie: 'crisis',
    });
    const res = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/regio/aanmeldingen/${a.id}/afwijzing`,
      payload: { versie: a.versie, grond: 'herkomst-buiten-regio' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'grond', code: 'landelijk-toegankelijk' });
    const na = await t.api(regio, { method: 'GET', url: `/api/v1/regio/aanmeldingen/${a.id}` });
    expect(na.json()).toMatchObject({ status: 'aangemeld', herkomst: null, herkomstWoonplaats: 'Apeldoorn' });
  });

  it('de persoon van een aanmelding hoort bij de regio; de lokale toegang leest de aanmelding niet (migratie 048)', async () => {
    const a = await meldAan({ herkomstGemeenteCode: '0150' });
    const persoonId = (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ persoon_id: string }>('SELECT persoon_id FROM bw_aanmeldingen WHERE id = $1', [a.id]),
      )
    ).rows[0]!.persoon_id;
    // The regional team registered the person without a melding and reads them.
    const regionaal = await t.api(regio, { method: 'GET', url: `/api/v1/personen/${persoonId}` });
    expect(regionaal.statusCode, regionaal.body).toBe(200);
    // Deventer's local toegang, same gemeente, unfiltered as the app role: no aanmelding rows.
    const lokaalId = (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ id: string }>('SELECT id FROM gebruikers WHERE gebruikersnaam = $1', [
          'toegangsmedewerker',
        ]),
      )
    ).rows[0]!.id;
    const rijen = await t.database.db.transaction(
      { soort: 'medewerker', gebruikerId: lokaalId, gemeenten: ['0150'], organisatieId: null },
      (tx) => tx.query('SELECT id FROM bw_aanmeldingen UNION ALL SELECT id FROM bw_plaatsingen'),
    );
    expect(rijen.rows).toEqual([]);
  });

  it('een lokaal team heeft geen toegang tot de wachtlijst en plaatsen van de regio', async () => {
    const lokaal = await t.login('toegangsmedewerker');
    for (const url of ['/api/v1/regio/wachtlijst', '/api/v1/regio/plaatsen']) {
      const res = await t.api(lokaal, { method: 'GET', url });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('zet de wachtlijst op urgentie, dan op wachttijd', async () => {
    const oud = await opWachtlijst({ persoon: { achternaam: 'Oud', geboortedatum: '1970-01-01' } });
    const nieuw = await opWachtlijst({ persoon: { achternaam: 'Nieuw', geboortedatum: '1971-01-01' } });
    const crisis = await opWachtlijst({
      persoon: { achternaam: 'Crisis', geboortedatum: '1972-01-01' },
      urgentie: 'crisis',
    });
    await t.database.db.systemTransaction(async (tx) => {
      await tx.query("UPDATE bw_aanmeldingen SET wachtlijst_sinds = '2026-01-15' WHERE id = $1", [oud.id]);
      await tx.query("UPDATE bw_aanmeldingen SET wachtlijst_sinds = '2026-05-01' WHERE id = $1", [nieuw.id]);
      await tx.query("UPDATE bw_aanmeldingen SET wachtlijst_sinds = '2026-05-30' WHERE id = $1", [crisis.id]);
    });
    const res = await t.api(regio, { method: 'GET', url: '/api/v1/regio/wachtlijst?soort=beschermd-wonen' });
    expect(res.statusCode, res.body).toBe(200);
    const lijst = res.json().wachtenden as Array<{ id: string; positie: number; wachttijdDagen: number }>;
    const ids = lijst.map((w) => w.id).filter((id) => [oud.id, nieuw.id, crisis.id].includes(id));
    expect(ids).toEqual([crisis.id, oud.id, nieuw.id]);
    expect(lijst.find((w) => w.id === oud.id)!.wachttijdDagen).toBe(137);
    expect(lijst.map((w) => w.positie)).toEqual(lijst.map((_, i) => i + 1));
  });

  it('weigert een plaatsing op een volle locatie met een fout bij de locatie, en schrijft niets', async () => {
    const baken = locaties['Het Baken']!;
    // Two places, so the test fills the location in two placements.
    await t.database.db.systemTransaction((tx) =>
      tx.query('UPDATE bw_locaties SET plaatsen = 2 WHERE id = $1', [baken.id]),
    );
    for (const naam of ['Eerste', 'Tweede']) {
      const w = await opWachtlijst({ persoon: { achternaam: naam, geboortedatum: '1990-01-01' } });
      const res = await t.api(regio, {
        method: 'POST',
        url: '/api/v1/regio/plaatsingen',
        payload: { aanmeldingId: w.id, versie: w.versie, locatieId: baken.id, van: '2026-05-01' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const derde = await opWachtlijst({ persoon: { achternaam: 'Derde', geboortedatum: '1990-01-01' } });
    const telling = async () =>
      (
        await t.database.db.systemTransaction((tx) =>
          tx.query<{ n: number }>('SELECT count(*)::int AS n FROM bw_plaatsingen WHERE locatie_id = $1', [
            baken.id,
          ]),
        )
      ).rows[0]!.n;
    const voor = await telling();
    const res = await t.api(regio, {
      method: 'POST',
      url: '/api/v1/regio/plaatsingen',
      payload: { aanmeldingId: derde.id, versie: derde.versie, locatieId: baken.id, van: '2026-06-01' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'locatie-vol' });
    expect(res.json().invalidParams[0]).toMatchObject({ name: 'locatieId', code: 'locatie-vol' });
    expect(res.json().invalidParams[0].reason).toMatch(/^Het Baken is vol/);
    expect(await telling()).toBe(voor);
    const na = await t.api(regio, { method: 'GET', url: `/api/v1/regio/aanmeldingen/${derde.id}` });
    expect(na.json()).toMatchObject({ status: 'wachtlijst', versie: derde.versie });

    const plaatsen = await t.api(regio, { method: 'GET', url: `/api/v1/regio/plaatsen?locatie=${baken.id}` });
    expect(plaatsen.json().locaties[0]).toMatchObject({ plaatsen: 2, bezet: 2, vrij: 0 });
    expect(plaatsen.json().bewoners).toHaveLength(2);
  });

  it('plant de doorstroom en zet een warme overdracht op de werklijst van de lokale toegang', async () => {
    const w = await opWachtlijst({
      herkomstGemeenteCode: '0262',
      persoon: { achternaam: 'Doorstroom', geboortedatum: '1988-01-01' },
    });
    const p = await t.api(regio, {
      method: 'POST',
      url: '/api/v1/regio/plaatsingen',
      payload: {
        aanmeldingId: w.id,
        versie: w.versie,
        locatieId: locaties['De Boei']!.id,
        van: '2026-05-01',
      },
    });
    expect(p.statusCode, p.body).toBe(201);
    const fout = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/regio/plaatsingen/${p.json().id}/doorstroom`,
      payload: {
        versie: p.json().versie,
        doorstroomDatum: '2026-04-01',
        vervolgGemeenteCode: '0262',
        vervolgVoorziening: '',
      },
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams.map((x: { name: string }) => x.name)).toContain('vervolgVoorziening');
    const d = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/regio/plaatsingen/${p.json().id}/doorstroom`,
      payload: {
        versie: p.json().versie,
        doorstroomDatum: '2026-11-01',
        vervolgGemeenteCode: '0262',
        vervolgVoorziening: 'Ambulante begeleiding thuis',
      },
    });
    expect(d.statusCode, d.body).toBe(200);
    expect(d.json()).toMatchObject({ doorstroomDatum: '2026-11-01', vervolgGemeente: { naam: 'Lochem' } });

    const lochem = await t.api(await t.login('toegangsmedewerker-lochem'), {
      method: 'GET',
      url: '/api/v1/regio/overdrachten',
    });
    expect(lochem.statusCode, lochem.body).toBe(200);
    expect(lochem.json()).toEqual([
      expect.objectContaining({
        geplandeDatum: '2026-11-01',
        vervolgVoorziening: 'Ambulante begeleiding thuis',
        contactpersoon: 'Ruben Wessels',
        inwoner: { naam: 'Doorstroom', geboortedatum: '1988-01-01' },
      }),
    ]);
    const deventer = await t.api(await t.login('toegangsmedewerker'), {
      method: 'GET',
      url: '/api/v1/regio/overdrachten',
    });
    expect(deventer.json()).toEqual([]);

    // A Raalte resident moving to Deventer: Deventer's local toegang cannot see Raalte's person row,
    // but the handover names the resident and the birth date.
    const r = await opWachtlijst({
      persoon: { voornamen: 'Rik', achternaam: 'Verhuist', geboortedatum: '1991-02-03' },
    });
    const rp = await t.api(regio, {
      method: 'POST',
      url: '/api/v1/regio/plaatsingen',
      payload: {
        aanmeldingId: r.id,
        versie: r.versie,
        locatieId: locaties['De Boei']!.id,
        van: '2026-05-01',
      },
    });
    const rd = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/regio/plaatsingen/${rp.json().id}/doorstroom`,
      payload: {
        versie: rp.json().versie,
        doorstroomDatum: '2026-12-01',
        vervolgGemeenteCode: '0150',
        vervolgVoorziening: 'Begeleid wonen in de wijk',
      },
    });
    expect(rd.statusCode, rd.body).toBe(200);
    const naDeventer = await t.api(await t.login('toegangsmedewerker'), {
      method: 'GET',
      url: '/api/v1/regio/overdrachten',
    });
    expect(naDeventer.json()).toEqual([
      expect.objectContaining({
        inwoner: { naam: 'Rik Verhuist', geboortedatum: '1991-02-03' },
        persoon: null,
        contactpersoon: 'Ruben Wessels',
      }),
    ]);
  });

  it('rekent de kosten per gemeente van herkomst (etmalen × tarief) naast het budget, en onderdrukt kleine aantallen', async () => {
    const res = await t.api(regio, { method: 'GET', url: '/api/v1/monitoring/regio?jaar=2026' });
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.peildatum).toBe('2026-06-01');
    const rij = (code: string) => m.rijen.find((r: { sleutel: string }) => r.sleutel === code);
    // Raalte: two placements at Het Baken and one at De Boei from 1 May (32 etmalen each on 1 June) at € 128,50.
    expect(rij('0177')).toMatchObject({ geplaatst: 3, bezet: 3, etmalen: 96, kosten: 96 * 128.5 });
    // Lochem: one at De Boei from 1 May.
    expect(rij('0262')).toMatchObject({ geplaatst: 1, etmalen: 32, kosten: 32 * 128.5 });
    expect(rij('buiten-regio')).toMatchObject({ aanmeldingen: 1, kosten: 0 });
    expect(m.totaal).toMatchObject({ geplaatst: 4, etmalen: 128, kosten: 128 * 128.5 });
    expect(m.totaal.aanmeldingen).toBe(
      m.rijen.reduce((s: number, r: { aanmeldingen: number }) => s + r.aanmeldingen, 0),
    );
    expect(m.budget).toBe(1_250_000);
    expect(m.budgetResterend).toBe(1_250_000 - 128 * 128.5);

    const pub = (
      await t.api(regio, { method: 'GET', url: '/api/v1/monitoring/regio?jaar=2026&publicatie=true' })
    ).json();
    expect(pub.publicatie).toBe(true);
    expect(pub.toelichting[0]).toContain('onderdrukt');
    const raalte = pub.rijen.find((r: { sleutel: string }) => r.sleutel === '0177');
    // 3 placements in Raalte: suppressed, and the cost that rests on them with it.
    expect(raalte.geplaatst).toBeNull();
    expect(raalte.kosten).toBeNull();
    expect(raalte.onderdrukt).toEqual(expect.arrayContaining(['geplaatst', 'kosten', 'etmalen']));
    // Zero is published: nobody identifies no one.
    expect(pub.rijen.find((r: { sleutel: string }) => r.sleutel === '0175').geplaatst).toBe(0);
  });

  it('legt een verhuizing vast: de nieuwe gemeente betaalt vanaf de verhuisdag', async () => {
    const a = await meldAan({ herkomstGemeenteCode: '0175', aanmeldingsdatum: '2026-02-01' });
    const res = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/regio/aanmeldingen/${a.id}/verhuizingen`,
      payload: { datum: '2026-04-01', naarGemeenteCode: '0301' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().betaalperioden).toEqual([
      { gemeente: '0175', van: '2026-02-01', tot: '2026-03-31' },
      { gemeente: '0301', van: '2026-04-01', tot: null },
    ]);
  });

  it('beleid ziet de regionale monitoring; een lokaal team niet', async () => {
    const beleid = await t.api(await t.login('beleid'), {
      method: 'GET',
      url: '/api/v1/monitoring/regio?jaar=2026',
    });
    expect(beleid.statusCode, beleid.body).toBe(200);
    const lokaal = await t.api(await t.login('toegangsmedewerker'), {
      method: 'GET',
      url: '/api/v1/monitoring/regio?jaar=2026',
    });
    expect(lokaal.statusCode).toBe(403);
  });
});
