import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { volledigeStappen } from '../support/onderzoek.ts';
import { pdfText } from '../support/pdf.ts';

/**
 * Regionale toegang beschermd wonen en opvang (issue 20): decisions under the mandate of the
 * resident's gemeente (Awb 10:2, 10:10), refused outside it; BW/MO only by the regional team; the
 * mandaatregister and the staff placement per employer.
 */
describe.each(DB_KINDS)('regionale toegang: mandaat (%s)', (kind) => {
  let t: TestApp;
  let regio: Session;
  let regio2: Session;
  let beheer: Session;
  let regioTeam: string;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    regio = await t.login('regio-bw');
    regio2 = await t.login('regio-bw-2');
    // Roles hold per gemeente (ADR 0030): Deventer's beheer keeps the region's register by grant.
    const beheerId = await medewerkerId(t, 'beheer');
    await t.database.db.systemTransaction((tx) =>
      tx.query(
        "INSERT INTO medewerker_gemeenten (medewerker_id, gemeente_code) SELECT $1, unnest(ARRAY['0175', '0177', '0262', '0301'])",
        [beheerId],
      ),
    );
    beheer = await t.login('beheer');
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ id: string }>("SELECT id FROM teams WHERE soort = 'regionaal'"),
    );
    regioTeam = rows[0]!.id;
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  /** A BW/MO aanvraag of a resident of `gemeente`, worked by the regional team. */
  async function bwAanvraag(gemeente: string, achternaam: string) {
    const m = await registreer(
      t,
      regio,
      nieuweMelding(
        { ontvangstdatum: '2026-05-20', leefgebieden: ['huisvesting'] },
        { bsn: volgendBsn(), achternaam, gemeenteCode: gemeente },
      ),
    );
    const tr = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: { versie: m.versie, uitkomst: 'onderzoek', behandelaarId: await medewerkerId(t, 'regio-bw') },
    });
    expect(tr.statusCode, tr.body).toBe(200);
    const o = await t.api(regio, {
      method: 'POST',
      url: '/api/v1/onderzoeken',
      payload: { meldingId: m.id },
    });
    expect(o.statusCode, o.body).toBe(201);
    const o2 = await t.api(regio, {
      method: 'PATCH',
      url: `/api/v1/onderzoeken/${o.json().id}`,
      payload: { versie: o.json().versie, stappen: volledigeStappen(true) },
    });
    const af = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o2.json().id}/afronding`,
      payload: {
        versie: o2.json().versie,
        ladderUitkomst: 'maatwerk',
        samenvatting: 'Beschermd wonen nodig.',
        vervolg: 'Aanvraag.',
      },
    });
    expect(af.statusCode, af.body).toBe(200);
    const a = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-05-28' },
    });
    expect(a.statusCode, a.body).toBe(201);
    return a.json() as { id: string };
  }

  async function bwProduct(session: Session, gemeente: string) {
    const lijst = (
      await t.api(session, { method: 'GET', url: `/api/v1/producten?gemeente=${gemeente}` })
    ).json();
    return lijst.find((p: { naam: string }) => p.naam === 'Beschermd wonen intramuraal') as {
      id: string;
      aanbieders: Array<{ id: string }>;
    };
  }

  const bwVoorziening = (p: { id: string; aanbieders: Array<{ id: string }> }) => ({
    besluit: 'toekenning',
    motivering: 'Zelfstandig wonen is nu niet veilig; begeleiding dag en nacht is nodig.',
    productId: p.id,
    volume: 7,
    leveringsvorm: 'zin',
    aanbiederId: p.aanbieders[0]!.id,
    ingangsdatum: '2026-06-08',
    einddatum: '2027-06-07',
  });

  it('signs a Raalte resident’s beschikking under Raalte’s mandate, with Raalte’s bezwaar address', async () => {
    const a = await bwAanvraag('0177', 'Mandaatraalte');
    const concept = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: { voorzieningen: [bwVoorziening(await bwProduct(regio, '0177'))] },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const vast = await t.api(regio2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${concept.json().id}/vaststelling`,
      payload: { versie: concept.json().versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(vast.statusCode, vast.body).toBe(200);
    const tekst = pdfText(
      (await t.api(regio2, { method: 'GET', url: `/api/v1/beschikkingen/${concept.json().id}/brief` }))
        .rawPayload,
    ).replace(/\s+/g, ' ');
    expect(tekst).toContain('Namens het college van burgemeester en wethouders van Raalte');
    expect(tekst).toContain(
      'op grond van het Mandaatbesluit regionale toegang beschermd wonen en opvang Raalte 2023',
    );
    expect(tekst).toContain('college van burgemeester en wethouders van Raalte, Postbus 140, 8100 AC Raalte');
    expect(tekst).not.toContain('namens dezen, Team Toegang');
  });

  it('refuses a decision outside a valid mandate, and leaves the concept as it was', async () => {
    // Zutphen's mandate ended the day before.
    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE mandaten SET geldig_tot = '2026-05-31' WHERE gemeente_code = '0301'"),
    );
    const a = await bwAanvraag('0301', 'Mandaatzutphen');
    const concept = await t.api(regio, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: { voorzieningen: [bwVoorziening(await bwProduct(regio, '0301'))] },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const vast = await t.api(regio2, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${concept.json().id}/vaststelling`,
      payload: { versie: concept.json().versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(vast.statusCode).toBe(400);
    expect(vast.json().invalidParams[0]).toMatchObject({ name: 'besluitdatum', code: 'geen-mandaat' });
    expect(vast.json().invalidParams[0].reason).toContain('geen geldig mandaat van de gemeente Zutphen');
    const b = (
      await t.api(regio2, { method: 'GET', url: `/api/v1/beschikkingen/${concept.json().id}` })
    ).json();
    expect(b.status).toBe('concept');
    const berichten = await t.database.db.systemTransaction((tx) =>
      tx.query("SELECT count(*)::int AS n FROM toewijzingen WHERE gemeente_code = '0301'"),
    );
    expect(berichten.rows[0]).toEqual({ n: 0 });
  });

  it('refuses a BW product chosen by a local team, at the field', async () => {
    const bo = await t.login('backoffice');
    const a = await aanvraagVoor(t, 'Lokaalbw');
    const res = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: { voorzieningen: [bwVoorziening(await bwProduct(bo, '0150'))] },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().invalidParams).toContainEqual(
      expect.objectContaining({ name: 'voorzieningen.0.productId', code: 'regionale-toegang' }),
    );
  });

  it('keeps the mandaatregister: beheer records, overlap and local teams refused', async () => {
    const lijst = await t.api(regio, {
      method: 'GET',
      url: '/api/v1/mandaten?gemeente=0177&peildatum=2026-06-01',
    });
    expect(lijst.statusCode, lijst.body).toBe(200);
    expect(lijst.json()).toHaveLength(1);
    expect(lijst.json()[0]).toMatchObject({
      gemeenteNaam: 'Raalte',
      geldigTot: null,
      productcategorieen: ['15', '16', '17', '18'],
    });

    const invoer = {
      gemeenteCode: '0177',
      teamId: regioTeam,
      besluiten: ['beschikking'],
      geldigVan: '2027-01-01',
      besluitReferentie: 'het Mandaatbesluit 2027',
      ondertekening: 'de teamleider regionale toegang',
    };
    const overlap = await t.api(beheer, { method: 'POST', url: '/api/v1/mandaten', payload: invoer });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().invalidParams[0]).toMatchObject({ name: 'geldigVan', code: 'overlapt' });

    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ id: string }>("SELECT id FROM teams WHERE soort = 'toegang' AND gemeente_code = '0150'"),
    );
    const lokaal = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/mandaten',
      payload: {
        ...invoer,
        gemeenteCode: '0262',
        teamId: rows[0]!.id,
        geldigTot: '2026-12-31',
        geldigVan: '2027-01-01',
      },
    });
    expect(lokaal.statusCode).toBe(400);
    expect(
      lokaal
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['geldigTot', 'teamId']);

    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE mandaten SET geldig_tot = '2026-12-31' WHERE gemeente_code = '0177'"),
    );
    const nieuw = await t.api(beheer, { method: 'POST', url: '/api/v1/mandaten', payload: invoer });
    expect(nieuw.statusCode, nieuw.body).toBe(201);
    expect(nieuw.json()).toMatchObject({
      besluiten: ['beschikking'],
      geldigVan: '2027-01-01',
      teamNaam: expect.any(String),
    });

    const fout = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/mandaten',
      payload: { ...invoer, besluiten: [], productcategorieen: ['01'] },
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams.length).toBeGreaterThanOrEqual(2);
    const schrijven = await t.api(regio, { method: 'POST', url: '/api/v1/mandaten', payload: invoer });
    expect(schrijven.statusCode).toBe(403);
  });

  it('reports fte per employer: seconded in 2021, employed by Deventer from 2022', async () => {
    const in2021 = (
      await t.api(beheer, { method: 'GET', url: '/api/v1/regio/formatie?peildatum=2021-06-01' })
    ).json();
    expect(in2021.perWerkgever).toEqual([
      { werkgever: 'Stichting Beschermd Wonen IJsselland', vorm: 'detachering', medewerkers: 2, fte: 1.78 },
    ]);
    const nu = (
      await t.api(beheer, { method: 'GET', url: '/api/v1/regio/formatie?peildatum=2026-06-01' })
    ).json();
    expect(nu.perWerkgever).toEqual([
      { werkgever: 'Gemeente Deventer', vorm: 'dienstverband', medewerkers: 2, fte: 1.78 },
    ]);
    const m = nu.dienstverbanden[0];
    const overlap = await t.api(beheer, {
      method: 'POST',
      url: `/api/v1/medewerkers/${m.medewerker.id}/dienstverbanden`,
      payload: {
        werkgeverId: m.werkgever.id,
        vorm: 'inhuur',
        teamId: regioTeam,
        van: '2026-01-01',
        fte: 0.5,
      },
    });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().invalidParams[0]).toMatchObject({ name: 'van', code: 'overlapt' });
  });
});
