import type { Sql } from '../../../platform/db/types.ts';

export interface ThemaRow {
  gemeente_code: string;
  weergavenaam: string;
  kleur_primair: string;
  kleur_op_primair: string;
  logo: string | null;
  versie: number;
}

const KOLOMMEN = 'gemeente_code, weergavenaam, kleur_primair, kleur_op_primair, logo, versie';

export const themaRepo = {
  async lees(tx: Sql, code: string): Promise<ThemaRow | null> {
    const { rows } = await tx.query<ThemaRow>(
      `SELECT ${KOLOMMEN} FROM gemeente_thema WHERE gemeente_code = $1`,
      [code],
    );
    return rows[0] ?? null;
  },

  async gemeenteNaam(tx: Sql, code: string): Promise<string | null> {
    const { rows } = await tx.query<{ naam: string }>('SELECT naam FROM gemeenten WHERE code = $1', [code]);
    return rows[0]?.naam ?? null;
  },

  /** Insert at versie 0 → 1, or update the read versie; null when the versie is stale. */
  async zet(tx: Sql, r: Omit<ThemaRow, 'versie'>, versie: number): Promise<ThemaRow | null> {
    const waarden = [r.gemeente_code, r.weergavenaam, r.kleur_primair, r.kleur_op_primair, r.logo];
    if (versie === 0) {
      const { rows } = await tx.query<ThemaRow>(
        `INSERT INTO gemeente_thema (gemeente_code, weergavenaam, kleur_primair, kleur_op_primair, logo)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (gemeente_code) DO NOTHING RETURNING ${KOLOMMEN}`,
        waarden,
      );
      return rows[0] ?? null;
    }
    const { rows } = await tx.query<ThemaRow>(
      `UPDATE gemeente_thema SET weergavenaam = $2, kleur_primair = $3, kleur_op_primair = $4, logo = $5,
              versie = versie + 1, gewijzigd_op = now()
       WHERE gemeente_code = $1 AND versie = $6 RETURNING ${KOLOMMEN}`,
      [...waarden, versie],
    );
    return rows[0] ?? null;
  },
};
