import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verzendKlaarstaandeBerichten } from '../../src/server/modules/iwmo/index.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { regelcheck, xmllintValideer } from '../support/iwmo.ts';
import { pdfText } from '../support/pdf.ts';

describe.each(DB_KINDS)('beschikking en toewijzing (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let producten: Array<{ id: string; naam: string; aanbieders: Array<{ id: string; naam: string }> }>;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    producten = (await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })).json();
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const aanvraag = (achternaam: string) => aanvraagVoor(t, achternaam);

  const product = (naam: string) => producten.find((p) => p.naam === naam)!;

  it('backoffice stelt een beschikking op met een ZIN- en een pgb-voorziening; een collega stelt vast; brief en WMO301 volgen', async () => {
    const a = await aanvraag('Beschikking');
    const hbh = product('Hulp bij het huishouden');
    const begeleiding = product('Begeleiding individueel');
    const concept = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Uit het onderzoek blijkt dat mevrouw haar huis niet kan schoonhouden.',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders[0]!.id,
            ingangsdatum: '2026-06-15',
            einddatum: '2027-06-14',
            herindicatiedatum: '2027-04-01',
          },
          {
            besluit: 'toekenning',
            motivering: 'Mevrouw wil de begeleiding zelf inkopen.',
            productId: begeleiding.id,
            volume: 2,
            leveringsvorm: 'pgb',
            ingangsdatum: '2026-06-15',
            einddatum: '2027-06-14',
          },
        ],
      },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const b = concept.json();
    expect(b.status).toBe('concept');
    // pgb: 2 uur × €49,60 × 52 weken.
    expect(b.voorzieningen[1].pgbBudget).toBe(5158.4);
    expect(b.termijnen.beschikkingUiterlijk).toBe('2026-06-15');

    const zelf = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${b.id}/vaststelling`,
      payload: { versie: b.versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(zelf.statusCode).toBe(409);
    expect(zelf.json().code).toBe('vier-ogen');

    const vast = await t.api(bo2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${b.id}/vaststelling`,
      payload: { versie: b.versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(vast.statusCode, vast.body).toBe(200);
    // Bekendmaking Mon 1 June 2026 + 6 weeks = Mon 13 July 2026.
    expect(vast.json()).toMatchObject({
      status: 'vastgesteld',
      gecontroleerdDoor: { naam: 'Ilse Brinkman' },
      termijnen: { bezwaarUiterlijk: '2026-07-13' },
    });
    expect(vast.json().berichten).toHaveLength(1);

    const brief = await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${b.id}/brief` });
    expect(brief.headers['content-type']).toBe('application/pdf');
    const tekst = pdfText(brief.rawPayload).replace(/\s+/g, ' ');
    for (const s of [
      'Besluit op uw aanvraag',
      'Toegekend: Hulp bij het huishouden',
      'persoonsgebonden budget',
      '€ 5.158,40',
      '3 uur per week',
      'bezwaar',
      '13 juli 2026',
      'Thuiszorg IJsselstreek',
    ]) {
      expect(tekst).toContain(s);
    }

    const berichten = (
      await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-berichten?berichtcode=WMO301' })
    ).json().items;
    expect(berichten).toHaveLength(1);
    const xml = await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten/${berichten[0].id}` });
    expect(xml.headers['content-type']).toContain('application/xml');
    expect(xmllintValideer(xml.body).geldig).toBe(true);
    expect(regelcheck(xml.body).fouten).toEqual([]);
    expect(xml.body).toMatch(/Categorie>01</);

    // The aanvraag is decided: a second beschikking is refused.
    const nogmaals = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: { voorzieningen: [{ besluit: 'afwijzing', motivering: 'x', productcategorie: '08' }] },
    });
    expect(nogmaals.statusCode).toBe(409);

    const her = (await t.api(bo, { method: 'GET', url: '/api/v1/herindicaties?maanden=24' })).json();
    expect(her.map((h: { beschikkingKenmerk: string }) => h.beschikkingKenmerk)).toContain(
      vast.json().kenmerk,
    );
  });

  it('intrekking (Wmo 2.3.10): een nieuwe beschikking beëindigt de voorzieningen; de aanbieder krijgt een WMO301 met reden wijziging', async () => {
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ id: string }>(
        "SELECT id FROM beschikkingen WHERE status = 'vastgesteld' AND soort = 'besluit' ORDER BY nummer LIMIT 1",
      ),
    );
    const oudId = rows[0]!.id;
    const teVroeg = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${oudId}/intrekkingen`,
      payload: { per: '2026-06-01', redenWijziging: '05', motivering: 'x' },
    });
    expect(teVroeg.json().invalidParams[0].name).toBe('per');
    const concept = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${oudId}/intrekkingen`,
      payload: {
        per: '2026-09-30',
        redenWijziging: '05',
        motivering: 'Mevrouw is hersteld na de revalidatie; hulp is niet meer nodig.',
      },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const i = concept.json();
    expect(i).toMatchObject({
      soort: 'intrekking',
      vorigeBeschikkingId: oudId,
      ingetrokkenPer: '2026-09-30',
      status: 'concept',
    });
    const zelf = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${i.id}/vaststelling`,
      payload: { versie: i.versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(zelf.json().code).toBe('vier-ogen');
    const vast = await t.api(bo2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${i.id}/vaststelling`,
      payload: { versie: i.versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(vast.statusCode, vast.body).toBe(200);
    const oud = (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${oudId}` })).json();
    expect(oud.status).toBe('vastgesteld');
    const tw = await t.database.db.systemTransaction((tx) =>
      tx.query<{ einddatum: string; reden_wijziging: string; status: string }>(
        'SELECT t.einddatum, t.reden_wijziging, t.status FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id WHERE v.beschikking_id = $1',
        [oudId],
      ),
    );
    expect(tw.rows).toEqual([{ einddatum: '2026-09-30', reden_wijziging: '05', status: 'gewijzigd' }]);
    const berichten = (
      await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-berichten?berichtcode=WMO301&status=klaar' })
    ).json().items;
    const xml = (await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten/${berichten[0].id}` })).body;
    expect(xml).toMatch(/RedenWijziging>05</);
    expect(xml).toMatch(/Einddatum>2026-09-30</);
    expect(xmllintValideer(xml).geldig).toBe(true);
    expect(regelcheck(xml).fouten).toEqual([]);
    const brief = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${i.id}/brief` })).rawPayload,
    ).replace(/\s+/g, ' ');
    expect(brief).toContain('beëindigen per 30 september 2026');
    expect(brief).toContain('Beëindigd: Hulp bij het huishouden');
    expect(brief).toContain('hersteld na de revalidatie');
    // A withdrawn voorziening needs no herindicatie: it leaves the worklist; the beschikking shows its end.
    const her = (await t.api(bo, { method: 'GET', url: '/api/v1/herindicaties?maanden=24' })).json();
    expect(her.find((h: { beschikkingId: string }) => h.beschikkingId === oudId)).toBeUndefined();
    const oudNa = (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${oudId}` })).json();
    expect(oudNa.voorzieningen[0].beeindigdOp).toBe('2026-09-30');
    const nogmaals = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${i.id}/intrekkingen`,
      payload: { per: '2026-09-30', redenWijziging: '05', motivering: 'x' },
    });
    expect(nogmaals.statusCode).toBe(409);
  });

  it('de verzendtaak levert elk klaarstaand bericht één keer af in de uitwisselmap', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-iwmo-uit-'));
    // The toewijzing of the first test and its change by the intrekking.
    const eerste = await verzendKlaarstaandeBerichten(t.database.db, map);
    expect(eerste).toEqual({ verzonden: 2, mislukt: 0 });
    const bestanden = fs.readdirSync(map).sort();
    expect(bestanden).toHaveLength(2);
    expect(bestanden[0]).toMatch(/^WMO301-0150-\d+\.xml$/);
    expect(xmllintValideer(fs.readFileSync(path.join(map, bestanden[0]!), 'utf8')).geldig).toBe(true);
    expect(await verzendKlaarstaandeBerichten(t.database.db, map)).toEqual({ verzonden: 0, mislukt: 0 });
    const lijst = (await t.api(bo, { method: 'GET', url: '/api/v1/iwmo-berichten?status=verzonden' })).json()
      .items;
    expect(lijst).toHaveLength(2);
    expect(lijst[0].verzondenOp).not.toBeNull();
  });

  it('ontvangt een WMO305 van de aanbieder (levering gestart) en weigert een vervalst bericht met de foutcodes', async () => {
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{
        toewijzingnummer: number;
        ingangsdatum: string;
        bsn: string;
        geboortedatum: string;
        achternaam: string;
        agb: string;
      }>(
        `SELECT t.toewijzingnummer, t.ingangsdatum, p.bsn, p.geboortedatum, p.achternaam, o.agb_code AS agb
         FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id JOIN personen p ON p.id = v.persoon_id
         JOIN organisaties o ON o.id = t.aanbieder_id LIMIT 1`,
      ),
    );
    const tw = rows[0]!;
    const voorbeeld = fs.readFileSync(
      path.resolve(import.meta.dirname, '../../standards/iwmo-3.2/voorbeeldberichten/WMO305.xml'),
      'utf8',
    );
    const xml = voorbeeld
      .replace('<wmo305:Afzender>65656055', `<wmo305:Afzender>${tw.agb}`)
      .replace('<wmo305:Ontvanger>0363', '<wmo305:Ontvanger>0150')
      .replace('<iwmo:Dagtekening>2025-04-05', '<iwmo:Dagtekening>2026-06-20')
      .replace('<wmo305:Bsn>999900006', `<wmo305:Bsn>${tw.bsn}`)
      .replace('<iwmo:Datum>1967-08-13', `<iwmo:Datum>${tw.geboortedatum}`)
      .replace(/<wmo305:StartProduct>\s*<wmo305:ToewijzingNummer>300202[\s\S]*?<\/wmo305:StartProduct>/, '')
      .replace('<wmo305:ToewijzingNummer>300201', `<wmo305:ToewijzingNummer>${tw.toewijzingnummer}`)
      .replace('<iwmo:Code>01A11', '<iwmo:Code>01A01')
      .replace(
        '<wmo305:ToewijzingIngangsdatum>2025-04-01',
        `<wmo305:ToewijzingIngangsdatum>${tw.ingangsdatum}`,
      )
      .replace('<wmo305:Begindatum>2025-04-03', '<wmo305:Begindatum>2026-06-16');
    setToday('2026-06-20');
    try {
      const ok = await t.api(bo, {
        method: 'POST',
        url: '/api/v1/iwmo-berichten',
        headers: { 'content-type': 'application/xml' },
        payload: xml,
      });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({ berichtcode: 'WMO305', verwerkt: 1 });
      const gestart = await t.database.db.systemTransaction((tx) =>
        tx.query<{ levering_gestart_op: string }>(
          'SELECT levering_gestart_op FROM toewijzingen WHERE toewijzingnummer = $1',
          [tw.toewijzingnummer],
        ),
      );
      expect(gestart.rows[0]!.levering_gestart_op).toBe('2026-06-16');
      const nogmaals = await t.api(bo, {
        method: 'POST',
        url: '/api/v1/iwmo-berichten',
        headers: { 'content-type': 'application/xml' },
        payload: xml,
      });
      expect(nogmaals.statusCode).toBe(409);

      const vervalst = xml
        .replace(`<wmo305:Bsn>${tw.bsn}`, '<wmo305:Bsn>123456789')
        .replace('<iwmo:Identificatie>123456789013', '<iwmo:Identificatie>123456789014');
      const fout = await t.api(bo, {
        method: 'POST',
        url: '/api/v1/iwmo-berichten',
        headers: { 'content-type': 'application/xml' },
        payload: vervalst,
      });
      expect(fout.statusCode).toBe(400);
      expect(fout.json().invalidParams.map((p: { code: string }) => p.code)).toContain('CS002');
      const { rows: opgeslagen } = await t.database.db.systemTransaction((tx) =>
        tx.query("SELECT 1 FROM iwmo_berichten WHERE richting = 'in'"),
      );
      expect(opgeslagen).toHaveLength(1);
    } finally {
      setToday('2026-06-01');
    }
  });

  it.each([
    ['einddatum vóór ingangsdatum', { einddatum: '2026-06-01' }, 'voorzieningen.0.einddatum'],
    ['aanbieder zonder contract', { aanbiederId: 'andere' }, 'voorzieningen.0.aanbiederId'],
    ['zin zonder aanbieder', { aanbiederId: null }, 'voorzieningen.0.aanbiederId'],
  ])('weigert %s en slaat niets op', async (_l, patch, veld) => {
    const a = await aanvraag(`Fout${veld.length}${Object.keys(patch)[0]}`);
    const hbh = product('Hulp bij het huishouden');
    const dagbesteding = product('Dagbesteding');
    const regel = {
      besluit: 'toekenning',
      motivering: 'x',
      productId: hbh.id,
      volume: 3,
      leveringsvorm: 'zin',
      aanbiederId: hbh.aanbieders[0]!.id,
      ingangsdatum: '2026-06-15',
      einddatum: '2027-06-14',
      ...patch,
    };
    if (regel.aanbiederId === 'andere') regel.aanbiederId = dagbesteding.aanbieders[0]!.id;
    const res = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: { voorzieningen: [regel] },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain(veld);
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query('SELECT 1 FROM beschikkingen WHERE aanvraag_id = $1', [a.id]),
    );
    expect(rows).toHaveLength(0);
  });

  it('OP043: pgb en zin voor hetzelfde product in dezelfde periode worden geweigerd', async () => {
    const a = await aanvraag('Overlap');
    const hbh = product('Hulp bij het huishouden');
    const basis = {
      besluit: 'toekenning',
      motivering: 'x',
      productId: hbh.id,
      volume: 3,
      ingangsdatum: '2026-06-15',
      einddatum: '2027-06-14',
    };
    const res = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: {
        voorzieningen: [
          { ...basis, leveringsvorm: 'zin', aanbiederId: hbh.aanbieders[0]!.id },
          { ...basis, leveringsvorm: 'pgb' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toContainEqual(
      expect.objectContaining({ name: 'voorzieningen.1.leveringsvorm', code: 'OP043' }),
    );
  });

  it('de kcc mag geen beschikking opstellen', async () => {
    const kcc = await t.login('kcc');
    const res = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/aanvragen/00000000-0000-4000-8000-000000000000/beschikkingen',
      payload: {},
    });
    expect(res.statusCode).toBe(403);
  });
});
