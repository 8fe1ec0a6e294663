import {
  dagenTot,
  type Kalender,
  onderzoekUiterlijk,
  persoonlijkPlanUiterlijk,
  termijnstatus,
  werkdagenTot,
} from '../../domain/termijnen/index.ts';
import type { Sql } from '../../platform/db/types.ts';

/** The Atw calendar: computed feestdagen plus the gelijkgestelde dagen that beheer maintains. */
export async function laadKalender(tx: Sql): Promise<Kalender> {
  const { rows } = await tx.query<{ datum: string; omschrijving: string }>(
    'SELECT datum, omschrijving FROM gelijkgestelde_dagen ORDER BY datum',
  );
  return { gelijkgesteld: rows };
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
