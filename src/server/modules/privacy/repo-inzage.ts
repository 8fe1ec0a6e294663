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

export interface ToegangRow {
  tijdstip: string;
  actie: string;
  doel: string;
  rol: string | null;
  organisatie: string | null;
  soort: string | null;
  resultaat: string;
  /** Written under a doorbraak (migration 046): the reader had no relationship with the household. */
  doorbraak: boolean;
}

/**
 * Who accessed the person's data, from the audit trail (audit_log.personen). Employees are named by
 * role and organisation only: AVG art. 15 gives no right to the identity of the controller's staff
 * (HvJ EU 22 juni 2023, C-579/21, Pankki S), and their names are third parties' data here.
 */
export async function toegangenTot(tx: Sql, persoonId: string): Promise<ToegangRow[]> {
  const { rows } = await tx.query<ToegangRow>(
    `SELECT a.tijdstip::text AS tijdstip, a.actie, a.doel, a.rol, coalesce(o.naam, pa.naam) AS organisatie,
       a.actor_soort AS soort, a.resultaat, a.doorbraak_id IS NOT NULL AS doorbraak
     FROM audit_log a LEFT JOIN organisaties o ON o.id = a.organisatie_id LEFT JOIN partners pa ON pa.id = a.organisatie_id
     WHERE (a.personen @> ARRAY[$1::uuid] OR (a.object_type = 'persoon' AND a.object_id = $1::text))
     ORDER BY a.id LIMIT 5000`,
    [persoonId],
  );
  return rows;
}
