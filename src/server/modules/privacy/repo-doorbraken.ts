import type { Sql } from '../../platform/db/types.ts';

export interface DoorbraakRow {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  huishouden_id: string;
  medewerker_id: string;
  medewerker_naam: string;
  reden: 'spoed' | 'afwezigheid-contactpersoon' | 'vervanging' | 'overig';
  toelichting: string;
  aangemaakt_op: Date;
  geldig_tot: Date;
  actief: boolean;
  beoordeling: 'terecht' | 'onterecht' | null;
  beoordeling_toelichting: string | null;
  beoordeeld_door_naam: string | null;
  beoordeeld_op: Date | null;
  versie: number;
  /** Audit rows written under this doorbraak (migration 046): what it was used for. */
  toegangen: number;
}

const SELECT = `SELECT d.id, d.gemeente_code, d.persoon_id, d.huishouden_id, d.medewerker_id, m.naam AS medewerker_naam,
    d.reden, d.toelichting, d.aangemaakt_op, d.geldig_tot, d.geldig_tot > now() AS actief, d.beoordeling,
    d.beoordeling_toelichting, b.naam AS beoordeeld_door_naam, d.beoordeeld_op, d.versie,
    (SELECT count(*)::int FROM audit_log a WHERE a.doorbraak_id = d.id) AS toegangen
  FROM doorbraken d JOIN medewerkers m ON m.id = d.medewerker_id LEFT JOIN medewerkers b ON b.id = d.beoordeeld_door`;

/** All SQL of doorbraken, meekijkers, the zaaktoegang setting and the anomaly signals (ADR 0030). */
export const doorbrakenRepo = {
  async huishoudenVan(tx: Sql, persoonId: string) {
    const { rows } = await tx.query<{
      gemeente_code: string;
      huishouden_id: string | null;
      heeft: boolean | null;
    }>(
      `SELECT p.gemeente_code, h.huishouden_id, ot_heeft_relatie(h.huishouden_id) AS heeft
       FROM personen p, LATERAL (SELECT ot_persoon_huishouden(p.id) AS huishouden_id) h WHERE p.id = $1`,
      [persoonId],
    );
    return rows[0] ?? null;
  },

  async insert(
    tx: Sql,
    d: {
      gemeenteCode: string;
      persoonId: string;
      huishoudenId: string;
      medewerkerId: string;
      reden: string;
      toelichting: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO doorbraken (gemeente_code, persoon_id, huishouden_id, medewerker_id, reden, toelichting, geldig_tot)
       SELECT $1, $2, $3, $4, $5, $6, now() + make_interval(hours => g.doorbraak_uren) FROM gemeenten g WHERE g.code = $1
       RETURNING id`,
      [d.gemeenteCode, d.persoonId, d.huishoudenId, d.medewerkerId, d.reden, d.toelichting],
    );
    return rows[0]!.id;
  },

  async get(tx: Sql, id: string, forUpdate = false): Promise<DoorbraakRow | null> {
    const { rows } = await tx.query<DoorbraakRow>(
      `${SELECT} WHERE d.id = $1${forUpdate ? ' FOR UPDATE OF d' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  async lijst(tx: Sql, status: 'te-beoordelen' | 'beoordeeld' | undefined): Promise<DoorbraakRow[]> {
    const where =
      status === 'te-beoordelen'
        ? 'WHERE d.beoordeling IS NULL'
        : status
          ? 'WHERE d.beoordeling IS NOT NULL'
          : '';
    const { rows } = await tx.query<DoorbraakRow>(
      `${SELECT} ${where} ORDER BY d.aangemaakt_op DESC, d.id LIMIT 1000`,
    );
    return rows;
  },

  async vanHuishouden(tx: Sql, huishoudenId: string): Promise<DoorbraakRow[]> {
    const { rows } = await tx.query<DoorbraakRow>(
      `${SELECT} WHERE d.huishouden_id = $1 ORDER BY d.aangemaakt_op DESC LIMIT 100`,
      [huishoudenId],
    );
    return rows;
  },

  /** Doorbraken on the households where the medewerker is contactpersoon, of the last 30 days. */
  async voorContactpersoon(tx: Sql, medewerkerId: string): Promise<DoorbraakRow[]> {
    const { rows } = await tx.query<DoorbraakRow>(
      `${SELECT} JOIN huishoudens h ON h.id = d.huishouden_id
       WHERE h.contactpersoon_id = $1 AND d.aangemaakt_op > now() - interval '30 days'
       ORDER BY d.aangemaakt_op DESC LIMIT 100`,
      [medewerkerId],
    );
    return rows;
  },

  async beoordeel(
    tx: Sql,
    id: string,
    versie: number,
    oordeel: string,
    toelichting: string | null,
    door: string,
  ) {
    const { rowCount } = await tx.query(
      `UPDATE doorbraken SET beoordeling = $3, beoordeling_toelichting = $4, beoordeeld_door = $5, beoordeeld_op = now(),
         versie = versie + 1 WHERE id = $1 AND versie = $2`,
      [id, versie, oordeel, toelichting, door],
    );
    return rowCount === 1;
  },

  /**
   * Per medewerker over a period: doorbraken (and how many were judged unjustified) and the distinct
   * persons they tried to open without a relationship (the audit rows of 403 doorbraak-nodig), and
   * the persons their intake searches and reads showed without a relationship (audit_log.zonder_relatie,
   * migration 046; summed over the searches, so one person found twice counts twice).
   */
  async signalen(tx: Sql, van: string, tot: string) {
    const { rows } = await tx.query<{
      medewerker_id: string | null;
      gebruikersnaam: string;
      doorbraken: number;
      onterecht: number;
      geweigerde_personen: number;
      gezocht_zonder_relatie: number;
    }>(
      `WITH d AS (
         SELECT g.id AS gebruiker_id, count(*)::int AS doorbraken,
                count(*) FILTER (WHERE d.beoordeling = 'onterecht')::int AS onterecht
         FROM doorbraken d JOIN gebruikers g ON g.medewerker_id = d.medewerker_id
         WHERE d.aangemaakt_op >= $1::date AND d.aangemaakt_op < $2::date + 1
         GROUP BY g.id),
       w AS (
         SELECT a.gebruiker_id, count(DISTINCT p)::int AS geweigerde_personen
         FROM audit_log a, unnest(a.personen) p
         WHERE a.toelichting = '403 doorbraak-nodig' AND a.tijdstip >= $1::date AND a.tijdstip < $2::date + 1
         GROUP BY a.gebruiker_id),
       z AS (
         SELECT a.gebruiker_id, sum(a.zonder_relatie)::int AS gezocht
         FROM audit_log a
         WHERE a.zonder_relatie > 0 AND a.tijdstip >= $1::date AND a.tijdstip < $2::date + 1
         GROUP BY a.gebruiker_id)
       SELECT g.medewerker_id, g.gebruikersnaam, coalesce(d.doorbraken, 0) AS doorbraken,
              coalesce(d.onterecht, 0) AS onterecht, coalesce(w.geweigerde_personen, 0) AS geweigerde_personen,
              coalesce(z.gezocht, 0) AS gezocht_zonder_relatie
       FROM (SELECT gebruiker_id FROM d UNION SELECT gebruiker_id FROM w UNION SELECT gebruiker_id FROM z) x
       JOIN gebruikers g ON g.id = x.gebruiker_id
       LEFT JOIN d ON d.gebruiker_id = x.gebruiker_id LEFT JOIN w ON w.gebruiker_id = x.gebruiker_id
       LEFT JOIN z ON z.gebruiker_id = x.gebruiker_id
       ORDER BY coalesce(d.doorbraken, 0) + coalesce(w.geweigerde_personen, 0) DESC, coalesce(z.gezocht, 0) DESC,
                g.gebruikersnaam`,
      [van, tot],
    );
    return rows;
  },

  async meekijkers(tx: Sql, huishoudenId: string) {
    const { rows } = await tx.query<{
      id: string;
      medewerker_id: string;
      medewerker_naam: string;
      door_naam: string;
      toegevoegd_op: Date;
      tot: Date | null;
    }>(
      `SELECT k.id, k.medewerker_id, m.naam AS medewerker_naam, d.naam AS door_naam, k.toegevoegd_op, k.tot
       FROM meekijkers k JOIN medewerkers m ON m.id = k.medewerker_id JOIN medewerkers d ON d.id = k.toegevoegd_door
       WHERE k.huishouden_id = $1 AND k.ingetrokken_op IS NULL AND (k.tot IS NULL OR k.tot > now())
       ORDER BY k.toegevoegd_op`,
      [huishoudenId],
    );
    return rows;
  },

  async huishouden(tx: Sql, id: string) {
    const { rows } = await tx.query<{ gemeente_code: string; contactpersoon_id: string | null }>(
      'SELECT gemeente_code, contactpersoon_id FROM huishoudens WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  },

  async medewerkerIn(tx: Sql, id: string, gemeenteCode: string): Promise<boolean> {
    const { rows } = await tx.query(
      `SELECT 1 FROM medewerkers m WHERE m.id = $1 AND m.actief
         AND (m.gemeente_code = $2 OR EXISTS (SELECT 1 FROM team_gemeenten tg WHERE tg.team_id = m.team_id AND tg.gemeente_code = $2))`,
      [id, gemeenteCode],
    );
    return rows.length > 0;
  },

  async voegMeekijkerToe(
    tx: Sql,
    k: { gemeenteCode: string; huishoudenId: string; medewerkerId: string; door: string; tot: string | null },
  ) {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO meekijkers (gemeente_code, huishouden_id, medewerker_id, toegevoegd_door, tot)
       VALUES ($1, $2, $3, $4, $5::date + 1) RETURNING id`,
      [k.gemeenteCode, k.huishoudenId, k.medewerkerId, k.door, k.tot],
    );
    return rows[0]!.id;
  },

  async trekMeekijkerIn(tx: Sql, huishoudenId: string, id: string): Promise<boolean> {
    const { rowCount } = await tx.query(
      'UPDATE meekijkers SET ingetrokken_op = now() WHERE id = $1 AND huishouden_id = $2 AND ingetrokken_op IS NULL',
      [id, huishoudenId],
    );
    return rowCount === 1;
  },

  async zaaktoegang(tx: Sql, code: string) {
    const { rows } = await tx.query<{ code: string; zaaktoegang: 'team' | 'zaak'; doorbraak_uren: number }>(
      'SELECT code, zaaktoegang, doorbraak_uren FROM gemeenten WHERE code = $1',
      [code],
    );
    return rows[0] ?? null;
  },

  async zetZaaktoegang(tx: Sql, code: string, zaaktoegang: string, uren: number) {
    await tx.query('UPDATE gemeenten SET zaaktoegang = $2, doorbraak_uren = $3 WHERE code = $1', [
      code,
      zaaktoegang,
      uren,
    ]);
  },
};
