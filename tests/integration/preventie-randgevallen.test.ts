import { beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { meldingInOnderzoek } from '../support/onderzoek.ts';
import { ONTVANGST, preventieOpzet, VANDAAG } from '../support/preventie.ts';

/** Issue 16: the bad input and edge cases of verwijzingen (field errors, other partners and gemeenten, refer back). */
describe.each(DB_KINDS)('verwijzingen naar preventie: randgevallen (%s)', (kind) => {
  const o = preventieOpzet(kind);
  const { ids, melding, verwijs, metToestemming, auditRijen } = o;
  let t: TestApp;
  let kcc: Session;
  let mee: Session;
  let raster: Session;
  beforeAll(() => {
    ({ t, kcc, mee, raster } = o);
  });

  it('foute invoer: dienst niet aangeboden, toestemming in de toekomst of vóór de melding, onvolledig; niets half opgeslagen', async () => {
    const m = await melding('Foutief');
    const tel = async () =>
      (await t.database.db.systemQuery<{ n: number }>('SELECT count(*)::int AS n FROM toestemmingen'))
        .rows[0]!.n;
    const voor = await tel();
    const dienst = await verwijs(metToestemming(m.id, { dienst: 'wijkverpleging' }));
    expect(dienst.statusCode).toBe(400);
    expect(dienst.json().invalidParams[0]).toMatchObject({ name: 'dienst', code: 'niet-aangeboden' });
    const toekomst = await verwijs(
      metToestemming(m.id, {
        toestemming: { gegeven: true, wijze: 'mondeling', datum: '2099-01-01', gegevens: ['hulpvraag'] },
      }),
    );
    expect(toekomst.statusCode).toBe(400);
    expect(toekomst.json().invalidParams[0]).toMatchObject({
      name: 'toestemming.datum',
      code: 'in-de-toekomst',
    });
    const vroeg = await verwijs(
      metToestemming(m.id, {
        toestemming: { gegeven: true, wijze: 'mondeling', datum: '2025-12-01', gegevens: ['hulpvraag'] },
      }),
    );
    expect(vroeg.json().invalidParams[0]).toMatchObject({
      name: 'toestemming.datum',
      code: 'voor-de-melding',
    });
    expect(vroeg.json().invalidParams[0].reason).toMatch(/5 januari 2026/);
    const onvolledig = await verwijs(
      metToestemming(m.id, { toestemming: { gegeven: true, wijze: 'schriftelijk', datum: VANDAAG } }),
    );
    expect(
      onvolledig
        .json()
        .invalidParams.map((p: { name: string }) => p.name)
        .sort(),
    ).toEqual(['toestemming.document', 'toestemming.gegevens']);
    const geen = await verwijs({ ...metToestemming(m.id), meldingId: undefined });
    expect(geen.json().invalidParams[0].name).toBe('meldingId');
    expect(await tel()).toBe(voor);
    const mm = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json();
    expect(mm.status).toBe('nieuw');
    // The refusals are in the audit trail (the platform writes 'mislukt' with the route and the code).
    const { rows } = await t.database.db.systemQuery<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE object_id = 'POST /api/v1/verwijzingen' AND resultaat = 'mislukt'`,
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(5);
  });

  it('een inwoner van een andere gemeente: Raster werkt niet voor Lochem', async () => {
    const lochem = await t.login('toegangsmedewerker-lochem');
    const m = await registreer(
      t,
      lochem,
      nieuweMelding(
        { ontvangstdatum: ONTVANGST },
        {
          bsn: volgendBsn(),
          achternaam: 'Lochems',
          adres: { straat: 'Markt', huisnummer: 1, postcode: '7241 AA', woonplaats: 'Lochem' },
        },
      ),
    );
    const res = await t.api(lochem, {
      method: 'POST',
      url: '/api/v1/verwijzingen',
      payload: { ...metToestemming(m.id), partnerId: ids.raster, dienst: 'samenlevingsopbouw' },
    });
    // Raster works for Deventer only: Lochem's toegang does not even see it as a partner.
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0].name).toBe('partnerId');
    // Deventer's kcc cannot refer Lochem's resident at all.
    const kruis = await verwijs(metToestemming(m.id));
    expect(kruis.json().invalidParams[0]).toMatchObject({ name: 'meldingId', code: 'bestaat-niet' });
  });

  it('terugkoppeling op een verwijzing van een andere partner: 404 en geaudit; toegang mag niet terugkoppelen', async () => {
    const m = await melding('Anderspartner');
    const v = (await verwijs(metToestemming(m.id))).json();
    const res = await t.api(raster, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'opgelost', toelichting: 'Niet van ons.' },
    });
    expect(res.statusCode).toBe(404);
    const rij = (await auditRijen(v.id)).rows.find((r) => r.resultaat === 'geweigerd');
    expect(rij).toMatchObject({ actor_soort: 'partner', organisatie_id: ids.raster });
    expect(rij!.toelichting).toMatch(/organisatie: Raster/);
    const toegang = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'opgelost', toelichting: 'x' },
    });
    expect(toegang.statusCode).toBe(403);
    // A terugkoppeling before accepting: 409.
    const tevroeg = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'opgelost', toelichting: 'x' },
    });
    expect(tevroeg.statusCode).toBe(409);
  });

  it('afwijzen met reden; terug naar toegang wordt een signaal in de werkvoorraad; notities blijven bij de partner', async () => {
    const m1 = await melding('Afwijsbaar');
    const v1 = (await verwijs(metToestemming(m1.id))).json();
    const zonder = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v1.id}/afwijzing`,
      payload: { versie: v1.versie, reden: '' },
    });
    expect(zonder.statusCode).toBe(400);
    const af = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v1.id}/afwijzing`,
      payload: {
        versie: v1.versie,
        reden: 'Vraag past bij maatschappelijk werk, niet bij cliëntondersteuning.',
      },
    });
    expect(af.statusCode, af.body).toBe(200);
    const toegang1 = (await t.api(kcc, { method: 'GET', url: `/api/v1/verwijzingen/${v1.id}` })).json();
    expect(toegang1).toMatchObject({
      status: 'afgewezen',
      afwijzingReden: expect.stringContaining('maatschappelijk'),
    });

    const m2 = await melding('Terugverwezen');
    const v2 = (await verwijs(metToestemming(m2.id))).json();
    await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v2.id}/acceptatie`,
      payload: { versie: v2.versie },
    });
    const notitie = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v2.id}/notities`,
      payload: { tekst: 'Intern: huisbezoek lastig, hond.' },
    });
    expect(notitie.statusCode, notitie.body).toBe(201);
    expect(
      (await t.api(kcc, { method: 'GET', url: `/api/v1/verwijzingen/${v2.id}/notities` })).statusCode,
    ).toBe(403);
    const toegang2 = await t.api(kcc, { method: 'GET', url: `/api/v1/verwijzingen/${v2.id}` });
    expect(toegang2.body).not.toContain('hond');
    // Not in the gemeente's reach at the database either.
    const gemeenteCtx = { gebruikerId: null, gemeenten: ['0150'], soort: 'medewerker' as const };
    const n = await t.database.db.transaction(gemeenteCtx, (tx) =>
      tx.query('SELECT 1 FROM verwijzing_notities'),
    );
    expect(n.rows.length).toBe(0);

    const terug = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v2.id}/terugkoppeling`,
      payload: {
        uitkomst: 'terug-naar-toegang',
        toelichting: 'Er blijkt een Wmo-vraag: hulp bij het huishouden.',
      },
    });
    expect(terug.statusCode, terug.body).toBe(200);
    const na = (await t.api(kcc, { method: 'GET', url: `/api/v1/verwijzingen/${v2.id}` })).json();
    expect(na.terugMeldingId).toMatch(/^[0-9a-f-]{36}$/);
    const signaal = (
      await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${na.terugMeldingId}` })
    ).json();
    expect(signaal).toMatchObject({ soort: 'signaal', status: 'nieuw' });
    expect(JSON.stringify(signaal)).toContain('hulp bij het huishouden');
    // The ladder does not count a referral back as solved.
    const m2na = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m2.id}` })).json();
    expect(m2na.ladderUitkomst).toBeNull();
  });

  it('verwijzen vanuit een onderzoek: de melding blijft in onderzoek; een melding in onderzoek verwijst via het onderzoek', async () => {
    const { melding, onderzoek, consulent } = await meldingInOnderzoek(t, 'Onderzocht', ONTVANGST);
    const via = await t.api(consulent, {
      method: 'POST',
      url: '/api/v1/verwijzingen',
      payload: { ...metToestemming(melding.id), meldingId: undefined, onderzoekId: onderzoek.id },
    });
    expect(via.statusCode, via.body).toBe(201);
    expect(via.json()).toMatchObject({ onderzoekId: onderzoek.id, meldingId: melding.id });
    const m = (await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${melding.id}` })).json();
    expect(m.status).toBe('onderzoek');
    const direct = await t.api(consulent, {
      method: 'POST',
      url: '/api/v1/verwijzingen',
      payload: metToestemming(melding.id),
    });
    expect(direct.json().invalidParams[0]).toMatchObject({ name: 'meldingId', code: 'niet-verwijsbaar' });
    const lijst = (
      await t.api(consulent, { method: 'GET', url: `/api/v1/verwijzingen?meldingId=${melding.id}` })
    ).json();
    expect(lijst).toHaveLength(1);
  });
});
