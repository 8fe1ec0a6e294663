import type { Sql } from '../../platform/db/types.ts';
import type { VoorzieningBron } from './levering.ts';

export const cbsRepo = {
  /**
   * Granted maatwerkvoorzieningen of an established beschikking whose period overlaps [van, tot]:
   * the rows of one delivery. The end is the earliest of einddatum and an early end (beeindigd_op).
   */
  async voorzieningen(tx: Sql, gemeenteCode: string, van: string, tot: string) {
    const { rows } = await tx.query<VoorzieningBron & { persoon_id: string }>(
      `SELECT v.id AS voorziening_id, v.gemeente_code, p.bsn, p.id AS persoon_id, v.productcategorie, v.productcode,
              v.leveringsvorm, o.agb_code AS aanbieder_agb, v.ingangsdatum::text AS ingangsdatum,
              least(v.einddatum, v.beeindigd_op)::text AS einde,
              n.soort AS beeindigd_door_soort, n.reden_wijziging
       FROM voorzieningen v
       JOIN beschikkingen b ON b.id = v.beschikking_id AND b.status = 'vastgesteld'
       JOIN personen p ON p.id = v.persoon_id
       LEFT JOIN organisaties o ON o.id = v.aanbieder_id
       LEFT JOIN LATERAL (
         SELECT n.soort, n.reden_wijziging FROM beschikkingen n
         WHERE n.vorige_beschikking_id = b.id AND n.status = 'vastgesteld' AND v.beeindigd_op IS NOT NULL
         ORDER BY n.besluitdatum DESC NULLS LAST LIMIT 1
       ) n ON true
       WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning'
         AND v.ingangsdatum <= $3 AND (least(v.einddatum, v.beeindigd_op) IS NULL OR least(v.einddatum, v.beeindigd_op) >= $2)
       ORDER BY v.ingangsdatum, v.id`,
      [gemeenteCode, van, tot],
    );
    return rows;
  },
};
