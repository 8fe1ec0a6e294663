import type { Sql } from '../../platform/db/types.ts';
import { intake } from '../intake/index.ts';
import type { HORENAFGEZIEN } from './schemas-bezwaar.ts';

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
  hoorzitting_op: string | null;
  horen_afgezien: (typeof HORENAFGEZIEN)[number] | null;
  advies_op: string | null;
  advies_samenvatting: string | null;
  beroep_ingesteld_op: string | null;
  beroep_afgerond_op: string | null;
  bewaarplicht_tot: string | null;
  herroeping_beschikking_id: string | null;
  versie: number;
}

export interface Behandeling {
  hoorzitting_op: string | null;
  horen_afgezien: string | null;
  advies_op: string | null;
  advies_samenvatting: string | null;
  beroep_ingesteld_op: string | null;
  beroep_afgerond_op: string | null;
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

  /** The worklist: by decision deadline, earliest first; optionally of one household's members. */
  async lijst(tx: Sql, status: string | null, huishoudenId: string | null = null): Promise<BezwaarRow[]> {
    const { rows } = await tx.query<BezwaarRow>(
      `${SELECT()} WHERE ($1::text IS NULL OR z.status = $1)
         AND ($2::uuid IS NULL OR z.persoon_id IN
              (SELECT persoon_id FROM huishouden_leden WHERE huishouden_id = $2 AND tot IS NULL))
       ORDER BY z.beslissing_uiterlijk, z.id LIMIT 500`,
      [status, huishoudenId],
    );
    return rows;
  },

  async behandel(tx: Sql, id: string, b: Behandeling): Promise<void> {
    await tx.query(
      `UPDATE bezwaren SET hoorzitting_op = $2, horen_afgezien = $3, advies_op = $4, advies_samenvatting = $5,
         beroep_ingesteld_op = $6, beroep_afgerond_op = $7, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [
        id,
        b.hoorzitting_op,
        b.horen_afgezien,
        b.advies_op,
        b.advies_samenvatting,
        b.beroep_ingesteld_op,
        b.beroep_afgerond_op,
      ],
    );
  },

  /** Gegrond: the herziening that herroept the besluit (Awb 7:11) is linked to the bezwaar. */
  async koppelHerroeping(tx: Sql, id: string, beschikkingId: string): Promise<void> {
    await tx.query(
      `UPDATE bezwaren SET herroeping_beschikking_id = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, beschikkingId],
    );
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

  async beslis(
    tx: Sql,
    id: string,
    b: { uitkomst: string; op: string; motivering: string; bewaarplichtTot: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE bezwaren SET status = 'beslist', uitkomst = $2, beslist_op = $3, motivering = $4, bewaarplicht_tot = $5,
         versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, b.uitkomst, b.op, b.motivering, b.bewaarplichtTot],
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
