import type { Mandaat } from '../../../domain/regio/mandaat.ts';
import type { Sql } from '../../platform/db/types.ts';

interface MandaatRij {
  id: string;
  gemeente_code: string;
  gemeente_naam: string;
  team_id: string;
  team_naam: string;
  besluiten: string[];
  productcategorieen: string[];
  geldig_van: string;
  geldig_tot: string | null;
  besluit_referentie: string;
  ondertekening: string;
  versie: number;
}

export type MandaatMetNamen = Omit<Mandaat, 'besluiten' | 'productcategorieen'> & {
  besluiten: string[];
  productcategorieen: string[];
  gemeenteNaam: string;
  teamNaam: string;
  versie: number;
};

const naarMandaat = (r: MandaatRij): MandaatMetNamen => ({
  id: r.id,
  gemeenteCode: r.gemeente_code,
  gemeenteNaam: r.gemeente_naam,
  teamId: r.team_id,
  teamNaam: r.team_naam,
  besluiten: r.besluiten,
  productcategorieen: r.productcategorieen,
  geldigVan: r.geldig_van,
  geldigTot: r.geldig_tot,
  besluitReferentie: r.besluit_referentie,
  ondertekening: r.ondertekening,
  versie: r.versie,
});

const SELECT = `SELECT m.id, m.gemeente_code, g.naam AS gemeente_naam, m.team_id, t.naam AS team_naam, m.besluiten,
    m.productcategorieen, m.geldig_van::text, m.geldig_tot::text, m.besluit_referentie, m.ondertekening, m.versie
  FROM mandaten m JOIN gemeenten g ON g.code = m.gemeente_code JOIN teams t ON t.id = m.team_id`;

export const regioRepo = {
  async mandaten(tx: Sql, filter: { gemeenteCode?: string | null; peildatum?: string | null }) {
    const { rows } = await tx.query<MandaatRij>(
      `${SELECT} WHERE ($1::text IS NULL OR m.gemeente_code = $1)
         AND ($2::date IS NULL OR (m.geldig_van <= $2 AND (m.geldig_tot IS NULL OR m.geldig_tot >= $2)))
       ORDER BY g.naam, m.geldig_van DESC, m.id LIMIT 1000`,
      [filter.gemeenteCode ?? null, filter.peildatum ?? null],
    );
    return rows.map(naarMandaat);
  },

  async gemeenteNaam(tx: Sql, code: string): Promise<string | null> {
    const { rows } = await tx.query<{ naam: string }>('SELECT naam FROM gemeenten WHERE code = $1', [code]);
    return rows[0]?.naam ?? null;
  },

  async mandaat(tx: Sql, id: string) {
    const { rows } = await tx.query<MandaatRij>(`${SELECT} WHERE m.id = $1`, [id]);
    return rows[0] ? naarMandaat(rows[0]) : null;
  },

  async voegMandaatToe(tx: Sql, m: Omit<Mandaat, 'id'>, door: string): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO mandaten (gemeente_code, team_id, besluiten, productcategorieen, geldig_van, geldig_tot,
         besluit_referentie, ondertekening, vastgelegd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        m.gemeenteCode,
        m.teamId,
        m.besluiten,
        m.productcategorieen,
        m.geldigVan,
        m.geldigTot,
        m.besluitReferentie,
        m.ondertekening,
        door,
      ],
    );
    return rows[0]!.id;
  },

  async beeindigMandaat(tx: Sql, id: string, geldigTot: string): Promise<void> {
    await tx.query(
      'UPDATE mandaten SET geldig_tot = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
      [id, geldigTot],
    );
  },

  /** The team's kind and gemeenten; null when the team does not exist (or is outside the caller's reach). */
  async team(tx: Sql, teamId: string) {
    const { rows } = await tx.query<{ id: string; soort: string; naam: string }>(
      'SELECT id, soort, naam FROM teams WHERE id = $1',
      [teamId],
    );
    return rows[0] ?? null;
  },

  async productcategorieen(tx: Sql, productIds: string[]): Promise<Map<string, string>> {
    if (productIds.length === 0) return new Map();
    const { rows } = await tx.query<{ id: string; productcategorie: string }>(
      'SELECT id, productcategorie FROM producten WHERE id = ANY ($1::uuid[])',
      [productIds],
    );
    return new Map(rows.map((r) => [r.id, r.productcategorie]));
  },

  async dienstverbanden(tx: Sql, peildatum: string | null) {
    const { rows } = await tx.query<{
      id: string;
      medewerker_id: string;
      medewerker_naam: string;
      werkgever_id: string;
      werkgever_naam: string;
      vorm: 'dienstverband' | 'detachering' | 'inhuur';
      team_id: string;
      team_naam: string;
      van: string;
      tot: string | null;
      fte: string;
    }>(
      `SELECT p.id, p.medewerker_id, m.naam AS medewerker_naam, p.werkgever_id, o.naam AS werkgever_naam, p.vorm,
              p.team_id, t.naam AS team_naam, p.van::text, p.tot::text, p.fte::text
         FROM dienstverbanden p
         JOIN medewerkers m ON m.id = p.medewerker_id
         JOIN organisaties o ON o.id = p.werkgever_id
         JOIN teams t ON t.id = p.team_id
        WHERE $1::date IS NULL OR (p.van <= $1 AND (p.tot IS NULL OR p.tot >= $1))
        ORDER BY t.naam, m.naam, p.van`,
      [peildatum],
    );
    return rows;
  },

  async dienstverbandenVan(tx: Sql, medewerkerId: string) {
    const { rows } = await tx.query<{ id: string; van: string; tot: string | null }>(
      'SELECT id, van::text, tot::text FROM dienstverbanden WHERE medewerker_id = $1',
      [medewerkerId],
    );
    return rows;
  },

  async medewerker(tx: Sql, id: string) {
    const { rows } = await tx.query<{ id: string; gemeente_code: string }>(
      'SELECT id, gemeente_code FROM medewerkers WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  },

  async organisatie(tx: Sql, id: string) {
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM organisaties WHERE id = $1', [id]);
    return rows[0] ?? null;
  },

  async voegDienstverbandToe(
    tx: Sql,
    p: {
      gemeenteCode: string;
      medewerkerId: string;
      werkgeverId: string;
      vorm: string;
      teamId: string;
      van: string;
      tot: string | null;
      fte: number;
      door: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO dienstverbanden (gemeente_code, medewerker_id, werkgever_id, vorm, team_id, van, tot, fte, vastgelegd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [p.gemeenteCode, p.medewerkerId, p.werkgeverId, p.vorm, p.teamId, p.van, p.tot, p.fte, p.door],
    );
    return rows[0]!.id;
  },
};
