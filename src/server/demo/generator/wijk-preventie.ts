import type { Sql } from '../../platform/db/types.ts';

/**
 * Preventie in the wijk for the generated data (issue 16): wijksignalen, collective activiteiten
 * and the partners' yearly opdrachten, in proportion to the wijken and the partners working in the
 * gemeente, over the years that have meldingen. Small and set-based (one statement per table);
 * deterministic: every choice is a hash of codes and dates, never of a random id or the clock
 * (except that nothing is dated after today).
 *
 * - signalen: one per wijk per quarter, from toegang or (half of them, when partners work there)
 *   from one of those partners; older ones followed up and closed;
 * - activiteiten: one per partner per wijk where it has a team (else every wijk) per quarter,
 *   with anonymous counts of 5–60 participants;
 * - opdrachten: one per partner per year (the table allows one per partner and year, whatever the
 *   gemeente), a subsidy in proportion to its wijken; existing ones are kept.
 *
 * Idempotent per gemeente: a gemeente that has signalen already gets nothing.
 */
export async function genereerWijkPreventie(tx: Sql, gemeente: string): Promise<Record<string, number>> {
  const al = await tx.query('SELECT 1 FROM wijksignalen WHERE gemeente_code = $1 LIMIT 1', [gemeente]);
  if (al.rows.length > 0) return {};
  const jaren = (
    await tx.query<{ van: number | null; tot: number | null }>(
      `SELECT extract(year FROM min(ontvangstdatum))::int AS van, extract(year FROM max(ontvangstdatum))::int AS tot
       FROM meldingen WHERE gemeente_code = $1`,
      [gemeente],
    )
  ).rows[0];
  if (!jaren?.van || !jaren.tot) return {};
  const params = [gemeente, jaren.van, jaren.tot];
  // Quarters of the years with meldingen, up to today; the partners working in the gemeente.
  const kwartalen = `kw AS (
      SELECT j AS jaar, q FROM generate_series($2::int, $3::int) j CROSS JOIN generate_series(1, 4) q
      WHERE make_date(j, 3 * q - 2, 1) <= current_date),
    pt AS (
      SELECT p.id, p.code, p.naam, row_number() OVER (ORDER BY p.code) - 1 AS nr, count(*) OVER () AS n,
             (SELECT pm.id FROM partner_medewerkers pm WHERE pm.partner_id = p.id ORDER BY pm.email LIMIT 1) AS door
      FROM partners p JOIN partner_gemeenten pg ON pg.partner_id = p.id AND pg.gemeente_code = $1)`;

  const signalen = await tx.query(
    `WITH ${kwartalen},
     toegang AS (SELECT id FROM medewerkers WHERE gemeente_code = $1 ORDER BY email NULLS LAST, naam LIMIT 1),
     s AS (
       SELECT w.id AS wijk_id, w.code, kw.jaar, kw.q, abs(hashtext(w.code || ':' || kw.jaar || ':' || kw.q)) AS h
       FROM wijken w CROSS JOIN kw WHERE w.gemeente_code = $1),
     d AS (
       SELECT s.*, least(current_date, make_date(s.jaar, 3 * s.q - 2, 1) + (s.h % 85)::int) AS datum,
              pt.id AS partner_id, pt.naam AS partner_naam, pt.door AS partner_door
       FROM s LEFT JOIN pt ON s.h % 2 = 1 AND pt.nr = s.h / 2 % pt.n)
     INSERT INTO wijksignalen (gemeente_code, wijk_id, thema, titel, omschrijving, bron, bron_partner_id, bron_naam,
       geregistreerd_door, datum, status, opvolging)
     SELECT $1, d.wijk_id, t.thema, t.titel || ' (wijk ' || d.code || ')',
            'Gegenereerd signaal: ' || t.omschrijving, CASE WHEN d.partner_id IS NULL THEN 'toegang' ELSE 'partner' END,
            d.partner_id, coalesce(d.partner_naam, 'Toegang'),
            coalesce(d.partner_door, (SELECT id FROM toegang), d.partner_id, '00000000-0000-0000-0000-000000000000'),
            d.datum,
            CASE WHEN d.datum < current_date - 180 THEN 'afgesloten' WHEN d.datum < current_date - 60 THEN 'opgepakt'
                 WHEN d.h % 3 = 0 THEN 'in-behandeling' ELSE 'nieuw' END,
            CASE WHEN d.datum < current_date - 60 THEN 'Besproken in het wijkoverleg; aanpak afgesproken met de partners.' END
     FROM d CROSS JOIN LATERAL (
       SELECT (ARRAY['eenzaamheid', 'schulden', 'jeugd', 'mantelzorg', 'woonoverlast', 'armoede'])[1 + d.h % 6] AS thema,
              (ARRAY['Bewoners zien elkaar weinig', 'Gezinnen met betalingsachterstanden', 'Jongeren hangen rond',
                     'Overbelaste mantelzorgers', 'Klachten over overlast', 'Kinderen zonder ontbijt op school'])[1 + d.h % 6] AS titel,
              (ARRAY['meerdere meldingen over alleenstaande ouderen in dezelfde straat.',
                     'de school ziet oplopende schulden bij ouders.', 'buurtbewoners melden groepjes jongeren.',
                     'de huisarts ziet meer overbelaste mantelzorgers.', 'de woningcorporatie meldt overlast.',
                     'leerkrachten zien kinderen zonder ontbijt.'])[1 + d.h % 6] AS omschrijving) t`,
    params,
  );

  const activiteiten = await tx.query(
    `WITH ${kwartalen},
     pw AS (
       SELECT pt.id AS partner_id, pt.code AS pcode, pt.door, w.id AS wijk_id, w.code AS wcode
       FROM pt JOIN wijken w ON w.gemeente_code = $1
       WHERE NOT EXISTS (SELECT 1 FROM partner_teams t WHERE t.partner_id = pt.id AND t.gemeente_code = $1)
          OR EXISTS (SELECT 1 FROM partner_teams t WHERE t.partner_id = pt.id AND t.wijk_id = w.id)),
     a AS (
       SELECT pw.*, kw.jaar, kw.q, abs(hashtext(pw.pcode || ':' || pw.wcode || ':' || kw.jaar || ':' || kw.q)) AS h
       FROM pw CROSS JOIN kw)
     INSERT INTO activiteiten (gemeente_code, partner_id, wijk_id, soort, naam, periode_van, periode_tot, bijeenkomsten,
       deelnemers, nieuwe_deelnemers, geregistreerd_door)
     SELECT $1, a.partner_id, a.wijk_id, s.soort, s.naam || ' ' || a.wcode, make_date(a.jaar, 3 * a.q - 2, 1),
            (make_date(a.jaar, 3 * a.q - 2, 1) + interval '3 months' - interval '1 day')::date,
            1 + a.h % 12, 5 + a.h % 56, (5 + a.h % 56) / 4, coalesce(a.door, a.partner_id)
     FROM a CROSS JOIN LATERAL (
       SELECT (ARRAY['samenlevingsopbouw', 'groep', 'spreekuur', 'voorlichting'])[1 + a.h % 4] AS soort,
              (ARRAY['Buurtinitiatief', 'Lotgenotengroep', 'Inloopspreekuur', 'Voorlichtingsavond'])[1 + a.h % 4] AS naam) s`,
    params,
  );

  const opdrachten = await tx.query(
    `WITH ${kwartalen}
     INSERT INTO opdrachten (gemeente_code, partner_id, jaar, subsidie_cent, fte, diensten, omschrijving)
     SELECT $1, pt.id, j.jaar, 100000000 * w.n / 15, greatest(1, round(12.0 * w.n / 15, 1)),
            ARRAY(SELECT d.dienst FROM partner_diensten d WHERE d.partner_id = pt.id ORDER BY 1),
            'Gegenereerde opdracht, naar rato van het aantal wijken.'
     FROM pt CROSS JOIN (SELECT DISTINCT jaar FROM kw) j
     CROSS JOIN (SELECT count(*)::bigint AS n FROM wijken WHERE gemeente_code = $1) w
     ON CONFLICT (partner_id, jaar) DO NOTHING`,
    params,
  );
  return {
    wijksignalen: signalen.rowCount ?? 0,
    activiteiten: activiteiten.rowCount ?? 0,
    opdrachten: opdrachten.rowCount ?? 0,
  };
}
