import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { audit } from '../../src/server/platform/audit/audit.ts';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { mag } from '../../src/server/platform/auth/policies.ts';
import {
  type Actor,
  type InwonerPrincipal,
  type PartnerPrincipal,
  type Principal,
  toegangscontext,
} from '../../src/server/platform/auth/principal.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, volgendBsn } from '../support/intake.ts';

const REGIO = ['0150', '0175', '0177', '0262', '0301'];
/** Reference data without personal data, readable by every principal (policy USING (true)). */
const OPENBAAR = new Set(['gemeenten']);
const herkomst = { ip: '127.0.0.1', sessie: 'test', verzoekId: 'test' };

describe.each(DB_KINDS)('partners en inwoners onder row-level security (%s)', (kind) => {
  let t: TestApp;
  let bsn: string;
  let partner: PartnerPrincipal;
  let inwoner: InwonerPrincipal;
  let tabellen: string[];

  beforeAll(async () => {
    t = await createTestApp(kind);
    // Rows in the tables: a melding with a new persoon (personen, meldingen, documenten, events, audit).
    bsn = volgendBsn();
    const kcc = await t.login('kcc');
    const res = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/meldingen',
      payload: nieuweMelding({}, { bsn }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const org = await t.database.db.systemQuery<{ id: string }>(
      "SELECT id FROM organisaties WHERE gemeente_code = '0150' LIMIT 1",
    );
    partner = {
      soort: 'partner',
      sessieId: 'test',
      csrfToken: '',
      gebruikerId: '44444444-4444-4444-8444-444444444444',
      gebruikersnaam: 'partner-test',
      naam: 'Partner',
      rollen: ['backoffice', 'toegangsmedewerker', 'kcc', 'teamleider', 'beheer'],
      gemeenteCode: '0150',
      gemeenten: REGIO,
      organisatieId: org.rows[0]!.id,
    };
    inwoner = {
      soort: 'inwoner',
      sessieId: 'test',
      csrfToken: '',
      bsn,
      namens: null,
      acr: 'urn:nl-eid-gdi:1.0:LoA:substantial',
      pseudoniem: 'broker-sub-test',
      gemeenteCode: '0150',
      gemeenten: ['0150'],
    };
    const { rows } = await t.database.db.systemQuery<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
         AND has_table_privilege('open_toegang_app', c.oid, 'SELECT') ORDER BY c.relname`,
    );
    tabellen = rows.map((r) => r.relname).filter((n) => !OPENBAAR.has(n));
  });
  afterAll(() => t?.close());

  const tellingen = async (ctx: Parameters<typeof t.database.db.transaction>[0]) =>
    t.database.db.transaction(ctx, async (tx) => {
      const uit: Record<string, number> = {};
      // Deliberately without any filter: only row-level security decides.
      for (const tabel of tabellen)
        uit[tabel] = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${tabel}`)).rows[0]!.n;
      return uit;
    });

  it('een medewerker van de regio ziet de rijen (de controle zelf werkt)', async () => {
    const n = await tellingen({ gebruikerId: null, gemeenten: REGIO, soort: 'medewerker' });
    for (const tabel of ['medewerkers', 'wijken', 'personen', 'meldingen', 'audit_log'])
      expect(n[tabel], tabel).toBeGreaterThan(0);
  });

  it('een partner ziet in geen bestaande tabel een rij, ook niet met de gemeenten en organisatie gezet', async () => {
    const n = await tellingen(toegangscontext(partner));
    expect(Object.entries(n).filter(([, v]) => v > 0)).toEqual([]);
  });

  it('een inwoner ziet alleen wat migraties 021 en 027 toestaan: de eigen persoon en zaken, namen van wijken en aanbieders, de sociale kaart', async () => {
    const n = await tellingen(toegangscontext(inwoner));
    // The tables with an inwoner policy (migration 021, ADR 0026); every other table shows nothing.
    const metInwonerPolicy = new Set([
      'personen',
      'huishouden_leden',
      'meldingen',
      'huishoudens',
      'medewerkers',
      'wijken',
      'organisaties',
      'producten',
      'nummerreeksen',
      'documenten',
      'onderzoeken',
      'aanvragen',
      'beschikkingen',
      'voorzieningen',
      'toewijzingen',
      'melding_bijlagen',
      'portaal_berichten',
      'machtigingen',
      // Migration 027: the active entries of the own gemeente's sociale kaart (public information).
      'sociale_kaart',
    ]);
    expect(Object.entries(n).filter(([tabel, v]) => v > 0 && !metInwonerPolicy.has(tabel))).toEqual([]);
    expect(n.personen).toBe(1);
    expect(n.sociale_kaart).toBeGreaterThan(0);
    const eigen = await t.database.db.systemQuery<{ n: number }>(
      'SELECT count(*)::int AS n FROM personen WHERE bsn = $1',
      [bsn],
    );
    expect(eigen.rows[0]!.n).toBe(1);
  });

  it('een partner of inwoner kan in een bestaande tabel niets schrijven', async () => {
    for (const p of [partner, inwoner]) {
      await expect(
        t.database.db.transaction(toegangscontext(p), (tx) =>
          tx.query("INSERT INTO wijken (gemeente_code, code, naam) VALUES ('0150', 'PX', 'Partnerwijk')"),
        ),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('de SQL-hulpfuncties geven per soort wat de transactie zette', async () => {
    const lees = (ctx: Parameters<typeof t.database.db.transaction>[0]) =>
      t.database.db.transaction(
        ctx,
        async (tx) =>
          (
            await tx.query<{
              soort: string;
              org: string | null;
              bsn: string | null;
              g: string[];
              w: string[];
            }>(
              'SELECT ot_soort() AS soort, ot_organisatie()::text AS org, ot_bsn() AS bsn, ot_gemeenten() AS g, ot_werkgebied() AS w',
            )
          ).rows[0],
      );
    expect(await lees(toegangscontext(partner))).toEqual({
      soort: 'partner',
      org: partner.organisatieId,
      bsn: null,
      g: [],
      w: REGIO,
    });
    expect(await lees(toegangscontext(inwoner))).toEqual({
      soort: 'inwoner',
      org: null,
      bsn,
      g: [],
      w: ['0150'],
    });
    expect(await lees({ gebruikerId: null, gemeenten: ['0150'] })).toMatchObject({
      soort: 'medewerker',
      g: ['0150'],
    });
  });

  it('elke bestaande policy weigert een partner en een inwoner, ook met dezelfde rolnamen', () => {
    for (const r of t.app.routeTable.filter((x) => x.policy)) {
      expect(mag(r.policy!, partner), `partner → ${r.method} ${r.url}`).toBe(false);
      // Only the inwonerportaal's own routes (ADR 0026) admit an inwoner; no other policy does.
      expect(mag(r.policy!, inwoner), `inwoner → ${r.method} ${r.url}`).toBe(
        r.url.startsWith('/api/v1/inwoner/'),
      );
    }
  });

  it('een auditregel noemt de soort actor; een inwoner bij pseudoniem; de keten blijft intact', async () => {
    for (const p of [partner, inwoner]) {
      const actor: Actor = { principal: p, herkomst };
      await t.database.db.transaction(toegangscontext(p), (tx) =>
        audit(tx, actor, {
          actie: 'read',
          objectType: 'route',
          objectId: 'GET /api/v1/meldingen',
          doel: 'test',
          resultaat: 'geweigerd',
          gemeenteCode: '0150',
        }),
      );
    }
    const { rows } = await t.database.db.systemQuery<Record<string, string | null>>(
      `SELECT gebruiker_id::text, organisatie_id::text, rol, actor_soort, actor_ref, row_to_json(a)::text AS alles
       FROM audit_log a WHERE doel = 'test' ORDER BY id`,
    );
    expect(rows.map((r) => [r.actor_soort, r.actor_ref, r.rol])).toEqual([
      ['partner', null, partner.rollen.join(',')],
      ['inwoner', 'broker-sub-test', 'inwoner'],
    ]);
    expect(rows[0]!.organisatie_id).toBe(partner.organisatieId);
    expect(rows[1]!.gebruiker_id).toBeNull();
    for (const r of rows) expect(r.alles).not.toContain(bsn);
    // A medewerker's row names its kind too.
    const kcc = await t.database.db.systemQuery<{ actor_soort: string }>(
      "SELECT DISTINCT actor_soort FROM audit_log WHERE gebruikersnaam = 'kcc'",
    );
    expect(kcc.rows).toEqual([{ actor_soort: 'medewerker' }]);
    await sealAuditChain(t.database.db);
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
  });
  it('via HTTP: een partner of inwoner krijgt 403 op routes voor medewerkers, en de weigering noemt de soort', async () => {
    // No sessions exist for these kinds yet: a hook after the session lookup puts the principal on
    // the request, so the real authorisation of the platform decides.
    const app = await buildApp({
      config: { ...loadConfig({}), jobsEnabled: false },
      db: t.database.db,
      logger: false,
    });
    app.addHook('onRequest', async (req) => {
      const soort = req.headers['x-test-soort'];
      const p: Principal | null = soort === 'partner' ? partner : soort === 'inwoner' ? inwoner : null;
      if (p) req.principal = { ...p, sessieId: 'http-test', csrfToken: 'csrf-test' };
    });
    await app.ready();
    try {
      for (const soort of ['partner', 'inwoner']) {
        for (const [method, url] of [
          ['GET', '/api/v1/werkvoorraad'],
          ['GET', '/api/v1/gemeenten'],
          ['POST', '/api/v1/beschikkingen/00000000-0000-4000-8000-000000000000/vaststelling'],
        ] as const) {
          const res = await app.inject({
            method,
            url,
            headers: { 'x-test-soort': soort, 'x-csrf-token': 'csrf-test' },
            ...(method === 'POST' ? { payload: {} } : {}),
          });
          expect(res.statusCode, `${soort} → ${method} ${url}`).toBe(403);
          expect(res.json().code).toBe('geen-toegang');
        }
      }
    } finally {
      await app.close();
    }
    const { rows } = await t.database.db.systemQuery<{ actor_soort: string; n: number }>(
      `SELECT actor_soort, count(*)::int AS n FROM audit_log
       WHERE resultaat = 'geweigerd' AND sessie = 'http-test' GROUP BY actor_soort ORDER BY actor_soort`,
    );
    expect(rows).toEqual([
      { actor_soort: 'inwoner', n: 3 },
      { actor_soort: 'partner', n: 3 },
    ]);
  });
});
