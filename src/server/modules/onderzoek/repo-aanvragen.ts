import type { Sql } from '../../platform/db/types.ts';

/** What deciding on an aanvraag needs of it (and of its melding, for the letter's case file). */
export interface AanvraagVoorBesluit {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  status: 'ingediend' | 'besloten' | 'ingetrokken';
  melding_id: string;
  huishouden_id: string;
}

export const aanvragenRepo = {
  /** FOR UPDATE: two beschikkingen on one aanvraag at once queue here; the second sees it taken. */
  async voorBesluit(tx: Sql, id: string, forUpdate = false): Promise<AanvraagVoorBesluit | null> {
    const { rows } = await tx.query<AanvraagVoorBesluit>(
      `SELECT a.id, a.gemeente_code, a.persoon_id, a.status, a.melding_id, m.huishouden_id
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
