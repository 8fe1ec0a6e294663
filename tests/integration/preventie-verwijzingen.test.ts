import { beforeAll, describe, expect, it } from 'vitest';
import { toegangscontext } from '../../src/server/platform/auth/principal.ts';
import type { Session, TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { preventieOpzet, VANDAAG } from '../support/preventie.ts';

/** Issue 16, items 2 and 8: verwijzingen with toestemming, both ways, need-to-know by construction. */
describe.each(DB_KINDS)('verwijzingen naar preventie met toestemming (%s)', (kind) => {
  const o = preventieOpzet(kind);
  const { ids, melding, verwijs, metToestemming, afzien, auditRijen } = o;
  let t: TestApp;
  let kcc: Session;
  let mee: Session;
  let raster: Session;
  beforeAll(() => {
    ({ t, kcc, mee, raster } = o);
  });

  it('toegang verwijst met toestemming; MEE ziet het in de inbox, accepteert en sluit af met opgelost', async () => {
    const m = await melding('Verwijsbaar');
    // The resident chose MEE instead of an onderzoek (Wmo 2.3.2): the melding waits for the partner.
    const res = await verwijs(metToestemming(m.id, { afzienVanOnderzoek: afzien() }));
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({ status: 'nieuw', dienst: 'clientondersteuning', meldingId: m.id });
    expect(v.toestemming).toMatchObject({
      wijze: 'mondeling',
      gegevens: ['contactgegevens', 'hulpvraag'],
      geldig: true,
    });
    expect(v.toestemming.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(v.toegangContact.naam).toBeTruthy();

    // The melding waits for the partner: no ladder step yet.
    const na = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json();
    expect(na).toMatchObject({ status: 'verwezen-preventie', ladderUitkomst: null });

    const inbox = await t.api(mee, {
      method: 'GET',
      url: `/api/v1/verwijzingen?partner=${ids.mee}&status=nieuw`,
    });
    expect(inbox.statusCode).toBe(200);
    const item = inbox.json().find((x: { id: string }) => x.id === v.id);
    expect(item).toMatchObject({ naam: 'Johanna Verwijsbaar', metToestemming: true });

    const gezien = await t.api(mee, { method: 'GET', url: `/api/v1/verwijzingen/${v.id}` });
    expect(gezien.statusCode).toBe(200);
    expect(gezien.json()).toMatchObject({
      meldingId: null,
      reden: expect.stringContaining('administratie'),
      persoon: { naam: 'Johanna Verwijsbaar', telefoon: '0570 123456' },
      gedeeldeGegevens: ['contactgegevens', 'hulpvraag'],
    });

    const acc = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/acceptatie`,
      payload: { versie: v.versie, contactGeplandOp: VANDAAG },
    });
    expect(acc.statusCode, acc.body).toBe(200);
    expect(acc.json()).toMatchObject({ status: 'geaccepteerd', partnerContact: { naam: 'Marloes Eefting' } });
    // Warm handover: toegang sees who at MEE has it.
    const toegang = (await t.api(kcc, { method: 'GET', url: `/api/v1/verwijzingen/${v.id}` })).json();
    expect(toegang.partnerContact).toMatchObject({ naam: 'Marloes Eefting', functie: expect.any(String) });

    const klaar = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'opgelost', toelichting: 'Vrijwilliger thuisadministratie gekoppeld.' },
    });
    expect(klaar.statusCode, klaar.body).toBe(200);
    expect(klaar.json()).toMatchObject({ status: 'afgerond', terugkoppeling: { uitkomst: 'opgelost' } });
    const opgelost = (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${m.id}` })).json();
    expect(opgelost).toMatchObject({ status: 'afgesloten', ladderUitkomst: 'collectief-preventie' });

    // Every partner read is audited with the organisation named and the purpose.
    const audit = (await auditRijen(v.id)).rows;
    const partnerLezen = audit.filter((r) => r.actor_soort === 'partner' && r.actie === 'read');
    expect(partnerLezen.length).toBeGreaterThan(0);
    for (const r of partnerLezen) {
      expect(r.organisatie_id).toBe(ids.mee);
      expect(r.toelichting).toMatch(/organisatie: MEE IJsseloevers; doel: /);
      expect(r.doel).toBe('preventie-verwijzing');
    }
  });

  it('de ladder telt een verwijzing pas als opgelost door preventie na de terugkoppeling opgelost', async () => {
    const beleid = await t.login('beleid');
    const ladder = async () => {
      const res = await t.api(beleid, {
        method: 'GET',
        url: '/api/v1/monitoring/ladder?gemeente=0150&van=2026-03&tot=2026-03&periode=maand',
      });
      expect(res.statusCode, res.body).toBe(200);
      const rij = res.json().rijen.find((r: { periode: string }) => r.periode === '2026-03');
      return { collectief: rij?.collectief ?? 0, open: rij?.open ?? 0 };
    };
    const m = await registreer(
      t,
      kcc,
      nieuweMelding({ ontvangstdatum: '2026-03-02' }, { bsn: volgendBsn(), achternaam: 'Ladder' }),
    );
    const voor = await ladder();
    const v = (await verwijs(metToestemming(m.id, { afzienVanOnderzoek: afzien('2026-03-02') }))).json();
    expect(await ladder()).toEqual(voor);
    await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/acceptatie`,
      payload: { versie: v.versie },
    });
    await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'lopend', toelichting: 'Eerste gesprek gehad.' },
    });
    expect(await ladder()).toEqual(voor);
    const klaar = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'opgelost', toelichting: 'Opgelost met de buurtvrijwilliger.' },
    });
    expect(klaar.statusCode, klaar.body).toBe(200);
    expect(await ladder()).toEqual({ collectief: voor.collectief + 1, open: voor.open - 1 });
  });

  it('zonder toestemming ziet de partner geen persoonsgegevens, alleen het verzoek om contact via toegang', async () => {
    const m = await melding('Zondertoestemming');
    const res = await verwijs({ ...metToestemming(m.id), toestemming: { gegeven: false } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().toestemming).toBeNull();
    const v = (await t.api(mee, { method: 'GET', url: `/api/v1/verwijzingen/${res.json().id}` })).json();
    expect(v).toMatchObject({
      reden: null,
      wens: null,
      persoon: null,
      gedeeldeGegevens: [],
      toestemming: null,
    });
    expect(v.toegangContact.naam).toBeTruthy();
    expect(JSON.stringify(v)).not.toContain('Zondertoestemming');
    const inbox = (await t.api(mee, { method: 'GET', url: '/api/v1/verwijzingen?status=nieuw' })).json();
    expect(inbox.find((x: { id: string }) => x.id === v.id)).toMatchObject({
      naam: null,
      metToestemming: false,
    });
  });

  it('intrekken van de toestemming haalt het huishouden direct uit het zicht van de partner (geaudit)', async () => {
    const m = await melding('Intrekker');
    const v = (await verwijs(metToestemming(m.id))).json();
    expect((await t.api(mee, { method: 'GET', url: `/api/v1/verwijzingen/${v.id}` })).statusCode).toBe(200);
    const intrek = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/toestemmingen/${v.toestemming.id}/intrekking`,
      payload: { toelichting: 'Mevrouw belde: ze wil het zelf regelen.' },
    });
    expect(intrek.statusCode, intrek.body).toBe(200);
    expect(intrek.json().beeindigdeVerwijzingen).toEqual([v.id]);

    const weg = await t.api(mee, { method: 'GET', url: `/api/v1/verwijzingen/${v.id}` });
    expect(weg.statusCode).toBe(404);
    const inbox = (await t.api(mee, { method: 'GET', url: '/api/v1/verwijzingen' })).json();
    expect(inbox.map((x: { id: string }) => x.id)).not.toContain(v.id);
    const tk = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'opgelost', toelichting: 'x' },
    });
    expect(tk.statusCode).toBe(404);
    const geweigerd = (await auditRijen(v.id)).rows.filter((r) => r.resultaat === 'geweigerd');
    expect(geweigerd.length).toBe(2);
    expect(geweigerd[0]!.toelichting).toMatch(/organisatie: MEE IJsseloevers/);
    // Toegang still sees the referral, now ended, with the withdrawal.
    const toegang = (await t.api(kcc, { method: 'GET', url: `/api/v1/verwijzingen/${v.id}` })).json();
    expect(toegang).toMatchObject({ status: 'ingetrokken', toestemming: { geldig: false } });
    const nogmaals = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/toestemmingen/${v.toestemming.id}/intrekking`,
      payload: {},
    });
    expect(nogmaals.statusCode).toBe(409);
  });

  it('row-level security: een ongefilterde query van een partner geeft alleen de eigen verwijzingen, zonder ingetrokken', async () => {
    const m = await melding('Rasterzaak');
    const r = await verwijs({
      ...metToestemming(m.id),
      partnerId: ids.raster,
      dienst: 'samenlevingsopbouw',
    });
    expect(r.statusCode, r.body).toBe(201);
    const lees = (code: string) =>
      t.database.db.transaction(
        toegangscontext({
          soort: 'partner',
          sessieId: 's',
          csrfToken: '',
          gebruikerId: '44444444-4444-4444-8444-444444444444',
          gebruikersnaam: code,
          naam: code,
          rollen: ['preventiemedewerker'],
          gemeenteCode: '0150',
          gemeenten: ['0150'],
          organisatieId: ids[code]!,
        }),
        async (tx) => ({
          verwijzingen: (await tx.query<{ partner_id: string }>('SELECT partner_id FROM verwijzingen')).rows,
          inhoud: (await tx.query<{ verwijzing_id: string }>('SELECT verwijzing_id FROM verwijzing_inhoud'))
            .rows,
          personen: (await tx.query('SELECT 1 FROM personen')).rows.length,
          meldingen: (await tx.query('SELECT 1 FROM meldingen')).rows.length,
        }),
      );
    const vanRaster = await lees('raster');
    expect(vanRaster.verwijzingen.length).toBeGreaterThan(0);
    expect(vanRaster.verwijzingen.every((v) => v.partner_id === ids.raster)).toBe(true);
    expect(vanRaster.personen).toBe(0);
    expect(vanRaster.meldingen).toBe(0);
    const vanMee = await lees('mee');
    expect(vanMee.verwijzingen.every((v) => v.partner_id === ids.mee)).toBe(true);
    expect(vanMee.inhoud.map((i) => i.verwijzing_id)).not.toContain(r.json().id);
    // Raster cannot read MEE's referral through the API either: 404, audited.
    const mees = (await t.api(mee, { method: 'GET', url: '/api/v1/verwijzingen' })).json();
    const nee = await t.api(raster, { method: 'GET', url: `/api/v1/verwijzingen/${mees[0].id}` });
    expect(nee.statusCode).toBe(404);
    const andere = await t.api(raster, { method: 'GET', url: `/api/v1/verwijzingen?partner=${ids.mee}` });
    expect(andere.statusCode).toBe(400);
  });

  it('de inbox komt per pagina (keyset): de auditregel noemt alleen de getoonde personen', async () => {
    for (const naam of ['Pagina', 'Paginb', 'Paginc']) {
      const m = await melding(naam);
      expect((await verwijs(metToestemming(m.id))).statusCode).toBe(201);
    }
    const pagina = (voor?: string) =>
      t.api(mee, {
        method: 'GET',
        url: `/api/v1/verwijzingen?status=nieuw&pageSize=2${voor ? `&voor=${voor}` : ''}`,
      });
    const een = await pagina();
    expect(een.statusCode, een.body).toBe(200);
    expect(een.json()).toHaveLength(2);
    const volgende = een.headers.volgende as string;
    expect(volgende).toBe(een.json()[1].id);
    const twee = (await pagina(volgende)).json();
    expect(twee.length).toBeGreaterThan(0);
    const ids1 = een.json().map((x: { id: string }) => x.id);
    for (const x of twee) expect(ids1).not.toContain(x.id);
    const { rows } = await t.database.db.systemQuery<{ n: number }>(
      `SELECT coalesce(cardinality(personen), 0) AS n FROM audit_log
       WHERE object_type = 'verwijzingen' AND actor_soort = 'partner' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]!.n).toBeLessThanOrEqual(2);
    const fout = await t.api(mee, { method: 'GET', url: '/api/v1/verwijzingen?pageSize=500' });
    expect(fout.statusCode).toBe(400);
  });
});
