import { describe, expect, it } from 'vitest';
import { openPglite } from './pglite.ts';
import { sqlLiteral } from './types.ts';

describe('resultaattypen zijn op elke database gelijk', () => {
  it('PGlite: date als tekst, int8 en numeric als getal', async () => {
    const db = await openPglite(null);
    try {
      const { rows } = await db.systemTransaction((tx) =>
        tx.query<{ d: unknown; n: unknown; x: unknown }>(
          "SELECT DATE '2024-02-29' AS d, 5::int8 AS n, 1.25::numeric AS x",
        ),
      );
      expect(rows[0]).toEqual({ d: '2024-02-29', n: 5, x: 1.25 });
    } finally {
      await db.close();
    }
  });
});

describe('sqlLiteral en Sql.defer', () => {
  const lastig = [
    "O'Brien",
    'C:\\pad\\naar',
    "\\'; DROP TABLE audit_log; --",
    'regel 1\nregel 2\ttab',
    'ë, ĳ, 😀',
    '',
    "''",
    '\\',
  ];

  it('elke tekst komt als letterlijke waarde precies zo terug, met beide instellingen van standard_conforming_strings', async () => {
    const db = await openPglite(null);
    try {
      for (const scs of ['on', 'off']) {
        const terug = await db.systemTransaction(async (tx) => {
          await tx.exec(`SET LOCAL standard_conforming_strings = ${scs}`);
          return tx.query<{ v: string | null }>(
            `SELECT * FROM (VALUES ${[...lastig, null].map((w) => `(${sqlLiteral(w)})`).join(', ')}) AS t(v)`,
          );
        });
        expect(terug.rows.map((r) => r.v)).toEqual([...lastig, null]);
      }
      expect(() => sqlLiteral('a\0b')).toThrow();
    } finally {
      await db.close();
    }
  });

  it('uitgestelde statements committen met de transactie en verdwijnen met een rollback', async () => {
    const db = await openPglite(null);
    try {
      await db.systemTransaction((tx) => tx.exec('CREATE TABLE t (v text)'));
      await db.systemTransaction(async (tx) => {
        await tx.defer(`INSERT INTO t VALUES (${sqlLiteral('bewaard')})`);
        // Not yet written while the transaction runs: it travels with the COMMIT.
        expect((await tx.query('SELECT * FROM t')).rows).toEqual([]);
      });
      await expect(
        db.systemTransaction(async (tx) => {
          await tx.defer(`INSERT INTO t VALUES (${sqlLiteral('weg')})`);
          throw new Error('mislukt');
        }),
      ).rejects.toThrow('mislukt');
      const { rows } = await db.systemTransaction((tx) => tx.query<{ v: string }>('SELECT v FROM t'));
      expect(rows).toEqual([{ v: 'bewaard' }]);
    } finally {
      await db.close();
    }
  });
});
