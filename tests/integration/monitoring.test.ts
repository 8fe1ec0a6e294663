import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { maakZaken } from '../support/monitoring.ts';

type Tabel = {
  titel: string;
  kolommen: Array<{ sleutel: string; kop: string; telling: boolean }>;
  rijen: Array<Record<string, string | number | null>>;
  toelichting: string[];
};

describe.each(DB_KINDS)('monitoring: processen, ladder, prognose, formatie, team (%s)', (kind) => {
  let t: TestApp;
  let beleid: Session;
  let teamleider: Session;
  let persoonsgegevens: string[];

  beforeAll(async () => {
    setToday('2026-06-15');
    t = await createTestApp(kind);
    beleid = await t.login('beleid');
    teamleider = await t.login('teamleider');
    await t.database.db.systemTransaction((tx) =>
      maakZaken(tx, [
        {
          naam: 'Eenhoorn',
          ontvangst: '2026-01-10',
          kanaal: 'telefoon',
          wijk: 'A',
          uiterlijk: '2026-02-21',
          triage: 'onderzoek',
          ladder: 'maatwerk',
          status: 'aanvraag',
          onderzoek: { afgerond: '2026-02-10', verslag: '2026-02-12' },
          aanvraag: {
            datum: '2026-02-15',
            uiterlijk: '2026-03-01',
            besluit: '2026-02-25',
            toekenning: { ingang: '2026-03-01', einde: '2027-02-28' },
          },
        },
        {
          naam: 'Tweesprong',
          ontvangst: '2026-01-20',
          kanaal: 'online',
          wijk: 'B',
          uiterlijk: '2026-03-03',
          triage: 'onderzoek',
          ladder: 'collectief-preventie',
          status: 'afgesloten',
          onderzoek: { afgerond: '2026-03-10', verslag: '2026-03-11' },
        },
        {
          naam: 'Driesprong',
          ontvangst: '2026-02-05',
          kanaal: 'balie',
          wijk: 'A',
          uiterlijk: '2026-03-19',
          triage: 'informatie-advies',
          ladder: 'advies-doorverwijzing',
          status: 'afgesloten',
        },
        {
          naam: 'Viersprong',
          ontvangst: '2026-05-01',
          kanaal: 'telefoon',
          wijk: 'C',
          uiterlijk: '2026-06-12',
          triage: 'onderzoek',
          onderzoek: {},
        },
        {
          naam: 'Vijfling',
          ontvangst: '2026-06-01',
          kanaal: 'wijklocatie',
          wijk: 'C',
          uiterlijk: '2026-07-13',
          triage: 'onderzoek',
          onderzoek: {},
        },
        { naam: 'Zesdaags', ontvangst: '2026-01-15', kanaal: 'signaal', soort: 'signaal', status: 'nieuw' },
      ]),
    );
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{
        bsn: string;
        achternaam: string;
        voornamen: string;
        straat: string;
        postcode: string;
        id: string;
      }>('SELECT bsn, achternaam, voornamen, straat, postcode, id FROM personen'),
    );
    persoonsgegevens = rows.flatMap((r) => [r.bsn, r.achternaam, r.voornamen, r.straat, r.postcode, r.id]);
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const haal = async (pad: string, sessie = beleid): Promise<Tabel> => {
    const res = await t.api(sessie, { method: 'GET', url: `/api/v1/monitoring/${pad}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const rij = (tb: Tabel, match: Record<string, string | number>) =>
    tb.rijen.find((r) => Object.entries(match).every(([k, v]) => r[k] === v));

  it('instroom per maand, kanaal en wijk', async () => {
    const tb = await haal('instroom?gemeente=0150&van=2026-01&tot=2026-06');
    expect(tb.rijen.map((r) => [r.maand, r.kanaal, r.soort, r.wijkcode, r.aantal])).toEqual([
      ['2026-01', 'Online', 'melding', 'B', 1],
      ['2026-01', 'Signaal', 'signaal', '', 1],
      ['2026-01', 'Telefoon', 'melding', 'A', 1],
      ['2026-02', 'Balie', 'melding', 'A', 1],
      ['2026-05', 'Telefoon', 'melding', 'C', 1],
      ['2026-06', 'Wijklocatie', 'melding', 'C', 1],
    ]);
    const wijk = await haal('instroom?gemeente=0150&van=2026-01&tot=2026-06&wijk=A');
    expect(wijk.rijen).toHaveLength(2);
  });

  it('termijnen: binnen, te laat (ook nog open na de termijn), lopend; per team', async () => {
    const tb = await haal('termijnen?gemeente=0150&van=2026-01&tot=2026-07');
    expect(rij(tb, { maand: '2026-02', soort: 'onderzoek (6 weken)' })).toMatchObject({
      team: 'Toegang Deventer',
      binnen: 1,
      te_laat: 0,
      aandeel_binnen: 1,
    });
    expect(rij(tb, { maand: '2026-03', soort: 'onderzoek (6 weken)' })).toMatchObject({
      binnen: 0,
      te_laat: 1,
    });
    expect(rij(tb, { maand: '2026-06', soort: 'onderzoek (6 weken)' })).toMatchObject({
      te_laat: 1,
      lopend: 0,
    });
    expect(rij(tb, { maand: '2026-07', soort: 'onderzoek (6 weken)' })).toMatchObject({
      lopend: 1,
      aandeel_binnen: null,
    });
    expect(rij(tb, { maand: '2026-03', soort: 'beschikking (2 weken)' })).toMatchObject({
      team: 'Backoffice Wmo Deventer',
      binnen: 1,
    });
  });

  it('doorlooptijden: mediaan en p90 in dagen', async () => {
    const tb = await haal('doorlooptijden?gemeente=0150&van=2026-01&tot=2026-06');
    expect(rij(tb, { maand: '2026-02', traject: 'melding → verslag' })).toMatchObject({
      aantal: 1,
      mediaan_dagen: 33,
      p90_dagen: 33,
    });
    expect(rij(tb, { maand: '2026-03', traject: 'melding → verslag' })).toMatchObject({ mediaan_dagen: 50 });
    expect(rij(tb, { maand: '2026-02', traject: 'aanvraag → beschikking' })).toMatchObject({
      mediaan_dagen: 10,
    });
  });

  it('conversie melding → aanvraag → toekenning', async () => {
    const tb = await haal('conversie?gemeente=0150&van=2026-01&tot=2026-06');
    expect(rij(tb, { maand: '2026-01' })).toMatchObject({
      meldingen: 2,
      aanvragen: 1,
      toekenningen: 1,
      aandeel_aanvraag: 0.5,
    });
  });

  it('ladder: aandeel per trede per kwartaal, en per maand', async () => {
    const tb = await haal('ladder?gemeente=0150&van=2026-01&tot=2026-06');
    expect(rij(tb, { periode: '2026-K1' })).toMatchObject({
      advies: 1,
      collectief: 1,
      maatwerk: 1,
      open: 1,
      aandeel_maatwerk: 0.3333,
    });
    expect(rij(tb, { periode: '2026-K2' })).toMatchObject({ open: 2, maatwerk: 0, aandeel_maatwerk: null });
    const maand = await haal('ladder?gemeente=0150&van=2026-01&tot=2026-06&periode=maand');
    expect(maand.rijen.map((r) => r.periode)).toEqual(['2026-01', '2026-02', '2026-05', '2026-06']);
  });

  it('aflopende voorzieningen en de herindicatieprognose met wat-als', async () => {
    const af = await haal('aflopende-voorzieningen?gemeente=0150');
    expect(af.rijen).toEqual([
      {
        maand: '2027-02',
        productcategorie: 'hulp bij het huishouden',
        wijkcode: 'A',
        wijknaam: 'Binnenstad',
        voorzieningen: 1,
        clienten: 1,
      },
    ]);
    const p = await haal(
      'herindicatieprognose?gemeente=0150&maanden=24&herindicatieAandeel=1&looptijden=6,12',
    );
    expect(p.rijen).toHaveLength(24);
    expect(rij(p, { maand: '2027-02' })).toMatchObject({ bestaand: 1 });
    expect(p.kolommen.map((k) => k.sleutel)).toContain('watals_totaal');
    expect(p.toelichting.join(' ')).toContain('Wat-als: looptijden 6 mnd 50%, 12 mnd 50%');
    const ongeldig = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/herindicatieprognose?gemeente=0150&looptijden=zes',
    });
    expect(ongeldig.statusCode).toBe(400);
    expect(ongeldig.json().invalidParams[0].name).toBe('looptijden');
  });

  it('formatie: normtijden × volumes tegen de 20,41 fte van team Toegang; normtijden aanpassen met versie', async () => {
    const f = await haal('formatie?gemeente=0150&maanden=12');
    expect(f.rijen).toHaveLength(12);
    expect(f.rijen[0]).toMatchObject({ fte_beschikbaar: 20.41 });
    expect(f.toelichting.join(' ')).toContain('standaardwaarden');
    const n = await t.api(beleid, { method: 'GET', url: '/api/v1/gemeenten/0150/normtijden' });
    expect(n.json()).toMatchObject({ standaard: true, versie: 0, productieveUrenPerFte: 1300 });
    const zet = await t.api(beleid, {
      method: 'PUT',
      url: '/api/v1/gemeenten/0150/normtijden',
      payload: {
        versie: 0,
        productieveUrenPerFte: 1200,
        normtijden: [{ activiteit: 'onderzoek', minuten: 300 }],
      },
    });
    expect(zet.statusCode, zet.body).toBe(200);
    expect(zet.json()).toMatchObject({ standaard: false, versie: 1, productieveUrenPerFte: 1200 });
    expect(
      zet.json().normtijden.find((x: { activiteit: string }) => x.activiteit === 'onderzoek').minuten,
    ).toBe(300);
    const oud = await t.api(beleid, {
      method: 'PUT',
      url: '/api/v1/gemeenten/0150/normtijden',
      payload: {
        versie: 0,
        productieveUrenPerFte: 1100,
        normtijden: [{ activiteit: 'onderzoek', minuten: 10 }],
      },
    });
    expect(oud.statusCode).toBe(409);
    const fout = await t.api(beleid, {
      method: 'PUT',
      url: '/api/v1/gemeenten/0150/normtijden',
      payload: {
        versie: 1,
        productieveUrenPerFte: 1200,
        normtijden: [{ activiteit: 'onderzoek', minuten: -1 }],
      },
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0].name).toBe('normtijden.0.minuten');
    const na = await haal('formatie?gemeente=0150&maanden=12');
    expect(na.toelichting.join(' ')).toContain('1200 productieve uren');
  });

  it('teamleider: open werk van het eigen team naar termijn en belasting per medewerker', async () => {
    const tt = await haal('team-termijnen', teamleider);
    expect(rij(tt, { soort: 'onderzoek (6 weken)' })).toMatchObject({ verlopen: 1, later: 1, totaal: 2 });
    const tb = await haal('team-belasting', teamleider);
    expect(rij(tb, { naam: 'Tom Gerritsen' })).toMatchObject({ open: 2, verlopen: 1, fte: 1, per_fte: 2 });
    const csv = await t.api(teamleider, {
      method: 'GET',
      url: '/api/v1/monitoring/team-belasting?formaat=csv',
    });
    expect(csv.body.split('\n')[0]).toBe(
      'medewerker,fte,open meldingen,waarvan termijn verlopen,aanvragen zonder besluit,open per fte',
    );
    // Every export link of the screens works, also "voor publicatie".
    for (const url of [
      '/api/v1/monitoring/team-belasting?formaat=xlsx&publicatie=true',
      '/api/v1/monitoring/team-termijnen?formaat=csv&publicatie=true',
    ]) {
      expect((await t.api(teamleider, { method: 'GET', url })).statusCode, url).toBe(200);
    }
    expect(
      (
        await t.api(beleid, {
          method: 'GET',
          url: '/api/v1/monitoring/formatie?gemeente=0150&formaat=csv&publicatie=true',
        })
      ).statusCode,
    ).toBe(200);
    // Least privilege: the teamleider sees no gemeente-wide figures, beleid no team load.
    expect(
      (await t.api(teamleider, { method: 'GET', url: '/api/v1/monitoring/ladder?gemeente=0150' })).statusCode,
    ).toBe(403);
    expect(
      (await t.api(beleid, { method: 'GET', url: '/api/v1/monitoring/team-belasting' })).statusCode,
    ).toBe(403);
  });

  it('beleid ziet alleen aantallen: geen BSN, naam, adres of persoon-id in enig antwoord of bestand', async () => {
    const paden = [
      'kerncijfers?gemeente=0150&jaar=2026',
      'instroom?gemeente=0150&van=2026-01&tot=2026-06',
      'termijnen?gemeente=0150&van=2026-01&tot=2026-07',
      'doorlooptijden?gemeente=0150&van=2026-01&tot=2026-06',
      'conversie?gemeente=0150&van=2026-01&tot=2026-06',
      'ladder?gemeente=0150&van=2026-01&tot=2026-06',
      'aflopende-voorzieningen?gemeente=0150',
      'herindicatieprognose?gemeente=0150&looptijden=12,24',
      'formatie?gemeente=0150',
    ];
    expect(persoonsgegevens.length).toBeGreaterThan(20);
    for (const pad of paden) {
      for (const formaat of ['json', 'csv']) {
        const res = await t.api(beleid, {
          method: 'GET',
          url: `/api/v1/monitoring/${pad}&formaat=${formaat}`,
        });
        expect(res.statusCode, `${pad} ${res.body}`).toBe(200);
        for (const gegeven of persoonsgegevens)
          expect(res.body, `${pad} (${formaat})`).not.toContain(gegeven);
        expect(res.body).not.toMatch(/\b999\d{6}\b/);
      }
    }
  });

  it('voor publicatie: tellingen onder de drempel onderdrukt, aandelen in die rijen ook', async () => {
    const tb = await haal('conversie?gemeente=0150&van=2026-01&tot=2026-06&publicatie=true');
    expect(rij(tb, { maand: '2026-01' })).toMatchObject({
      meldingen: '<5',
      aanvragen: '<5',
      aandeel_aanvraag: '×',
    });
    expect(tb.toelichting.at(-1)).toContain('onderdrukt');
    const xlsx = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/ladder?gemeente=0150&publicatie=true',
      headers: { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
    expect(xlsx.headers['content-disposition']).toContain('ladder-0150-publicatie.xlsx');
  });

  it('elke raadpleging staat in het audittrail, met export als een bestand is gemaakt', async () => {
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ actie: string; object_id: string; n: number }>(
        "SELECT actie, object_id, count(*)::int AS n FROM audit_log WHERE object_type = 'monitoring' GROUP BY 1, 2",
      ),
    );
    expect(rows.find((r) => r.actie === 'export' && r.object_id === 'instroom')?.n).toBeGreaterThan(0);
    expect(rows.find((r) => r.actie === 'search' && r.object_id === 'formatie')?.n).toBeGreaterThan(0);
  });
  it('issue 15: de teamleider telt niet als capaciteit (beschikbareFte)', async () => {
    const zet = (fte: number) =>
      t.database.db.systemTransaction((tx) =>
        tx.query(`UPDATE medewerkers SET fte = $1 WHERE 'teamleider' = ANY (rollen)`, [fte]),
      );
    await zet(1.5);
    try {
      const f = await haal('formatie?gemeente=0150&maanden=1');
      expect(f.rijen[0]).toMatchObject({ fte_beschikbaar: 20.41 });
    } finally {
      await zet(1);
    }
  });

  it('issue 15: kerncijfers zonder jaar openen op het laatste jaar met gegevens, niet op een leeg jaar', async () => {
    // Eenhoorn's voorziening runs until 28 February 2027: in 2028 the latest year with data is 2027.
    setToday('2028-06-15');
    try {
      const res = await t.api(beleid, { method: 'GET', url: '/api/v1/monitoring/kerncijfers?gemeente=0150' });
      expect(res.statusCode, res.body).toBe(200);
      const k = res.json() as { jaar: number; totalen: { uniekeClienten: number }; toelichting: string[] };
      expect(k.jaar).toBe(2027);
      expect(k.totalen.uniekeClienten).toBeGreaterThan(0);
      // Readable explanation: no codes with "=", no ISO timestamps.
      const tekst = k.toelichting.join(' ');
      expect(tekst).not.toMatch(/clienten =|\d{4}-\d{2}-\d{2}T/);
      expect(tekst).toMatch(/Berekend op \d{1,2} [a-z]+ \d{4} om \d\d:\d\d\./);
      const csv = await t.api(beleid, {
        method: 'GET',
        url: '/api/v1/monitoring/kerncijfers?gemeente=0150&formaat=csv-excel',
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-disposition']).toContain('kerncijfers-0150-2027.csv');
      expect(
        csv.body.startsWith('\uFEFFjaar;gemeente;wijkcode;wijknaam;productcategorie;maat;aantal\r\n'),
      ).toBe(true);
    } finally {
      setToday('2026-06-15');
    }
  });

  it('issue 15: het teamoverzicht zegt "Stand van" als Nederlandse datum', async () => {
    const tb = await haal('team-belasting', teamleider);
    expect(tb.toelichting.join(' ')).toContain('Stand van 15 juni 2026.');
  });
});
