import { AUDIT_SCHERMEN } from '../audit/schermen.ts';
import { BEHEER_SCHERMEN } from '../beheer/schermen.ts';
import { BESCHIKKING_SCHERMEN } from '../beschikking/schermen.ts';
import { DOORBRAAK_SCHERMEN } from '../doorbraak/schermen.ts';
import { IMPORT_SCHERMEN } from '../imports/schermen.ts';
import { INTAKE_SCHERMEN } from '../intake/schermen.ts';
import { IWMO_SCHERMEN } from '../iwmo/schermen.ts';
import { KLACHTEN_SCHERMEN } from '../klachten/schermen.ts';
import { MONITORING_SCHERMEN } from '../monitoring/schermen.ts';
import { ONDERZOEK_SCHERMEN } from '../onderzoek/schermen.ts';
import { ORGANISATIE_SCHERMEN } from '../organisatie/schermen.ts';
import { PLAN_SCHERMEN } from '../plan/schermen.ts';
import { PREVENTIE_SCHERMEN } from '../preventie/schermen.ts';
import { PRIVACY_SCHERMEN } from '../privacy/schermen.ts';
import { PROJECTEN_SCHERMEN } from '../projecten/schermen.ts';
import { REGIO_SCHERMEN } from '../regio/schermen.ts';
import { ROLWIJZIGINGEN_SCHERMEN } from '../rolwijzigingen/schermen.ts';
import { START_SCHERMEN } from '../start/schermen.ts';
import { MIJN_ZAKEN_SCHERMEN, TE_CONTROLEREN_SCHERMEN } from '../werk/schermen.ts';
import { WERKVOORRAAD_SCHERMEN } from '../werkvoorraad/schermen.ts';
import { WIJKEN_SCHERMEN } from '../wijken/schermen.ts';
import type { Scherm } from './scherm.ts';

export type { Scherm };

/**
 * Menu and routes: each area's screens, in menu order. A new screen is one line in its area's
 * `schermen.ts`; a new area adds its list here. Screens only import from their own area and ui/,
 * never from app/schermen, so no import cycle runs through this list.
 */
export const SCHERMEN: readonly Scherm[] = [
  ...START_SCHERMEN,
  ...INTAKE_SCHERMEN,
  ...WERKVOORRAAD_SCHERMEN,
  ...MIJN_ZAKEN_SCHERMEN,
  ...ONDERZOEK_SCHERMEN,
  ...PLAN_SCHERMEN,
  ...TE_CONTROLEREN_SCHERMEN,
  ...BESCHIKKING_SCHERMEN,
  ...IWMO_SCHERMEN,
  ...MONITORING_SCHERMEN,
  ...REGIO_SCHERMEN,
  // Before Wijken: partner staff have no start page and land on their first screen, the inbox.
  ...PREVENTIE_SCHERMEN,
  ...WIJKEN_SCHERMEN,
  ...ORGANISATIE_SCHERMEN,
  ...BEHEER_SCHERMEN,
  ...IMPORT_SCHERMEN,
  ...AUDIT_SCHERMEN,
  ...DOORBRAAK_SCHERMEN,
  ...PRIVACY_SCHERMEN,
  ...ROLWIJZIGINGEN_SCHERMEN,
  ...PROJECTEN_SCHERMEN,
  ...KLACHTEN_SCHERMEN,
];

/** Whether the user, with these permissions from the session, may open the screen. */
export function magOpenen(scherm: Scherm, rechten: readonly string[]): boolean {
  return rechten.includes(scherm.recht);
}

/** The screens with a menu item that the user may open. */
export function menuVoor(rechten: readonly string[]): Array<Scherm & { label: string }> {
  return SCHERMEN.filter(
    (s): s is Scherm & { label: string } => s.label !== undefined && magOpenen(s, rechten),
  );
}
