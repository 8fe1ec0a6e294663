import { termijnstatusGrenzen } from '../../../domain/termijnen/index.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { intake } from '../intake/index.ts';
import { datumTekst, type MTabel, tabel } from './tabel.ts';

/**
 * The teamleider's dashboard: the open work of the team by how close its deadline is, and the load
 * per medewerker. Staff names (the teamleider sees them in the worklist too), no residents.
 */

export async function teamTermijnen(tx: Sql, teamId: string): Promise<MTabel> {
  const vandaag = today();
  const g = termijnstatusGrenzen(vandaag, await intake.api.kalenderVoorWeergave(tx));
  const { rows } = await tx.query<{ soort: string; status: string; aantal: number }>(
    `WITH werk AS (
       SELECT 'onderzoek (6 weken)' AS soort, m.onderzoek_uiterlijk AS uiterlijk
       FROM meldingen m WHERE m.team_id = $1 AND m.status IN ('nieuw', 'onderzoek') AND m.soort = 'melding'
       UNION ALL
       SELECT 'beschikking (2 weken)', a.beschikking_uiterlijk
       FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id
       WHERE m.team_id = $1 AND a.status = 'ingediend'
     )
     SELECT soort, CASE WHEN uiterlijk IS NULL THEN 'geen termijn'
                        WHEN uiterlijk < $2::date THEN 'verlopen'
                        WHEN uiterlijk <= $3::date THEN 'binnen 3 werkdagen'
                        WHEN uiterlijk <= $4::date THEN 'binnen 2 weken'
                        ELSE 'later' END AS status, count(*)::int AS aantal
     FROM werk GROUP BY 1, 2`,
    [teamId, vandaag, g.drieWerkdagenTot, g.tweeWekenTot],
  );
  const statussen = ['verlopen', 'binnen 3 werkdagen', 'binnen 2 weken', 'later', 'geen termijn'];
  const uit = ['onderzoek (6 weken)', 'beschikking (2 weken)'].map((soort) => {
    const rij: Record<string, string | number> = { soort };
    for (const s of statussen) rij[s] = rows.find((r) => r.soort === soort && r.status === s)?.aantal ?? 0;
    rij.totaal = statussen.reduce((t, s) => t + Number(rij[s]), 0);
    return rij;
  });
  return tabel(
    'Open werk van het team naar termijn',
    [
      { sleutel: 'soort', kop: 'termijn' },
      ...statussen.map((s) => ({ sleutel: s, kop: s, telling: true })),
      { sleutel: 'totaal', kop: 'totaal', telling: true },
    ],
    uit,
    [
      'Onderzoek: open meldingen van het team (nieuw of in onderzoek). Beschikking: ingediende aanvragen waarop nog niet is besloten. ' +
        `Stand van ${datumTekst(vandaag)}.`,
    ],
  );
}

export async function teamBelasting(tx: Sql, teamId: string): Promise<MTabel> {
  const vandaag = today();
  const { rows } = await tx.query<{
    naam: string;
    fte: number;
    open: number;
    verlopen: number;
    aanvragen: number;
  }>(
    `SELECT mw.naam, mw.fte::float AS fte,
            count(m.id) FILTER (WHERE m.status IN ('nieuw', 'onderzoek'))::int AS open,
            count(m.id) FILTER (WHERE m.status IN ('nieuw', 'onderzoek') AND m.onderzoek_uiterlijk < $2::date)::int AS verlopen,
            (SELECT count(*) FROM aanvragen a JOIN meldingen am ON am.id = a.melding_id
             WHERE am.behandelaar_id = mw.id AND a.status = 'ingediend')::int AS aanvragen
     FROM medewerkers mw LEFT JOIN meldingen m ON m.behandelaar_id = mw.id
     WHERE mw.team_id = $1 AND mw.actief
     GROUP BY mw.id, mw.naam, mw.fte ORDER BY open DESC, mw.naam`,
    [teamId, vandaag],
  );
  return tabel(
    'Belasting per medewerker',
    [
      { sleutel: 'naam', kop: 'medewerker', citeren: true },
      { sleutel: 'fte', kop: 'fte' },
      { sleutel: 'open', kop: 'open meldingen', telling: true },
      { sleutel: 'verlopen', kop: 'waarvan termijn verlopen', telling: true },
      { sleutel: 'aanvragen', kop: 'aanvragen zonder besluit', telling: true },
      { sleutel: 'per_fte', kop: 'open per fte' },
    ],
    rows.map((r) => ({ ...r, per_fte: r.fte > 0 ? Math.round((r.open / r.fte) * 10) / 10 : null })),
    [`Meldingen waarvan de medewerker behandelaar is. Stand van ${datumTekst(vandaag)}.`],
  );
}
