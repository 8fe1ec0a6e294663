import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../platform/db/types.ts';

/**
 * Delivers outgoing iWmo messages to a directory (the hand-over point to the GGK/VECOZO
 * koppelvlak or a regional message broker). Each message is written under its unique
 * identificatie via a temporary file and an atomic rename, then marked sent in the database. A
 * retry after a crash between the two steps rewrites the same file name with the same content:
 * delivery is at-least-once, and the receiver sees no duplicates because the name is the key.
 */
export async function verzendKlaarstaandeBerichten(
  db: Database,
  map: string,
  max = 200,
): Promise<{ verzonden: number; mislukt: number }> {
  await fs.mkdir(map, { recursive: true });
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{
      id: string;
      gemeente_code: string;
      berichtcode: string;
      identificatie: string;
      inhoud: string;
    }>(
      `SELECT id, gemeente_code, berichtcode, identificatie, inhoud FROM iwmo_berichten
       WHERE richting = 'uit' AND status = 'klaar' ORDER BY aangemaakt_op LIMIT $1`,
      [max],
    ),
  );
  let verzonden = 0;
  let mislukt = 0;
  for (const b of rows) {
    const naam = `${b.berichtcode}-${b.gemeente_code}-${b.identificatie}.xml`;
    try {
      const tmp = path.join(map, `.${naam}.tmp`);
      await fs.writeFile(tmp, b.inhoud, 'utf8');
      await fs.rename(tmp, path.join(map, naam));
      await db.systemTransaction((tx) =>
        tx.query(
          "UPDATE iwmo_berichten SET status = 'verzonden', verzonden_op = now(), pogingen = pogingen + 1 WHERE id = $1 AND status = 'klaar'",
          [b.id],
        ),
      );
      verzonden++;
    } catch {
      mislukt++;
      await db.systemTransaction((tx) =>
        tx.query('UPDATE iwmo_berichten SET pogingen = pogingen + 1 WHERE id = $1', [b.id]),
      );
    }
  }
  return { verzonden, mislukt };
}
