import type { Sql } from '../db/types.ts';
import { type AppError, errors } from '../http/errors.ts';

/**
 * Need-to-know (issue 18, ADR 0030). Row-level security already hides the case content of a
 * household the medewerker has no relationship with (migration 034); these checks turn "nothing
 * visible" into a clear `403 doorbraak-nodig` naming the person, so the caller can open the case
 * with a doorbraak instead of seeing an empty plan or a misleading 404.
 */
export async function vereisRelatieHuishouden(tx: Sql, huishoudenId: string): Promise<void> {
  const { rows } = await tx.query<{ heeft: boolean; persoon_id: string | null }>(
    `SELECT ot_heeft_relatie($1::uuid) AS heeft,
            (SELECT m.persoon_id FROM meldingen m WHERE m.huishouden_id = $1::uuid
             ORDER BY m.aangemaakt_op LIMIT 1) AS persoon_id`,
    [huishoudenId],
  );
  const r = rows[0];
  if (r && !r.heeft && r.persoon_id) throw errors.doorbraakNodig(r.persoon_id);
}

/** The same for a person: the household of their current membership or latest melding. */
export async function vereisRelatiePersoon(tx: Sql, persoonId: string): Promise<void> {
  const { rows } = await tx.query<{ heeft: boolean | null }>(
    'SELECT ot_heeft_relatie(h) AS heeft FROM (SELECT ot_persoon_huishouden($1::uuid) AS h) x WHERE h IS NOT NULL',
    [persoonId],
  );
  if (rows[0] && rows[0].heeft === false) throw errors.doorbraakNodig(persoonId);
}

/** An onderzoek row that RLS hid: 403 doorbraak-nodig when it exists in the caller's gemeenten. */
export async function verborgenOnderzoek(tx: Sql, onderzoekId: string): Promise<void> {
  const { rows } = await tx.query<{ persoon_id: string | null }>(
    'SELECT ot_onderzoek_persoon($1::uuid) AS persoon_id',
    [onderzoekId],
  );
  if (rows[0]?.persoon_id) throw errors.doorbraakNodig(rows[0].persoon_id);
}

/** Whether the caller has a relationship with the household (for the web's badge and lists). */
export async function heeftRelatie(tx: Sql, huishoudenId: string): Promise<boolean> {
  const { rows } = await tx.query<{ heeft: boolean }>('SELECT ot_heeft_relatie($1::uuid) AS heeft', [
    huishoudenId,
  ]);
  return rows[0]?.heeft ?? false;
}

/** The person-based case tables of migration 046 (the SQL function accepts only these). */
export type BesluitTabel = 'aanvragen' | 'beschikkingen' | 'voorzieningen' | 'bezwaren';

/**
 * The error for a row the caller did not find: `403 doorbraak-nodig` when row-level security hid
 * an existing row of their gemeenten (migration 046), else `404` naming `wat`.
 */
export async function nietGevonden(tx: Sql, tabel: BesluitTabel, id: string, wat: string): Promise<AppError> {
  const { rows } = await tx.query<{ persoon_id: string | null }>(
    'SELECT ot_verborgen_persoon($1, $2::uuid) AS persoon_id',
    [tabel, id],
  );
  return rows[0]?.persoon_id ? errors.doorbraakNodig(rows[0].persoon_id) : errors.notFound(wat);
}

/**
 * A person's decisions (aanvragen, beschikkingen, bezwaren): the same rule as the policies of
 * migration 046 (personal or team relationship; backoffice, beleid and auditor pass).
 */
export async function vereisRelatieBesluiten(tx: Sql, persoonId: string): Promise<void> {
  const { rows } = await tx.query<{ heeft: boolean | null }>(
    'SELECT ot_relatie_besluiten($1::uuid) AS heeft',
    [persoonId],
  );
  if (rows[0]?.heeft === false) throw errors.doorbraakNodig(persoonId);
}
