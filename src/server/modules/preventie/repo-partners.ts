import type { Sql } from '../../platform/db/types.ts';

export interface PartnerRow {
  id: string;
  code: string;
  naam: string;
  soort: 'subsidie' | 'zorgverzekeraar';
  gemeente_code: string;
  organisatie_id: string | null;
  telefoon: string | null;
  email: string | null;
  gemeenten: string[];
  diensten: string[];
}

export interface PartnerTeamRow {
  id: string;
  partner_id: string;
  gemeente_code: string;
  naam: string;
  telefoon: string | null;
  email: string | null;
  wijk_id: string | null;
  wijk_code: string | null;
  wijk_naam: string | null;
}

// Row-level security decides which partners a caller sees (migration 017): a medewerker those
// working for their gemeenten, a partner's staff only their own organisation.
const PARTNER_SELECT = `
  SELECT p.id, p.code, p.naam, p.soort, p.gemeente_code, p.organisatie_id, p.telefoon, p.email,
         coalesce((SELECT array_agg(pg.gemeente_code ORDER BY pg.gemeente_code) FROM partner_gemeenten pg
                   WHERE pg.partner_id = p.id), ARRAY[]::text[]) AS gemeenten,
         coalesce((SELECT array_agg(pd.dienst ORDER BY pd.dienst) FROM partner_diensten pd
                   WHERE pd.partner_id = p.id), ARRAY[]::text[]) AS diensten
  FROM partners p`;

export const partnersRepo = {
  async lijst(tx: Sql, filter: { dienst?: string | null } = {}): Promise<PartnerRow[]> {
    const { rows } = await tx.query<PartnerRow>(
      `${PARTNER_SELECT}
       WHERE p.actief AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM partner_diensten pd
                                                     WHERE pd.partner_id = p.id AND pd.dienst = $1))
       ORDER BY p.naam`,
      [filter.dienst ?? null],
    );
    return rows;
  },

  async vind(tx: Sql, id: string): Promise<PartnerRow | null> {
    const { rows } = await tx.query<PartnerRow>(`${PARTNER_SELECT} WHERE p.id = $1`, [id]);
    return rows[0] ?? null;
  },

  async teams(tx: Sql, partnerIds: readonly string[]): Promise<PartnerTeamRow[]> {
    if (partnerIds.length === 0) return [];
    const { rows } = await tx.query<PartnerTeamRow>(
      `SELECT t.id, t.partner_id, t.gemeente_code, t.naam, t.telefoon, t.email, t.wijk_id,
              w.code AS wijk_code, w.naam AS wijk_naam
       FROM partner_teams t LEFT JOIN wijken w ON w.id = t.wijk_id
       WHERE t.partner_id = ANY ($1::uuid[])
       ORDER BY t.naam`,
      [partnerIds],
    );
    return rows;
  },
};
