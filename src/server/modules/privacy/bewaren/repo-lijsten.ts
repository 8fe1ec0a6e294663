import type { Sql } from '../../../platform/db/types.ts';

export interface LijstRij {
  id: string;
  gemeente_code: string;
  peildatum: string;
  status: 'voorgesteld' | 'vernietigd' | 'deels-vernietigd';
  opgesteld_op: Date;
  vernietigd_op: Date | null;
  versie: number;
  verklaring: unknown;
}

export interface LijstPersoonRij {
  lijst_id: string;
  pseudoniem: string;
  gemeente_code: string;
  persoon_id: string | null;
  grond: { dossiersoort: string; einde: string; termijnVerstreken: string };
  status: 'voorgesteld' | 'vernietigd' | 'niet-vernietigd';
  reden_niet: string | null;
  verwijderd: Record<string, number> | null;
  vernietigd_op: Date | null;
}

export interface GoedkeuringRij {
  lijst_id: string;
  rol: 'archivaris' | 'auditor';
  medewerker_id: string;
  naam: string;
  goedgekeurd_op: Date;
}

export const lijstenRepo = {
  async maak(
    tx: Sql,
    gemeente: string,
    peildatum: string,
    personen: Array<{ persoonId: string; grond: unknown }>,
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO vernietigingslijsten (gemeente_code, peildatum) VALUES ($1, $2) RETURNING id',
      [gemeente, peildatum],
    );
    const id = rows[0]!.id;
    await tx.query(
      `INSERT INTO vernietigingslijst_personen (lijst_id, gemeente_code, persoon_id, grond)
       SELECT $1, $2, p, g::jsonb FROM unnest($3::uuid[], $4::text[]) AS x (p, g)`,
      [id, gemeente, personen.map((p) => p.persoonId), personen.map((p) => JSON.stringify(p.grond))],
    );
    return id;
  },

  async lijsten(tx: Sql): Promise<LijstRij[]> {
    const { rows } = await tx.query<LijstRij>(
      `SELECT id, gemeente_code, to_char(peildatum, 'YYYY-MM-DD') AS peildatum, status, opgesteld_op, vernietigd_op,
              versie, verklaring
       FROM vernietigingslijsten ORDER BY opgesteld_op DESC LIMIT 200`,
    );
    return rows;
  },

  async lijst(tx: Sql, id: string, voorUpdate = false): Promise<LijstRij | null> {
    const { rows } = await tx.query<LijstRij>(
      `SELECT id, gemeente_code, to_char(peildatum, 'YYYY-MM-DD') AS peildatum, status, opgesteld_op, vernietigd_op,
              versie, verklaring
       FROM vernietigingslijsten WHERE id = $1${voorUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  async personen(tx: Sql, lijstIds: string[]): Promise<LijstPersoonRij[]> {
    const { rows } = await tx.query<LijstPersoonRij>(
      `SELECT lijst_id, pseudoniem, gemeente_code, persoon_id, grond, status, reden_niet, verwijderd, vernietigd_op
       FROM vernietigingslijst_personen WHERE lijst_id = ANY ($1::uuid[]) ORDER BY lijst_id, (grond ->> 'einde'), pseudoniem`,
      [lijstIds],
    );
    return rows;
  },

  async goedkeuringen(tx: Sql, lijstIds: string[]): Promise<GoedkeuringRij[]> {
    const { rows } = await tx.query<GoedkeuringRij>(
      `SELECT g.lijst_id, g.rol, g.medewerker_id, m.naam, g.goedgekeurd_op
       FROM vernietiging_goedkeuringen g JOIN medewerkers m ON m.id = g.medewerker_id
       WHERE g.lijst_id = ANY ($1::uuid[]) ORDER BY g.goedgekeurd_op`,
      [lijstIds],
    );
    return rows;
  },

  async keurGoed(
    tx: Sql,
    lijstId: string,
    gemeente: string,
    rol: string,
    medewerkerId: string,
  ): Promise<void> {
    await tx.query(
      'INSERT INTO vernietiging_goedkeuringen (lijst_id, gemeente_code, rol, medewerker_id) VALUES ($1, $2, $3, $4)',
      [lijstId, gemeente, rol, medewerkerId],
    );
    await tx.query('UPDATE vernietigingslijsten SET versie = versie + 1 WHERE id = $1', [lijstId]);
  },

  async nietVernietigen(tx: Sql, lijstId: string, pseudoniem: string, reden: string): Promise<boolean> {
    const r = await tx.query(
      `UPDATE vernietigingslijst_personen SET status = 'niet-vernietigd', reden_niet = $3, persoon_id = NULL
       WHERE lijst_id = $1 AND pseudoniem = $2 AND status = 'voorgesteld'`,
      [lijstId, pseudoniem, reden],
    );
    return r.rowCount === 1;
  },

  async sluit(tx: Sql, lijstId: string, verklaring: unknown): Promise<void> {
    await tx.query(
      `UPDATE vernietigingslijsten l SET vernietigd_op = now(), verklaring = $2, versie = versie + 1,
         status = CASE WHEN EXISTS (SELECT 1 FROM vernietigingslijst_personen p WHERE p.lijst_id = l.id AND p.status = 'niet-vernietigd')
                       THEN 'deels-vernietigd' ELSE 'vernietigd' END
       WHERE id = $1`,
      [lijstId, JSON.stringify(verklaring)],
    );
  },

  /** Lists with both approvals whose destruction did not finish (a crash or a stop in between). */
  async onafgemaakt(tx: Sql): Promise<string[]> {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT l.id FROM vernietigingslijsten l
       WHERE l.status = 'voorgesteld' AND (SELECT count(*) FROM vernietiging_goedkeuringen g WHERE g.lijst_id = l.id) = 2`,
    );
    return rows.map((r) => r.id);
  },

  async gemeenten(tx: Sql): Promise<string[]> {
    const { rows } = await tx.query<{ code: string }>('SELECT code FROM gemeenten ORDER BY code');
    return rows.map((r) => r.code);
  },
};
