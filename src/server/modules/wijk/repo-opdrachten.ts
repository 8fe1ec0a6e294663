import type {
  ActiviteitRegistratie,
  Afspraak,
  IndicatorCode,
  SignaalRegistratie,
  VerwijzingRegistratie,
} from '../../../domain/preventie/indicatoren.ts';
import type { Sql } from '../../platform/db/types.ts';

export interface OpdrachtRij {
  id: string;
  gemeente_code: string;
  partner_id: string;
  partner_naam: string | null;
  jaar: number;
  subsidie_cent: number;
  fte: number;
  fte_naar_gemeente: number;
  diensten: string[];
  omschrijving: string | null;
  versie: number;
}

export interface AfspraakRij extends Afspraak {
  toelichting: string | null;
}

export interface RapportageRij {
  id: string;
  toelichting: string | null;
  toegelicht_op: string | null;
  bijsturing: string | null;
  bijgestuurd_op: string | null;
  versie: number;
}

export const opdrachtenRepo = {
  async opdracht(tx: Sql, partnerId: string, jaar: number, forUpdate = false): Promise<OpdrachtRij | null> {
    const { rows } = await tx.query<OpdrachtRij>(
      `SELECT p.id, p.gemeente_code, p.partner_id, pa.naam AS partner_naam, p.jaar, p.subsidie_cent::float8 AS subsidie_cent,
         p.fte::float8 AS fte, p.fte_naar_gemeente::float8 AS fte_naar_gemeente, p.diensten, p.omschrijving, p.versie
       FROM opdrachten p LEFT JOIN partners pa ON pa.id = p.partner_id
       WHERE p.partner_id = $1 AND p.jaar = $2${forUpdate ? ' FOR UPDATE OF p' : ''}`,
      [partnerId, jaar],
    );
    return rows[0] ?? null;
  },

  async opdrachten(tx: Sql, gemeente: string, jaar: number): Promise<OpdrachtRij[]> {
    const { rows } = await tx.query<OpdrachtRij>(
      `SELECT p.id, p.gemeente_code, p.partner_id, pa.naam AS partner_naam, p.jaar, p.subsidie_cent::float8 AS subsidie_cent,
         p.fte::float8 AS fte, p.fte_naar_gemeente::float8 AS fte_naar_gemeente, p.diensten, p.omschrijving, p.versie
       FROM opdrachten p LEFT JOIN partners pa ON pa.id = p.partner_id
       WHERE p.gemeente_code = $1 AND p.jaar = $2 ORDER BY pa.naam`,
      [gemeente, jaar],
    );
    return rows;
  },

  async afspraken(tx: Sql, opdrachtId: string): Promise<AfspraakRij[]> {
    const { rows } = await tx.query<{
      code: IndicatorCode;
      streefwaarde: number;
      termijn_dagen: number | null;
      toelichting: string | null;
    }>(
      `SELECT code, streefwaarde::float8 AS streefwaarde, termijn_dagen, toelichting
       FROM opdracht_indicatoren WHERE opdracht_id = $1 ORDER BY code`,
      [opdrachtId],
    );
    return rows.map((r) => ({
      code: r.code,
      streefwaarde: r.streefwaarde,
      termijnDagen: r.termijn_dagen,
      toelichting: r.toelichting,
    }));
  },

  async zetFteNaarGemeente(tx: Sql, id: string, fte: number): Promise<void> {
    await tx.query(
      'UPDATE opdrachten SET fte_naar_gemeente = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
      [id, fte],
    );
  },

  async rapportage(tx: Sql, opdrachtId: string, kwartaal: number): Promise<RapportageRij | null> {
    const { rows } = await tx.query<RapportageRij>(
      `SELECT id, toelichting, toegelicht_op::text AS toegelicht_op, bijsturing, bijgestuurd_op::text AS bijgestuurd_op, versie
       FROM kwartaalrapportages WHERE opdracht_id = $1 AND kwartaal = $2`,
      [opdrachtId, kwartaal],
    );
    return rows[0] ?? null;
  },

  /** Creates the quarter's report if needed, then sets the part the caller may write. */
  async legRapportageVast(
    tx: Sql,
    o: { gemeente: string; opdrachtId: string; partnerId: string; kwartaal: number },
    deel: { soort: 'toelichting' | 'bijsturing'; tekst: string | null; door: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO kwartaalrapportages (gemeente_code, opdracht_id, partner_id, kwartaal)
       VALUES ($1, $2, $3, $4) ON CONFLICT (opdracht_id, kwartaal) DO NOTHING`,
      [o.gemeente, o.opdrachtId, o.partnerId, o.kwartaal],
    );
    const kolom = deel.soort === 'toelichting' ? 'toegelicht' : 'bijgestuurd';
    await tx.query(
      `UPDATE kwartaalrapportages SET ${deel.soort} = $3, ${kolom}_door = $4, ${kolom}_op = now(), versie = versie + 1
       WHERE opdracht_id = $1 AND kwartaal = $2`,
      [o.opdrachtId, o.kwartaal, deel.tekst, deel.door],
    );
  },

  // Registrations the indicators are computed from (no personal data leaves this query) ------------
  async activiteitRegistraties(
    tx: Sql,
    partnerId: string,
    van: string,
    tot: string,
  ): Promise<ActiviteitRegistratie[]> {
    const { rows } = await tx.query<{ periode_van: string; wijk: string; deelnemers: number }>(
      `SELECT a.periode_van::text AS periode_van, w.code AS wijk, a.deelnemers
       FROM activiteiten a JOIN wijken w ON w.id = a.wijk_id
       WHERE a.partner_id = $1 AND a.periode_van BETWEEN $2 AND $3`,
      [partnerId, van, tot],
    );
    return rows.map((r) => ({ periodeVan: r.periode_van, wijk: r.wijk, deelnemers: r.deelnemers }));
  },

  async signaalRegistraties(
    tx: Sql,
    partnerId: string,
    van: string,
    tot: string,
  ): Promise<SignaalRegistratie[]> {
    const { rows } = await tx.query<{ datum: string }>(
      `SELECT datum::text AS datum FROM wijksignalen WHERE bron_partner_id = $1 AND datum BETWEEN $2 AND $3`,
      [partnerId, van, tot],
    );
    return rows;
  },

  /**
   * The referrals to the partner (table `verwijzingen` of the preventie module): received in the
   * period, or closed in it. Picked up = accepted, or declined (a decline is a response too). Dates
   * are the Dutch calendar day of the timestamps. Under the caller's row-level security: a partner
   * no longer sees referrals whose consent was withdrawn.
   */
  async verwijzingRegistraties(
    tx: Sql,
    partnerId: string,
    van: string,
    tot: string,
  ): Promise<{ bron: string; rijen: VerwijzingRegistratie[] }> {
    const dag = (kolom: string) => `(${kolom} AT TIME ZONE 'Europe/Amsterdam')::date::text`;
    const { rows } = await tx.query<{
      ontvangen: string;
      opgepakt: string | null;
      afgesloten: string | null;
      uitkomst: string | null;
    }>(
      `SELECT ${dag('verwezen_op')} AS ontvangen,
         ${dag("coalesce(geaccepteerd_op, CASE WHEN status = 'afgewezen' THEN afgesloten_op END)")} AS opgepakt,
         ${dag('afgesloten_op')} AS afgesloten, uitkomst
       FROM verwijzingen
       WHERE partner_id = $1
         AND (verwezen_op >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
              AND verwezen_op < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
           OR afgesloten_op >= ($2::date::timestamp AT TIME ZONE 'Europe/Amsterdam')
              AND afgesloten_op < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'))`,
      [partnerId, van, tot],
    );
    return {
      bron: 'verwijzingen (ontvangen, geaccepteerd of afgewezen, terugkoppeling)',
      rijen: rows.map((r) => ({
        ontvangenOp: r.ontvangen,
        opgepaktOp: r.opgepakt,
        afgeslotenOp: r.afgesloten,
        uitkomst: r.uitkomst,
      })),
    };
  },
};
