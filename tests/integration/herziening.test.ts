import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast, stelVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { regelcheck, xmllintValideer } from '../support/iwmo.ts';
import { pdfText } from '../support/pdf.ts';

const ONGEWIJZIGD = { gezondheid: true, woonsituatie: true, netwerk: true, ondersteuningsbehoefte: true };

describe.each(DB_KINDS)('wijziging, lichte herindicatie en werklijsten van de backoffice (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let producten: ProductRef[];
  const product = (naam: string) => producten.find((p) => p.naam === naam)!;

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

  const hbhRegel = (volume: number, ingangsdatum: string, einddatum: string) => ({
    besluit: 'toekenning',
    motivering: 'Uit het onderzoek blijkt dat hulp bij het huishouden nodig is.',
    productId: product('Hulp bij het huishouden').id,
    volume,
    leveringsvorm: 'zin',
    aanbiederId: product('Hulp bij het huishouden').aanbieders[0]!.id,
    ingangsdatum,
    einddatum,
  });

  async function berichtenVoor(persoonId: string) {
    return (
      await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten?persoon=${persoonId}&richting=uit` })
    ).json().items as Array<{ id: string; berichtcode: string }>;
  }
  async function xmlVan(id: string) {
    return (await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten/${id}` })).body;
  }

  it('wijziging: andere omvang en leveringsvorm per een datum; oude voorzieningen eindigen de dag ervoor; één WMO301 per aanbieder', async () => {
    const a = await aanvraagVoor(t, 'Wijziging');
    const begeleiding = product('Begeleiding individueel');
    const oud = await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [
        hbhRegel(3, '2026-06-15', '2027-06-14'),
        {
          besluit: 'toekenning',
          motivering: 'Mevrouw koopt de begeleiding zelf in.',
          productId: begeleiding.id,
          volume: 2,
          leveringsvorm: 'pgb',
          ingangsdatum: '2026-06-15',
          einddatum: '2027-06-14',
        },
      ],
    });
    const url = `/api/v1/beschikkingen/${oud.id}/wijzigingen`;
    const nieuw = (per: string, ingang = per) => [
      hbhRegel(5, ingang, '2027-08-31'),
      {
        besluit: 'toekenning',
        motivering: 'Begeleiding voortaan in natura: het pgb lukt niet meer.',
        productId: begeleiding.id,
        volume: 2,
        leveringsvorm: 'zin',
        aanbiederId: begeleiding.aanbieders[0]!.id,
        ingangsdatum: ingang,
        einddatum: '2027-08-31',
      },
    ];
    const basis = { redenWijziging: '03', toelichting: 'Mevrouw heeft na een val meer hulp nodig.' };

    // Bad input: every wrong field named, nothing saved.
    const fout = await t.api(bo, {
      method: 'POST',
      url,
      payload: { ...basis, per: '2026-09-01', voorzieningen: nieuw('2026-09-01', '2026-08-15') },
    });
    expect(fout.statusCode).toBe(400);
    expect(
      fout.json().invalidParams.map((p: { name: string }) => p.name),
      fout.body,
    ).toEqual([
      'voorzieningen.0.ingangsdatum',
      'voorzieningen.1.ingangsdatum',
      // ZIN from 15 August overlaps the pgb that only ends on 31 August.
      'voorzieningen.1.leveringsvorm',
    ]);
    const teVroeg = await t.api(bo, {
      method: 'POST',
      url,
      payload: { ...basis, per: '2026-06-15', voorzieningen: nieuw('2026-06-15') },
    });
    expect(teVroeg.json().invalidParams[0]).toMatchObject({ name: 'per', code: 'voor-ingang' });
    const zonderReden = await t.api(bo, {
      method: 'POST',
      url,
      payload: {
        per: '2026-09-01',
        redenWijziging: '03',
        toelichting: ' ',
        voorzieningen: nieuw('2026-09-01'),
      },
    });
    expect(zonderReden.json().invalidParams[0].name).toBe('toelichting');
    const vreemdeAanvraag = await aanvraagVoor(t, 'Anderpersoon');
    const andere = await t.api(bo, {
      method: 'POST',
      url,
      payload: {
        ...basis,
        per: '2026-09-01',
        aanvraagId: vreemdeAanvraag.id,
        voorzieningen: nieuw('2026-09-01'),
      },
    });
    expect(andere.json().invalidParams[0].name).toBe('aanvraagId');
    const aantal = await t.database.db.systemTransaction((tx) =>
      tx.query<{ n: number }>("SELECT count(*)::int AS n FROM beschikkingen WHERE soort = 'wijziging'"),
    );
    expect(aantal.rows[0]!.n).toBe(0);

    // A ZIN line replacing a pgb line of the same product is not an OP043 overlap: the pgb ends first.
    const concept = await t.api(bo, {
      method: 'POST',
      url,
      payload: { ...basis, per: '2026-09-01', voorzieningen: nieuw('2026-09-01') },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const w = concept.json();
    expect(w).toMatchObject({
      soort: 'wijziging',
      status: 'concept',
      vorigeBeschikkingId: oud.id,
      ingetrokkenPer: '2026-08-31',
      redenWijziging: '03',
    });
    const oudNu = (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${oud.id}` })).json();
    expect(oudNu.volgendeBeschikkingen).toEqual([
      { id: w.id, kenmerk: w.kenmerk, soort: 'wijziging', status: 'concept' },
    ]);

    // The concept can still be corrected (optimistic concurrency as for any concept).
    const put = await t.api(bo, {
      method: 'PUT',
      url: `/api/v1/beschikkingen/${w.id}`,
      payload: { versie: w.versie, toelichting: basis.toelichting, voorzieningen: nieuw('2026-09-01') },
    });
    expect(put.statusCode, put.body).toBe(200);
    const oudePut = await t.api(bo, {
      method: 'PUT',
      url: `/api/v1/beschikkingen/${w.id}`,
      payload: { versie: w.versie, toelichting: basis.toelichting, voorzieningen: nieuw('2026-09-01') },
    });
    expect(oudePut.statusCode).toBe(409);

    const zelf = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${w.id}/vaststelling`,
      payload: { versie: put.json().versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(zelf.json().code).toBe('vier-ogen');
    const vast = await stelVast(t, bo2, put.json());
    expect(vast.status).toBe('vastgesteld');

    const { rows: vz } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ beschikking_id: string; leveringsvorm: string; beeindigd_op: string | null }>(
        'SELECT beschikking_id, leveringsvorm, beeindigd_op FROM voorzieningen WHERE beschikking_id IN ($1, $2) ORDER BY beschikking_id = $2, volgnummer',
        [oud.id, w.id],
      ),
    );
    expect(
      vz.map((v) => [v.beschikking_id === oud.id ? 'oud' : 'nieuw', v.leveringsvorm, v.beeindigd_op]),
    ).toEqual([
      ['oud', 'zin', '2026-08-31'],
      ['oud', 'pgb', '2026-08-31'],
      ['nieuw', 'zin', null],
      ['nieuw', 'zin', null],
    ]);
    const { rows: tw } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ soort: string; einddatum: string; reden_wijziging: string | null; status: string }>(
        `SELECT CASE WHEN v.beschikking_id = $1 THEN 'oud' ELSE 'nieuw' END AS soort, t.einddatum, t.reden_wijziging, t.status
         FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id WHERE v.beschikking_id IN ($1, $2) ORDER BY t.toewijzingnummer`,
        [oud.id, w.id],
      ),
    );
    expect(tw).toEqual([
      { soort: 'oud', einddatum: '2026-08-31', reden_wijziging: '03', status: 'gewijzigd' },
      { soort: 'nieuw', einddatum: '2027-08-31', reden_wijziging: null, status: 'actief' },
      { soort: 'nieuw', einddatum: '2027-08-31', reden_wijziging: null, status: 'actief' },
    ]);

    // Per aanbieder one message in this change with the changed and the new toewijzingen (OP087).
    const berichten = await berichtenVoor(oudNu.persoon.id);
    const aanbieders = new Set([
      product('Hulp bij het huishouden').aanbieders[0]!.id,
      begeleiding.aanbieders[0]!.id,
    ]);
    // The first toewijzing (oud) plus one per aanbieder for the wijziging.
    expect(berichten).toHaveLength(1 + aanbieders.size);
    for (const b of berichten) {
      const xml = await xmlVan(b.id);
      expect(xmllintValideer(xml).geldig).toBe(true);
      expect(regelcheck(xml).fouten).toEqual([]);
    }
    const xmls = await Promise.all(berichten.map((b) => xmlVan(b.id)));
    const hbhXml = xmls.find((x) => /RedenWijziging/.test(x)) ?? '';
    expect(hbhXml).toMatch(/RedenWijziging>03</);
    expect(hbhXml).toMatch(/Einddatum>2026-08-31</);
    expect(hbhXml).toMatch(/Volume>5</);

    const brief = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${w.id}/brief` })).rawPayload,
    ).replace(/\s+/g, ' ');
    for (const s of [
      'wijziging van uw maatwerkvoorziening',
      'met ingang van 1 september 2026',
      'Vervalt: Hulp bij het huishouden',
      'Laatste dag: 31 augustus 2026',
      'Toegekend: Begeleiding individueel',
      'meer hulp nodig',
      'bezwaar',
    ]) {
      expect(brief).toContain(s);
    }

    // The person's list shows the chain, newest first, with effective end dates.
    const lijst = (
      await t.api(bo, { method: 'GET', url: `/api/v1/personen/${oudNu.persoon.id}/beschikkingen` })
    ).json();
    expect(
      lijst.map((b: { soort: string; vorigeBeschikkingId: string | null }) => [
        b.soort,
        b.vorigeBeschikkingId,
      ]),
    ).toEqual([
      ['wijziging', oud.id],
      ['besluit', null],
    ]);
    expect(lijst[1].voorzieningen.map((v: { einddatum: string }) => v.einddatum)).toEqual([
      '2026-08-31',
      '2026-08-31',
    ]);
    expect(lijst[0].voorzieningen[1]).toMatchObject({
      productcategorieNaam: 'Begeleiding',
      leveringsvorm: 'zin',
    });

    // Nothing runs after the change any more on the old beschikking.
    const nogmaals = await t.api(bo, {
      method: 'POST',
      url,
      payload: { ...basis, per: '2026-10-01', voorzieningen: nieuw('2026-10-01') },
    });
    expect(nogmaals.json().invalidParams[0]).toMatchObject({ name: 'per', code: 'niets-te-wijzigen' });
  });

  it('lichte herindicatie: alleen als niets veranderd is; aansluitende periode; vier ogen; nieuwe toewijzing', async () => {
    const a = await aanvraagVoor(t, 'Herindicatie');
    const oud = await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [hbhRegel(3, '2026-06-15', '2026-08-31')],
    });
    const lijst = async () =>
      (await t.api(bo, { method: 'GET', url: '/api/v1/herindicaties?maanden=3' }))
        .json()
        .find((h: { beschikkingId: string }) => h.beschikkingId === oud.id);
    const rij = await lijst();
    expect(rij).toMatchObject({ einddatum: '2026-08-31', vervolg: null });
    const url = `/api/v1/voorzieningen/${rij.voorzieningId}/herindicaties`;
    const invoer = {
      contactOp: '2026-05-28',
      contactwijze: 'telefonisch',
      ongewijzigd: ONGEWIJZIGD,
      toelichting: 'Mevrouw vertelt dat haar situatie gelijk is gebleven.',
      ingangsdatum: '2026-09-01',
      einddatum: '2027-08-31',
      herindicatiedatum: '2027-06-01',
    };

    const veranderd = await t.api(bo, {
      method: 'POST',
      url,
      payload: { ...invoer, ongewijzigd: { ...ONGEWIJZIGD, netwerk: false }, ingangsdatum: '2026-09-02' },
    });
    expect(veranderd.statusCode).toBe(400);
    expect(
      veranderd.json().invalidParams.map((p: { name: string; code: string }) => `${p.name}:${p.code}`),
    ).toEqual(['ongewijzigd.netwerk:veranderd', 'ingangsdatum:geen-aansluiting']);
    expect(veranderd.json().invalidParams[0].reason).toContain('volledig onderzoek');

    const concept = await t.api(bo, { method: 'POST', url, payload: invoer });
    expect(concept.statusCode, concept.body).toBe(201);
    const h = concept.json();
    expect(h).toMatchObject({
      soort: 'herindicatie',
      vorigeBeschikkingId: oud.id,
      herindicatie: { contactOp: '2026-05-28', contactwijze: 'telefonisch', ongewijzigd: ONGEWIJZIGD },
    });
    expect(h.voorzieningen).toHaveLength(1);
    expect(h.voorzieningen[0]).toMatchObject({
      volume: 3,
      ingangsdatum: '2026-09-01',
      einddatum: '2027-08-31',
    });
    expect(h.voorzieningen[0].motivering).toContain('Lichte herindicatie');

    // Planned once: the worklist shows it, a second one is refused, the concept is not edited.
    expect((await lijst()).vervolg).toMatchObject({ beschikkingId: h.id, status: 'concept' });
    const tweede = await t.api(bo, { method: 'POST', url, payload: invoer });
    expect(tweede.json().invalidParams[0]).toMatchObject({
      name: 'voorzieningId',
      code: 'al-geherindiceerd',
    });
    const put = await t.api(bo, {
      method: 'PUT',
      url: `/api/v1/beschikkingen/${h.id}`,
      payload: { versie: h.versie, voorzieningen: [hbhRegel(3, '2026-09-01', '2027-08-31')] },
    });
    expect(put.statusCode).toBe(409);

    const vast = await stelVast(t, bo2, h);
    expect(vast.status).toBe('vastgesteld');
    const berichten = await berichtenVoor(vast.persoon.id);
    expect(berichten).toHaveLength(2);
    const xml = await xmlVan(berichten[0]!.id);
    expect(xml).toMatch(/Ingangsdatum>2026-09-01</);
    expect(xmllintValideer(xml).geldig).toBe(true);
    expect(regelcheck(xml).fouten).toEqual([]);
    const brief = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${h.id}/brief` })).rawPayload,
    ).replace(/\s+/g, ' ');
    expect(brief).toContain('voortzetting van uw maatwerkvoorziening');
    expect(brief).toContain('liep tot en met 31 augustus 2026');
    expect(brief).toContain('Dat is niet zo');
    expect(brief).toContain('bezwaar');

    // Audit and timeline: recorded as a light herindicatie.
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ type: string }>("SELECT type FROM domein_events WHERE type = 'LichteHerindicatieOpgesteld'"),
    );
    expect(rows).toHaveLength(1);
  });

  it('een concept wordt verwijderd (met versie); een vastgestelde beschikking blijft', async () => {
    const a = await aanvraagVoor(t, 'Verwijderen');
    const concept = (
      await t.api(bo, {
        method: 'POST',
        url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
        payload: { voorzieningen: [hbhRegel(2, '2026-07-01', '2027-06-30')] },
      })
    ).json();
    const verkeerd = await t.api(bo, {
      method: 'DELETE',
      url: `/api/v1/beschikkingen/${concept.id}?versie=${concept.versie + 1}`,
    });
    expect(verkeerd.statusCode).toBe(409);
    const weg = await t.api(bo, {
      method: 'DELETE',
      url: `/api/v1/beschikkingen/${concept.id}?versie=${concept.versie}`,
    });
    expect(weg.statusCode).toBe(204);
    expect((await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${concept.id}` })).statusCode).toBe(
      404,
    );
    // The aanvraag can get its beschikking again.
    const vast = await stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [hbhRegel(2, '2026-07-01', '2027-06-30')],
    });
    const blijft = await t.api(bo, {
      method: 'DELETE',
      url: `/api/v1/beschikkingen/${vast.id}?versie=${vast.versie}`,
    });
    expect(blijft.statusCode).toBe(409);
  });

  it('werklijst aanvragen (op termijn, keyset-pagina’s) en gepagineerde iWmo-berichten', async () => {
    await aanvraagVoor(t, 'Lijsteen', '2026-05-25');
    await aanvraagVoor(t, 'Lijsttwee', '2026-05-28');
    const alle: Array<{
      id: string;
      termijnen: { beschikkingUiterlijk: string };
      persoon: { naam: string };
      dagenOver: number;
    }> = [];
    let na: string | null = null;
    let paginas = 0;
    do {
      const r = await t.api(bo, {
        method: 'GET',
        url: `/api/v1/aanvragen?status=ingediend&pageSize=1${na ? `&na=${na}` : ''}`,
      });
      expect(r.statusCode, r.body).toBe(200);
      alle.push(...r.json().items);
      na = r.json().volgende;
      paginas++;
    } while (na && paginas < 50);
    expect(alle.length).toBeGreaterThanOrEqual(2);
    expect(new Set(alle.map((a) => a.id)).size).toBe(alle.length);
    const uiterlijk = alle.map((a) => a.termijnen.beschikkingUiterlijk);
    expect(uiterlijk).toEqual([...uiterlijk].sort());
    const een = alle.find((a) => a.persoon.naam.includes('Lijsteen'))!;
    // Aanvraag 25 May 2026 + 2 weeks = 8 June; today is 1 June.
    expect(een).toMatchObject({ termijnen: { beschikkingUiterlijk: '2026-06-08' }, dagenOver: 7 });

    const kapot = await t.api(bo, { method: 'GET', url: '/api/v1/aanvragen?na=bm9ndWxsaWc' });
    expect(kapot.statusCode).toBe(400);
    expect(kapot.json().invalidParams[0].name).toBe('na');
    const kcc = await t.login('kcc');
    expect((await t.api(kcc, { method: 'GET', url: '/api/v1/aanvragen' })).statusCode).toBe(403);

    const totaal = await t.database.db.systemTransaction((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM iwmo_berichten'),
    );
    const ids: string[] = [];
    na = null;
    paginas = 0;
    do {
      const r = await t.api(bo, {
        method: 'GET',
        url: `/api/v1/iwmo-berichten?pageSize=2${na ? `&na=${na}` : ''}`,
      });
      ids.push(...r.json().items.map((b: { id: string }) => b.id));
      na = r.json().volgende;
      paginas++;
    } while (na && paginas < 50);
    expect(ids.length).toBe(totaal.rows[0]!.n);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
