import type { Sql } from '../../platform/db/types.ts';

/** Aggregates for the wijkprofiel: counts only, never a person. */
export const profielRepo = {
  /**
   * Meldingen from the wijk (the wijk of the address at registration) per month and ladder step
   * (the step at which they were resolved; 'nog-open' while open): one range of the index
   * meldingen_wijk_ontvangst, from which the instroom per month and the ladder are summed.
   */
  async meldingenPerMaandEnLadder(tx: Sql, gemeente: string, wijkId: string, jaar: number) {
    const { rows } = await tx.query<{ periode: string; uitkomst: string; aantal: number }>(
      `SELECT to_char(ontvangstdatum, 'YYYY-MM') AS periode, coalesce(ladder_uitkomst, 'nog-open') AS uitkomst,
         count(*)::int AS aantal
       FROM meldingen
       WHERE gemeente_code = $1 AND wijk_id = $2 AND ontvangstdatum BETWEEN make_date($3, 1, 1) AND make_date($3, 12, 31)
       GROUP BY 1, 2`,
      [gemeente, wijkId, jaar],
    );
    return rows;
  },

  /**
   * Referrals to preventie from the wijk in the year (table `verwijzingen` of the preventie module),
   * by outcome: the terugkoppeling when there is one, else the status.
   */
  async verwijzingen(tx: Sql, gemeente: string, wijkId: string, jaar: number) {
    const { rows } = await tx.query<{ uitkomst: string; aantal: number }>(
      `SELECT coalesce(uitkomst, status) AS uitkomst, count(*)::int AS aantal FROM verwijzingen
       WHERE gemeente_code = $1 AND wijk_id = $2
         AND verwezen_op >= (make_date($3, 1, 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
         AND verwezen_op < (make_date($3 + 1, 1, 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')
       GROUP BY 1 ORDER BY 1`,
      [gemeente, wijkId, jaar],
    );
    return { bron: 'verwijzingen naar preventiepartners, naar uitkomst of status', rijen: rows };
  },

  async signalenPerStatus(tx: Sql, gemeente: string, wijkId: string) {
    const { rows } = await tx.query<{ status: string; aantal: number }>(
      `SELECT status, count(*)::int AS aantal FROM wijksignalen WHERE gemeente_code = $1 AND wijk_id = $2
       GROUP BY 1 ORDER BY 1`,
      [gemeente, wijkId],
    );
    return rows;
  },

  async signalenPerMaand(tx: Sql, gemeente: string, wijkId: string, jaar: number) {
    const { rows } = await tx.query<{ periode: string; aantal: number }>(
      `SELECT to_char(datum, 'YYYY-MM') AS periode, count(*)::int AS aantal FROM wijksignalen
       WHERE gemeente_code = $1 AND wijk_id = $2 AND datum BETWEEN make_date($3, 1, 1) AND make_date($3, 12, 31)
       GROUP BY 1 ORDER BY 1`,
      [gemeente, wijkId, jaar],
    );
    return rows;
  },

  async activiteitenPerKwartaal(tx: Sql, gemeente: string, wijkId: string, jaar: number) {
    const { rows } = await tx.query<{ periode: string; activiteiten: number; deelnemers: number }>(
      `SELECT to_char(periode_van, 'YYYY') || '-K' || to_char(periode_van, 'Q') AS periode,
         count(*)::int AS activiteiten, coalesce(sum(deelnemers), 0)::int AS deelnemers
       FROM activiteiten
       WHERE gemeente_code = $1 AND wijk_id = $2 AND periode_van BETWEEN make_date($3, 1, 1) AND make_date($3, 12, 31)
       GROUP BY 1 ORDER BY 1`,
      [gemeente, wijkId, jaar],
    );
    return rows;
  },

  async activiteitenPerSoort(tx: Sql, gemeente: string, wijkId: string, jaar: number) {
    const { rows } = await tx.query<{ soort: string; activiteiten: number; deelnemers: number }>(
      `SELECT soort, count(*)::int AS activiteiten, coalesce(sum(deelnemers), 0)::int AS deelnemers
       FROM activiteiten
       WHERE gemeente_code = $1 AND wijk_id = $2 AND periode_van BETWEEN make_date($3, 1, 1) AND make_date($3, 12, 31)
       GROUP BY 1 ORDER BY 1`,
      [gemeente, wijkId, jaar],
    );
    return rows;
  },
};
