import type { Sql } from '../../platform/db/types.ts';
import { CURSOR_DATUM, CURSOR_UUID, decodeCursor } from '../../platform/http/cursor.ts';
import { intake } from '../intake/index.ts';

/** What deciding on an aanvraag needs of it (and of its melding, for the letter's case file). */
export interface AanvraagVoorBesluit {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  status: 'ingediend' | 'besloten' | 'ingetrokken';
  melding_id: string;
  huishouden_id: string;
  grondslag: 'onderzoek-afgerond' | 'termijn-verstreken' | 'spoed';
}

/** An aanvraag with the beschikking made on it, as the aanvraag screens show it. */
export interface AanvraagRow {
  id: string;
  gemeente_code: string;
  melding_id: string;
  persoon_id: string;
  aanvraagdatum: string;
  beschikking_uiterlijk: string;
  grondslag: 'onderzoek-afgerond' | 'termijn-verstreken' | 'spoed';
  omschrijving: string | null;
  status: string;
  versie: number;
  beschikking_id: string | null;
  beschikking_nummer: number | null;
  beschikking_status: string | null;
  beschikking_uiterlijk_wettelijk: string | null;
  opschortingen: Array<{ id: string; reden: string; van: string; tot: string }> | string;
  ib_ontvangstdatum: string | null;
  ib_vanaf: string | null;
  ib_vastgesteld_op: string | null;
  besluitdatum: string | null;
  verdaagd_op: string | null;
  verdaging_reden: string | null;
}

// Opschortingen and the ingebrekestelling come along (Awb 4:15, 4:17, ADR 0025): the werkvoorraad
// shows the moved deadline and turns a case red with the dwangsom owed.
const SELECT = `SELECT a.*, b.id AS beschikking_id, b.nummer AS beschikking_nummer, b.status AS beschikking_status,
    CASE WHEN b.status = 'vastgesteld' THEN coalesce(b.bekendgemaakt_op, b.besluitdatum) END AS besluitdatum,
    (SELECT coalesce(json_agg(json_build_object('id', o.id, 'reden', o.reden, 'van', o.van, 'tot', o.tot) ORDER BY o.van), '[]')
       FROM opschortingen o WHERE o.aanvraag_id = a.id) AS opschortingen,
    i.ontvangstdatum AS ib_ontvangstdatum, i.dwangsom_vanaf AS ib_vanaf, i.vastgesteld_op AS ib_vastgesteld_op
  FROM aanvragen a LEFT JOIN beschikkingen b ON b.aanvraag_id = a.id
    LEFT JOIN ingebrekestellingen i ON i.aanvraag_id = a.id`;

/** What registering an aanvraag checks of its melding (locked: one aanvraag at a time). */
export interface MeldingVoorAanvraag {
  gemeente_code: string;
  persoon_id: string;
  ontvangstdatum: string;
  onderzoek_uiterlijk: string | null;
  status: string;
  spoed: boolean;
}

export interface NieuweAanvraag {
  gemeenteCode: string;
  meldingId: string;
  persoonId: string;
  aanvraagdatum: string;
  beschikkingUiterlijk: string;
  grondslag: AanvraagRow['grondslag'];
  omschrijving: string | null;
}

export interface AanvraagLijstFilter {
  status?: string;
  gemeente?: string;
  persoon?: string;
  pageSize: number;
  na?: string;
}

export const aanvragenRepo = {
  async get(tx: Sql, id: string): Promise<AanvraagRow | null> {
    const { rows } = await tx.query<AanvraagRow>(`${SELECT} WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  },

  async vanMelding(tx: Sql, meldingId: string): Promise<AanvraagRow[]> {
    const { rows } = await tx.query<AanvraagRow>(
      `${SELECT} WHERE a.melding_id = $1 ORDER BY a.aanvraagdatum, a.aangemaakt_op`,
      [meldingId],
    );
    return rows;
  },

  /** One page of the backoffice's worklist, by beschikking deadline; one row more than asked (next page?). */
  async lijst(tx: Sql, f: AanvraagLijstFilter): Promise<Array<AanvraagRow & { persoon_naam: string }>> {
    const params: unknown[] = [f.status ?? null, f.gemeente ?? null, f.pageSize + 1, f.persoon ?? null];
    let na = '';
    if (f.na) {
      const [datum, id] = decodeCursor(f.na, [CURSOR_DATUM, CURSOR_UUID]);
      params.push(datum, id);
      na = 'AND (a.beschikking_uiterlijk, a.id) > ($5::date, $6::uuid)';
    }
    const { rows } = await tx.query<AanvraagRow & { persoon_naam: string }>(
      `${SELECT.replace('SELECT a.*,', `SELECT a.*, ${intake.api.NAAM_SQL('p')} AS persoon_naam,`).replace('FROM aanvragen a', 'FROM aanvragen a JOIN personen p ON p.id = a.persoon_id')}
       WHERE ($1::text IS NULL OR a.status = $1) AND ($2::text IS NULL OR a.gemeente_code = $2)
         AND ($4::uuid IS NULL OR a.persoon_id = $4) ${na}
       ORDER BY a.beschikking_uiterlijk, a.id LIMIT $3`,
      params,
    );
    return rows;
  },

  async meldingVoorAanvraag(tx: Sql, meldingId: string): Promise<MeldingVoorAanvraag | null> {
    const { rows } = await tx.query<MeldingVoorAanvraag>(
      'SELECT gemeente_code, persoon_id, ontvangstdatum, onderzoek_uiterlijk, status, spoed FROM meldingen WHERE id = $1 FOR UPDATE',
      [meldingId],
    );
    return rows[0] ?? null;
  },

  async meldingBestaat(tx: Sql, meldingId: string): Promise<boolean> {
    const { rows } = await tx.query('SELECT 1 FROM meldingen WHERE id = $1', [meldingId]);
    return rows.length > 0;
  },

  async onderzoekVan(tx: Sql, meldingId: string): Promise<{ status: string; ladder: string | null } | null> {
    const { rows } = await tx.query<{ status: string; ladder: string | null }>(
      "SELECT status, conclusie->>'ladderUitkomst' AS ladder FROM onderzoeken WHERE melding_id = $1",
      [meldingId],
    );
    return rows[0] ?? null;
  },

  async heeftLopende(tx: Sql, meldingId: string): Promise<boolean> {
    const { rows } = await tx.query<{ id: string }>(
      "SELECT id FROM aanvragen WHERE melding_id = $1 AND status = 'ingediend'",
      [meldingId],
    );
    return rows.length > 0;
  },

  async insert(tx: Sql, a: NieuweAanvraag): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO aanvragen (gemeente_code, melding_id, persoon_id, aanvraagdatum, beschikking_uiterlijk, grondslag, omschrijving, beschikking_uiterlijk_wettelijk)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $5) RETURNING id`,
      [
        a.gemeenteCode,
        a.meldingId,
        a.persoonId,
        a.aanvraagdatum,
        a.beschikkingUiterlijk,
        a.grondslag,
        a.omschrijving,
      ],
    );
    return rows[0]!.id;
  },

  /** FOR UPDATE: two beschikkingen on one aanvraag at once queue here; the second sees it taken. */
  async voorBesluit(tx: Sql, id: string, forUpdate = false): Promise<AanvraagVoorBesluit | null> {
    const { rows } = await tx.query<AanvraagVoorBesluit>(
      `SELECT a.id, a.gemeente_code, a.persoon_id, a.status, a.melding_id, m.huishouden_id, a.grondslag
       FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id
       WHERE a.id = $1${forUpdate ? ' FOR UPDATE OF a' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  async markeerBesloten(tx: Sql, id: string): Promise<void> {
    await tx.query(
      "UPDATE aanvragen SET status = 'besloten', versie = versie + 1, gewijzigd_op = now() WHERE id = $1",
      [id],
    );
  },
};
