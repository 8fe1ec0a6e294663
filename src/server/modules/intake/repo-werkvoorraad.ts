import type { z } from 'zod';
import type { Sql } from '../../platform/db/types.ts';
import { CURSOR_DATUM, CURSOR_UUID, decodeCursor } from '../../platform/http/cursor.ts';
import { NAAM_SQL } from './repo-personen.ts';
import type { WerkvoorraadFilter } from './schemas.ts';

const GEEN_DEADLINE = '9999-12-31';

export interface WerkvoorraadRow {
  id: string;
  nummer: number;
  soort: 'melding' | 'informatievraag' | 'signaal';
  status: 'nieuw' | 'onderzoek' | 'verwezen-preventie' | 'afgesloten';
  kanaal: 'telefoon' | 'balie' | 'wijklocatie' | 'email-brief' | 'online' | 'signaal';
  ontvangstdatum: string;
  spoed: boolean;
  persoon_id: string;
  persoon_naam: string;
  geboortedatum: string;
  wijk_code: string | null;
  wijk_naam: string | null;
  behandelaar_id: string | null;
  behandelaar_naam: string | null;
  onderzoek_uiterlijk: string | null;
  persoonlijk_plan_uiterlijk: string | null;
  versie: number;
  /** The sort key of this row as text: the cursor of the next page. */
  sleutel: string;
}

/** What the use case decided for the query: who "ik" is, which gemeente, and today's term bounds. */
export interface WerkvoorraadKeuzes {
  medewerkerId: string | null;
  gemeente: string | null;
  vandaag: string;
  grenzen: { drieWerkdagenTot: string; tweeWekenTot: string } | null;
}

export interface VerdelingRow {
  id: string;
  naam: string;
  team_id: string | null;
  fte: number;
  open: number;
  verlopen: number;
  binnen_drie: number;
}

export const werkvoorraadRepo = {
  /**
   * One page of open meldingen and signalen (status nieuw or onderzoek), filtered and sorted by
   * deadline or by arrival, keyset-paginated so that a page costs the same at row 10 and at row
   * 100,000. One row more than the page size: is there a next page?
   */
  async pagina(tx: Sql, f: z.output<typeof WerkvoorraadFilter>, k: WerkvoorraadKeuzes) {
    const params: unknown[] = [];
    const where: string[] = ["m.status IN ('nieuw', 'onderzoek')"];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.behandelaar === 'ik') where.push(`m.behandelaar_id = ${p(k.medewerkerId)}`);
    else if (f.behandelaar === 'geen') where.push('m.behandelaar_id IS NULL');
    else if (f.behandelaar) where.push(`m.behandelaar_id = ${p(f.behandelaar)}`);
    if (f.team) where.push(`m.team_id = ${p(f.team)}`);
    // The gemeente equality lets PostgreSQL read meldingen_werkvoorraad_gemeente in deadline order.
    if (k.gemeente) where.push(`m.gemeente_code = ${p(k.gemeente)}`);
    if (f.wijk) where.push(`w.code = ${p(f.wijk)}`);
    if (f.status) where.push(`m.status = ${p(f.status)}`);
    if (f.kanaal) where.push(`m.kanaal = ${p(f.kanaal)}`);
    if (f.termijnstatus && k.grenzen) {
      const g = k.grenzen;
      const deadline = 'm.onderzoek_uiterlijk';
      if (f.termijnstatus === 'verlopen') where.push(`${deadline} < ${p(k.vandaag)}`);
      if (f.termijnstatus === 'binnen-drie-werkdagen')
        where.push(`${deadline} BETWEEN ${p(k.vandaag)} AND ${p(g.drieWerkdagenTot)}`);
      if (f.termijnstatus === 'binnen-twee-weken')
        where.push(`${deadline} > ${p(g.drieWerkdagenTot)} AND ${deadline} <= ${p(g.tweeWekenTot)}`);
      if (f.termijnstatus === 'ruim') {
        // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as text
        const grens = g.drieWerkdagenTot > g.tweeWekenTot ? g.drieWerkdagenTot : g.tweeWekenTot;
        where.push(`${deadline} > ${p(grens)}`);
      }
    }
    const termijn = f.sortering === 'termijn';
    const sleutel = termijn ? `coalesce(m.onderzoek_uiterlijk, DATE '${GEEN_DEADLINE}')` : 'm.ontvangstdatum';
    if (f.na) {
      const [a, b] = decodeCursor(f.na, [CURSOR_DATUM, CURSOR_UUID]);
      where.push(
        termijn
          ? `(${sleutel}, m.id) > (${p(a)}::date, ${p(b)}::uuid)`
          : `(${sleutel}, m.id) < (${p(a)}::date, ${p(b)}::uuid)`,
      );
    }
    const order = termijn ? `${sleutel}, m.id` : `${sleutel} DESC, m.id DESC`;
    const { rows } = await tx.query<WerkvoorraadRow>(
      `SELECT m.id, m.nummer, m.soort, m.status, m.kanaal, m.ontvangstdatum, m.spoed, m.onderzoek_uiterlijk,
              m.persoonlijk_plan_uiterlijk, m.versie, p.id AS persoon_id, ${NAAM_SQL('p')} AS persoon_naam, p.geboortedatum,
              w.code AS wijk_code, w.naam AS wijk_naam, b.id AS behandelaar_id, b.naam AS behandelaar_naam,
              ${sleutel}::text AS sleutel
       FROM meldingen m
       JOIN personen p ON p.id = m.persoon_id
       LEFT JOIN wijken w ON w.id = m.wijk_id
       LEFT JOIN medewerkers b ON b.id = m.behandelaar_id
       WHERE ${where.join(' AND ')}
       ORDER BY ${order} LIMIT ${p(f.pageSize + 1)}`,
      params,
    );
    return rows;
  },

  /** Per active toegangsmedewerker (of the team, if given): open, overdue and ≤ 3 working days left. */
  async perMedewerker(tx: Sql, team: string | null, vandaag: string, drieWerkdagenTot: string) {
    const { rows } = await tx.query<VerdelingRow>(
      `SELECT mw.id, mw.naam, mw.team_id, mw.fte::float8 AS fte,
              count(m.id)::int AS open,
              count(m.id) FILTER (WHERE m.onderzoek_uiterlijk < $2)::int AS verlopen,
              count(m.id) FILTER (WHERE m.onderzoek_uiterlijk BETWEEN $2 AND $3)::int AS binnen_drie
       FROM medewerkers mw
       LEFT JOIN meldingen m ON m.behandelaar_id = mw.id AND m.status IN ('nieuw', 'onderzoek')
       WHERE mw.actief AND 'toegangsmedewerker' = ANY (mw.rollen) AND ($1::uuid IS NULL OR mw.team_id = $1)
       GROUP BY mw.id ORDER BY open DESC, mw.naam`,
      [team, vandaag, drieWerkdagenTot],
    );
    return rows;
  },

  /** Unassigned open work in the gemeenten the team works for (all visible gemeenten without a team). */
  async zonderBehandelaar(tx: Sql, team: string | null): Promise<number> {
    const { rows } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM meldingen
       WHERE status IN ('nieuw', 'onderzoek') AND behandelaar_id IS NULL
         AND ($1::uuid IS NULL OR gemeente_code IN (SELECT gemeente_code FROM team_gemeenten WHERE team_id = $1))`,
      [team],
    );
    return rows[0]?.n ?? 0;
  },
};
