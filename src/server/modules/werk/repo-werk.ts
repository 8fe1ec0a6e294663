import type { Sql } from '../../platform/db/types.ts';

export interface ZaakRij {
  huishouden_id: string;
  huishouden_naam: string;
  gemeente_code: string;
  contactpersoon: boolean;
  melding_id: string | null;
  melding_nummer: number | null;
  melding_status: 'nieuw' | 'onderzoek' | null;
  onderzoek_uiterlijk: string | null;
  aanvraag_id: string | null;
  aanvraag_melding_id: string | null;
  beschikking_uiterlijk: string | null;
  concept_id: string | null;
  concept_nummer: number | null;
  herindicatie_einddatum: string | null;
  herindicatie_beschikking_id: string | null;
  herindicatie_nummer: number | null;
  levering_beschikking_id: string | null;
  levering_nummer: number | null;
  levering_einddatum: string | null;
}

/** Members now in the household z (a person is in one household at a time). */
const LID = 'JOIN huishouden_leden hl ON hl.persoon_id = %s AND hl.tot IS NULL AND hl.huishouden_id = z.id';
const lid = (kolom: string) => LID.replace('%s', kolom);

/**
 * The households of one medewerker — contactpersoon, or behandelaar of an open melding — with per
 * household the open item of every phase (each the one with the earliest deadline).
 */
export async function zakenVan(tx: Sql, medewerkerId: string, vandaag: string): Promise<ZaakRij[]> {
  const { rows } = await tx.query<ZaakRij>(
    `WITH mijn AS (
       SELECT h.id, h.naam, h.gemeente_code, true AS contactpersoon FROM huishoudens h WHERE h.contactpersoon_id = $1
       UNION
       SELECT h.id, h.naam, h.gemeente_code, h.contactpersoon_id IS NOT DISTINCT FROM $1
       FROM meldingen m JOIN huishoudens h ON h.id = m.huishouden_id
       WHERE m.behandelaar_id = $1 AND m.status IN ('nieuw', 'onderzoek')
     )
     SELECT z.id AS huishouden_id, z.naam AS huishouden_naam, z.gemeente_code, bool_or(z.contactpersoon) OVER (PARTITION BY z.id) AS contactpersoon,
            mo.id AS melding_id, mo.nummer AS melding_nummer, mo.status AS melding_status, mo.onderzoek_uiterlijk,
            a.id AS aanvraag_id, a.melding_id AS aanvraag_melding_id, a.beschikking_uiterlijk,
            bc.id AS concept_id, bc.nummer AS concept_nummer,
            vh.einddatum AS herindicatie_einddatum, vh.beschikking_id AS herindicatie_beschikking_id, vh.nummer AS herindicatie_nummer,
            vl.beschikking_id AS levering_beschikking_id, vl.nummer AS levering_nummer, vl.einddatum AS levering_einddatum
     FROM mijn z
     LEFT JOIN LATERAL (
       SELECT m.id, m.nummer, m.status, m.onderzoek_uiterlijk FROM meldingen m
       WHERE m.huishouden_id = z.id AND m.status IN ('nieuw', 'onderzoek')
       ORDER BY coalesce(m.onderzoek_uiterlijk, DATE '9999-12-31'), m.id LIMIT 1) mo ON true
     LEFT JOIN LATERAL (
       SELECT a.id, a.melding_id, a.beschikking_uiterlijk FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id
       WHERE m.huishouden_id = z.id AND a.status = 'ingediend' ORDER BY a.beschikking_uiterlijk, a.id LIMIT 1) a ON true
     LEFT JOIN LATERAL (
       SELECT b.id, b.nummer FROM beschikkingen b ${lid('b.persoon_id')}
       WHERE b.status = 'concept' ORDER BY b.nummer LIMIT 1) bc ON true
     LEFT JOIN LATERAL (
       SELECT v.einddatum, v.beschikking_id, b.nummer FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id ${lid('v.persoon_id')}
       WHERE b.status = 'vastgesteld' AND v.besluit = 'toekenning' AND v.beeindigd_op IS NULL
         AND v.einddatum BETWEEN $2::date AND ($2::date + make_interval(months => 3))::date
         AND NOT EXISTS (SELECT 1 FROM voorzieningen n WHERE n.vervolg_op = v.id)
       ORDER BY v.einddatum, v.id LIMIT 1) vh ON true
     LEFT JOIN LATERAL (
       SELECT v.beschikking_id, b.nummer, v.einddatum FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id ${lid('v.persoon_id')}
       WHERE b.status = 'vastgesteld' AND v.besluit = 'toekenning' AND v.ingangsdatum <= $2::date
         AND coalesce(v.beeindigd_op, v.einddatum, DATE '9999-12-31') >= $2::date
       ORDER BY v.einddatum NULLS LAST, v.id LIMIT 1) vl ON true
     LIMIT 1000`,
    [medewerkerId, vandaag],
  );
  // The UNION keeps one row per household and role; keep the first of each household.
  const gezien = new Set<string>();
  return rows.filter((r) => !gezien.has(r.huishouden_id) && gezien.add(r.huishouden_id));
}
