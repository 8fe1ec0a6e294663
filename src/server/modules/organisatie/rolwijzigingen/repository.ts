import type { Sql } from '../../../platform/db/types.ts';

export type RolwijzigingStatus = 'doorgevoerd' | 'wacht-op-goedkeuring' | 'goedgekeurd' | 'afgewezen';

export interface RolwijzigingRow {
  id: string;
  gemeente_code: string;
  medewerker_id: string;
  medewerker_naam: string | null;
  rollen_voor: string[];
  rollen_na: string[];
  status: RolwijzigingStatus;
  aangevraagd_door: string | null;
  aangevraagd_door_naam: string | null;
  aangevraagd_op: Date;
  beoordeeld_door: string | null;
  beoordeeld_door_naam: string | null;
  beoordeeld_op: Date | null;
  versie: number;
}

const KOLOMMEN = `r.id, r.gemeente_code, r.medewerker_id, m.naam AS medewerker_naam, r.rollen_voor, r.rollen_na,
  r.status, r.aangevraagd_door, ga.gebruikersnaam AS aangevraagd_door_naam, r.aangevraagd_op,
  r.beoordeeld_door, gb.gebruikersnaam AS beoordeeld_door_naam, r.beoordeeld_op, r.versie`;
const VAN = `rolwijzigingen r
  LEFT JOIN medewerkers m ON m.id = r.medewerker_id
  LEFT JOIN gebruikers ga ON ga.id = r.aangevraagd_door
  LEFT JOIN gebruikers gb ON gb.id = r.beoordeeld_door`;

export interface RolwijzigingFilter {
  gemeente?: string;
  medewerker?: string;
  status?: RolwijzigingStatus;
  van?: string;
  tot?: string;
}

export const rolwijzigingRepo = {
  async insert(
    tx: Sql,
    r: {
      gemeenteCode: string;
      medewerkerId: string;
      rollenVoor: string[];
      rollenNa: string[];
      status: RolwijzigingStatus;
      aangevraagdDoor: string | null;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO rolwijzigingen (gemeente_code, medewerker_id, rollen_voor, rollen_na, status, aangevraagd_door)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [r.gemeenteCode, r.medewerkerId, r.rollenVoor, r.rollenNa, r.status, r.aangevraagdDoor],
    );
    return rows[0]!.id;
  },

  async list(tx: Sql, f: RolwijzigingFilter): Promise<RolwijzigingRow[]> {
    const { rows } = await tx.query<RolwijzigingRow>(
      `SELECT ${KOLOMMEN} FROM ${VAN}
       WHERE ($1::text IS NULL OR r.gemeente_code = $1)
         AND ($2::uuid IS NULL OR r.medewerker_id = $2)
         AND ($3::text IS NULL OR r.status = $3)
         AND ($4::date IS NULL OR r.aangevraagd_op >= $4::date)
         AND ($5::date IS NULL OR r.aangevraagd_op < $5::date + 1)
       ORDER BY r.aangevraagd_op DESC, r.id LIMIT 1000`,
      [f.gemeente ?? null, f.medewerker ?? null, f.status ?? null, f.van ?? null, f.tot ?? null],
    );
    return rows;
  },

  async get(tx: Sql, id: string, forUpdate = false): Promise<RolwijzigingRow | null> {
    if (forUpdate) await tx.query('SELECT 1 FROM rolwijzigingen WHERE id = $1 FOR UPDATE', [id]);
    const { rows } = await tx.query<RolwijzigingRow>(`SELECT ${KOLOMMEN} FROM ${VAN} WHERE r.id = $1`, [id]);
    return rows[0] ?? null;
  },

  async beoordeel(tx: Sql, id: string, status: 'goedgekeurd' | 'afgewezen', door: string): Promise<void> {
    await tx.query(
      `UPDATE rolwijzigingen SET status = $2, beoordeeld_door = $3, beoordeeld_op = now(), versie = versie + 1
       WHERE id = $1`,
      [id, status, door],
    );
  },

  async rollenVan(
    tx: Sql,
    medewerkerId: string,
    forUpdate = false,
  ): Promise<{ rollen: string[]; gemeente_code: string } | null> {
    const { rows } = await tx.query<{ rollen: string[]; gemeente_code: string }>(
      `SELECT rollen, gemeente_code FROM medewerkers WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [medewerkerId],
    );
    return rows[0] ?? null;
  },

  async zetRollen(tx: Sql, medewerkerId: string, rollen: string[]): Promise<void> {
    await tx.query(
      'UPDATE medewerkers SET rollen = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
      [medewerkerId, rollen],
    );
  },
};
