import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { volgendBsn } from '../support/intake.ts';
import { meldingInOnderzoek, volledigeStappen } from '../support/onderzoek.ts';
import { pdfText } from '../support/pdf.ts';

describe.each(DB_KINDS)('onderzoek, plan en verslag (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  it('volledig onderzoek voor een huishouden van twee: scores, plan, verslag, reactie, afronding met aanvraag', async () => {
    const { melding, onderzoek, consulent } = await meldingInOnderzoek(t, 'Keukentafel');
    // Second household member: the partner.
    const partner = await t.api(consulent, {
      method: 'POST',
      url: '/api/v1/personen',
      payload: {
        bsn: volgendBsn(),
        voornamen: 'Henk',
        achternaam: 'Keukentafel',
        geboortedatum: '1946-07-01',
        huishouden: { huishoudenId: melding.huishoudenId, relatie: 'partner' },
      },
    });
    expect(partner.statusCode, partner.body).toBe(201);

    let o = onderzoek;
    const gesprek = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/gesprekken`,
      payload: {
        datum: '2026-05-28',
        locatie: 'thuis',
        deelnemers: ['inwoner', 'mantelzorger', 'clientondersteuner'],
      },
    });
    expect(gesprek.statusCode, gesprek.body).toBe(201);
    o = gesprek.json();

    // Draft saves, step by step; the onderzoek lists what is still missing.
    const stappen = volledigeStappen(true);
    let res = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/onderzoeken/${o.id}`,
      payload: { versie: o.versie, stappen: { hulpvraag: stappen.hulpvraag } },
    });
    expect(res.statusCode, res.body).toBe(200);
    o = res.json();
    expect(o.stappen.hulpvraag.hulpvraag).toContain('schoonhouden');
    expect(o.ontbrekend.map((x: { veld: string }) => x.veld)).toContain(
      'stappen.beperkingen.zelfredzaamheid',
    );

    // Closing with steps left open is refused, naming each open answer.
    const tooEarly = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/afronding`,
      payload: { versie: o.versie, ladderUitkomst: 'maatwerk', samenvatting: 'x', vervolg: 'y' },
    });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().invalidParams.map((p: { name: string }) => p.name)).toContain(
      'stappen.afwegingen.mantelzorg.motivering',
    );

    res = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/onderzoeken/${o.id}`,
      payload: { versie: o.versie, stappen },
    });
    o = res.json();
    expect(o.ontbrekend).toEqual([]);

    // A stale save loses nothing silently: 409.
    const stale = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/onderzoeken/${o.id}`,
      payload: { versie: o.versie - 1, stappen: { hulpvraag: { hulpvraag: 'oud' } } },
    });
    expect(stale.statusCode).toBe(409);

    // Zelfredzaamheid scores for both members, with history.
    for (const [persoonId, score] of [
      [melding.persoon.id, 2],
      [partner.json().id, 4],
    ] as const) {
      const sc = await t.api(consulent, {
        method: 'POST',
        url: `/api/v1/personen/${persoonId}/zrm-scores`,
        payload: {
          onderzoekId: o.id,
          gescoordOp: '2026-05-28',
          scores: [
            { leefgebied: 'instrumentele-adl', score },
            { leefgebied: 'sociaal-netwerk', score: 3 },
          ],
        },
      });
      expect(sc.statusCode, sc.body).toBe(201);
    }
    await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/personen/${melding.persoon.id}/zrm-scores`,
      payload: {
        gescoordOp: '2026-06-01',
        scores: [{ leefgebied: 'instrumentele-adl', score: 3, toelichting: 'Na start hulp' }],
      },
    });
    const historie = (
      await t.api(consulent, { method: 'GET', url: `/api/v1/personen/${melding.persoon.id}/zrm-scores` })
    ).json();
    expect(
      historie
        .filter((s: { leefgebied: string }) => s.leefgebied === 'instrumentele-adl')
        .map((s: { score: number }) => s.score),
    ).toEqual([2, 3]);
    const onbekend = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/personen/${melding.persoon.id}/zrm-scores`,
      payload: { gescoordOp: '2026-06-01', scores: [{ leefgebied: 'ruimtevaart', score: 3 }] },
    });
    expect(onbekend.json().invalidParams[0].name).toBe('scores.0.leefgebied');

    // One plan for the household, goals for both members, actions by resident, network and a loket.
    let plan = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/huishoudens/${melding.huishoudenId}/plan/doelen`,
      payload: {
        leefgebied: 'instrumentele-adl',
        persoonId: melding.persoon.id,
        wat: 'Schoon huis',
        wanneer: '2026-09-01',
        meetbaar: 'Woning wekelijks schoon',
        evaluatiedatum: '2026-08-15',
      },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/huishoudens/${melding.huishoudenId}/plan/doelen`,
      payload: {
        leefgebied: 'sociaal-netwerk',
        persoonId: partner.json().id,
        wat: 'Weer naar de buurtsoos',
        wanneer: '2026-10-01',
        meetbaar: 'Eens per week',
      },
    });
    const doelId = plan.json().doelen[0].id;
    await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/plan-doelen/${doelId}/acties`,
      payload: { uitvoerder: 'loket', loket: 'wmo', omschrijving: 'Aanvraag hulp bij het huishouden' },
    });
    const zonderLoket = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/plan-doelen/${doelId}/acties`,
      payload: { uitvoerder: 'loket', omschrijving: 'x' },
    });
    expect(zonderLoket.json().invalidParams[0].name).toBe('loket');
    plan = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/plan-doelen/${doelId}/acties`,
      payload: { uitvoerder: 'netwerk', omschrijving: 'Dochter komt eens per maand' },
    });
    const p = plan.json();
    expect(p.contactpersoon.naam).toBe('Tom Gerritsen');
    expect(p.doelen).toHaveLength(2);
    expect(p.doelen[0].acties.map((a: { uitvoerder: string }) => a.uitvoerder)).toEqual(['loket', 'netwerk']);
    const eval1 = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/plan-doelen/${doelId}`,
      payload: { versie: p.doelen[0].versie, uitkomst: 'deels', uitkomstToelichting: 'Hulp gestart' },
    });
    expect(eval1.json().doelen[0].uitkomst).toBe('deels');

    // An aanvraag before the onderzoek is concluded (and within 6 weeks) is refused.
    const teVroeg = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${melding.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-01' },
    });
    expect(teVroeg.statusCode).toBe(409);
    expect(teVroeg.json().code).toBe('onderzoek-niet-afgerond');

    // Conclusion must agree with step 5.
    const tegenstrijdig = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/afronding`,
      payload: { versie: o.versie, ladderUitkomst: 'collectief-preventie', samenvatting: 'x', vervolg: 'y' },
    });
    expect(tegenstrijdig.json().invalidParams[0].name).toBe('ladderUitkomst');

    const af = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/afronding`,
      payload: {
        versie: o.versie,
        ladderUitkomst: 'maatwerk',
        samenvatting: 'Hulp bij het huishouden is nodig.',
        advies: 'Vraag hulp bij het huishouden aan.',
        vervolg: 'U kunt een aanvraag doen.',
      },
    });
    expect(af.statusCode, af.body).toBe(200);
    o = af.json();
    expect(o).toMatchObject({
      status: 'afgerond',
      conclusie: { ladderUitkomst: 'maatwerk' },
      aanvraagMogelijk: 'onderzoek-afgerond',
    });
    expect(o.verslag.documentId).toBeTruthy();

    const pdf = await t.api(consulent, { method: 'GET', url: `/api/v1/onderzoeken/${o.id}/verslag` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    for (const s of [
      'Verslag van ons gesprek',
      'Eigen kracht',
      'Mantelzorg',
      '28 mei 2026',
      'Hulp bij het huishouden is nodig.',
      'Individuele maatwerkvoorziening',
      melding.kenmerk,
    ]) {
      expect(text).toContain(s);
    }

    o = (
      await t.api(consulent, {
        method: 'POST',
        url: `/api/v1/onderzoeken/${o.id}/verslag-verzendingen`,
        payload: { versie: o.versie, verstuurdOp: '2026-06-01', wijze: 'uitgereikt' },
      })
    ).json();
    const reactie = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/reacties`,
      payload: {
        versie: o.versie,
        reactie: 'Ik wil graag op dinsdag hulp.',
        ontvangenOp: '2026-06-01',
        akkoord: true,
      },
    });
    expect(reactie.statusCode, reactie.body).toBe(201);
    expect(reactie.json().verslag).toMatchObject({
      verstuurdOp: '2026-06-01',
      wijze: 'uitgereikt',
      reactie: 'Ik wil graag op dinsdag hulp.',
      akkoord: true,
    });

    const aanvraag = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${melding.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-01', omschrijving: 'Hulp bij het huishouden' },
    });
    expect(aanvraag.statusCode, aanvraag.body).toBe(201);
    // 1 June 2026 (Mon) + 14 days = Mon 15 June 2026.
    expect(aanvraag.json()).toMatchObject({
      grondslag: 'onderzoek-afgerond',
      termijnen: { beschikkingUiterlijk: '2026-06-15' },
    });
    const m = (await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${melding.id}` })).json();
    expect(m).toMatchObject({ status: 'aanvraag', ladderUitkomst: 'maatwerk' });
    const tweede = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${melding.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-01' },
    });
    expect(tweede.statusCode).toBe(409);
    expect(tweede.json().code).toBe('aanvraag-bestaat');
    const lijst = (
      await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${melding.id}/aanvragen` })
    ).json();
    expect(lijst.map((a: { id: string }) => a.id)).toEqual([aanvraag.json().id]);
    expect(
      (await t.api(consulent, { method: 'GET', url: `/api/v1/onderzoeken/${o.id}` })).json().aanvraagMogelijk,
    ).toBeNull();
    const tijdlijn = (
      await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${melding.id}/tijdlijn` })
    )
      .json()
      .map((e: { type: string }) => e.type);
    expect(tijdlijn).toEqual(
      expect.arrayContaining([
        'OnderzoekGestart',
        'GesprekGevoerd',
        'OnderzoekAfgerond',
        'VerslagVerstuurd',
        'ReactieOpVerslagOntvangen',
        'AanvraagOntvangen',
      ]),
    );
  });

  it('afronden met een collectieve voorziening: de ladderuitkomst staat op de melding en die is afgesloten', async () => {
    const { melding, onderzoek, consulent } = await meldingInOnderzoek(t, 'Collectief');
    const o = (
      await t.api(consulent, {
        method: 'PATCH',
        url: `/api/v1/onderzoeken/${onderzoek.id}`,
        payload: { versie: onderzoek.versie, stappen: volledigeStappen(false) },
      })
    ).json();
    const af = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o.id}/afronding`,
      payload: {
        versie: o.versie,
        ladderUitkomst: 'collectief-preventie',
        samenvatting: 'De schoonmaakdienst in de wijk lost het op.',
        vervolg: 'Wij melden u aan.',
      },
    });
    expect(af.statusCode, af.body).toBe(200);
    const m = (await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${melding.id}` })).json();
    expect(m).toMatchObject({ status: 'afgesloten', ladderUitkomst: 'collectief-preventie' });
    const wijziging = await t.api(consulent, {
      method: 'PATCH',
      url: `/api/v1/onderzoeken/${o.id}`,
      payload: { versie: af.json().versie, stappen: {} },
    });
    expect(wijziging.statusCode).toBe(409);
  });

  it('een ontvangen persoonlijk plan moet zichtbaar meegewogen zijn voor afronden', async () => {
    const { onderzoek, consulent } = await meldingInOnderzoek(t, 'Plan');
    let o = (
      await t.api(consulent, {
        method: 'PATCH',
        url: `/api/v1/onderzoeken/${onderzoek.id}`,
        payload: {
          versie: onderzoek.versie,
          stappen: volledigeStappen(false),
          persoonlijkPlan: { ontvangenOp: '2026-05-22', samenvatting: 'Ik wil zelf blijven koken.' },
        },
      })
    ).json();
    expect(o.ontbrekend.map((x: { veld: string }) => x.veld)).toEqual(['persoonlijkPlan.meegenomen']);
    o = (
      await t.api(consulent, {
        method: 'PATCH',
        url: `/api/v1/onderzoeken/${o.id}`,
        payload: { versie: o.versie, persoonlijkPlan: { meegenomen: 'Koken blijft eigen taak.' } },
      })
    ).json();
    expect(o.ontbrekend).toEqual([]);
    expect(o.persoonlijkPlan).toMatchObject({
      samenvatting: 'Ik wil zelf blijven koken.',
      meegenomen: 'Koken blijft eigen taak.',
    });
  });

  it('na zes weken zonder afgerond onderzoek mag de inwoner toch een aanvraag doen', async () => {
    // Melding of 1 April 2026 + 42 = Wed 13 May 2026: passed by 1 June.
    const { melding, consulent } = await meldingInOnderzoek(t, 'Termijn', '2026-04-01');
    const a = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${melding.id}/aanvragen`,
      payload: { aanvraagdatum: '2026-06-01' },
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().grondslag).toBe('termijn-verstreken');
  });

  it('de kcc mag geen onderzoek uitvoeren', async () => {
    const { onderzoek } = await meldingInOnderzoek(t, 'Rollen');
    const kcc = await t.login('kcc');
    expect((await t.api(kcc, { method: 'GET', url: `/api/v1/onderzoeken/${onderzoek.id}` })).statusCode).toBe(
      403,
    );
  });
});
