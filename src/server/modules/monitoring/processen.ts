import { LADDER_STAPPEN } from '../../../domain/ladder.ts';
import { percentielUitHistogram } from '../../../domain/monitoring/statistiek.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { maandBereik } from './periode.ts';
import { aandeel, type MTabel, maandTekst, tabel } from './tabel.ts';

/**
 * Process KPIs (issue 7 items 2 and 3), computed from the case records: the dates the domain
 * events report (ontvangstdatum, afgerond_op, verslag_verstuurd_op, aanvraagdatum, besluitdatum)
 * are stored on the records too, and only the records also know what has NOT happened yet (an
 * onderzoek still open after its deadline) and the team of a case. See docs/monitoring.md.
 */

interface Filter {
  gemeente: string;
  van?: string;
  tot?: string;
  wijk?: string;
}

const KANAAL: Record<string, string> = {
  telefoon: 'Telefoon',
  balie: 'Balie',
  wijklocatie: 'Wijklocatie',
  'email-brief': 'E-mail of brief',
  online: 'Online',
  signaal: 'Signaal',
};

/** Meldingen, signalen and informatievragen per month, channel and wijk. */
export async function instroom(tx: Sql, f: Filter): Promise<MTabel> {
  const p = maandBereik(f.van, f.tot);
  const { rows } = await tx.query<{
    maand: string;
    kanaal: string;
    soort: string;
    wijkcode: string;
    wijknaam: string;
    aantal: number;
  }>(
    `SELECT to_char(m.ontvangstdatum, 'YYYY-MM') AS maand, m.kanaal, m.soort, coalesce(w.code, '') AS wijkcode,
            coalesce(w.naam, 'Onbekend') AS wijknaam, count(*)::int AS aantal
     FROM meldingen m LEFT JOIN wijken w ON w.id = m.wijk_id
     WHERE m.gemeente_code = $1 AND m.ontvangstdatum BETWEEN $2::date AND $3::date AND ($4::text IS NULL OR w.code = $4)
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4`,
    [f.gemeente, p.begin, p.eind, f.wijk ?? null],
  );
  return tabel(
    `Instroom per maand, kanaal en wijk (${maandTekst(p.van)} tot en met ${maandTekst(p.tot)})`,
    [
      { sleutel: 'maand', kop: 'maand' },
      { sleutel: 'kanaal', kop: 'kanaal' },
      { sleutel: 'soort', kop: 'soort' },
      { sleutel: 'wijkcode', kop: 'wijkcode' },
      { sleutel: 'wijknaam', kop: 'wijknaam', citeren: true },
      { sleutel: 'aantal', kop: 'aantal', telling: true },
    ],
    rows.map((r) => ({ ...r, kanaal: KANAAL[r.kanaal] ?? r.kanaal })),
    ['Soort: melding (start de wettelijke termijn), signaal of informatievraag. Maand: de ontvangstdatum.'],
  );
}

/**
 * Deadlines kept, per month of the deadline and team: onderzoeken within six weeks of the melding
 * (Wmo 2.3.2) and beschikkingen within two weeks of the aanvraag (Wmo 2.3.5). Counted by the month
 * in which the deadline fell, so a case that is still open after its deadline counts as late; a
 * case whose deadline has not passed yet is "lopend" and not in the share.
 */
export async function termijnen(tx: Sql, f: Filter): Promise<MTabel> {
  const p = maandBereik(f.van, f.tot);
  const vandaag = today();
  const { rows } = await tx.query<{
    maand: string;
    soort: string;
    team: string;
    binnen: number;
    te_laat: number;
    lopend: number;
  }>(
    `SELECT to_char(m.onderzoek_uiterlijk, 'YYYY-MM') AS maand, 'onderzoek (6 weken)' AS soort, coalesce(t.naam, 'Geen team') AS team,
            count(*) FILTER (WHERE (o.afgerond_op AT TIME ZONE 'Europe/Amsterdam')::date <= m.onderzoek_uiterlijk)::int AS binnen,
            count(*) FILTER (WHERE (o.afgerond_op AT TIME ZONE 'Europe/Amsterdam')::date > m.onderzoek_uiterlijk
                             OR (o.afgerond_op IS NULL AND m.onderzoek_uiterlijk < $4::date))::int AS te_laat,
            count(*) FILTER (WHERE o.afgerond_op IS NULL AND m.onderzoek_uiterlijk >= $4::date)::int AS lopend
     FROM meldingen m LEFT JOIN onderzoeken o ON o.melding_id = m.id LEFT JOIN teams t ON t.id = m.team_id
     LEFT JOIN wijken w ON w.id = m.wijk_id
     WHERE m.gemeente_code = $1 AND m.soort = 'melding' AND (m.triage_uitkomst = 'onderzoek' OR o.id IS NOT NULL)
       AND m.onderzoek_uiterlijk BETWEEN $2::date AND $3::date AND ($5::text IS NULL OR w.code = $5)
     GROUP BY 1, 2, 3
     UNION ALL
     SELECT to_char(a.beschikking_uiterlijk, 'YYYY-MM'), 'beschikking (2 weken)', coalesce(t.naam, 'Geen team'),
            count(*) FILTER (WHERE b.status = 'vastgesteld' AND b.besluitdatum <= a.beschikking_uiterlijk)::int,
            count(*) FILTER (WHERE (b.status = 'vastgesteld' AND b.besluitdatum > a.beschikking_uiterlijk)
                             OR (b.status IS DISTINCT FROM 'vastgesteld' AND a.status <> 'ingetrokken' AND a.beschikking_uiterlijk < $4::date))::int,
            count(*) FILTER (WHERE b.status IS DISTINCT FROM 'vastgesteld' AND a.status <> 'ingetrokken' AND a.beschikking_uiterlijk >= $4::date)::int
     FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id
     LEFT JOIN beschikkingen b ON b.aanvraag_id = a.id AND b.soort = 'besluit'
     LEFT JOIN medewerkers mw ON mw.id = b.opgesteld_door LEFT JOIN teams t ON t.id = mw.team_id
     LEFT JOIN wijken w ON w.id = m.wijk_id
     WHERE a.gemeente_code = $1 AND a.beschikking_uiterlijk BETWEEN $2::date AND $3::date AND ($5::text IS NULL OR w.code = $5)
     GROUP BY 1, 2, 3
     ORDER BY 1, 2, 3`,
    [f.gemeente, p.begin, p.eind, vandaag, f.wijk ?? null],
  );
  return tabel(
    `Binnen de wettelijke termijn, per maand van de termijn en per team (${maandTekst(p.van)} tot en met ${maandTekst(p.tot)})`,
    [
      { sleutel: 'maand', kop: 'maand' },
      { sleutel: 'soort', kop: 'termijn' },
      { sleutel: 'team', kop: 'team', citeren: true },
      { sleutel: 'binnen', kop: 'binnen termijn', telling: true },
      { sleutel: 'te_laat', kop: 'te laat', telling: true },
      { sleutel: 'lopend', kop: 'lopend', telling: true },
      { sleutel: 'aandeel_binnen', kop: 'aandeel binnen termijn' },
    ],
    rows.map((r) => ({ ...r, aandeel_binnen: aandeel(r.binnen, r.binnen + r.te_laat) })),
    [
      'Onderzoek: meldingen naar onderzoek, binnen termijn als het onderzoek uiterlijk op de termijndatum is afgerond. ' +
        'Beschikking: aanvragen, binnen termijn als de besluitdatum uiterlijk op de termijndatum ligt. Team: van de behandelaar ' +
        'van de melding (onderzoek) of van de opsteller van de beschikking. Lopend telt niet mee in het aandeel.',
    ],
  );
}

/** Median and p90 lead times in days, per month in which the trajectory ended. */
export async function doorlooptijden(tx: Sql, f: Filter): Promise<MTabel> {
  const p = maandBereik(f.van, f.tot);
  const { rows } = await tx.query<{ maand: string; traject: string; dagen: number; aantal: number }>(
    `SELECT to_char(o.verslag_verstuurd_op, 'YYYY-MM') AS maand, 'melding → verslag' AS traject,
            (o.verslag_verstuurd_op - m.ontvangstdatum) AS dagen, count(*)::int AS aantal
     FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id LEFT JOIN wijken w ON w.id = m.wijk_id
     WHERE o.gemeente_code = $1 AND o.verslag_verstuurd_op BETWEEN $2::date AND $3::date AND ($4::text IS NULL OR w.code = $4)
     GROUP BY 1, 2, 3
     UNION ALL
     SELECT to_char(b.besluitdatum, 'YYYY-MM'), 'aanvraag → beschikking', (b.besluitdatum - a.aanvraagdatum), count(*)::int
     FROM beschikkingen b JOIN aanvragen a ON a.id = b.aanvraag_id JOIN meldingen m ON m.id = a.melding_id
     LEFT JOIN wijken w ON w.id = m.wijk_id
     WHERE b.gemeente_code = $1 AND b.status = 'vastgesteld' AND b.soort = 'besluit'
       AND b.besluitdatum BETWEEN $2::date AND $3::date AND ($4::text IS NULL OR w.code = $4)
     GROUP BY 1, 2, 3`,
    [f.gemeente, p.begin, p.eind, f.wijk ?? null],
  );
  const groepen = new Map<string, Array<[number, number]>>();
  for (const r of rows) {
    const k = `${r.maand}|${r.traject}`;
    groepen.set(k, [...(groepen.get(k) ?? []), [r.dagen, r.aantal]]);
  }
  const uit = [...groepen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, h]) => {
      const [maand, traject] = k.split('|') as [string, string];
      return {
        maand,
        traject,
        aantal: h.reduce((s, [, n]) => s + n, 0),
        mediaan_dagen: percentielUitHistogram(h, 0.5),
        p90_dagen: percentielUitHistogram(h, 0.9),
      };
    });
  return tabel(
    `Doorlooptijden in kalenderdagen (${maandTekst(p.van)} tot en met ${maandTekst(p.tot)})`,
    [
      { sleutel: 'maand', kop: 'maand' },
      { sleutel: 'traject', kop: 'traject' },
      { sleutel: 'aantal', kop: 'aantal', telling: true },
      { sleutel: 'mediaan_dagen', kop: 'mediaan (dagen)' },
      { sleutel: 'p90_dagen', kop: '90e percentiel (dagen)' },
    ],
    uit,
    [
      'Melding → verslag: van de ontvangstdatum tot de verzending van het verslag, per maand van verzending. ' +
        'Aanvraag → beschikking: van de aanvraagdatum tot de besluitdatum, per maand van het besluit. ' +
        'Mediaan en 90e percentiel (90% van de trajecten duurde korter) berekend met lineaire interpolatie.',
    ],
  );
}

/** Of the meldingen of a month: how many led to an aanvraag, and how many to a toekenning. */
export async function conversie(tx: Sql, f: Filter): Promise<MTabel> {
  const p = maandBereik(f.van, f.tot);
  const { rows } = await tx.query<{
    maand: string;
    meldingen: number;
    aanvragen: number;
    toekenningen: number;
  }>(
    `SELECT to_char(m.ontvangstdatum, 'YYYY-MM') AS maand, count(*)::int AS meldingen,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM aanvragen a WHERE a.melding_id = m.id))::int AS aanvragen,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM aanvragen a JOIN beschikkingen b ON b.aanvraag_id = a.id AND b.status = 'vastgesteld'
              JOIN voorzieningen v ON v.beschikking_id = b.id AND v.besluit = 'toekenning'
              WHERE a.melding_id = m.id))::int AS toekenningen
     FROM meldingen m LEFT JOIN wijken w ON w.id = m.wijk_id
     WHERE m.gemeente_code = $1 AND m.soort = 'melding' AND m.ontvangstdatum BETWEEN $2::date AND $3::date
       AND ($4::text IS NULL OR w.code = $4)
     GROUP BY 1 ORDER BY 1`,
    [f.gemeente, p.begin, p.eind, f.wijk ?? null],
  );
  return tabel(
    `Van melding naar aanvraag naar toekenning, per maand van de melding (${maandTekst(p.van)} tot en met ${maandTekst(p.tot)})`,
    [
      { sleutel: 'maand', kop: 'maand' },
      { sleutel: 'meldingen', kop: 'meldingen', telling: true },
      { sleutel: 'aanvragen', kop: 'met aanvraag', telling: true },
      { sleutel: 'toekenningen', kop: 'met toekenning', telling: true },
      { sleutel: 'aandeel_aanvraag', kop: 'aandeel met aanvraag' },
      { sleutel: 'aandeel_toekenning', kop: 'aandeel met toekenning' },
    ],
    rows.map((r) => ({
      ...r,
      aandeel_aanvraag: aandeel(r.aanvragen, r.meldingen),
      aandeel_toekenning: aandeel(r.toekenningen, r.meldingen),
    })),
    ['Meldingen van recente maanden lopen vaak nog: hun aandelen stijgen nog.'],
  );
}

const PERIODE_SQL = {
  maand: "to_char(m.ontvangstdatum, 'YYYY-MM')",
  kwartaal: "to_char(m.ontvangstdatum, 'YYYY') || '-K' || extract(quarter FROM m.ontvangstdatum)",
  jaar: "to_char(m.ontvangstdatum, 'YYYY')",
} as const;

/**
 * The transformation KPI: per period of arrival, how many meldingen were resolved at each step of
 * the ladder (1 advies/doorverwijzing, 2 collectief/preventie, 3 maatwerk) and the shares of the
 * resolved ones. The municipality wants the share of step 3 to fall.
 */
export async function ladder(tx: Sql, f: Filter & { periode: keyof typeof PERIODE_SQL }): Promise<MTabel> {
  const p = maandBereik(f.van, f.tot);
  const { rows } = await tx.query<{ periode: string; stap: string | null; aantal: number }>(
    `SELECT ${PERIODE_SQL[f.periode]} AS periode, m.ladder_uitkomst AS stap, count(*)::int AS aantal
     FROM meldingen m LEFT JOIN wijken w ON w.id = m.wijk_id
     WHERE m.gemeente_code = $1 AND m.soort IN ('melding', 'signaal') AND m.ontvangstdatum BETWEEN $2::date AND $3::date
       AND ($4::text IS NULL OR w.code = $4)
     GROUP BY 1, 2 ORDER BY 1`,
    [f.gemeente, p.begin, p.eind, f.wijk ?? null],
  );
  const perPeriode = new Map<string, Record<string, number>>();
  for (const r of rows) {
    const t = perPeriode.get(r.periode) ?? {};
    t[r.stap ?? 'open'] = (t[r.stap ?? 'open'] ?? 0) + r.aantal;
    perPeriode.set(r.periode, t);
  }
  const uit = [...perPeriode.entries()].map(([periode, t]) => {
    const [advies, collectief, maatwerk] = LADDER_STAPPEN.map((s) => t[s] ?? 0) as [number, number, number];
    const opgelost = advies + collectief + maatwerk;
    return {
      periode,
      advies,
      collectief,
      maatwerk,
      open: t.open ?? 0,
      aandeel_advies: aandeel(advies, opgelost),
      aandeel_collectief: aandeel(collectief, opgelost),
      aandeel_maatwerk: aandeel(maatwerk, opgelost),
    };
  });
  return tabel(
    `Verschuiving op de ladder, per ${f.periode} van ontvangst (${maandTekst(p.van)} tot en met ${maandTekst(p.tot)})`,
    [
      { sleutel: 'periode', kop: f.periode },
      { sleutel: 'advies', kop: '1. advies of doorverwijzing', telling: true },
      { sleutel: 'collectief', kop: '2. collectief of preventie', telling: true },
      { sleutel: 'maatwerk', kop: '3. maatwerk', telling: true },
      { sleutel: 'open', kop: 'nog open', telling: true },
      { sleutel: 'aandeel_advies', kop: 'aandeel 1' },
      { sleutel: 'aandeel_collectief', kop: 'aandeel 2' },
      { sleutel: 'aandeel_maatwerk', kop: 'aandeel 3' },
    ],
    uit,
    [
      'Meldingen en signalen naar de trede waarop ze zijn opgelost (ladder_uitkomst); de aandelen zijn van de opgeloste. ' +
        'Doel van de gemeente: minder maatwerk, meer advies, collectieve en preventieve oplossingen.',
    ],
  );
}
