import type { Sql } from '../../platform/db/types.ts';

export interface InzagePersoonRow {
  id: string;
  naam: string;
  geboortedatum: string;
  gemeenteCode: string;
}

const SELECT = `SELECT p.id, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS naam, p.geboortedatum,
  p.gemeente_code AS "gemeenteCode" FROM personen p`;

/**
 * The persons an auditor asks about: 9 digits → exactly that BSN (never a prefix, so BSNs cannot be
 * enumerated); otherwise a prefix of the surname, with the same leakproof range as the intake search
 * (migration 011). Row-level security keeps it to the auditor's gemeenten.
 */
export async function zoekPersonen(tx: Sql, zoek: string): Promise<InzagePersoonRow[]> {
  const q = zoek.trim();
  const bsn = q.replace(/[\s.-]/g, '');
  if (/^\d{9}$/.test(bsn)) {
    return (await tx.query<InzagePersoonRow>(`${SELECT} WHERE p.bsn = $1 LIMIT 20`, [bsn])).rows;
  }
  const prefix = q.toLowerCase();
  return (
    await tx.query<InzagePersoonRow>(
      `${SELECT} WHERE p.achternaam_zoek ~>=~ $1 AND p.achternaam_zoek ~<~ $2
       ORDER BY p.achternaam_zoek USING ~<~, p.geboortedatum, p.id LIMIT 20`,
      [prefix, `${prefix}\u{10FFFF}`],
    )
  ).rows;
}
