import type { z } from 'zod';
import { termijnstatusGrenzen } from '../../../domain/termijnen/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/types.ts';
import { CURSOR_DATUM, CURSOR_UUID, decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { enigeGemeente, inTx } from '../../platform/usecase.ts';
import { DOEL_INTAKE } from './doel.ts';
import { kalenderVoorWeergave, termijnenMetStatus } from './kalender.ts';
import { meldingKenmerk } from './ontvangstbevestiging.ts';
import { NAAM_SQL } from './repo-personen.ts';
import type { WerkvoorraadFilter } from './schemas.ts';

const GEEN_DEADLINE = '9999-12-31';

function decodeWerkvoorraadCursor(c: string): [string, string] {
  const [a, b] = decodeCursor(c, [CURSOR_DATUM, CURSOR_UUID]);
  return [a!, b!];
}

interface Row {
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
  sleutel: string;
}

/**
 * The worklist: open meldingen and signalen (status nieuw or onderzoek) of the caller's gemeenten
 * (row-level security), filtered and sorted by deadline or by arrival, keyset-paginated so that a
 * page costs the same at row 10 and at row 100,000.
 */
export function werkvoorraad(db: Database, actor: Actor, f: z.output<typeof WerkvoorraadFilter>) {
  return inTx(db, actor, async (tx) => {
    const kalender = await kalenderVoorWeergave(tx);
    const vandaag = today();
    const params: unknown[] = [];
    const where: string[] = ["m.status IN ('nieuw', 'onderzoek')"];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.behandelaar === 'ik')
      where.push(`m.behandelaar_id = ${p(alsMedewerker(actor.principal).medewerkerId)}`);
    else if (f.behandelaar === 'geen') where.push('m.behandelaar_id IS NULL');
    else if (f.behandelaar) where.push(`m.behandelaar_id = ${p(f.behandelaar)}`);
    if (f.team) where.push(`m.team_id = ${p(f.team)}`);
    // The gemeente equality lets PostgreSQL read meldingen_werkvoorraad_gemeente in deadline order
    // (enigeGemeente); a behandelaar filter has its own index in that order and needs none.
    const perBehandelaar = f.behandelaar !== undefined && f.behandelaar !== 'geen';
    const gemeente = f.gemeente ?? (perBehandelaar ? null : enigeGemeente(actor));
    if (gemeente) where.push(`m.gemeente_code = ${p(gemeente)}`);
    if (f.wijk) where.push(`w.code = ${p(f.wijk)}`);
    if (f.status) where.push(`m.status = ${p(f.status)}`);
    if (f.kanaal) where.push(`m.kanaal = ${p(f.kanaal)}`);
    if (f.termijnstatus) {
      const g = termijnstatusGrenzen(vandaag, kalender);
      const deadline = 'm.onderzoek_uiterlijk';
      if (f.termijnstatus === 'verlopen') where.push(`${deadline} < ${p(vandaag)}`);
      if (f.termijnstatus === 'binnen-drie-werkdagen')
        where.push(`${deadline} BETWEEN ${p(vandaag)} AND ${p(g.drieWerkdagenTot)}`);
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
      const [a, b] = decodeWerkvoorraadCursor(f.na);
      where.push(
        termijn
          ? `(${sleutel}, m.id) > (${p(a)}::date, ${p(b)}::uuid)`
          : `(${sleutel}, m.id) < (${p(a)}::date, ${p(b)}::uuid)`,
      );
    }
    const order = termijn ? `${sleutel}, m.id` : `${sleutel} DESC, m.id DESC`;
    const { rows } = await tx.query<Row>(
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
    const more = rows.length > f.pageSize;
    const page = more ? rows.slice(0, f.pageSize) : rows;
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'melding',
      doel: DOEL_INTAKE,
      toelichting: `werkvoorraad: ${page.length} resultaten`,
      personen: page.map((r) => r.persoon_id),
    });
    const last = page.at(-1);
    return {
      items: page.map((r) => ({
        id: r.id,
        nummer: r.nummer,
        kenmerk: meldingKenmerk(r.nummer),
        soort: r.soort,
        status: r.status,
        kanaal: r.kanaal,
        ontvangstdatum: r.ontvangstdatum,
        spoed: r.spoed,
        persoon: { id: r.persoon_id, naam: r.persoon_naam, geboortedatum: r.geboortedatum },
        wijk: r.wijk_code ? { code: r.wijk_code, naam: r.wijk_naam! } : null,
        behandelaar: r.behandelaar_id ? { id: r.behandelaar_id, naam: r.behandelaar_naam! } : null,
        termijnen: termijnenMetStatus(r, kalender, vandaag),
        versie: r.versie,
      })),
      volgende: more && last ? encodeCursor(last.sleutel, last.id) : null,
    };
  });
}

/**
 * The team's load for the teamleider: per toegangsmedewerker the open meldingen, how many are
 * overdue and how many have ≤ 3 working days left; and the unassigned ones to distribute.
 */
export function verdeling(db: Database, actor: Actor, teamId: string | undefined) {
  return inTx(db, actor, async (tx) => {
    const kalender = await kalenderVoorWeergave(tx);
    const vandaag = today();
    const g = termijnstatusGrenzen(vandaag, kalender);
    const team = teamId ?? alsMedewerker(actor.principal).teamId;
    const { rows } = await tx.query<{
      id: string;
      naam: string;
      team_id: string | null;
      fte: number;
      open: number;
      verlopen: number;
      binnen_drie: number;
    }>(
      `SELECT mw.id, mw.naam, mw.team_id, mw.fte::float8 AS fte,
              count(m.id)::int AS open,
              count(m.id) FILTER (WHERE m.onderzoek_uiterlijk < $2)::int AS verlopen,
              count(m.id) FILTER (WHERE m.onderzoek_uiterlijk BETWEEN $2 AND $3)::int AS binnen_drie
       FROM medewerkers mw
       LEFT JOIN meldingen m ON m.behandelaar_id = mw.id AND m.status IN ('nieuw', 'onderzoek')
       WHERE mw.actief AND 'toegangsmedewerker' = ANY (mw.rollen) AND ($1::uuid IS NULL OR mw.team_id = $1)
       GROUP BY mw.id ORDER BY open DESC, mw.naam`,
      [team, vandaag, g.drieWerkdagenTot],
    );
    // Unassigned work in the gemeenten the team works for (all visible gemeenten without a team).
    const zonder = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM meldingen
       WHERE status IN ('nieuw', 'onderzoek') AND behandelaar_id IS NULL
         AND ($1::uuid IS NULL OR gemeente_code IN (SELECT gemeente_code FROM team_gemeenten WHERE team_id = $1))`,
      [team],
    );
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'medewerker',
      doel: DOEL_INTAKE,
      toelichting: 'werkverdeling',
    });
    return {
      medewerkers: rows.map((r) => ({
        medewerker: { id: r.id, naam: r.naam },
        teamId: r.team_id,
        fte: r.fte,
        open: r.open,
        verlopen: r.verlopen,
        binnenDrieWerkdagen: r.binnen_drie,
      })),
      zonderBehandelaar: zonder.rows[0]?.n ?? 0,
    };
  });
}
