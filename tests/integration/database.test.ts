import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  onderhoudIngebed,
  statistiekenOntbreken,
  werkStatistiekenBij,
} from '../../src/server/platform/db/onderhoud.ts';
import { sqlLiteral } from '../../src/server/platform/db/types.ts';
import { createTestDatabase, DB_KINDS, type TestDatabase } from '../support/databases.ts';

/**
 * The database layer's own promises, on both databases: statements deferred to the COMMIT round
 * trip (audit rows) commit or fail with the transaction; prepared statements and single
 * statements outside a transaction behave like plain queries.
 */
describe.each(DB_KINDS)('databaselaag (%s)', (kind) => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase(kind);
    await d.db.systemTransaction((tx) =>
      tx.exec('CREATE TABLE proef (v text NOT NULL CHECK (v <> $$fout$$))'),
    );
  });
  afterAll(() => d?.drop());

  const inhoud = async () =>
    (await d.db.systemQuery<{ v: string }>('SELECT v FROM proef ORDER BY v', [])).rows.map((r) => r.v);

  it('een uitgesteld statement commit met de transactie, in dezelfde transactie als de rest', async () => {
    await d.db.systemTransaction(async (tx) => {
      await tx.query('INSERT INTO proef VALUES ($1)', ['direct']);
      await tx.defer(`INSERT INTO proef VALUES (${sqlLiteral("met 'aanhalingstekens' en \\")})`);
    });
    expect(await inhoud()).toEqual(['direct', "met 'aanhalingstekens' en \\"]);
  });

  it('faalt een uitgesteld statement, dan wordt de hele transactie teruggedraaid', async () => {
    await expect(
      d.db.systemTransaction(async (tx) => {
        await tx.query('INSERT INTO proef VALUES ($1)', ['zou weg moeten zijn']);
        await tx.defer(`INSERT INTO proef VALUES (${sqlLiteral('fout')})`);
      }),
    ).rejects.toThrow(/check/i);
    expect(await inhoud()).not.toContain('zou weg moeten zijn');
    // The connection is usable again after the failed COMMIT message.
    await d.db.systemTransaction((tx) => tx.query('INSERT INTO proef VALUES ($1)', ['daarna']));
    expect(await inhoud()).toContain('daarna');
  });

  it('honderden verschillende statements op één verbinding: voorbereide statements blijven begrensd en correct', async () => {
    const uitkomsten = await d.db.systemTransaction(async (tx) => {
      const r: number[] = [];
      for (let i = 0; i < 650; i++) {
        r.push((await tx.query<{ n: number }>(`SELECT $1::int + ${i} AS n`, [1])).rows[0]!.n);
      }
      return r;
    });
    expect(uitkomsten).toEqual(Array.from({ length: 650 }, (_, i) => i + 1));
  });

  it('statistieken: een nieuwe database heeft ze niet; na bijwerken wel (PGlite heeft geen autovacuum)', async () => {
    expect(await statistiekenOntbreken(d.db)).toBe(true);
    await werkStatistiekenBij(d.db, ['meldingen', 'personen']);
    expect(await statistiekenOntbreken(d.db)).toBe(false);
    await onderhoudIngebed(d.db);
  });
});
