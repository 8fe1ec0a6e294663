import { describe, expect, it } from 'vitest';
import { openPglite } from './pglite.ts';

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
