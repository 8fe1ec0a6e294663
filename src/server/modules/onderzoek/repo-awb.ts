import type { Opschorting } from '../../../domain/termijnen/index.ts';
import type { Sql } from '../../platform/db/types.ts';

/** The aanvraag as the Awb rules around its beslistermijn need it (locked when `forUpdate`). */
export interface AanvraagTermijnRow {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  aanvraagdatum: string;
  beschikking_uiterlijk: string;
  status: string;
  versie: number;
  /** When the beschikking on it was given (bekendgemaakt, else besloten); null while undecided. */
  besluitdatum: string | null;
  melding_id: string;
  melding_nummer: string;
  huishouden_id: string | null;
  verdaagd_op: string | null;
}

export interface OpschortingRow extends Opschorting {
  id: string;
  reden: 'aanvulling' | 'instemming-aanvrager' | 'vertraging-aanvrager';
  toelichting: string | null;
}

export interface IngebrekestellingRow {
  id: string;
  ontvangstdatum: string;
  beslistermijn_uiterlijk: string;
  dwangsom_vanaf: string;
  vastgesteld_op: string | null;
  vastgestelde_dagen: number | null;
  vastgesteld_bedrag_cent: number | null;
  laatste_dag: string | null;
}

export const awbRepo = {
  async aanvraag(tx: Sql, id: string, forUpdate = false): Promise<AanvraagTermijnRow | null> {
    const { rows } = await tx.query<AanvraagTermijnRow>(
      `SELECT a.id, a.gemeente_code, a.persoon_id, a.aanvraagdatum, a.beschikking_uiterlijk, a.status, a.versie,
              a.melding_id, m.nummer AS melding_nummer, m.huishouden_id, a.verdaagd_op,
              (SELECT coalesce(b.bekendgemaakt_op, b.besluitdatum) FROM beschikkingen b
                WHERE b.aanvraag_id = a.id AND b.soort = 'besluit' AND b.status = 'vastgesteld') AS besluitdatum
       FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  async opschortingen(tx: Sql, aanvraagId: string): Promise<OpschortingRow[]> {
    const { rows } = await tx.query<OpschortingRow>(
      'SELECT id, reden, toelichting, van, tot FROM opschortingen WHERE aanvraag_id = $1 ORDER BY van',
      [aanvraagId],
    );
    return rows;
  },

  async voegOpschortingToe(
    tx: Sql,
    a: AanvraagTermijnRow,
    o: { reden: string; toelichting: string | null; van: string; tot: string; door: string },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO opschortingen (gemeente_code, aanvraag_id, reden, toelichting, van, tot, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [a.gemeente_code, a.id, o.reden, o.toelichting, o.van, o.tot, o.door],
    );
    return rows[0]!.id;
  },

  /** The moved deadline; the statutory one is kept once in beschikking_uiterlijk_wettelijk. */
  async zetUiterlijk(tx: Sql, id: string, uiterlijk: string): Promise<void> {
    await tx.query(
      `UPDATE aanvragen SET beschikking_uiterlijk_wettelijk = coalesce(beschikking_uiterlijk_wettelijk, beschikking_uiterlijk),
         beschikking_uiterlijk = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, uiterlijk],
    );
  },

  async ingebrekestelling(tx: Sql, aanvraagId: string): Promise<IngebrekestellingRow | null> {
    const { rows } = await tx.query<IngebrekestellingRow>(
      `SELECT id, ontvangstdatum, beslistermijn_uiterlijk, dwangsom_vanaf, vastgesteld_op, vastgestelde_dagen,
              vastgesteld_bedrag_cent, laatste_dag
       FROM ingebrekestellingen WHERE aanvraag_id = $1`,
      [aanvraagId],
    );
    return rows[0] ?? null;
  },

  async voegIngebrekestellingToe(
    tx: Sql,
    a: AanvraagTermijnRow,
    i: { ontvangstdatum: string; vanaf: string; door: string },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO ingebrekestellingen (gemeente_code, aanvraag_id, ontvangstdatum, beslistermijn_uiterlijk, dwangsom_vanaf, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [a.gemeente_code, a.id, i.ontvangstdatum, a.beschikking_uiterlijk, i.vanaf, i.door],
    );
    return rows[0]!.id;
  },

  /** Awb 4:14 lid 3: the new date replaces the deadline; the statutory one stays as it was. */
  async verdaag(tx: Sql, id: string, op: string, reden: string, uiterlijk: string): Promise<void> {
    await tx.query(
      `UPDATE aanvragen SET beschikking_uiterlijk_wettelijk = coalesce(beschikking_uiterlijk_wettelijk, beschikking_uiterlijk),
         beschikking_uiterlijk = $4, verdaagd_op = $2, verdaging_reden = $3, versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1`,
      [id, op, reden, uiterlijk],
    );
  },

  /** Awb 4:18: the dwangsom fixed by beschikking. */
  async stelDwangsomVast(
    tx: Sql,
    ingebrekestellingId: string,
    v: { op: string; dagen: number; bedragCent: number; laatsteDag: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE ingebrekestellingen SET vastgesteld_op = $2, vastgestelde_dagen = $3, vastgesteld_bedrag_cent = $4,
         laatste_dag = $5 WHERE id = $1`,
      [ingebrekestellingId, v.op, v.dagen, v.bedragCent, v.laatsteDag],
    );
  },

  /** The newest letter of an aanvraag of one soort; `inhoud` is null until made (ADR 0020). */
  async brief(tx: Sql, aanvraagId: string, soort: 'aanvraag-verdaging' | 'dwangsom-vaststelling') {
    const { rows } = await tx.query<{
      id: string;
      gemeente_code: string;
      bestandsnaam: string;
      inhoud: Uint8Array | null;
    }>(
      `SELECT id, gemeente_code, bestandsnaam, inhoud FROM documenten
       WHERE aanvraag_id = $1 AND soort = $2 ORDER BY aangemaakt_op DESC LIMIT 1`,
      [aanvraagId, soort],
    );
    return rows[0] ?? null;
  },
};
