import type { Sql } from '../../platform/db/types.ts';
import type { Brief } from '../../platform/documents/brief.ts';
import { errors } from '../../platform/http/errors.ts';

export interface VerzoekRow {
  id: string;
  gemeenteCode: string;
  persoonId: string;
  persoonNaam: string;
  soort: 'inzage' | 'rectificatie' | 'beperking' | 'bezwaar' | 'wissen';
  ontvangstdatum: string;
  toelichting: string | null;
  afhandelingUiterlijk: string;
  verlengingMeldenUiterlijk: string;
  verlengdUiterlijk: string | null;
  verlengingReden: string | null;
  verlengdOp: string | null;
  status: 'open' | 'afgehandeld';
  besluit: 'toegewezen' | 'gedeeltelijk-toegewezen' | 'afgewezen' | null;
  motivering: string | null;
  afgehandeldOp: string | null;
  versie: number;
}

// The name comes from the person row the privacy officer may see anyway (row-level security).
const SELECT = `SELECT v.id, v.gemeente_code AS "gemeenteCode", v.persoon_id AS "persoonId",
  concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS "persoonNaam", v.soort,
  v.ontvangstdatum::text AS ontvangstdatum, v.toelichting, v.afhandeling_uiterlijk::text AS "afhandelingUiterlijk",
  v.verlenging_melden_uiterlijk::text AS "verlengingMeldenUiterlijk", v.verlengd_uiterlijk::text AS "verlengdUiterlijk",
  v.verlenging_reden AS "verlengingReden", v.verlengd_op::text AS "verlengdOp", v.status, v.besluit, v.motivering,
  v.afgehandeld_op::text AS "afgehandeldOp", v.versie
  FROM privacyverzoeken v JOIN personen p ON p.id = v.persoon_id`;

export const verzoekenRepo = {
  async insert(
    tx: Sql,
    v: {
      gemeenteCode: string;
      persoonId: string;
      soort: string;
      ontvangstdatum: string;
      toelichting: string | null;
      afhandelingUiterlijk: string;
      verlengingMeldenUiterlijk: string;
      door: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO privacyverzoeken (gemeente_code, persoon_id, soort, ontvangstdatum, toelichting,
         afhandeling_uiterlijk, verlenging_melden_uiterlijk, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        v.gemeenteCode,
        v.persoonId,
        v.soort,
        v.ontvangstdatum,
        v.toelichting,
        v.afhandelingUiterlijk,
        v.verlengingMeldenUiterlijk,
        v.door,
      ],
    );
    return rows[0]!.id;
  },

  async get(tx: Sql, id: string): Promise<VerzoekRow | null> {
    return (await tx.query<VerzoekRow>(`${SELECT} WHERE v.id = $1`, [id])).rows[0] ?? null;
  },

  /** The worklist: the nearest deadline first (the extended one when there is one). */
  async lijst(tx: Sql, status: string | null): Promise<VerzoekRow[]> {
    return (
      await tx.query<VerzoekRow>(
        `${SELECT} WHERE ($1::text IS NULL OR v.status = $1)
         ORDER BY coalesce(v.verlengd_uiterlijk, v.afhandeling_uiterlijk), v.aangemaakt_op LIMIT 500`,
        [status],
      )
    ).rows;
  },

  async verleng(tx: Sql, id: string, versie: number, v: { uiterlijk: string; reden: string; op: string }) {
    const { rowCount } = await tx.query(
      `UPDATE privacyverzoeken SET verlengd_uiterlijk = $3, verlenging_reden = $4, verlengd_op = $5, versie = versie + 1
       WHERE id = $1 AND versie = $2 AND status = 'open' AND verlengd_uiterlijk IS NULL`,
      [id, versie, v.uiterlijk, v.reden, v.op],
    );
    if (rowCount !== 1)
      throw errors.conflict(
        'versie-conflict',
        'Het verzoek is intussen gewijzigd of al afgehandeld. Laad het opnieuw.',
      );
  },

  async handelAf(
    tx: Sql,
    id: string,
    versie: number,
    a: { besluit: string; motivering: string; op: string; door: string; brief: Brief },
  ) {
    const { rowCount } = await tx.query(
      `UPDATE privacyverzoeken SET status = 'afgehandeld', besluit = $3, motivering = $4, afgehandeld_op = $5,
         afgehandeld_door = $6, besluit_brief = $7, versie = versie + 1
       WHERE id = $1 AND versie = $2 AND status = 'open'`,
      [id, versie, a.besluit, a.motivering, a.op, a.door, JSON.stringify(a.brief)],
    );
    if (rowCount !== 1)
      throw errors.conflict(
        'versie-conflict',
        'Het verzoek is intussen gewijzigd of al afgehandeld. Laad het opnieuw.',
      );
  },

  async brief(tx: Sql, id: string): Promise<Brief | null> {
    const { rows } = await tx.query<{ brief: Brief | null }>(
      'SELECT besluit_brief AS brief FROM privacyverzoeken WHERE id = $1',
      [id],
    );
    return rows[0]?.brief ?? null;
  },

  /** The requests about one person, for the inzage export. */
  async vanPersoon(tx: Sql, persoonId: string): Promise<VerzoekRow[]> {
    return (
      await tx.query<VerzoekRow>(`${SELECT} WHERE v.persoon_id = $1 ORDER BY v.ontvangstdatum`, [persoonId])
    ).rows;
  },
};
