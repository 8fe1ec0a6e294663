import { maakTestBsnGenerator } from '../../src/server/domain/bsn/bsn.ts';
import { mulberry32 } from '../../src/server/domain/bsn/prng.ts';
import type { Sql } from '../../src/server/platform/db/types.ts';

/**
 * Hand-made records for the monitoring tests, written straight into the tables (as an import
 * would): persons with a (test-range) BSN, name and address, vastgestelde beschikkingen and their
 * voorzieningen. The personal data is there so that tests can check it never reaches monitoring.
 */
export interface VoorzieningFeit {
  persoon: string;
  gemeente?: string;
  /** Wijk code in the gemeente; null for no wijk. */
  wijk: string | null;
  categorie: string;
  ingang: string;
  einde?: string | null;
  beeindigdOp?: string | null;
  besluitdatum: string;
  status?: 'concept' | 'vastgesteld';
  besluit?: 'toekenning' | 'afwijzing';
}

const volgendeBsn = maakTestBsnGenerator(mulberry32(7));

export async function maakPersonen(
  tx: Sql,
  namen: readonly string[],
  gemeente = '0150',
): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; achternaam: string }>(
    `INSERT INTO personen (gemeente_code, bsn, voornamen, achternaam, geboortedatum, straat, huisnummer, postcode, woonplaats)
     SELECT $1, b, 'Anneke', n, DATE '1950-01-01', 'Brinkgreverweg', 17, '7413AB', 'Deventer'
     FROM unnest($2::text[], $3::text[]) AS x (n, b)
     RETURNING id, achternaam`,
    [gemeente, namen, namen.map(() => volgendeBsn())],
  );
  return new Map(rows.map((r) => [r.achternaam, r.id]));
}

/** One beschikking per voorziening (the counts do not depend on how lines are grouped). */
export async function maakVoorzieningen(
  tx: Sql,
  personen: Map<string, string>,
  feiten: readonly VoorzieningFeit[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const f of feiten) {
    const gemeente = f.gemeente ?? '0150';
    const persoon = personen.get(f.persoon);
    if (!persoon) throw new Error(`onbekende persoon ${f.persoon}`);
    const b = await tx.query<{ id: string }>(
      `INSERT INTO beschikkingen (gemeente_code, persoon_id, status, besluitdatum, gemigreerd)
       VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [
        gemeente,
        persoon,
        f.status ?? 'vastgesteld',
        (f.status ?? 'vastgesteld') === 'vastgesteld' ? f.besluitdatum : null,
      ],
    );
    const v = await tx.query<{ id: string }>(
      `INSERT INTO voorzieningen (gemeente_code, beschikking_id, persoon_id, wijk_id, besluit, motivering, productcategorie,
         leveringsvorm, ingangsdatum, einddatum, beeindigd_op)
       VALUES ($1, $2, $3, (SELECT id FROM wijken WHERE gemeente_code = $1 AND code = $4), $5, 'test', $6, 'zin', $7, $8, $9)
       RETURNING id`,
      [
        gemeente,
        b.rows[0]!.id,
        persoon,
        f.wijk,
        f.besluit ?? 'toekenning',
        f.categorie,
        f.ingang,
        f.einde ?? null,
        f.beeindigdOp ?? null,
      ],
    );
    ids.push(v.rows[0]!.id);
  }
  return ids;
}
