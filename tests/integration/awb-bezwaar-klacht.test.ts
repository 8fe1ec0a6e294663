import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast, stelVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { pdfText } from '../support/pdf.ts';

/** Bezwaar (Awb 6:9, 7:10) and klachten (Awb 9:11) through HTTP. */
describe.each(DB_KINDS)('bezwaar en klachten (%s)', (kind) => {
  let t: TestApp;
  let bo: Session;
  let bo2: Session;
  let tl: Session;
  let kcc: Session;
  let producten: ProductRef[];

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    bo = await t.login('backoffice');
    bo2 = await t.login('backoffice-2');
    tl = await t.login('teamleider');
    kcc = await t.login('kcc');
    producten = (await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })).json();
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  /** A beschikking fixed and made known on ma 1 juni 2026: bezwaartermijn tot en met ma 13 juli. */
  async function vastgesteld(achternaam: string) {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, achternaam);
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    return stelOpEnVast(t, bo, bo2, `/api/v1/aanvragen/${a.id}/beschikkingen`, {
      voorzieningen: [
        {
          besluit: 'toekenning',
          motivering: 'Uit het onderzoek blijkt dat hulp bij het huishouden nodig is.',
          productId: hbh.id,
          volume: 3,
          leveringsvorm: 'zin',
          aanbiederId: hbh.aanbieders[0]!.id,
          ingangsdatum: '2026-06-15',
          einddatum: '2027-06-14',
        },
      ],
    });
  }
  const brief = async (id: string) =>
    pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${id}/brief` })).rawPayload,
    ).replace(/\s+/g, ' ');
  const bezwaar = (id: string, payload: Record<string, unknown>) =>
    t.api(bo, { method: 'POST', url: `/api/v1/beschikkingen/${id}/bezwaren`, payload });
  const verdaag = (id: string, payload: Record<string, unknown>) =>
    t.api(bo, { method: 'POST', url: `/api/v1/bezwaren/${id}/verdaging`, payload });

  it('registers a bezwaar with its deadline (7:10 lid 1), verdaging (lid 3) and uitstel only with consent (lid 4)', async () => {
    const b = await vastgesteld('Bezwaar');
    const tekst = await brief(b.id);
    expect(tekst).toContain('bezwaar maken tot en met 13 juli 2026');
    expect(tekst).toContain(
      'niet later dan een week daarna ontvangen (Algemene wet bestuursrecht, artikel 6:9)',
    );
    expect(tekst).not.toContain('bij ons binnen zijn');
    expect(tekst).toContain('Voor hulp bij het huishouden betaalt u een eigen bijdrage. Het CAK berekent');
    const vroeg = await bezwaar(b.id, { ontvangstdatum: '2026-05-31', adviescommissie: false });
    expect(vroeg.statusCode).toBe(400);
    expect(vroeg.json().invalidParams[0]).toMatchObject({
      name: 'ontvangstdatum',
      code: 'voor-bekendmaking',
    });

    setToday('2026-06-20');
    const res = await bezwaar(b.id, { ontvangstdatum: '2026-06-15', adviescommissie: false });
    expect(res.statusCode, res.body).toBe(201);
    const z = res.json();
    expect(z).toMatchObject({
      tijdigheid: 'tijdig',
      status: 'open',
      bewaarplicht: true,
      termijnen: { bezwaarUiterlijk: '2026-07-13', beslissingUiterlijk: '2026-08-24' },
    });

    const v = await verdaag(z.id, { reden: 'Advies van de medisch adviseur volgt.', versie: z.versie });
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json().termijnen.beslissingUiterlijk).toBe('2026-10-05');
    expect(v.json().verdaging).toEqual({ op: '2026-06-20', reden: 'Advies van de medisch adviseur volgt.' });
    const verdagingsbrief = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/bezwaren/${z.id}/brief` })).rawPayload,
    ).replace(/\s+/g, ' ');
    expect(verdagingsbrief).toContain('artikel 7:10 lid 3');
    expect(verdagingsbrief).toContain('5 oktober 2026');

    const zonder = await verdaag(z.id, { reden: 'Nog meer tijd nodig.', versie: v.json().versie });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().invalidParams[0]).toMatchObject({
      name: 'instemmingIndiener',
      code: 'instemming-nodig',
    });
    const na = (await t.api(bo, { method: 'GET', url: `/api/v1/bezwaren/${z.id}` })).json();
    expect(na.termijnen.beslissingUiterlijk).toBe('2026-10-05');
    expect(na.versie).toBe(v.json().versie);

    const oud = await verdaag(z.id, {
      reden: 'x',
      versie: z.versie,
      instemmingIndiener: true,
      uitstelTot: '2026-10-30',
    });
    expect(oud.statusCode).toBe(409);
    const met = await verdaag(z.id, {
      reden: 'Hoorzitting op verzoek van de indiener verschoven.',
      versie: v.json().versie,
      instemmingIndiener: true,
      uitstelTot: '2026-10-30',
    });
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json().termijnen.beslissingUiterlijk).toBe('2026-10-30');

    const uitstelbrief = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/bezwaren/${z.id}/brief` })).rawPayload,
    ).replace(/\s+/g, ' ');
    expect(uitstelbrief).toContain('artikel 7:10 lid 4');
    expect(uitstelbrief).toContain('30 oktober 2026');

    const lijst = (await t.api(bo, { method: 'GET', url: `/api/v1/beschikkingen/${b.id}/bezwaren` })).json();
    expect(lijst.map((x: { id: string }) => x.id)).toEqual([z.id]);
    const open = (await t.api(bo, { method: 'GET', url: '/api/v1/bezwaren?status=open' })).json();
    expect(open.some((x: { id: string }) => x.id === z.id)).toBe(true);

    setToday('2026-07-01');
    const beslist = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/bezwaren/${z.id}/beslissing`,
      payload: {
        versie: met.json().versie,
        uitkomst: 'ongegrond',
        besluitdatum: '2026-07-01',
        motivering: 'Het onderzoek was zorgvuldig; de omvang past bij de beperkingen.',
      },
    });
    expect(beslist.statusCode, beslist.body).toBe(200);
    // Bewaarplicht until the beroepstermijn ends (Awb 6:7: six weeks after wo 1 juli → wo 12 augustus).
    expect(beslist.json()).toMatchObject({
      status: 'beslist',
      uitkomst: 'ongegrond',
      bewaarplicht: true,
      bewaarplichtTot: '2026-08-12',
    });
    const bob = pdfText(
      (await t.api(bo, { method: 'GET', url: `/api/v1/bezwaren/${z.id}/brief` })).rawPayload,
    ).replace(/\s+/g, ' ');
    expect(bob).toContain('Uw bezwaar is ongegrond');
    expect(bob).toContain('beroep instellen bij de rechtbank');
  });

  it('12 weeks with an adviescommissie; Awb 6:9 per post; a verdaging after the term is refused', async () => {
    const b = await vastgesteld('Bezwaarcommissie');
    setToday('2026-07-21');
    const commissie = await bezwaar(b.id, {
      ontvangstdatum: '2026-07-20',
      postdatum: '2026-07-13',
      adviescommissie: true,
    });
    expect(commissie.statusCode, commissie.body).toBe(201);
    expect(commissie.json()).toMatchObject({
      tijdigheid: 'tijdig-per-post',
      termijnen: { beslissingUiterlijk: '2026-10-05' },
    });
    const laat = await bezwaar(b.id, { ontvangstdatum: '2026-07-21', adviescommissie: false });
    expect(laat.json().tijdigheid).toBe('te-laat');
    const postNa = await bezwaar(b.id, {
      ontvangstdatum: '2026-07-14',
      postdatum: '2026-07-15',
      adviescommissie: false,
    });
    expect(postNa.statusCode).toBe(400);
    expect(postNa.json().invalidParams[0]).toMatchObject({ name: 'postdatum' });

    setToday('2026-08-25'); // the six-week term of the late bezwaar ended on ma 24 augustus
    const teLaat = await verdaag(laat.json().id, { reden: 'Te laat bedacht.', versie: laat.json().versie });
    expect(teLaat.statusCode).toBe(400);
    expect(teLaat.json().invalidParams[0]).toMatchObject({ code: 'termijn-verstreken' });
  });

  it('refuses a bezwaar against a concept, and an unknown beschikking', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Conceptbezwaar');
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const concept = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/beschikkingen`,
      payload: {
        voorzieningen: [{ besluit: 'afwijzing', motivering: 'Geen beperking gebleken.', productId: hbh.id }],
      },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const afgewezen = await stelVast(t, bo2, concept.json());
    expect(await brief(afgewezen.id)).not.toContain('eigen bijdrage');
    const tweede = await aanvraagVoor(t, 'Conceptbezwaar2');
    const concept2 = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${tweede.id}/beschikkingen`,
      payload: {
        voorzieningen: [{ besluit: 'afwijzing', motivering: 'Geen beperking gebleken.', productId: hbh.id }],
      },
    });
    expect(
      (await bezwaar(concept2.json().id, { ontvangstdatum: '2026-06-01', adviescommissie: false }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await bezwaar('00000000-0000-4000-8000-000000000000', {
          ontvangstdatum: '2026-06-01',
          adviescommissie: false,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('a pro-forma bezwaar: the hersteltermijn suspends the beslistermijn (7:10 lid 2)', async () => {
    const b = await vastgesteld('Proforma');
    setToday('2026-06-16');
    const res = await bezwaar(b.id, {
      ontvangstdatum: '2026-06-15',
      adviescommissie: false,
      proForma: true,
      hersteltermijnTot: '2026-06-29',
    });
    expect(res.statusCode, res.body).toBe(201);
    // Without: ma 24 augustus; 16 t/m 28 juni stil = 13 dagen → zo 6 september → ma 7 september (Atw).
    expect(res.json().termijnen.beslissingUiterlijk).toBe('2026-09-07');
  });

  it('klachten: 6 or 10 weeks (9:11 lid 1), one verdaging of 4 weeks (lid 2), the worklist and the oordeel', async () => {
    setToday('2026-06-02');
    const nieuw = (payload: Record<string, unknown>) =>
      t.api(kcc, { method: 'POST', url: '/api/v1/klachten', payload });
    const k = await nieuw({
      ontvangstdatum: '2026-06-01',
      klachtadviescommissie: false,
      omschrijving: 'De consulent kwam niet op de afspraak.',
    });
    expect(k.statusCode, k.body).toBe(201);
    expect(k.json().termijnen.afhandelingUiterlijk).toBe('2026-07-13');
    const c = await nieuw({
      ontvangstdatum: '2026-06-01',
      klachtadviescommissie: true,
      omschrijving: 'Bejegening.',
    });
    expect(c.json().termijnen.afhandelingUiterlijk).toBe('2026-08-10');

    expect(
      (await nieuw({ ontvangstdatum: '2026-06-03', klachtadviescommissie: false, omschrijving: 'x' }))
        .statusCode,
    ).toBe(400);
    const onbekend = await nieuw({
      ontvangstdatum: '2026-06-01',
      klachtadviescommissie: false,
      omschrijving: 'x',
      persoonId: '00000000-0000-4000-8000-000000000000',
    });
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().invalidParams[0]).toMatchObject({ name: 'persoonId' });

    const v = await t.api(tl, {
      method: 'POST',
      url: `/api/v1/klachten/${k.json().id}/verdaging`,
      payload: { reden: 'Horen kost meer tijd.', versie: k.json().versie },
    });
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json().termijnen.afhandelingUiterlijk).toBe('2026-08-10');
    const tweede = await t.api(tl, {
      method: 'POST',
      url: `/api/v1/klachten/${k.json().id}/verdaging`,
      payload: { reden: 'Nog eens.', versie: v.json().versie },
    });
    expect(tweede.statusCode).toBe(400);
    expect(tweede.json().invalidParams[0]).toMatchObject({ code: 'al-verdaagd' });

    const lijst = (await t.api(tl, { method: 'GET', url: '/api/v1/klachten?status=open' })).json();
    expect(
      lijst.map((x: { termijnen: { afhandelingUiterlijk: string } }) => x.termijnen.afhandelingUiterlijk),
    ).toEqual(['2026-08-10', '2026-08-10']);
    expect((await t.api(kcc, { method: 'GET', url: '/api/v1/klachten' })).statusCode).toBe(403);

    setToday('2026-08-11');
    const teLaat = await t.api(tl, {
      method: 'POST',
      url: `/api/v1/klachten/${c.json().id}/verdaging`,
      payload: { reden: 'Te laat.', versie: c.json().versie },
    });
    expect(teLaat.statusCode).toBe(400);
    expect(teLaat.json().invalidParams[0]).toMatchObject({ code: 'termijn-verstreken' });

    const af = await t.api(tl, {
      method: 'POST',
      url: `/api/v1/klachten/${c.json().id}/afhandeling`,
      payload: {
        versie: c.json().versie,
        afgehandeldOp: '2026-08-10',
        oordeel: 'deels-gegrond',
        gehoordOp: '2026-07-01',
      },
    });
    expect(af.statusCode, af.body).toBe(200);
    expect(af.json()).toMatchObject({ status: 'afgehandeld', oordeel: 'deels-gegrond' });
  });
});
