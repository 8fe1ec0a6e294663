import { beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { ONTVANGST, preventieOpzet } from '../support/preventie.ts';

/**
 * Issue 16 with Wmo 2015 art. 2.3.2 lid 1 (issue 19): a referral to a partner does not silently end
 * the resident's right to an onderzoek. Without the recorded choice to forgo it, the melding stays in
 * the werkvoorraad with its six-week clock and the partner works alongside; the old triage route
 * 'preventie' is no dead end (it follows a verwijzing or is refused with a pointer to one).
 */
describe.each(DB_KINDS)('verwijzing naar preventie en het recht op onderzoek (%s)', (kind) => {
  const o = preventieOpzet(kind);
  const { melding, verwijs, metToestemming, afzien } = o;
  let t: TestApp;
  let kcc: Session;
  let mee: Session;
  beforeAll(() => {
    ({ t, kcc, mee } = o);
  });

  const leesMelding = async (id: string) =>
    (await t.api(kcc, { method: 'GET', url: `/api/v1/meldingen/${id}` })).json();
  const inWerkvoorraad = async (id: string) => {
    const res = await t.api(kcc, { method: 'GET', url: '/api/v1/werkvoorraad?gemeente=0150&pageSize=200' });
    expect(res.statusCode, res.body).toBe(200);
    return JSON.stringify(res.json()).includes(id);
  };
  const accepteerEnKoppelTerug = async (v: { id: string; versie: number }) => {
    const acc = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/acceptatie`,
      payload: { versie: v.versie },
    });
    expect(acc.statusCode, acc.body).toBe(200);
    const tk = await t.api(mee, {
      method: 'POST',
      url: `/api/v1/verwijzingen/${v.id}/terugkoppeling`,
      payload: { uitkomst: 'opgelost', toelichting: 'Vrijwilliger gekoppeld.' },
    });
    expect(tk.statusCode, tk.body).toBe(200);
  };

  it('zonder vastgelegde keuze blijft de melding open met haar termijn; de partner werkt ernaast', async () => {
    const m = await melding('Blijftopen');
    const res = await verwijs(metToestemming(m.id));
    expect(res.statusCode, res.body).toBe(201);
    const na = await leesMelding(m.id);
    expect(na).toMatchObject({ status: 'nieuw', ladderUitkomst: null, afzienVanOnderzoek: null });
    expect(na.termijnen.onderzoekUiterlijk).toBe(m.termijnen.onderzoekUiterlijk);
    expect(await inWerkvoorraad(m.id)).toBe(true);
    // The partner receives it all the same.
    const inbox = (await t.api(mee, { method: 'GET', url: '/api/v1/verwijzingen?status=nieuw' })).json();
    expect(inbox.map((x: { id: string }) => x.id)).toContain(res.json().id);

    // 'opgelost' does not close a melding whose resident never chose to forgo the onderzoek.
    await accepteerEnKoppelTerug(res.json());
    expect(await leesMelding(m.id)).toMatchObject({ status: 'nieuw', ladderUitkomst: null });
    expect(await inWerkvoorraad(m.id)).toBe(true);

    // Toegang closes it after asking the resident: the triage follows the verwijzing, step 2.
    const zonder = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: { versie: na.versie, uitkomst: 'preventie' },
    });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.json().invalidParams[0]).toMatchObject({
      name: 'afzienVanOnderzoek',
      code: 'afzien-nodig',
    });
    const dicht = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: { versie: na.versie, uitkomst: 'preventie', afzienVanOnderzoek: afzien() },
    });
    expect(dicht.statusCode, dicht.body).toBe(200);
    expect(dicht.json()).toMatchObject({
      status: 'afgesloten',
      ladderUitkomst: 'collectief-preventie',
      afzienVanOnderzoek: { op: ONTVANGST, wijze: 'telefonisch' },
      triage: { uitkomst: 'preventie', verwezenOrganisatie: { naam: expect.stringContaining('MEE') } },
    });
  });

  it('met de vastgelegde keuze wacht de melding op de partner; een foute keuze slaat niets op', async () => {
    const m = await melding('Kiestpartner');
    const tel = async () =>
      (
        await t.database.db.systemQuery<{ n: number }>(
          'SELECT count(*)::int AS n FROM verwijzingen WHERE melding_id = $1',
          [m.id],
        )
      ).rows[0]!.n;
    const fout = await verwijs(metToestemming(m.id, { afzienVanOnderzoek: afzien('2025-12-31') }));
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0]).toMatchObject({
      name: 'afzienVanOnderzoek.op',
      code: 'buiten-bereik',
    });
    expect(await tel()).toBe(0);
    expect(await leesMelding(m.id)).toMatchObject({ status: 'nieuw', versie: m.versie });

    const res = await verwijs(metToestemming(m.id, { afzienVanOnderzoek: afzien() }));
    expect(res.statusCode, res.body).toBe(201);
    expect(await leesMelding(m.id)).toMatchObject({
      status: 'verwezen-preventie',
      ladderUitkomst: null,
      afzienVanOnderzoek: { op: ONTVANGST, geinformeerdDoor: 'K. Claassen, KCC' },
    });
    expect(await inWerkvoorraad(m.id)).toBe(false);
    await accepteerEnKoppelTerug(res.json());
    expect(await leesMelding(m.id)).toMatchObject({
      status: 'afgesloten',
      ladderUitkomst: 'collectief-preventie',
    });
  });

  it('een signaal (geen recht op onderzoek) wacht zonder keuze op de partner', async () => {
    const s = await registreer(
      t,
      kcc,
      nieuweMelding(
        {
          soort: 'signaal',
          kanaal: 'signaal',
          ontvangstdatum: ONTVANGST,
          melder: { type: 'professional', organisatie: 'Huisartsenpraktijk De Hoven' },
          clientondersteuningAangeboden: false,
          clientondersteuningGeaccepteerd: null,
        },
        { bsn: volgendBsn(), achternaam: 'Signaalpartner' },
      ),
    );
    const res = await verwijs(metToestemming(s.id));
    expect(res.statusCode, res.body).toBe(201);
    expect(await leesMelding(s.id)).toMatchObject({ status: 'verwezen-preventie', afzienVanOnderzoek: null });
  });

  it('de oude triage "preventie" zonder verwijzing is geen doodlopend spoor: geweigerd met een verwijzing naar de verwijzing', async () => {
    const m = await melding('Doodlopend');
    const res = await t.api(kcc, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: {
        versie: m.versie,
        uitkomst: 'preventie',
        verwezenOrganisatieId: o.ids.mee,
        toestemmingVerwijzing: true,
        afzienVanOnderzoek: afzien(),
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams[0]).toMatchObject({
      name: 'uitkomst',
      code: 'verwijs-via-verwijzing',
      reason: expect.stringContaining('/api/v1/verwijzingen'),
    });
    expect(await leesMelding(m.id)).toMatchObject({ status: 'nieuw', versie: m.versie });
  });
});
