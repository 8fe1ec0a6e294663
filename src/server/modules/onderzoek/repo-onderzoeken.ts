import type { Stappen } from '../../../domain/onderzoek.ts';
import type { Sql } from '../../platform/db/types.ts';

export interface OnderzoekRow {
  id: string;
  gemeente_code: string;
  melding_id: string;
  huishouden_id: string;
  status: 'concept' | 'afgerond';
  stappen: Stappen;
  persoonlijk_plan: {
    ontvangenOp?: string | null;
    samenvatting?: string | null;
    meegenomen?: string | null;
  } | null;
  conclusie: {
    ladderUitkomst: 'advies-doorverwijzing' | 'collectief-preventie' | 'maatwerk';
    samenvatting: string;
    advies: string | null;
    vervolg: string;
  } | null;
  afgerond_op: Date | null;
  verslag_verstuurd_op: string | null;
  verslag_wijze: string | null;
  reactie_inwoner: string | null;
  reactie_ontvangen_op: string | null;
  reactie_akkoord: boolean | null;
  reactie_soort: 'akkoord' | 'opmerkingen' | 'niet-akkoord' | null;
  reactie_door: 'medewerker' | 'inwoner' | null;
  versie: number;
  nummer: number;
  persoon_id: string;
  persoon_naam: string;
  onderzoek_uiterlijk: string | null;
  persoonlijk_plan_ontvangen_op: string | null;
  verslag_id: string | null;
  aanvraag_loopt: boolean;
}

export interface GesprekRow {
  id: string;
  datum: string;
  locatie: 'thuis';
  deelnemers: 'inwoner'[];
  toelichting: string | null;
}

const SELECT = `SELECT o.*, m.nummer, m.persoon_id, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam,
    m.onderzoek_uiterlijk, m.persoonlijk_plan_ontvangen_op,
    EXISTS (SELECT 1 FROM aanvragen a WHERE a.melding_id = m.id AND a.status = 'ingediend') AS aanvraag_loopt,
    (SELECT d.id FROM documenten d WHERE d.melding_id = m.id AND d.soort = 'verslag' ORDER BY d.aangemaakt_op DESC LIMIT 1) AS verslag_id
  FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id JOIN personen p ON p.id = m.persoon_id`;

export const onderzoekenRepo = {
  async get(tx: Sql, id: string, forUpdate = false): Promise<OnderzoekRow | null> {
    const { rows } = await tx.query<OnderzoekRow>(
      `${SELECT} WHERE o.id = $1${forUpdate ? ' FOR UPDATE OF o' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  async idVanMelding(tx: Sql, meldingId: string): Promise<string | null> {
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM onderzoeken WHERE melding_id = $1', [
      meldingId,
    ]);
    return rows[0]?.id ?? null;
  },

  async gesprekken(tx: Sql, onderzoekId: string): Promise<GesprekRow[]> {
    const { rows } = await tx.query<GesprekRow>(
      'SELECT id, datum, locatie, deelnemers, toelichting FROM gesprekken WHERE onderzoek_id = $1 ORDER BY datum, aangemaakt_op',
      [onderzoekId],
    );
    return rows;
  },

  /** Raises the versie if it is still `versie`; false when someone else was first. */
  async bump(tx: Sql, id: string, versie: number, set: string, params: unknown[]): Promise<boolean> {
    const r = await tx.query(
      `UPDATE onderzoeken SET ${set}${set ? ', ' : ''}versie = versie + 1, gewijzigd_op = now() WHERE id = $1 AND versie = $2`,
      [id, versie, ...params],
    );
    return r.rowCount > 0;
  },

  /** What starting an onderzoek checks of its melding (locked: one onderzoek per melding). */
  async huishoudenVanMelding(tx: Sql, meldingId: string): Promise<string | null> {
    const { rows } = await tx.query<{ huishouden_id: string }>(
      'SELECT huishouden_id FROM meldingen WHERE id = $1',
      [meldingId],
    );
    return rows[0]?.huishouden_id ?? null;
  },

  async meldingVoorStart(tx: Sql, meldingId: string) {
    const { rows } = await tx.query<{
      gemeente_code: string;
      huishouden_id: string;
      status: string;
      soort: string;
    }>('SELECT gemeente_code, huishouden_id, status, soort FROM meldingen WHERE id = $1 FOR UPDATE', [
      meldingId,
    ]);
    return rows[0] ?? null;
  },

  async insert(tx: Sql, gemeenteCode: string, meldingId: string, huishoudenId: string): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO onderzoeken (gemeente_code, melding_id, huishouden_id) VALUES ($1, $2, $3) RETURNING id',
      [gemeenteCode, meldingId, huishoudenId],
    );
    return rows[0]!.id;
  },

  async voegGesprekToe(
    tx: Sql,
    g: {
      gemeenteCode: string;
      onderzoekId: string;
      datum: string;
      locatie: string;
      deelnemers: string[];
      toelichting: string | null;
    },
  ): Promise<void> {
    await tx.query(
      'INSERT INTO gesprekken (gemeente_code, onderzoek_id, datum, locatie, deelnemers, toelichting) VALUES ($1, $2, $3, $4, $5, $6)',
      [g.gemeenteCode, g.onderzoekId, g.datum, g.locatie, g.deelnemers, g.toelichting],
    );
  },

  async document(tx: Sql, id: string) {
    const { rows } = await tx.query<{ id: string; bestandsnaam: string; inhoud: Uint8Array | null }>(
      'SELECT id, bestandsnaam, inhoud FROM documenten WHERE id = $1',
      [id],
    );
    return rows[0]!;
  },

  /** The household's contactpersoon, named in the verslag. */
  async contactpersoonNaam(tx: Sql, huishoudenId: string): Promise<string | null> {
    const { rows } = await tx.query<{ naam: string }>(
      'SELECT m.naam FROM huishoudens h JOIN medewerkers m ON m.id = h.contactpersoon_id WHERE h.id = $1',
      [huishoudenId],
    );
    return rows[0]?.naam ?? null;
  },

  async gesprekkenVoorVerslag(tx: Sql, onderzoekId: string) {
    const { rows } = await tx.query<{ datum: string; locatie: string; deelnemers: string[] }>(
      'SELECT datum, locatie, deelnemers FROM gesprekken WHERE onderzoek_id = $1 ORDER BY datum',
      [onderzoekId],
    );
    return rows;
  },
};
