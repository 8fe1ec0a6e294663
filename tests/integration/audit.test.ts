import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

describe.each(DB_KINDS)('audittrail (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t?.close());

  const auditRows = (where: string, params: unknown[] = []) =>
    t.database.db.systemTransaction((tx) =>
      tx.query<Record<string, unknown>>(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`, params),
    );

  it('het lezen van een medewerker wordt vastgelegd: wie, rol, namens welke gemeente, wat, waarvandaan, waarom', async () => {
    const beheer = await t.login('beheer');
    const list = (await t.api(beheer, { method: 'GET', url: '/api/v1/medewerkers?gemeente=0150' })).json();
    const id = list[0].id;
    const res = await t.api(beheer, { method: 'GET', url: `/api/v1/medewerkers/${id}` });
    expect(res.statusCode).toBe(200);
    const { rows } = await auditRows("actie = 'read' AND object_type = 'medewerker' AND object_id = $1", [
      id,
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      gebruiker_id: beheer.gebruikerId,
      gebruikersnaam: 'beheer',
      rol: 'beheer',
      gemeente_code: '0150',
      resultaat: 'toegestaan',
      doel: 'organisatiebeheer',
      herkomst_ip: '127.0.0.1',
    });
    expect(rows[0]!.verzoek_id).toBeTruthy();
    expect(rows[0]!.sessie).toMatch(/^[0-9a-f]{16}$/);
    // No personal data in the audit row beyond references.
    expect(JSON.stringify(rows[0])).not.toContain(list[0].naam);
  });

  it('een wijziging en het auditrecord staan of vallen samen', async () => {
    const beheer = await t.login('beheer');
    const m = (await t.api(beheer, { method: 'GET', url: '/api/v1/medewerkers?gemeente=0150' })).json()[1];
    const ok = await t.api(beheer, {
      method: 'PATCH',
      url: `/api/v1/medewerkers/${m.id}`,
      payload: { versie: m.versie, functie: 'Senior consulent' },
    });
    expect(ok.statusCode).toBe(200);
    const stale = await t.api(beheer, {
      method: 'PATCH',
      url: `/api/v1/medewerkers/${m.id}`,
      payload: { versie: m.versie, functie: 'Verouderd' },
    });
    expect(stale.statusCode).toBe(409);
    const { rows } = await auditRows("actie = 'update' AND object_id = $1", [m.id]);
    expect(rows).toHaveLength(1);
  });

  it('de hash-keten is intact na verzegelen, en verraadt een gewijzigde of verwijderde regel', async () => {
    await t.login('kcc');
    await sealAuditChain(t.database.db);
    const intact = await verifyAuditChain(t.database.db);
    expect(intact.intact).toBe(true);
    expect(intact.gecontroleerd).toBeGreaterThan(3);
    expect(intact.nietVerzegeld).toBe(0);

    const { rows } = await auditRows("actie = 'login'");
    const victim = rows[0]!.id as number;
    // Tampering needs the owner role; the application role cannot (see tenancy.test.ts).
    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE audit_log SET resultaat = 'mislukt' WHERE id = $1", [victim]),
    );
    const changed = await verifyAuditChain(t.database.db);
    expect(changed.intact).toBe(false);
    expect(changed.problemen).toContainEqual(
      expect.objectContaining({ soort: 'gewijzigd', auditId: victim }),
    );

    await t.database.db.systemTransaction((tx) =>
      tx.query("UPDATE audit_log SET resultaat = 'toegestaan' WHERE id = $1", [victim]),
    );
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);

    const second = rows[1]!.id as number;
    await t.database.db.systemTransaction((tx) => tx.query('DELETE FROM audit_log WHERE id = $1', [second]));
    const deleted = await verifyAuditChain(t.database.db);
    expect(deleted.problemen).toContainEqual(
      expect.objectContaining({ soort: 'verwijderd', auditId: second }),
    );
  });

  it('de auditor kan het audittrail doorzoeken en de keten laten controleren via de API', async () => {
    const auditor = await t.login('auditor');
    const page = await t.api(auditor, { method: 'GET', url: '/api/v1/audit-logregels?pageSize=2' });
    expect(page.statusCode).toBe(200);
    expect(page.json().regels).toHaveLength(2);
    expect(page.json().volgende).toEqual(expect.any(Number));
    const next = await t.api(auditor, {
      method: 'GET',
      url: `/api/v1/audit-logregels?pageSize=2&voor=${page.json().volgende}`,
    });
    expect(next.json().regels[0].id).toBeLessThan(page.json().volgende);
    const verify = await t.api(auditor, { method: 'POST', url: '/api/v1/audit-verificaties' });
    expect(verify.statusCode).toBe(200);
    expect(verify.json().intact).toBe(false); // the row deleted in the previous test
  });
});
