import type { Sql } from '../../platform/db/types.ts';
import { intake } from '../intake/index.ts';

export interface KlachtRow {
  id: string;
  gemeente_code: string;
  persoon_id: string | null;
  persoon_naam: string | null;
  ontvangstdatum: string;
  klachtadviescommissie: boolean;
  omschrijving: string;
  verdaagd_op: string | null;
  verdaging_reden: string | null;
  afhandeling_uiterlijk: string;
  status: 'open' | 'afgehandeld';
  gehoord_op: string | null;
  afgehandeld_op: string | null;
  oordeel: 'gegrond' | 'deels-gegrond' | 'ongegrond' | null;
  versie: number;
}

const SELECT =
  () => `SELECT k.*, CASE WHEN p.id IS NOT NULL THEN ${intake.api.NAAM_SQL('p')} END AS persoon_naam
  FROM klachten k LEFT JOIN personen p ON p.id = k.persoon_id`;

export const klachtenRepo = {
  async gemeenteVanPersoon(tx: Sql, persoonId: string): Promise<string | null> {
    const { rows } = await tx.query<{ gemeente_code: string }>(
      'SELECT gemeente_code FROM personen WHERE id = $1',
      [persoonId],
    );
    return rows[0]?.gemeente_code ?? null;
  },

  async voegToe(
    tx: Sql,
    k: {
      gemeenteCode: string;
      persoonId: string | null;
      ontvangstdatum: string;
      klachtadviescommissie: boolean;
      omschrijving: string;
      uiterlijk: string;
      door: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO klachten (gemeente_code, persoon_id, ontvangstdatum, klachtadviescommissie, omschrijving,
         afhandeling_uiterlijk, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        k.gemeenteCode,
        k.persoonId,
        k.ontvangstdatum,
        k.klachtadviescommissie,
        k.omschrijving,
        k.uiterlijk,
        k.door,
      ],
    );
    return rows[0]!.id;
  },

  async get(tx: Sql, id: string, forUpdate = false): Promise<KlachtRow | null> {
    const { rows } = await tx.query<KlachtRow>(
      `${SELECT()} WHERE k.id = $1${forUpdate ? ' FOR UPDATE OF k' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  /** The klachtcoördinator's worklist, by deadline. */
  async lijst(tx: Sql, status: string | null): Promise<KlachtRow[]> {
    const { rows } = await tx.query<KlachtRow>(
      `${SELECT()} WHERE ($1::text IS NULL OR k.status = $1) ORDER BY k.afhandeling_uiterlijk, k.id LIMIT 500`,
      [status],
    );
    return rows;
  },

  async verdaag(tx: Sql, id: string, op: string, reden: string, uiterlijk: string): Promise<void> {
    await tx.query(
      `UPDATE klachten SET verdaagd_op = $2, verdaging_reden = $3, afhandeling_uiterlijk = $4,
         versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, op, reden, uiterlijk],
    );
  },

  async handelAf(
    tx: Sql,
    id: string,
    a: { afgehandeldOp: string; oordeel: string; gehoordOp: string | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE klachten SET status = 'afgehandeld', afgehandeld_op = $2, oordeel = $3, gehoord_op = $4,
         versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, a.afgehandeldOp, a.oordeel, a.gehoordOp],
    );
  },
};
