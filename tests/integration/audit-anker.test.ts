import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Ankerpunt, ankerOpties, zetAnker } from '../../src/server/platform/audit/anker.ts';
import { sealAuditChain, verifyAuditChain } from '../../src/server/platform/audit/chain.ts';
import { createTestApp, TEST_ANKER_SLEUTEL, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/**
 * Issue 14, finding 4: deleting the newest sealed rows together with their chain entries leaves
 * the chain itself consistent; only a checkpoint outside the database shows that rows are missing.
 */
describe.each(DB_KINDS)('ankerpunten van het audittrail (%s)', (kind) => {
  let t: TestApp;
  let server: http.Server;
  const ontvangen: Ankerpunt[] = [];
  const opties = () => {
    const c = t.app.deps.config;
    return { ...ankerOpties({ dataDir: c.dataDir, ...c.auditAnker }) };
  };
  const verifieer = async () => {
    const auditor = await t.login('auditor');
    const res = await t.api(auditor, { method: 'POST', url: '/api/v1/audit-verificaties' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        ontvangen.push(JSON.parse(body));
        res.writeHead(201).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    server?.close();
    await t?.close();
  });

  it('schrijft een ondertekend ankerpunt naar het bestand (met eigen keten) en naar een extern adres', async () => {
    await t.login('kcc');
    await sealAuditChain(t.database.db);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ankers`;
    const eerste = await zetAnker(t.database.db, { ...opties(), url });
    const tweede = await zetAnker(t.database.db, { ...opties(), url });
    expect(eerste.extern).toBe('verstuurd');
    expect(eerste.anker.volgnummer).toBeGreaterThan(0);
    expect(ontvangen).toEqual([eerste.anker, tweede.anker]);
    const regels = fs.readFileSync(opties().bestand, 'utf8').trim().split('\n');
    expect(regels.map((r) => JSON.parse(r))).toEqual([eerste.anker, tweede.anker]);
    // The receiver can check the signature with the shared key.
    const a = ontvangen[1]!;
    expect(
      createHmac('sha256', TEST_ANKER_SLEUTEL)
        .update(`${a.volgnummer}|${a.hash}|${a.tijdstip}|${a.vorige}`)
        .digest('hex'),
    ).toBe(a.handtekening);
    const v = await verifieer();
    expect(v.intact).toBe(true);
    expect(v.anker).toEqual({ volgnummer: tweede.anker.volgnummer, tijdstip: tweede.anker.tijdstip });
  });

  it('verify faalt als de eigenaar van de database de nieuwste verzegelde regels verwijdert', async () => {
    const auditor = await t.login('auditor');
    for (let i = 0; i < 3; i++)
      await t.api(auditor, { method: 'GET', url: '/api/v1/audit-logregels?pageSize=1' });
    await sealAuditChain(t.database.db);
    const { anker } = await zetAnker(t.database.db, opties());
    // As the owner: the newest three rows and their links, so the remaining chain is consistent.
    await t.database.db.systemTransaction(async (tx) => {
      const weg = await tx.query<{ audit_id: number }>(
        'DELETE FROM audit_keten WHERE volgnummer > $1 RETURNING audit_id',
        [anker.volgnummer - 3],
      );
      await tx.query('DELETE FROM audit_log WHERE id = ANY($1::bigint[])', [weg.rows.map((r) => r.audit_id)]);
    });
    // The chain alone does not see it (the weakness of finding 4)…
    expect((await verifyAuditChain(t.database.db)).intact).toBe(true);
    // …the comparison with the checkpoint does.
    const v = await verifieer();
    expect(v.intact).toBe(false);
    expect(v.problemen).toContainEqual(
      expect.objectContaining({
        soort: 'ingekort',
        toelichting: expect.stringContaining('de nieuwste 3 regel(s) zijn verwijderd'),
      }),
    );
  });

  it('een bewerkt ankerbestand valt op', async () => {
    const bestand = opties().bestand;
    const regels = fs.readFileSync(bestand, 'utf8').trim().split('\n');
    const eerste = JSON.parse(regels[0]!) as Ankerpunt;
    regels[0] = JSON.stringify({ ...eerste, volgnummer: eerste.volgnummer - 1 });
    fs.writeFileSync(bestand, `${regels.join('\n')}\n`);
    const v = await verifieer();
    expect(v.problemen).toContainEqual(
      expect.objectContaining({
        soort: 'anker-ongeldig',
        toelichting: expect.stringMatching(/regel 1: de handtekening klopt niet/),
      }),
    );
    // Removing a line in the middle breaks the file's own chain.
    regels.splice(0, 1);
    fs.writeFileSync(bestand, `${regels.join('\n')}\n`);
    expect((await verifieer()).problemen).toContainEqual(
      expect.objectContaining({
        soort: 'anker-ongeldig',
        toelichting: expect.stringMatching(/regel 1: de verwijzing/),
      }),
    );
  });
});
