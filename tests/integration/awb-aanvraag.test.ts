import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { aanvraagVoor, type ProductRef, stelOpEnVast } from '../support/beschikking.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { regelcheck, xmllintValideer } from '../support/iwmo.ts';

/** Opschorting (Awb 4:15), ingebrekestelling and dwangsom (4:17) on an aanvraag, through HTTP. */
describe.each(DB_KINDS)('Awb rond de aanvraag (%s)', (kind) => {
  let t: TestApp;
  let tm: Session;
  let bo: Session;

  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    tm = await t.login('toegangsmedewerker');
    bo = await t.login('backoffice');
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  /** Triage to the toegangsmedewerker, who thereby has a relationship with the household. */
  const toeTm = async (kcc: Session, m: { id: string; versie: number }) => {
    const r = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: {
        versie: m.versie,
        uitkomst: 'onderzoek',
        behandelaarId: await medewerkerId(t, 'toegangsmedewerker'),
      },
    });
    expect(r.statusCode, r.body).toBe(200);
  };
  const aanvraag = async (id: string) =>
    (await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen/${id}` })).json();
  const opschort = (id: string, payload: Record<string, unknown>) =>
    t.api(tm, { method: 'POST', url: `/api/v1/aanvragen/${id}/opschortingen`, payload });

  it('an opschorting moves the deadline by exactly the suspended days, in the werkvoorraad too', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Opschorting'); // aanvraag ma 1 juni → uiterlijk ma 15 juni
    expect((await aanvraag(a.id)).termijnen.beschikkingUiterlijk).toBe('2026-06-15');
    const res = await opschort(a.id, { reden: 'aanvulling', van: '2026-06-03', tot: '2026-06-10' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().termijnen).toEqual({
      beschikkingUiterlijk: '2026-06-22',
      wettelijkUiterlijk: '2026-06-15',
    });
    expect(res.json().opschortingen).toHaveLength(1);
    const tweede = await opschort(a.id, {
      reden: 'instemming-aanvrager',
      van: '2026-06-10',
      tot: '2026-06-13',
    });
    expect(tweede.statusCode, tweede.body).toBe(201);
    expect(tweede.json().termijnen.beschikkingUiterlijk).toBe('2026-06-25');
    // The worklist of the backoffice reads the same stored deadline.
    const lijst = (
      await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen?persoon=${a.persoonId}` })
    ).json();
    expect(lijst.items[0].termijnen.beschikkingUiterlijk).toBe('2026-06-25');
    expect(lijst.items[0].dagenOver).toBe(24);
  });

  it('refuses an overlapping, reversed, early or late opschorting with a field error and saves nothing', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Opschortingfout');
    await opschort(a.id, { reden: 'aanvulling', van: '2026-06-03', tot: '2026-06-06' });
    const gevallen: Array<[Record<string, unknown>, string, string]> = [
      [{ van: '2026-06-05', tot: '2026-06-09' }, 'van', 'overlapt'],
      [{ van: '2026-06-10', tot: '2026-06-08' }, 'tot', 'eindigt-voor-begin'],
      [{ van: '2026-06-01', tot: '2026-06-02' }, 'van', 'voor-aanvraag'],
      [{ van: '2026-06-30', tot: '2026-07-02' }, 'van', 'na-termijn'],
    ];
    for (const [periode, veld, code] of gevallen) {
      const res = await opschort(a.id, { reden: 'aanvulling', ...periode });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().invalidParams).toEqual([expect.objectContaining({ name: veld, code })]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const na = await aanvraag(a.id);
    expect(na.opschortingen).toHaveLength(1);
    expect(na.termijnen.beschikkingUiterlijk).toBe('2026-06-18');
    const onbekend = await opschort(a.id, { reden: 'zomaar', van: '2026-06-07', tot: '2026-06-08' });
    expect(onbekend.statusCode).toBe(400);
  });

  it('an ingebrekestelling turns the case red with the dwangsom owed; GET dwangsom per peildatum', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Ingebrekestelling'); // uiterlijk ma 15 juni
    const voor = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/ingebrekestellingen`,
      payload: { ontvangstdatum: '2026-05-31' },
    });
    expect(voor.statusCode).toBe(400);
    expect(voor.json().invalidParams[0]).toMatchObject({ name: 'ontvangstdatum', code: 'voor-aanvraag' });

    setToday('2026-06-20');
    const res = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/ingebrekestellingen`,
      payload: { ontvangstdatum: '2026-06-20' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ vanaf: '2026-07-05', dagen: 0, bedrag: 0, voortijdig: false });
    const nogmaals = await t.api(bo, {
      method: 'POST',
      url: `/api/v1/aanvragen/${a.id}/ingebrekestellingen`,
      payload: { ontvangstdatum: '2026-06-20' },
    });
    expect(nogmaals.statusCode).toBe(409);

    const dwangsom = (peildatum: string) =>
      t.api(bo, { method: 'GET', url: `/api/v1/aanvragen/${a.id}/dwangsom?peildatum=${peildatum}` });
    expect((await dwangsom('2026-07-18')).json()).toMatchObject({
      vanaf: '2026-07-05',
      dagen: 14,
      bedrag: 322,
    });
    expect((await dwangsom('2026-07-19')).json()).toMatchObject({ dagen: 15, bedrag: 357 });
    expect((await dwangsom('2026-12-31')).json()).toMatchObject({
      dagen: 42,
      bedrag: 1442,
      afgelopen: true,
      laatsteDag: '2026-08-15',
      vaststellingUiterlijk: '2026-08-31', // za 15 aug + 14 = za 29 aug → ma 31 aug (Atw, 4:18)
    });
    const fout = await dwangsom('2026-13-01');
    expect(fout.statusCode).toBe(400);

    setToday('2026-07-10');
    const lijst = (
      await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen?persoon=${a.persoonId}` })
    ).json();
    expect(lijst.items[0].ingebrekestelling).toMatchObject({
      ontvangstdatum: '2026-06-20',
      dwangsom: { vanaf: '2026-07-05', dagen: 6, bedrag: 138 },
    });
  });

  it('404 for an unknown aanvraag; a dwangsom without ingebrekestelling is 404 too', async () => {
    const onbekend = '00000000-0000-4000-8000-000000000000';
    expect(
      (await opschort(onbekend, { reden: 'aanvulling', van: '2026-06-03', tot: '2026-06-05' })).statusCode,
    ).toBe(404);
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Geendwangsom');
    expect((await t.api(bo, { method: 'GET', url: `/api/v1/aanvragen/${a.id}/dwangsom` })).statusCode).toBe(
      404,
    );
  });

  it('a beschikking whose whole period lies in the past still sends its toewijzing (OP087), valid per XSD and rules', async () => {
    setToday('2026-06-01');
    const a = await aanvraagVoor(t, 'Terugwerkend');
    const bo2 = await t.login('backoffice-2');
    const producten: ProductRef[] = (
      await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    setToday('2026-07-15');
    const b = await stelOpEnVast(
      t,
      bo,
      bo2,
      `/api/v1/aanvragen/${a.id}/beschikkingen`,
      {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Tijdelijke hulp na de operatie, achteraf vastgelegd.',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders[0]!.id,
            ingangsdatum: '2026-06-01',
            einddatum: '2026-06-30',
          },
        ],
      },
      '2026-07-15',
    );
    const berichten = (
      await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten?persoon=${b.persoon.id}&richting=uit` })
    ).json().items as Array<{ id: string; berichtcode: string }>;
    expect(berichten.map((x) => x.berichtcode)).toEqual(['WMO301']);
    const xml = (await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten/${berichten[0]!.id}` })).body;
    expect(xml).toMatch(/Einddatum>2026-06-30</);
    expect(xmllintValideer(xml).geldig).toBe(true);
    expect(regelcheck(xml).fouten).toEqual([]);
  });

  it('spoed (Wmo 2.3.3): an aanvraag before the onderzoek ends, only on a spoedmelding; its beschikking goes the normal way', async () => {
    setToday('2026-06-02');
    const kcc = await t.login('kcc');
    const gewoon = await registreer(
      t,
      kcc,
      nieuweMelding({ ontvangstdatum: '2026-06-01' }, { bsn: volgendBsn(), achternaam: 'Geenspoed' }),
    );
    // Need-to-know (ADR 0030): the caseworker of the aanvraag is its behandelaar; without that a
    // doorbraak is needed first.
    const vooraf = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/meldingen/${gewoon.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-02' },
    });
    expect(vooraf.statusCode).toBe(403);
    expect(vooraf.json().code).toBe('doorbraak-nodig');
    await toeTm(kcc, gewoon);
    const geweigerd = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/meldingen/${gewoon.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-02', spoed: true },
    });
    expect(geweigerd.statusCode).toBe(400);
    expect(geweigerd.json().invalidParams[0]).toMatchObject({ name: 'spoed', code: 'geen-spoedmelding' });
    const zonder = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/meldingen/${gewoon.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-02' },
    });
    expect(zonder.statusCode).toBe(409);

    const spoed = await registreer(
      t,
      kcc,
      nieuweMelding(
        {
          ontvangstdatum: '2026-06-01',
          spoed: true,
          spoedToelichting: 'Valt vaak; alleen thuis na ziekenhuisopname.',
        },
        { bsn: volgendBsn(), achternaam: 'Spoed' },
      ),
    );
    await toeTm(kcc, spoed);
    const a = await t.api(tm, {
      method: 'POST',
      url: `/api/v1/meldingen/${spoed.id}/aanvragen`,
      payload: {
        aanvraagdatum: '2026-06-02',
        spoed: true,
        omschrijving: 'Tijdelijke hulp bij het huishouden',
      },
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ grondslag: 'spoed', termijnen: { beschikkingUiterlijk: '2026-06-16' } });
    const producten: ProductRef[] = (
      await t.api(bo, { method: 'GET', url: '/api/v1/producten?gemeente=0150' })
    ).json();
    const hbh = producten.find((p) => p.naam === 'Hulp bij het huishouden')!;
    const b = await stelOpEnVast(
      t,
      bo,
      await t.login('backoffice-2'),
      `/api/v1/aanvragen/${a.json().id}/beschikkingen`,
      {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Spoed: tijdelijke hulp tot het onderzoek is afgerond (Wmo 2.3.3).',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders[0]!.id,
            ingangsdatum: '2026-06-03',
            einddatum: '2026-07-31',
          },
        ],
      },
      '2026-06-02',
    );
    expect(b.status).toBe('vastgesteld');
    const berichten = (
      await t.api(bo, { method: 'GET', url: `/api/v1/iwmo-berichten?persoon=${b.persoon.id}&richting=uit` })
    ).json().items as Array<{ berichtcode: string }>;
    expect(berichten.map((x) => x.berichtcode)).toEqual(['WMO301']);
  });
});
