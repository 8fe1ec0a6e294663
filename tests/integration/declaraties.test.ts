import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { type Wmo323Prestatie, wmo323 } from '../support/declaraties.ts';
import { regelcheck } from '../support/iwmo.ts';
import { meldingInOnderzoek, volledigeStappen } from '../support/onderzoek.ts';

const THUISZORG = '75750001';
const DE_LINDE = '75750002';
const ONBEKEND = '12345678';
// Hulp bij het huishouden: € 27,50 per uur (demo producten), 3 uur per week granted below.
const TARIEF = 2750;

describe.each(DB_KINDS)('declaraties: WMO323 in, WMO325 uit (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let beleid: Session;
  let nummer: number;
  let bsn: string;
  let n = 0;

  const prestatie = (p: Partial<Wmo323Prestatie> = {}): Wmo323Prestatie => ({
    bsn,
    referentie: `R${++n}`,
    toewijzingnummer: nummer,
    categorie: '01',
    productcode: '01A01',
    begin: '2026-07-01',
    eind: '2026-07-31',
    volume: 10,
    eenheid: '04',
    tarief: TARIEF,
    ...p,
  });
  const stuur = (prestaties: Wmo323Prestatie[], o: { agb?: string; totaal?: number } = {}) =>
    t.api(bo, {
      method: 'POST',
      url: '/api/v1/iwmo-berichten',
      headers: { 'content-type': 'application/xml' },
      payload: wmo323({
        agb: o.agb ?? THUISZORG,
        gemeente: '0150',
        identificatie: `D${++n}`,
        dagtekening: '2026-09-01',
        declaratienummer: `DN${n}`,
        periode: maandVan(prestaties[0]!.begin),
        prestaties,
        ...(o.totaal === undefined ? {} : { totaal: o.totaal }),
      }),
    });
  /** CS340: a DeclaratiePeriode is exactly one calendar month. */
  const maandVan = (datum: string) => {
    const [j, m] = datum.split('-').map(Number) as [number, number];
    return {
      begin: `${datum.slice(0, 7)}-01`,
      eind: `${datum.slice(0, 7)}-${new Date(Date.UTC(j, m, 0)).getUTCDate()}`,
    };
  };
  /** The WMO325 answer: stored, listed, and passing the standard's rule checker. */
  async function antwoord(id: string) {
    const r = await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten/${id}` });
    expect(r.statusCode).toBe(200);
    expect(regelcheck(r.body).fouten).toEqual([]);
    return r.body;
  }

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    const bo2 = await t.login('backoffice-2');
    beleid = await t.login('beleid');
    const producten = (await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })).json();
    const { melding, onderzoek, consulent } = await meldingInOnderzoek(t, 'Declaratie');
    const o = (
      await t.api(consulent, {
        method: 'PATCH',
        url: `/api/v1/onderzoeken/${onderzoek.id}`,
        payload: { versie: onderzoek.versie, stappen: volledigeStappen(true) },
      })
    ).json();
    await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/afronding`,
      payload: {
        versie: o.versie,
        ladderUitkomst: 'maatwerk',
        samenvatting: 'Hulp nodig.',
        vervolg: 'Aanvraag.',
      },
    });
    const a = (
      await t.api(consulent, {
        method: 'POST',
        url: `/api/v1/meldingen/${melding.id}/aanvragen`,
        payload: { aanvraagdatum: '2026-06-01' },
      })
    ).json();
    const hbh = producten.find((p: { naam: string }) => p.naam === 'Hulp bij het huishouden');
    const b = (
      await t.api(bo, {
        method: 'POST',
        url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
        payload: {
          voorzieningen: [
            {
              besluit: 'toekenning',
              motivering: 'Zie het onderzoek.',
              productId: hbh.id,
              volume: 3,
              leveringsvorm: 'zin',
              aanbiederId: hbh.aanbieders.find((x: { naam: string }) => x.naam === 'Thuiszorg IJsselstreek')
                .id,
              ingangsdatum: '2026-06-15',
              einddatum: '2027-06-14',
            },
          ],
        },
      })
    ).json();
    const vast = await t.api(bo2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${b.id}/vaststelling`,
      payload: { versie: b.versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(vast.statusCode, vast.body).toBe(200);
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ bsn: string; toewijzingnummer: string }>(
        `SELECT p.bsn, t.toewijzingnummer::text FROM voorzieningen v JOIN personen p ON p.id = v.persoon_id
           JOIN toewijzingen t ON t.voorziening_id = v.id WHERE v.beschikking_id = $1`,
        [b.id],
      ),
    );
    bsn = rows[0]!.bsn;
    nummer = Number(rows[0]!.toewijzingnummer);
    setToday('2026-09-02');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('keurt een juiste declaratie goed en antwoordt met een WMO325 (8001)', async () => {
    const r = await stuur([
      prestatie({ volume: 10 }),
      prestatie({ begin: '2026-07-16', eind: '2026-07-31', volume: 3 }),
    ]);
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json().declaratie;
    expect(d).toMatchObject({ status: 'goedgekeurd', retourcodes: ['8001'], goedgekeurd: 2, afgewezen: 0 });
    const xml = await antwoord(d.antwoordBerichtId);
    expect(xml).toContain('<wmo325:RetourCode>8001</wmo325:RetourCode>');
    const lijst = (
      await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-berichten?berichtcode=WMO325' })
    ).json();
    expect(lijst.items.map((b: { id: string }) => b.id)).toContain(d.antwoordBerichtId);
  });

  it('wijst per regel af met de retourcodes van de standaard', async () => {
    const dubbel = prestatie({ volume: 1, begin: '2026-08-16', eind: '2026-08-16' });
    expect((await stuur([dubbel])).json().declaratie.status).toBe('goedgekeurd');
    const goed = prestatie({ begin: '2026-08-20', eind: '2026-08-20', volume: 1 });
    const regels = [
      goed,
      prestatie({ begin: '2026-08-02', eind: '2026-08-02', toewijzingnummer: 999_999_998 }), // no such toewijzing
      prestatie({
        begin: '2026-08-03',
        eind: '2026-08-03',
        bsn: bsn === '999993653' ? '999991772' : '999993653',
      }), // another client
      prestatie({ begin: '2026-08-04', eind: '2026-08-04', volume: 40 }), // 3 h/week in August ≈ 13.3
      prestatie({ begin: '2026-08-05', eind: '2026-08-05', tarief: 3000, volume: 1 }), // not the contracted tariff
      prestatie({ begin: '2026-08-06', eind: '2026-08-06', volume: 1, bedrag: 9999 }), // amount ≠ volume × tarief
      { ...dubbel, volume: 1 }, // declared twice (same ProductReferentie)
    ];
    const r = await stuur(regels);
    expect(r.statusCode, r.body).toBe(201);
    const d = r.json().declaratie;
    expect(d).toMatchObject({
      status: 'deels-afgewezen',
      retourcodes: ['0200'],
      goedgekeurd: 1,
      afgewezen: 6,
    });
    await antwoord(d.antwoordBerichtId);
    const lijst = (await t.api(bo, { method: 'GET', url: '/api/v1/declaraties?status=afgewezen' })).json();
    const decl = lijst.items.find((x: { id: string }) => x.id === d.id);
    const codes = decl.afgewezenRegels.map((x: { retourcodes: { code: string }[] }) =>
      x.retourcodes.map((c) => c.code),
    );
    expect(codes, JSON.stringify(decl.afgewezenRegels)).toEqual([
      ['9338'],
      ['9321'],
      ['0611'],
      ['9346'],
      ['8021'],
      ['8187'],
    ]); // grouped per client, as in the message
    expect(decl.afgewezenRegels[0].retourcodes[0].omschrijving).toMatch(/toegewezen product/);
    // The worklist: the backoffice records what it did.
    const af = await t.api(bo, {
      method: 'PUT',
      url: `/api/v1/declaratieregels/${decl.afgewezenRegels[0].id}/afhandeling`,
      payload: { afhandeling: 'Aanbieder gevraagd het toewijzingnummer te corrigeren.' },
    });
    expect(af.statusCode, af.body).toBe(200);
  });

  it('buiten de periode van de toewijzing: 9307', async () => {
    const r = await stuur([prestatie({ begin: '2026-06-01', eind: '2026-06-30', volume: 1 })]);
    const d = r.json().declaratie;
    expect(d).toMatchObject({ status: 'afgewezen', retourcodes: ['0200'], afgewezen: 1 });
    expect(await antwoord(d.antwoordBerichtId)).toContain('<wmo325:RetourCode>9307</wmo325:RetourCode>');
  });

  it('een ander aanbieder declareert op deze toewijzing: 9338', async () => {
    const r = await stuur([prestatie({ begin: '2026-08-21', eind: '2026-08-21', volume: 1 })], {
      agb: DE_LINDE,
    });
    expect(r.json().declaratie).toMatchObject({ status: 'afgewezen', afgewezen: 1 });
  });

  it('wijst een declaratie met een onjuist totaal of van een onbekende afzender geheel af, met een WMO325', async () => {
    const voor = await telRegels();
    const vals = await stuur([prestatie({ begin: '2026-08-22', eind: '2026-08-22', volume: 1 })], {
      totaal: 1,
    });
    expect(vals.statusCode, vals.body).toBe(201);
    expect(vals.json().declaratie).toMatchObject({ status: 'afgewezen', goedgekeurd: 0 });
    expect(vals.json().declaratie.retourcodes).not.toContain('0200');
    const xml = await antwoord(vals.json().declaratie.antwoordBerichtId);
    expect(xml).toContain('<iwmo:TotaalBedrag>0</iwmo:TotaalBedrag>');
    const onbekend = await stuur([prestatie({ begin: '2026-08-23', eind: '2026-08-23', volume: 1 })], {
      agb: ONBEKEND,
    });
    expect(onbekend.json().declaratie).toMatchObject({ status: 'afgewezen', retourcodes: ['0001'] });
    await antwoord(onbekend.json().declaratie.antwoordBerichtId);
    expect(await telRegels()).toBe(voor); // nothing stored beyond the rejection record
  });

  it('een declaratie aan een andere gemeente (Ontvanger 0262) wordt door deze backoffice niet verwerkt: 400 geen-bevoegdheid, niets opgeslagen', async () => {
    const voor = await telRegels();
    const r = await t.api(bo, {
      method: 'POST',
      url: '/api/v1/iwmo-berichten',
      headers: { 'content-type': 'application/xml' },
      payload: wmo323({
        agb: THUISZORG,
        gemeente: '0262',
        identificatie: `G${++n}`,
        dagtekening: '2026-09-01',
        declaratienummer: `DG${n}`,
        periode: maandVan('2026-08-01'),
        prestaties: [prestatie({ begin: '2026-08-24', eind: '2026-08-24', volume: 1 })],
      }),
    });
    expect(r.statusCode, r.body).toBe(400);
    expect(r.json().invalidParams).toEqual([
      { name: 'bericht', code: 'geen-bevoegdheid', reason: 'U bent niet bevoegd voor gemeente 0262.' },
    ]);
    expect(await telRegels()).toBe(voor);
    const berichten = (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ n: number }>("SELECT count(*)::int AS n FROM iwmo_berichten WHERE gemeente_code = '0262'"),
      )
    ).rows[0]!.n;
    expect(berichten).toBe(0);
  });

  it('weigert een bericht dat niet aan het XSD voldoet (400), zonder iets op te slaan', async () => {
    const voor = await telRegels();
    const r = await t.api(bo, {
      method: 'POST',
      url: '/api/v1/iwmo-berichten',
      headers: { 'content-type': 'application/xml' },
      payload: wmo323({
        agb: THUISZORG,
        gemeente: '0150',
        identificatie: 'X1',
        dagtekening: '2026-09-01',
        declaratienummer: 'DNX',
        periode: { begin: '2026-07-01', eind: '2026-07-31' },
        prestaties: [prestatie({ eenheid: 'uur' })],
      }),
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0].code).toBe('XSD');
    expect(await telRegels()).toBe(voor);
  });

  it('exporteert goedgekeurde bedragen per aanbieder als CSV (beleid)', async () => {
    const r = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/declaraties/goedgekeurd?van=2026-07-01&tot=2026-08-31&formaat=csv',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.body).toContain('Thuiszorg IJsselstreek');
    const json = (
      await t.api(beleid, {
        method: 'GET',
        url: '/api/v1/declaraties/goedgekeurd?van=2026-07-01&tot=2026-08-31',
      })
    ).json();
    // 10 + 3 + 1 + 1 hours at € 27,50
    expect(json.items).toEqual([
      { agbCode: THUISZORG, naam: 'Thuiszorg IJsselstreek', regels: 4, bedrag: 15 * 27.5 },
    ]);
  });

  it('uitgaven: begroot, verplicht, gerealiseerd en prognose per categorie; een negatief budget wordt geweigerd', async () => {
    const neg = await t.api(beleid, {
      method: 'PUT',
      url: '/api/v1/budgetten/0150/2026/01',
      payload: { bedrag: -1 },
    });
    expect(neg.statusCode).toBe(400);
    expect(neg.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['bedrag']);
    const fout = await t.api(beleid, {
      method: 'PUT',
      url: '/api/v1/budgetten/0150/2026/1x',
      payload: { bedrag: 1 },
    });
    expect(fout.statusCode).toBe(400);
    const ok = await t.api(beleid, {
      method: 'PUT',
      url: '/api/v1/budgetten/0150/2026/01',
      payload: { bedrag: 50_000 },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await t.api(beleid, { method: 'GET', url: '/api/v1/monitoring/uitgaven?gemeente=0150&jaar=abc' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await t.api(bo, { method: 'GET', url: '/api/v1/monitoring/uitgaven?gemeente=0150&jaar=2026' }))
        .statusCode,
    ).toBe(403);
    const r = await t.api(beleid, {
      method: 'GET',
      url: '/api/v1/monitoring/uitgaven?gemeente=0150&jaar=2026',
    });
    expect(r.statusCode, r.body).toBe(200);
    const u = r.json();
    const hbh = u.categorieen.find((c: { productcategorie: string }) => c.productcategorie === '01');
    // 3 h/week × € 27,50 over 15 June–31 December 2026 (200 days); 15 approved hours.
    expect(hbh).toMatchObject({ begroot: 50_000, verplicht: 2357.14, gerealiseerd: 412.5 });
    expect(hbh.prognose).toBeGreaterThan(hbh.gerealiseerd);
    expect(u.peildatum).toBe('2026-08-20');
    expect(u.perAanbieder).toContainEqual({
      naam: 'Thuiszorg IJsselstreek',
      verplicht: 2357.14,
      gerealiseerd: 412.5,
    });
    expect(u.kostenPerClient).toEqual({ clienten: 1, gerealiseerd: 412.5, perClient: 412.5 });
  });

  async function telRegels() {
    const r = await t.database.db.systemTransaction((tx) =>
      tx.query<{ n: string }>('SELECT count(*)::text AS n FROM declaratie_regels'),
    );
    return Number(r.rows[0]!.n);
  }
});
