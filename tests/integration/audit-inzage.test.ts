import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/**
 * Issue 14, finding 3: "wie heeft deze persoon gezien?" (NEN 7513). A search, list page, export or
 * detail names the persons it showed; the auditor finds every access to a person by BSN.
 */
interface Regel {
  id: number;
  gebruikersnaam: string;
  actie: string;
  objectType: string;
  doel: string;
  resultaat: string;
  personen: string[] | null;
}

describe.each(DB_KINDS)('wie heeft deze persoon gezien (%s)', (kind) => {
  let t: TestApp;
  const bsn = volgendBsn();
  let persoonId: string;
  let anderId: string;
  let meldingId: string;

  const inzage = async (zoek: string) => {
    const auditor = await t.login('auditor');
    const res = await t.api(auditor, { method: 'GET', url: `/api/v1/audit-personen?zoek=${zoek}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Array<{ id: string; naam: string }>;
  };
  const toegangen = async (id: string, extra = '') => {
    const auditor = await t.login('auditor');
    const res = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/audit-logregels?persoon=${id}&pageSize=500${extra}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().regels as Regel[];
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    const kcc = await t.login('kcc');
    const m = await registreer(t, kcc, nieuweMelding({}, { bsn, achternaam: 'Inzagezoeker' }));
    meldingId = m.id;
    persoonId = m.persoon.id;
    const ander = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn(), achternaam: 'Anderman' }));
    anderId = ander.persoon.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('een zoekvraag, lijst, export en detail van een consulent staan bij de persoon, met de juiste medewerker', async () => {
    const consulent = await t.login('toegangsmedewerker');
    const zoek = await t.api(consulent, { method: 'GET', url: '/api/v1/personen?zoek=Inzagez' });
    expect(zoek.statusCode, zoek.body).toBe(200);
    expect(zoek.json().map((p: { id: string }) => p.id)).toEqual([persoonId]);
    const lijst = await t.api(consulent, { method: 'GET', url: '/api/v1/werkvoorraad' });
    expect(lijst.statusCode, lijst.body).toBe(200);
    const csv = await t.api(consulent, { method: 'GET', url: '/api/v1/werkvoorraad?formaat=csv' });
    expect(csv.statusCode, csv.body).toBe(200);
    const detail = await t.api(consulent, { method: 'GET', url: `/api/v1/meldingen/${meldingId}` });
    expect(detail.statusCode, detail.body).toBe(200);

    const gevonden = await inzage(bsn);
    expect(gevonden.map((p) => p.id)).toEqual([persoonId]);
    const regels = await toegangen(persoonId);
    const vanConsulent = regels.filter((r) => r.gebruikersnaam === 'toegangsmedewerker');
    const soorten = vanConsulent.map((r) => `${r.actie} ${r.objectType}`);
    expect(soorten).toEqual(
      expect.arrayContaining(['search persoon', 'search melding', 'export melding', 'read melding']),
    );
    for (const r of vanConsulent) {
      expect(r.personen).toContain(persoonId);
      expect(r).toMatchObject({ resultaat: 'toegestaan', doel: expect.any(String) });
    }
    // The registration by the KCC and the auditor's own BSN lookup are there as well.
    expect(regels.some((r) => r.gebruikersnaam === 'kcc' && r.actie === 'create')).toBe(true);
    expect(
      regels.some(
        (r) => r.gebruikersnaam === 'auditor' && r.objectType === 'persoon' && r.actie === 'search',
      ),
    ).toBe(true);
  });

  it('een zoekvraag die de persoon niet toonde staat niet bij hem; filteren op gebruiker en periode kan', async () => {
    const consulent = await t.login('toegangsmedewerker');
    await t.api(consulent, { method: 'GET', url: '/api/v1/personen?zoek=Anderm' });
    const regels = await toegangen(anderId);
    const zoekRegel = regels.find((r) => r.gebruikersnaam === 'toegangsmedewerker' && r.actie === 'search');
    expect(zoekRegel?.personen).toEqual([anderId]);
    const vanHem = await toegangen(persoonId);
    expect(vanHem.some((r) => r.id === zoekRegel!.id)).toBe(false);

    const gebruiker = consulent.gebruikerId;
    const gefilterd = await toegangen(persoonId, `&gebruiker=${gebruiker}`);
    expect(gefilterd.length).toBeGreaterThan(0);
    expect(new Set(gefilterd.map((r) => r.gebruikersnaam))).toEqual(new Set(['toegangsmedewerker']));
    expect(await toegangen(persoonId, '&van=2001-01-01&tot=2001-12-31')).toEqual([]);
  });

  it('de hash-keten dekt de getoonde personen', async () => {
    await sealAuditChain(t.database.db);
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
    const [r] = (
      await t.database.db.systemTransaction((tx) =>
        tx.query<{ id: number }>(
          'SELECT id FROM audit_log WHERE personen @> ARRAY[$1::uuid] ORDER BY id LIMIT 1',
          [persoonId],
        ),
      )
    ).rows;
    await t.database.db.systemTransaction((tx) =>
      tx.query('UPDATE audit_log SET personen = NULL WHERE id = $1', [r!.id]),
    );
    const v = await verifyAuditChain(t.database.db);
    expect(v.problemen).toContainEqual(
      expect.objectContaining({ soort: 'gewijzigd', auditId: Number(r!.id) }),
    );
  });

  it('alleen de auditor mag zoeken wie een persoon zag; een te korte zoekvraag geeft een veldfout', async () => {
    const consulent = await t.login('toegangsmedewerker');
    const geweigerd = await t.api(consulent, { method: 'GET', url: `/api/v1/audit-personen?zoek=${bsn}` });
    expect(geweigerd.statusCode).toBe(403);
    const auditor = await t.login('auditor');
    const kort = await t.api(auditor, { method: 'GET', url: '/api/v1/audit-personen?zoek=a' });
    expect(kort.statusCode).toBe(400);
    expect(kort.json().invalidParams[0]).toMatchObject({ name: 'zoek' });
  });
});
