import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday, today } from '../../src/server/platform/clock.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { pdfText } from '../support/pdf.ts';

describe.each(DB_KINDS)('intake: meldingen, termijnen, triage (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('registreert een melding voor een nieuw huishouden met termijnen, wijk en ontvangstbevestiging', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn() }));
    expect(m).toMatchObject({
      soort: 'melding',
      status: 'nieuw',
      kenmerk: expect.stringMatching(/^M-\d{6}$/),
      ontvangstdatum: '2026-05-01',
      // 1 May 2026 (Fri) + 6 weeks = Fri 12 June 2026; + 7 days = Fri 8 May 2026: working days.
      termijnen: {
        onderzoekUiterlijk: '2026-06-12',
        persoonlijkPlanUiterlijk: '2026-05-08',
        dagenOver: 11,
        status: 'binnen-twee-weken',
      },
      wijk: { code: 'A', naam: 'Binnenstad' },
    });
    expect(m.documenten.map((d: { soort: string }) => d.soort)).toEqual(['ontvangstbevestiging']);
    const pdf = await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}/ontvangstbevestiging` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('Gemeente Deventer');
    expect(text).toContain('1 mei 2026');
    expect(text).toContain('12 juni 2026');
    expect(text).toContain('8 mei 2026');
    expect(text).toContain(m.kenmerk);
  });

  it('verlengt de termijn volgens de Atw: einde op de gelijkgestelde vrijdag na Hemelvaart wordt maandag', async () => {
    const kcc = await t.login('kcc');
    // 3 April 2026 + 42 days = Fri 15 May 2026, gelijkgesteld (Besluit 2026–2028) → Mon 18 May.
    const m = await registreer(
      t,
      kcc,
      nieuweMelding({ ontvangstdatum: '2026-04-03' }, { bsn: volgendBsn(), achternaam: 'Hemelvaart' }),
    );
    expect(m.termijnen.onderzoekUiterlijk).toBe('2026-05-18');
    expect(m.termijnen.status).toBe('verlopen');
  });

  it.each([
    ['ongeldig BSN (elfproef)', nieuweMelding({}, { bsn: '999990018' }), 'nieuwePersoon.bsn'],
    ['ontvangstdatum in de toekomst', nieuweMelding({ ontvangstdatum: '2026-06-02' }), 'ontvangstdatum'],
    [
      'geboortedatum na de melding',
      nieuweMelding({ ontvangstdatum: '2026-05-01' }, { geboortedatum: '2026-05-20' }),
      'nieuwePersoon.geboortedatum',
    ],
    [
      'onbekende postcode',
      nieuweMelding(
        {},
        { adres: { straat: 'X', huisnummer: 1, postcode: '1011AB', woonplaats: 'Amsterdam' } },
      ),
      'nieuwePersoon.adres.postcode',
    ],
    ['spoed zonder toelichting', nieuweMelding({ spoed: true }), 'spoedToelichting'],
    ['geen persoon', { ...nieuweMelding(), nieuwePersoon: undefined }, 'persoonId'],
  ])('weigert %s met een veldfout en slaat niets op', async (_l, body, field) => {
    const kcc = await t.login('kcc');
    const count = async () =>
      (
        await t.database.db.systemTransaction((tx) =>
          tx.query<{ n: number }>(
            'SELECT (SELECT count(*) FROM meldingen) + (SELECT count(*) FROM personen) AS n',
          ),
        )
      ).rows[0]!.n;
    const before = await count();
    const payload = structuredClone(body) as Record<string, unknown>;
    if ((payload.nieuwePersoon as Record<string, unknown> | undefined)?.bsn === '999990019') {
      (payload.nieuwePersoon as Record<string, unknown>).bsn = volgendBsn();
    }
    const res = await t.api(kcc, { method: 'POST', url: '/api/v1/meldingen', payload });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('waarschuwt bij een tweede open melding over hetzelfde leefgebied en staat die toe na bevestiging', async () => {
    const kcc = await t.login('kcc');
    const eerste = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Dubbel' }));
    const tweede = { ...nieuweMelding(), nieuwePersoon: undefined, persoonId: eerste.persoon.id };
    const res = await t.api(kcc, { method: 'POST', url: '/api/v1/meldingen', payload: tweede });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('mogelijk-dubbele-melding');
    expect(res.json().detail).toContain(eerste.kenmerk);
    const ok = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/meldingen',
      payload: { ...tweede, dubbeleMeldingBevestigd: true },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().waarschuwingen[0]).toContain(eerste.kenmerk);
    const ander = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/meldingen',
      payload: { ...tweede, leefgebieden: ['financien'] },
    });
    expect(ander.statusCode).toBe(201);
  });

  it('triage naar onderzoek maakt de toegangsmedewerker behandelaar en contactpersoon; hij ziet de melding in zijn werkvoorraad', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(
      t,
      kcc,
      nieuweMelding({ ontvangstdatum: '2026-05-20' }, { bsn: volgendBsn(), achternaam: 'Onderzoek' }),
    );
    const tm = await medewerkerId(t, 'toegangsmedewerker');
    const res = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: { versie: m.versie, uitkomst: 'onderzoek', behandelaarId: tm },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'onderzoek',
      behandelaar: { id: tm },
      contactpersoon: { id: tm },
      ladderUitkomst: null,
    });

    const consulent = await t.login('toegangsmedewerker');
    const wv = await t.api(consulent, { method: 'GET', url: '/api/v1/werkvoorraad?behandelaar=ik' });
    expect(wv.statusCode).toBe(200);
    const item = wv.json().items.find((i: { id: string }) => i.id === m.id);
    // 20 May 2026 (Wed) + 42 = Wed 1 July 2026.
    expect(item.termijnen).toMatchObject({ onderzoekUiterlijk: '2026-07-01', dagenOver: 30, status: 'ruim' });

    const tijdlijn = (
      await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${m.id}/tijdlijn` })
    ).json();
    expect(tijdlijn.map((e: { type: string }) => e.type)).toEqual([
      'MeldingOntvangen',
      'OntvangstbevestigingGemaakt',
      'TriageAfgerond',
      'BehandelaarToegewezen',
      'ContactpersoonGewijzigd',
    ]);
    expect(tijdlijn[2].door).toBe('Karin Claassen');

    const huishouden = (
      await t.api(consulent, { method: 'GET', url: `/api/v1/huishoudens/${m.huishoudenId}` })
    ).json();
    expect(huishouden.contactpersoon.id).toBe(tm);
  });

  it('twee medewerkers die tegelijk triëren: de tweede krijgt 409', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Tegelijk' }));
    const body = {
      versie: m.versie,
      uitkomst: 'informatie-advies',
      toelichting: 'Folder gegeven',
      afzienVanOnderzoek: { op: m.ontvangstdatum, wijze: 'telefonisch', geinformeerdDoor: 'KCC' },
    };
    const other = await t.login('toegangsmedewerker');
    const [a, b] = await Promise.all([
      t.api(kcc, { method: 'POST', url: `/api/v1/meldingen/${m.id}/triage`, payload: body }),
      t.api(other, {
        method: 'POST',
        url: `/api/v1/meldingen/${m.id}/triage`,
        payload: { ...body, toelichting: 'Anders' },
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('versieconflict');
    const final = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json();
    expect(final).toMatchObject({
      status: 'afgesloten',
      ladderUitkomst: 'advies-doorverwijzing',
      versie: m.versie + 1,
    });
  });

  it('een signaal heeft geen termijn tot het wordt omgezet in een melding', async () => {
    const kcc = await t.login('kcc');
    const s = await registreer(
      t,
      kcc,
      nieuweMelding(
        {
          soort: 'signaal',
          kanaal: 'signaal',
          melder: { type: 'professional', organisatie: 'Huisartsenpraktijk De Hoven' },
          clientondersteuningAangeboden: false,
          clientondersteuningGeaccepteerd: null,
        },
        { bsn: volgendBsn(), achternaam: 'Signaal' },
      ),
    );
    expect(s.termijnen.onderzoekUiterlijk).toBeNull();
    expect(s.documenten).toEqual([]);
    const naarOnderzoek = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${s.id}/triage`,
      payload: {
        versie: s.versie,
        uitkomst: 'onderzoek',
        behandelaarId: await medewerkerId(t, 'toegangsmedewerker'),
      },
    });
    expect(naarOnderzoek.json().invalidParams[0].code).toBe('eerst-omzetten');
    const om = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${s.id}/omzettingen`,
      payload: { versie: s.versie, ontvangstdatum: '2026-05-25' },
    });
    expect(om.statusCode, om.body).toBe(200);
    // 25 May 2026 (Mon, tweede Pinksterdag — but the term starts the next day) + 42 = Mon 6 July 2026.
    expect(om.json()).toMatchObject({ soort: 'melding', termijnen: { onderzoekUiterlijk: '2026-07-06' } });
    expect(om.json().documenten).toHaveLength(1);
  });

  it('zoekt personen op BSN, achternaam en adres', async () => {
    const kcc = await t.login('kcc');
    const bsn = volgendBsn();
    await registreer(
      t,
      kcc,
      nieuweMelding(
        {},
        {
          bsn,
          achternaam: 'Zoekbaar',
          adres: { straat: 'Brink', huisnummer: 7, postcode: '7411BR', woonplaats: 'Deventer' },
        },
      ),
    );
    for (const q of [bsn, 'zoekb', '7411 BR 7', '7411br']) {
      const res = await t.api(kcc, { method: 'GET', url: `/api/v1/personen?zoek=${encodeURIComponent(q)}` });
      expect(res.statusCode).toBe(200);
      expect(
        res.json().map((p: { naam: string }) => p.naam),
        q,
      ).toContain('Johanna Zoekbaar');
    }
    // A BSN prefix finds nothing: BSNs cannot be enumerated.
    const prefix = await t.api(kcc, { method: 'GET', url: `/api/v1/personen?zoek=${bsn.slice(0, 5)}` });
    expect(prefix.json()).toEqual([]);
    const kort = await t.api(kcc, { method: 'GET', url: '/api/v1/personen?zoek=z' });
    expect(kort.statusCode).toBe(400);
  });

  it('zoeken op achternaam: precies het voorvoegsel, op volgorde, met geboortedatum; een regionaal team zoekt in al zijn gemeenten, alleen in BW/MO', async () => {
    // The search runs as a range on achternaam_zoek (migration 011) with an equality on the gemeente
    // for a local team and without it for the regional team: both paths must find exactly the prefix.
    const kcc = await t.login('kcc');
    const lochem = await t.login('toegangsmedewerker-lochem');
    const personen: Array<[typeof kcc, string, string]> = [
      [kcc, 'Voorvoegselberg', '1950-01-01'],
      [kcc, 'voorvoegselaar', '1960-01-01'],
      [kcc, 'Voorvoegselberg', '1940-05-05'],
      [kcc, 'Voorvoegsem', '1950-01-01'],
      [lochem, 'Voorvoegselhof', '1955-01-01'],
    ];
    // Persons without a melding: the worklists of the other tests stay as they are.
    for (const [sessie, achternaam, geboortedatum] of personen) {
      const res = await t.api(sessie, {
        method: 'POST',
        url: '/api/v1/personen',
        payload: { bsn: volgendBsn(), voornamen: 'Johanna', achternaam, geboortedatum },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const zoek = async (sessie: typeof kcc, q: string) => {
      const res = await t.api(sessie, { method: 'GET', url: `/api/v1/personen?${q}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().map((p: { naam: string; geboortedatum: string }) => `${p.naam} ${p.geboortedatum}`);
    };
    expect(await zoek(kcc, 'zoek=VOORVOEGSEL')).toEqual([
      'Johanna voorvoegselaar 1960-01-01',
      'Johanna Voorvoegselberg 1940-05-05',
      'Johanna Voorvoegselberg 1950-01-01',
    ]);
    expect(await zoek(kcc, 'zoek=voorvoegselb&geboortedatum=1950-01-01')).toEqual([
      'Johanna Voorvoegselberg 1950-01-01',
    ]);
    expect(await zoek(lochem, 'zoek=voorvoegsel')).toEqual(['Johanna Voorvoegselhof 1955-01-01']);
    // The regional team searches all five gemeenten, but finds only the persons of its own BW/MO
    // cases (issue 20, migration 043): none of the local ones above.
    const regio = await t.login('regio-bw');
    for (const [gemeenteCode, achternaam, geboortedatum] of [
      ['0262', 'Voorvoegselhorst', '1970-02-02'],
      ['0150', 'Voorvoegselbos', '1980-03-03'],
    ]) {
      await registreer(
        t,
        regio,
        nieuweMelding(
          { leefgebieden: ['huisvesting'] },
          {
            bsn: volgendBsn(),
            voornamen: 'Johanna',
            achternaam,
            geboortedatum,
            gemeenteCode,
            adres: undefined,
          },
        ),
      );
    }
    expect(await zoek(regio, 'zoek=voorvoegsel')).toEqual([
      'Johanna Voorvoegselbos 1980-03-03',
      'Johanna Voorvoegselhorst 1970-02-02',
    ]);
  });

  it('een persoon verhuist naar een ander huishouden; de historie blijft', async () => {
    const kcc = await t.login('kcc');
    const a = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Ouder' }));
    const kind = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/personen',
      payload: { bsn: volgendBsn(), voornamen: 'Kim', achternaam: 'Kind', geboortedatum: '2010-01-01' },
    });
    expect(kind.statusCode, kind.body).toBe(201);
    const res = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/huishoudens/${a.huishoudenId}/leden`,
      payload: { persoonId: kind.json().id, relatie: 'kind' },
    });
    expect(res.statusCode).toBe(201);
    const leden = res.json().leden;
    expect(leden.map((l: { naam: string; relatie: string }) => `${l.naam}:${l.relatie}`)).toEqual(
      expect.arrayContaining(['Johanna Ouder:referentiepersoon', 'Kim Kind:kind']),
    );
    const oud = (
      await t.api(kcc, { method: 'GET', url: `/api/v1/huishoudens/${kind.json().huishoudenId}` })
    ).json();
    expect(oud.leden[0].tot).toBe('2026-06-01');
  });

  it('de teamleider ziet de verdeling en herverdeelt; de contactpersoon verhuist mee met historie', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Herverdeling' }));
    const tm1 = await medewerkerId(t, 'toegangsmedewerker');
    const tm2 = await medewerkerId(t, 'toegangsmedewerker-2');
    const triaged = (
      await t.api(kcc, {
        method: 'POST',
        url: `/api/v1/meldingen/${m.id}/triage`,
        payload: { versie: m.versie, uitkomst: 'onderzoek', behandelaarId: tm1 },
      })
    ).json();
    const tl = await t.login('teamleider');
    const verdeling = await t.api(tl, { method: 'GET', url: '/api/v1/werkvoorraad/verdeling' });
    expect(verdeling.statusCode).toBe(200);
    expect(
      verdeling.json().medewerkers.find((r: { medewerker: { id: string } }) => r.medewerker.id === tm1).open,
    ).toBeGreaterThan(0);
    const her = await t.api(tl, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/herverdelingen`,
      payload: { versie: triaged.versie, behandelaarId: tm2, reden: 'Verlof' },
    });
    expect(her.statusCode, her.body).toBe(200);
    expect(her.json()).toMatchObject({ behandelaar: { id: tm2 }, contactpersoon: { id: tm2 } });
    const h = (await t.api(tl, { method: 'GET', url: `/api/v1/huishoudens/${m.huishoudenId}` })).json();
    expect(h.contactpersoonHistorie).toHaveLength(2);
    expect(h.contactpersoonHistorie[1].tot).not.toBeNull();
    // A toegangsmedewerker may not redistribute.
    const consulent = await t.login('toegangsmedewerker');
    const geweigerd = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/herverdelingen`,
      payload: { versie: 1, behandelaarId: tm1 },
    });
    expect(geweigerd.statusCode).toBe(403);
  });

  it('werkvoorraad: filter op stoplicht en keyset-paginering zonder dubbelen', async () => {
    const kcc = await t.login('kcc');
    for (let i = 0; i < 5; i++) {
      await registreer(
        t,
        kcc,
        nieuweMelding(
          { ontvangstdatum: `2026-04-2${i}`, leefgebieden: [] },
          { bsn: volgendBsn(), achternaam: `Pagina${i}` },
        ),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/werkvoorraad?pageSize=3${cursor ? `&na=${cursor}` : ''}`;
      const page = (await t.api(kcc, { method: 'GET', url })).json();
      seen.push(...page.items.map((i: { id: string }) => i.id));
      const deadlines = page.items.map(
        (i: { termijnen: { onderzoekUiterlijk: string | null } }) => i.termijnen.onderzoekUiterlijk ?? '9999',
      );
      expect([...deadlines].sort()).toEqual(deadlines);
      cursor = page.volgende;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    // Every open melding but the regional team's BW/MO ones (the KCC does not see those, issue 20).
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM meldingen WHERE status IN ('nieuw', 'onderzoek') AND NOT regionaal",
      ),
    );
    expect(seen.length).toBe(rows[0]!.n);
    const verlopen = (
      await t.api(kcc, { method: 'GET', url: '/api/v1/werkvoorraad?termijnstatus=verlopen&pageSize=200' })
    ).json();
    expect(verlopen.items.length).toBeGreaterThan(0);
    expect(
      verlopen.items.every((i: { termijnen: { status: string } }) => i.termijnen.status === 'verlopen'),
    ).toBe(true);
  });

  it('een gelijkgestelde dag toevoegen herberekent de termijnen van open meldingen', async () => {
    const kcc = await t.login('kcc');
    // 28 April 2026 (Tue) + 42 = Tue 9 June 2026.
    const m = await registreer(
      t,
      kcc,
      nieuweMelding(
        { ontvangstdatum: '2026-04-28', leefgebieden: ['financien'] },
        { bsn: volgendBsn(), achternaam: 'Kalender' },
      ),
    );
    expect(m.termijnen.onderzoekUiterlijk).toBe('2026-06-09');
    const beheer = await t.login('beheer');
    const add = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/gelijkgestelde-dagen',
      payload: { datum: '2026-06-09', omschrijving: 'Testbesluit' },
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json().herberekendeMeldingen).toBeGreaterThanOrEqual(1);
    expect(
      (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json().termijnen
        .onderzoekUiterlijk,
    ).toBe('2026-06-10');
    const del = await t.api(beheer, { method: 'DELETE', url: '/api/v1/gelijkgestelde-dagen/2026-06-09' });
    expect(del.statusCode).toBe(200);
    expect(
      (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json().termijnen
        .onderzoekUiterlijk,
    ).toBe('2026-06-09');
  });

  it('het stoplicht (werkdagen over) volgt een gewijzigde kalender meteen, ook al bewaart de server de kalender voor weergave', async () => {
    const vandaag = today();
    setToday('2026-05-11');
    try {
      const kcc = await t.login('kcc');
      const m = await registreer(
        t,
        kcc,
        nieuweMelding({ ontvangstdatum: '2026-04-28' }, { bsn: volgendBsn(), achternaam: 'Stoplicht' }),
      );
      const termijnen = async () =>
        (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json().termijnen;
      const voor = await termijnen();
      expect(voor.onderzoekUiterlijk).toBe('2026-06-09');
      const beheer = await t.login('beheer');
      // Wednesday 20 May lies between today and the deadline, the deadline itself does not move.
      const add = await t.api(beheer, {
        method: 'POST',
        url: '/api/v1/gelijkgestelde-dagen',
        payload: { datum: '2026-05-20', omschrijving: 'Testbesluit stoplicht' },
      });
      expect(add.statusCode, add.body).toBe(201);
      const na = await termijnen();
      expect(na.onderzoekUiterlijk).toBe('2026-06-09');
      expect(na.werkdagenOver).toBe(voor.werkdagenOver - 1);
      await t.api(beheer, { method: 'DELETE', url: '/api/v1/gelijkgestelde-dagen/2026-05-20' });
      expect((await termijnen()).werkdagenOver).toBe(voor.werkdagenOver);
    } finally {
      setToday(vandaag);
    }
  });

  it('een Lochemse medewerker ziet geen Deventer melding', async () => {
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Privé' }));
    const lochem = await t.login('toegangsmedewerker-lochem');
    expect((await t.api(lochem, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).statusCode).toBe(404);
    expect(
      (await t.api(lochem, { method: 'GET', url: `/api/v1/meldingen/${m.id}/ontvangstbevestiging` }))
        .statusCode,
    ).toBe(404);
    const wv = (await t.api(lochem, { method: 'GET', url: '/api/v1/werkvoorraad' })).json();
    expect(wv.items).toEqual([]);
  });
});
