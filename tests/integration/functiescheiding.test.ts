import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakAccount } from '../support/accounts.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/** Issue 14, finding 1: separation of duties for roles and accounts (ADR 0021). */
describe.each(DB_KINDS)('functiescheiding bij rollen en accounts (%s)', (kind) => {
  let t: TestApp;
  let beheer: Session;
  let beheer2: Session;
  let eigenId: string;
  let organisatieId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await maakAccount(t, 'beheer-twee', ['beheer']);
    beheer = await t.login('beheer');
    beheer2 = await t.login('beheer-twee');
    const me = await t.api(beheer, { method: 'GET', url: '/api/v1/sessies/huidig' });
    eigenId = me.json().gebruiker.medewerkerId;
    organisatieId = me.json().gebruiker.organisatieId;
  });
  afterAll(() => t?.close());

  async function medewerker(id: string) {
    return (await t.api(beheer, { method: 'GET', url: `/api/v1/medewerkers/${id}` })).json();
  }

  async function auditToelichting(objectId: string, actie: string) {
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ toelichting: string }>(
        'SELECT toelichting FROM audit_log WHERE object_id = $1 AND actie = $2 ORDER BY id DESC LIMIT 1',
        [objectId, actie],
      ),
    );
    return JSON.parse(rows[0]!.toelichting);
  }

  it('niemand wijzigt de eigen rollen: 403 met de reden', async () => {
    const voor = await medewerker(eigenId);
    const res = await t.api(beheer, {
      method: 'PATCH',
      url: `/api/v1/medewerkers/${eigenId}`,
      payload: { versie: voor.versie, rollen: ['beheer', 'toegangsmedewerker', 'auditor'] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('functiescheiding');
    expect(res.json().detail).toMatch(/eigen rollen/);
    expect((await medewerker(eigenId)).rollen).toEqual(['beheer']);
    // Other fields of one's own record may still change (same roles sent along).
    const ok = await t.api(beheer, {
      method: 'PATCH',
      url: `/api/v1/medewerkers/${eigenId}`,
      payload: { versie: voor.versie, functie: 'Functioneel beheerder', rollen: ['beheer'] },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('een rol met toegang tot persoonsgegevens wacht op een tweede beheerder; de auditor ziet alles', async () => {
    const created = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/medewerkers',
      payload: {
        gemeenteCode: '0150',
        organisatieId,
        naam: 'Nieuwe Consulent',
        rollen: ['beleid', 'toegangsmedewerker'],
      },
    });
    expect(created.statusCode).toBe(201);
    // Only the role without personal data holds until approval.
    expect(created.json().rollen).toEqual(['beleid']);
    const id = created.json().id as string;
    expect(await auditToelichting(id, 'create')).toMatchObject({
      na: { rollen: ['beleid'] },
      rollenTeKeuren: ['toegangsmedewerker'],
    });

    const open = await t.api(beheer2, {
      method: 'GET',
      url: `/api/v1/rolwijzigingen?medewerker=${id}&status=wacht-op-goedkeuring`,
    });
    expect(open.statusCode).toBe(200);
    expect(open.json()).toHaveLength(1);
    const grant = open.json()[0];
    expect(grant).toMatchObject({ rollenVoor: ['beleid'], toegevoegd: ['toegangsmedewerker'] });

    // The one who asked cannot approve.
    const zelf = await t.api(beheer, {
      method: 'POST',
      url: `/api/v1/rolwijzigingen/${grant.id}/goedkeuring`,
      payload: { versie: grant.versie },
    });
    expect(zelf.statusCode).toBe(403);
    expect(zelf.json().code).toBe('functiescheiding');
    expect((await medewerker(id)).rollen).toEqual(['beleid']);

    const ok = await t.api(beheer2, {
      method: 'POST',
      url: `/api/v1/rolwijzigingen/${grant.id}/goedkeuring`,
      payload: { versie: grant.versie },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'goedgekeurd',
      beoordeeldDoor: { gebruikersnaam: 'beheer-twee' },
    });
    expect((await medewerker(id)).rollen).toEqual(['beleid', 'toegangsmedewerker']);
    expect(await auditToelichting(id, 'update')).toMatchObject({
      voor: { rollen: ['beleid'] },
      na: { rollen: ['beleid', 'toegangsmedewerker'] },
      besluit: 'goedgekeurd',
    });

    // Asking for auditor on someone else: pending; refusing leaves the roles as they were.
    const m = await medewerker(id);
    const patch = await t.api(beheer, {
      method: 'PATCH',
      url: `/api/v1/medewerkers/${id}`,
      payload: { versie: m.versie, rollen: ['toegangsmedewerker', 'auditor'] },
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().rollen).toEqual(['toegangsmedewerker']);
    const wacht = (
      await t.api(beheer2, {
        method: 'GET',
        url: `/api/v1/rolwijzigingen?medewerker=${id}&status=wacht-op-goedkeuring`,
      })
    ).json();
    const nee = await t.api(beheer2, {
      method: 'POST',
      url: `/api/v1/rolwijzigingen/${wacht[0].id}/afwijzing`,
      payload: { versie: wacht[0].versie },
    });
    expect(nee.json().status).toBe('afgewezen');
    expect((await medewerker(id)).rollen).toEqual(['toegangsmedewerker']);

    // The auditor lists every change of this medewerker, with before and after.
    const auditor = await t.login('auditor');
    const alle = await t.api(auditor, { method: 'GET', url: `/api/v1/rolwijzigingen?medewerker=${id}` });
    expect(alle.statusCode).toBe(200);
    expect(
      alle
        .json()
        .map((r: { status: string }) => r.status)
        .sort(),
    ).toEqual(['afgewezen', 'doorgevoerd', 'doorgevoerd', 'goedgekeurd']);
    expect(
      alle
        .json()
        .every(
          (r: { aangevraagdDoor: { gebruikersnaam: string } }) =>
            r.aangevraagdDoor.gebruikersnaam === 'beheer',
        ),
    ).toBe(true);
  });

  it('een beheerder stelt geen wachtwoord in voor een ander: het account krijgt een activatiecode', async () => {
    const m = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/medewerkers',
      payload: { gemeenteCode: '0150', organisatieId, naam: 'Nieuwe Collega', rollen: ['beleid'] },
    });
    const metWachtwoord = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/gebruikers',
      payload: {
        medewerkerId: m.json().id,
        gebruikersnaam: 'nieuwe.collega',
        wachtwoord: 'een-lang-wachtwoord-2026',
      },
    });
    expect(metWachtwoord.statusCode).toBe(400);
    expect(metWachtwoord.json().invalidParams[0]).toMatchObject({ name: 'wachtwoord' });
    expect(metWachtwoord.json().invalidParams[0].reason).toMatch(/activatiecode/);

    const res = await t.api(beheer, {
      method: 'POST',
      url: '/api/v1/gebruikers',
      payload: { medewerkerId: m.json().id, gebruikersnaam: 'nieuwe.collega' },
    });
    expect(res.statusCode).toBe(201);
    const code = res.json().activatiecode as string;
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    // No password yet: logging in is impossible until the user activates.
    const login = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'nieuwe.collega', wachtwoord: code },
    });
    expect(login.statusCode).toBe(401);
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ activatiecode_hash: string }>(
        "SELECT activatiecode_hash FROM gebruikers WHERE gebruikersnaam = 'nieuwe.collega'",
      ),
    );
    expect(rows[0]!.activatiecode_hash).not.toContain(code.replaceAll('-', ''));

    const zwak = await t.api(null, {
      method: 'POST',
      url: '/api/v1/activaties',
      payload: { gebruikersnaam: 'nieuwe.collega', activatiecode: code, wachtwoord: 'Password1234' },
    });
    expect(zwak.statusCode).toBe(400);
    expect(zwak.json().invalidParams[0].name).toBe('wachtwoord');
    const eigen = 'mijn eigen lange zin voor werk';
    const act = await t.api(null, {
      method: 'POST',
      url: '/api/v1/activaties',
      payload: { gebruikersnaam: 'nieuwe.collega', activatiecode: code.toLowerCase(), wachtwoord: eigen },
    });
    expect(act.statusCode).toBe(204);
    // The code works once.
    const nogmaals = await t.api(null, {
      method: 'POST',
      url: '/api/v1/activaties',
      payload: {
        gebruikersnaam: 'nieuwe.collega',
        activatiecode: code,
        wachtwoord: 'nog een andere lange zin',
      },
    });
    expect(nogmaals.statusCode).toBe(400);
    expect(nogmaals.json().code).toBe('activatiecode-ongeldig');
    await t.login('nieuwe.collega', eigen);

    // A new code (forgotten password) clears the password.
    const nieuw = await t.api(beheer, {
      method: 'POST',
      url: `/api/v1/gebruikers/${res.json().id}/activatiecodes`,
    });
    expect(nieuw.statusCode).toBe(201);
    const weg = await t.api(null, {
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam: 'nieuwe.collega', wachtwoord: eigen },
    });
    expect(weg.statusCode).toBe(401);
    expect(await auditToelichting(res.json().id, 'create')).toMatchObject({
      na: { inloggen: 'activatiecode' },
    });
  });

  it('teamwijzigingen worden geaudit met voor en na', async () => {
    const teams = (await t.api(beheer, { method: 'GET', url: '/api/v1/teams?gemeente=0150' })).json();
    const team = teams[0];
    const res = await t.api(beheer, {
      method: 'PATCH',
      url: `/api/v1/teams/${team.id}`,
      payload: { versie: team.versie, soort: team.soort === 'staf' ? 'toegang' : 'staf' },
    });
    expect(res.statusCode).toBe(200);
    expect(await auditToelichting(team.id, 'update')).toEqual({
      voor: { soort: team.soort },
      na: { soort: res.json().soort },
    });
  });
});
