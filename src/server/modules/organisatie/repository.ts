import type { z } from 'zod';
import type { Sql } from '../../platform/db/types.ts';
import { toColumns, updateVersioned } from '../../platform/db/versioned.ts';
import type * as S from './schemas.ts';

type Gemeente = z.output<typeof S.Gemeente>;
type Wijk = z.output<typeof S.Wijk>;
type Organisatie = z.output<typeof S.Organisatie>;
type Locatie = z.output<typeof S.Locatie>;
type Team = z.output<typeof S.Team>;
type Medewerker = z.output<typeof S.Medewerker>;

// Row → API shape. SQL stays visible here; services decide on transactions and audit.

const GEMEENTE = 'code, naam, postadres, postcode, plaats, telefoon, website, versie';
const WIJK = 'id, gemeente_code AS "gemeenteCode", code, naam, versie';
const ORGANISATIE = 'id, gemeente_code AS "gemeenteCode", naam, soort, agb_code AS "agbCode", versie';
const LOCATIE =
  'id, gemeente_code AS "gemeenteCode", naam, soort, adres, postcode, plaats, wijk_id AS "wijkId", versie';
const TEAM = `t.id, t.gemeente_code AS "gemeenteCode", t.organisatie_id AS "organisatieId", t.naam, t.soort, t.versie,
  coalesce((SELECT array_agg(tg.gemeente_code ORDER BY tg.gemeente_code) FROM team_gemeenten tg WHERE tg.team_id = t.id), ARRAY[]::text[]) AS gemeenten,
  (SELECT count(*) FROM medewerkers m WHERE m.team_id = t.id AND m.actief)::int AS "aantalMedewerkers",
  coalesce((SELECT sum(m.fte) FROM medewerkers m WHERE m.team_id = t.id AND m.actief), 0)::float8 AS fte`;
const MEDEWERKER = `m.id, m.gemeente_code AS "gemeenteCode", m.organisatie_id AS "organisatieId", m.team_id AS "teamId",
  m.naam, m.email, m.functie, m.fte::float8 AS fte, m.rollen, m.actief, m.versie,
  (SELECT g.gebruikersnaam FROM gebruikers g WHERE g.medewerker_id = m.id) AS gebruikersnaam`;

export const repo = {
  async gemeenten(tx: Sql) {
    return (await tx.query<Gemeente>(`SELECT ${GEMEENTE} FROM gemeenten ORDER BY naam`)).rows;
  },
  updateGemeente(tx: Sql, code: string, versie: number, patch: Record<string, unknown>) {
    // gemeenten has a text key `code`; updateVersioned works on `id`, so use a view-like query.
    return tx
      .query<Gemeente>(
        `UPDATE gemeenten SET ${Object.keys(patch)
          .map((c, i) => `${c} = $${i + 3}`)
          .concat(['versie = versie + 1', 'gewijzigd_op = now()'])
          .join(', ')} WHERE code = $1 AND versie = $2 RETURNING ${GEMEENTE}`,
        [code, versie, ...Object.values(patch)],
      )
      .then((r) => r.rows[0] ?? null);
  },
  async gemeenteExists(tx: Sql, code: string) {
    return (await tx.query('SELECT 1 FROM gemeenten WHERE code = $1', [code])).rows.length > 0;
  },

  async wijken(tx: Sql, gemeente?: string) {
    return (
      await tx.query<Wijk>(
        `SELECT ${WIJK} FROM wijken WHERE ($1::text IS NULL OR gemeente_code = $1) ORDER BY gemeente_code, code`,
        [gemeente ?? null],
      )
    ).rows;
  },
  async insertWijk(tx: Sql, w: { gemeenteCode: string; code: string; naam: string }) {
    return (
      await tx.query<Wijk>(
        `INSERT INTO wijken (gemeente_code, code, naam) VALUES ($1, $2, $3) RETURNING ${WIJK}`,
        [w.gemeenteCode, w.code, w.naam],
      )
    ).rows[0]!;
  },
  updateWijk(tx: Sql, id: string, versie: number, patch: Record<string, unknown>) {
    return updateVersioned<Wijk>(tx, {
      table: 'wijken',
      id,
      versie,
      set: toColumns(patch, { code: 'code', naam: 'naam' }),
      returning: WIJK,
      what: 'De wijk',
    });
  },

  async organisaties(tx: Sql, gemeente?: string) {
    return (
      await tx.query<Organisatie>(
        `SELECT ${ORGANISATIE} FROM organisaties WHERE ($1::text IS NULL OR gemeente_code = $1) ORDER BY soort, naam`,
        [gemeente ?? null],
      )
    ).rows;
  },
  async insertOrganisatie(
    tx: Sql,
    o: { gemeenteCode: string; naam: string; soort: string; agbCode?: string | null },
  ) {
    return (
      await tx.query<Organisatie>(
        `INSERT INTO organisaties (gemeente_code, naam, soort, agb_code) VALUES ($1, $2, $3, $4) RETURNING ${ORGANISATIE}`,
        [o.gemeenteCode, o.naam, o.soort, o.agbCode ?? null],
      )
    ).rows[0]!;
  },
  updateOrganisatie(tx: Sql, id: string, versie: number, patch: Record<string, unknown>) {
    return updateVersioned<Organisatie>(tx, {
      table: 'organisaties',
      id,
      versie,
      set: toColumns(patch, { naam: 'naam', soort: 'soort', agbCode: 'agb_code' }),
      returning: ORGANISATIE,
      what: 'De organisatie',
    });
  },

  async locaties(tx: Sql, gemeente?: string) {
    return (
      await tx.query<Locatie>(
        `SELECT ${LOCATIE} FROM locaties WHERE ($1::text IS NULL OR gemeente_code = $1) ORDER BY naam`,
        [gemeente ?? null],
      )
    ).rows;
  },
  async insertLocatie(tx: Sql, l: Record<string, unknown>) {
    return (
      await tx.query<Locatie>(
        `INSERT INTO locaties (gemeente_code, naam, soort, adres, postcode, plaats, wijk_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${LOCATIE}`,
        [
          l.gemeenteCode,
          l.naam,
          l.soort,
          l.adres ?? null,
          l.postcode ?? null,
          l.plaats ?? null,
          l.wijkId ?? null,
        ],
      )
    ).rows[0]!;
  },
  updateLocatie(tx: Sql, id: string, versie: number, patch: Record<string, unknown>) {
    return updateVersioned<Locatie>(tx, {
      table: 'locaties',
      id,
      versie,
      set: toColumns(patch, {
        naam: 'naam',
        soort: 'soort',
        adres: 'adres',
        postcode: 'postcode',
        plaats: 'plaats',
        wijkId: 'wijk_id',
      }),
      returning: LOCATIE,
      what: 'De locatie',
    });
  },

  async teams(tx: Sql, gemeente?: string) {
    return (
      await tx.query<Team>(
        `SELECT ${TEAM} FROM teams t WHERE ($1::text IS NULL OR t.gemeente_code = $1) ORDER BY t.naam`,
        [gemeente ?? null],
      )
    ).rows;
  },
  async team(tx: Sql, id: string) {
    return (await tx.query<Team>(`SELECT ${TEAM} FROM teams t WHERE t.id = $1`, [id])).rows[0] ?? null;
  },
  /** After a write in the same transaction the row exists; a miss is a bug, not a 404. */
  async teamAfterWrite(tx: Sql, id: string) {
    const row = await repo.team(tx, id);
    if (!row) throw new Error(`Team ${id} niet gevonden na schrijven`);
    return row;
  },
  async insertTeam(tx: Sql, t: { gemeenteCode: string; organisatieId: string; naam: string; soort: string }) {
    return (
      await tx.query<{ id: string }>(
        'INSERT INTO teams (gemeente_code, organisatie_id, naam, soort) VALUES ($1, $2, $3, $4) RETURNING id',
        [t.gemeenteCode, t.organisatieId, t.naam, t.soort],
      )
    ).rows[0]!.id;
  },
  async setTeamGemeenten(tx: Sql, teamId: string, gemeenten: string[]) {
    await tx.query('DELETE FROM team_gemeenten WHERE team_id = $1', [teamId]);
    await tx.query(
      'INSERT INTO team_gemeenten (team_id, gemeente_code) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
      [teamId, gemeenten],
    );
  },
  updateTeam(tx: Sql, id: string, versie: number, patch: Record<string, unknown>) {
    return updateVersioned<{ id: string }>(tx, {
      table: 'teams',
      id,
      versie,
      set: toColumns(patch, { naam: 'naam', soort: 'soort' }),
      returning: 'id',
      what: 'Het team',
    });
  },

  async medewerkers(tx: Sql, f: { gemeente?: string; team?: string; actief?: boolean }) {
    return (
      await tx.query<Medewerker>(
        `SELECT ${MEDEWERKER} FROM medewerkers m
         WHERE ($1::text IS NULL OR m.gemeente_code = $1
                OR EXISTS (SELECT 1 FROM team_gemeenten tg WHERE tg.team_id = m.team_id AND tg.gemeente_code = $1))
           AND ($2::uuid IS NULL OR m.team_id = $2)
           AND ($3::boolean IS NULL OR m.actief = $3)
         ORDER BY m.naam, m.id LIMIT 5000`,
        [f.gemeente ?? null, f.team ?? null, f.actief ?? null],
      )
    ).rows;
  },
  async medewerker(tx: Sql, id: string) {
    return (
      (await tx.query<Medewerker>(`SELECT ${MEDEWERKER} FROM medewerkers m WHERE m.id = $1`, [id])).rows[0] ??
      null
    );
  },
  async medewerkerAfterWrite(tx: Sql, id: string) {
    const row = await repo.medewerker(tx, id);
    if (!row) throw new Error(`Medewerker ${id} niet gevonden na schrijven`);
    return row;
  },
  async insertMedewerker(tx: Sql, m: Record<string, unknown>) {
    return (
      await tx.query<{ id: string }>(
        `INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, email, functie, fte, rollen)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          m.gemeenteCode,
          m.organisatieId,
          m.teamId ?? null,
          m.naam,
          m.email ?? null,
          m.functie ?? null,
          m.fte,
          m.rollen,
        ],
      )
    ).rows[0]!.id;
  },
  updateMedewerker(tx: Sql, id: string, versie: number, patch: Record<string, unknown>) {
    return updateVersioned<{ id: string }>(tx, {
      table: 'medewerkers',
      id,
      versie,
      set: toColumns(patch, {
        teamId: 'team_id',
        naam: 'naam',
        email: 'email',
        functie: 'functie',
        fte: 'fte',
        rollen: 'rollen',
        actief: 'actief',
      }),
      returning: 'id',
      what: 'De medewerker',
    });
  },
};
