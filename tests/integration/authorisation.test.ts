import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, TEAMS } from '../../src/server/demo/organisatie-demo.ts';
import { PARTNER_ACCOUNTS } from '../../src/server/demo/preventie-demo.ts';
import { policy, rolesFor } from '../../src/server/platform/auth/policies.ts';
import { ROLLEN, type Rol } from '../../src/server/platform/auth/rollen.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/**
 * One demo account per role (the first account that has the role); for a policy that asks for a
 * kind of team (Policy.teams, e.g. the regional team), the first such account in such a team.
 */
const accountFor = (rol: Rol, naam?: string) => {
  const teams = naam ? policy(naam).teams : undefined;
  const inTeam = (team: string) => !teams || teams.includes(TEAMS.find((x) => x.key === team)?.soort ?? '');
  return [...DEMO_ACCOUNTS.filter((a) => inTeam(a.team)), ...PARTNER_ACCOUNTS].find((a) =>
    a.rollen.includes(rol),
  )!.gebruikersnaam;
};
/** A role that holds the policy: a medewerker's, or a partner's for a policy only partners hold (issue 16). */
const toegestaneRol = (naam: string): Rol => (rolesFor(naam)[0] ?? policy(naam).partner?.[0])!;

function concreteUrl(url: string): string {
  return url.replace(':code', '0150').replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');
}

describe.each(DB_KINDS)('autorisatie per route (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  it('elke API-route heeft een policy of is expliciet publiek', () => {
    const routes = t.app.routeTable;
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes) expect(r.public || r.policy !== null, `${r.method} ${r.url}`).toBe(true);
  });

  it('zonder sessie geeft elke niet-publieke route 401', async () => {
    for (const r of t.app.routeTable.filter((x) => !x.public)) {
      const res = await t.api(null, {
        method: r.method as 'GET',
        url: concreteUrl(r.url),
        payload: r.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('elke rol die een route niet mag gebruiken krijgt 403, en de weigering wordt geaudit', async () => {
    let checked = 0;
    for (const r of t.app.routeTable.filter((x) => x.policy)) {
      const allowed = rolesFor(r.policy!);
      for (const rol of ROLLEN.filter((x) => !allowed.includes(x))) {
        const session = await t.login(accountFor(rol));
        const res = await t.api(session, {
          method: r.method as 'GET',
          url: concreteUrl(r.url),
          payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {},
        });
        // Resident routes read only the resident cookie (ADR 0026): a staff session is no session there.
        if (r.url.startsWith('/api/v1/inwoner/')) {
          expect(res.statusCode, `${rol} → ${r.method} ${r.url}`).toBe(401);
          continue;
        }
        expect(res.statusCode, `${rol} → ${r.method} ${r.url}`).toBe(403);
        expect(res.json().code).toBe('geen-toegang');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ n: number }>(
        "SELECT count(*) AS n FROM audit_log WHERE resultaat = 'geweigerd' AND object_type = 'route'",
      ),
    );
    expect(rows[0]!.n).toBe(checked);
  });

  it('een toegestane rol komt langs de autorisatie (geen 401/403)', async () => {
    // Policies for inwoners only (no medewerker or partner role) are tested with a resident session in
    // portaal.test.ts.
    for (const r of t.app.routeTable.filter(
      (x) =>
        x.policy && x.method === 'GET' && (rolesFor(x.policy).length > 0 || policy(x.policy).partner?.length),
    )) {
      const rol = toegestaneRol(r.policy!);
      const session = await t.login(accountFor(rol, r.policy!));
      const res = await t.api(session, { method: 'GET', url: concreteUrl(r.url) });
      expect([401, 403], `${rol} → ${r.method} ${r.url}: ${res.body}`).not.toContain(res.statusCode);
    }
  });

  it('een wijzigend verzoek zonder CSRF-token wordt geweigerd', async () => {
    const session = await t.login('beheer');
    const res = await t.api(session, {
      method: 'POST',
      url: '/api/v1/wijken',
      headers: { 'x-csrf-token': 'fout' },
      payload: { gemeenteCode: '0150', code: 'Z', naam: 'Testwijk' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf-token-ongeldig');
  });
});
