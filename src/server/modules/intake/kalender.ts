import {
  dagenTot,
  type Kalender,
  onderzoekUiterlijk,
  persoonlijkPlanUiterlijk,
  termijnstatus,
  werkdagenTot,
} from '../../../domain/termijnen/index.ts';
import type { Sql } from '../../platform/db/types.ts';

/** The Atw calendar: computed feestdagen plus the gelijkgestelde dagen that beheer maintains. */
export async function laadKalender(tx: Sql): Promise<Kalender> {
  const { rows } = await tx.query<{ datum: string; omschrijving: string }>(
    'SELECT datum, omschrijving FROM gelijkgestelde_dagen ORDER BY datum',
  );
  return { gelijkgesteld: rows };
}

const WEERGAVE = 'intake:kalender-weergave';
/** How old the calendar behind a traffic light may be when another server process changed it. */
const WEERGAVE_TTL_MS = 60_000;

/**
 * The calendar for *showing* time left and the traffic light, kept for a minute per database: a
 * worklist or melding detail then needs no query for it. Never use it for a deadline that gets
 * stored (registration, aanvraag, bezwaar, recomputation): those read `laadKalender` in their own
 * transaction. A change by beheer in this process is seen at once (`vergeetKalenderWeergave`); one
 * in another server process within a minute.
 */
export async function kalenderVoorWeergave(tx: Sql): Promise<Kalender> {
  const bekend = tx.cache.get(WEERGAVE) as { kalender: Kalender; tot: number } | undefined;
  const nu = Date.now();
  if (bekend && bekend.tot > nu) return bekend.kalender;
  const kalender = await laadKalender(tx);
  tx.cache.set(WEERGAVE, { kalender, tot: nu + WEERGAVE_TTL_MS });
  return kalender;
}

export function vergeetKalenderWeergave(cache: Map<string, unknown>): void {
  cache.delete(WEERGAVE);
}

/** The statutory deadlines of a melding: only a melding (not a signaal or informatievraag) has them. */
export function meldingTermijnen(soort: string, ontvangstdatum: string, kalender: Kalender) {
  if (soort !== 'melding') return { onderzoekUiterlijk: null, persoonlijkPlanUiterlijk: null };
  return {
    onderzoekUiterlijk: onderzoekUiterlijk(ontvangstdatum, kalender),
    persoonlijkPlanUiterlijk: persoonlijkPlanUiterlijk(ontvangstdatum, kalender),
  };
}

/** Deadlines plus time left and the traffic light, for an open melding as of `vandaag`. */
export function termijnenMetStatus(
  row: { onderzoek_uiterlijk: string | null; persoonlijk_plan_uiterlijk: string | null; status: string },
  kalender: Kalender,
  vandaag: string,
) {
  const deadline = row.onderzoek_uiterlijk;
  const open = row.status === 'nieuw' || row.status === 'onderzoek';
  return {
    onderzoekUiterlijk: deadline,
    persoonlijkPlanUiterlijk: row.persoonlijk_plan_uiterlijk,
    dagenOver: deadline && open ? dagenTot(vandaag, deadline) : null,
    werkdagenOver: deadline && open ? werkdagenTot(vandaag, deadline, kalender) : null,
    status: deadline && open ? termijnstatus(vandaag, deadline, kalender) : null,
  };
}
