import type { Sql } from '../../platform/db/types.ts';
import { intake } from '../intake/index.ts';

export interface BezwaarRow {
  id: string;
  gemeente_code: string;
  beschikking_id: string;
  beschikking_nummer: number;
  persoon_id: string;
  persoon_naam: string;
  ontvangstdatum: string;
  postdatum: string | null;
  tijdigheid: 'tijdig' | 'tijdig-per-post' | 'te-laat';
  adviescommissie: boolean;
  pro_forma: boolean;
  hersteltermijn_tot: string | null;
  verdaagd_op: string | null;
  verdaging_reden: string | null;
  uitstel_tot: string | null;
  uitstel_reden: string | null;
  beslissing_uiterlijk: string;
  bezwaar_uiterlijk: string;
  status: 'open' | 'beslist' | 'ingetrokken';
  uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk' | null;
  beslist_op: string | null;
  versie: number;
}

/** The beschikking a bezwaar is made against. */
export interface BeschikkingVoorBezwaar {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  status: string;
  besluitdatum: string | null;
  bekendgemaakt_op: string | null;
  bezwaar_uiterlijk: string | null;
}

const SELECT = () => `SELECT z.*, b.nummer AS beschikking_nummer, b.bezwaar_uiterlijk,
    ${intake.api.NAAM_SQL('p')} AS persoon_naam
  FROM bezwaren z JOIN beschikkingen b ON b.id = z.beschikking_id JOIN personen p ON p.id = z.persoon_id`;

export const bezwarenRepo = {
  async beschikking(tx: Sql, id: string): Promise<BeschikkingVoorBezwaar | null> {
    const { rows } = await tx.query<BeschikkingVoorBezwaar>(
      `SELECT id, gemeente_code, persoon_id, status, besluitdatum, bekendgemaakt_op, bezwaar_uiterlijk
       FROM beschikkingen WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  },

  async voegToe(
    tx: Sql,
    b: BeschikkingVoorBezwaar,
    z: {
      ontvangstdatum: string;
      postdatum: string | null;
      tijdigheid: string;
      adviescommissie: boolean;
      proForma: boolean;
      hersteltermijnTot: string | null;
      beslissingUiterlijk: string;
      door: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO bezwaren (gemeente_code, beschikking_id, persoon_id, ontvangstdatum, postdatum, tijdigheid,
         adviescommissie, pro_forma, hersteltermijn_tot, beslissing_uiterlijk, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        b.gemeente_code,
        b.id,
        b.persoon_id,
        z.ontvangstdatum,
        z.postdatum,
        z.tijdigheid,
        z.adviescommissie,
        z.proForma,
        z.hersteltermijnTot,
        z.beslissingUiterlijk,
        z.door,
      ],
    );
    return rows[0]!.id;
  },

  async get(tx: Sql, id: string, forUpdate = false): Promise<BezwaarRow | null> {
    const { rows } = await tx.query<BezwaarRow>(
      `${SELECT()} WHERE z.id = $1${forUpdate ? ' FOR UPDATE OF z' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  async vanBeschikking(tx: Sql, beschikkingId: string): Promise<BezwaarRow[]> {
    const { rows } = await tx.query<BezwaarRow>(
      `${SELECT()} WHERE z.beschikking_id = $1 ORDER BY z.ontvangstdatum, z.id`,
      [beschikkingId],
    );
    return rows;
  },

  /** The worklist: by decision deadline, earliest first. */
  async lijst(tx: Sql, status: string | null): Promise<BezwaarRow[]> {
    const { rows } = await tx.query<BezwaarRow>(
      `${SELECT()} WHERE ($1::text IS NULL OR z.status = $1) ORDER BY z.beslissing_uiterlijk, z.id LIMIT 500`,
      [status],
    );
    return rows;
  },

  async verdaag(tx: Sql, id: string, op: string, reden: string, uiterlijk: string): Promise<void> {
    await tx.query(
      `UPDATE bezwaren SET verdaagd_op = $2, verdaging_reden = $3, beslissing_uiterlijk = $4,
         versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, op, reden, uiterlijk],
    );
  },

  async stelUit(tx: Sql, id: string, tot: string, reden: string): Promise<void> {
    await tx.query(
      `UPDATE bezwaren SET uitstel_tot = $2, uitstel_reden = $3, beslissing_uiterlijk = $2,
         versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, tot, reden],
    );
  },

  async beslis(tx: Sql, id: string, uitkomst: string, op: string, motivering: string): Promise<void> {
    await tx.query(
      `UPDATE bezwaren SET status = 'beslist', uitkomst = $2, beslist_op = $3, motivering = $4,
         versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, uitkomst, op, motivering],
    );
  },

  /** The newest letter of a bezwaar; `inhoud` is null until made (ADR 0020). */
  async brief(tx: Sql, id: string) {
    const { rows } = await tx.query<{
      id: string;
      gemeente_code: string;
      bestandsnaam: string;
      inhoud: Uint8Array | null;
    }>(
      `SELECT id, gemeente_code, bestandsnaam, inhoud FROM documenten
       WHERE bezwaar_id = $1 ORDER BY aangemaakt_op DESC LIMIT 1`,
      [id],
    );
    return rows[0] ?? null;
  },
};
