import { rolNaam } from '../ui/rolNamen.ts';

/**
 * The sentence after saving a medewerker when some requested roles did not take effect: roles with
 * access to personal data, auditor and beheer wait for a second beheerder (ADR 0021).
 */
export function wachtendeRollen(gevraagd: readonly string[], effectief: readonly string[]): string {
  const wacht = gevraagd.filter((r) => !effectief.includes(r));
  return wacht.length
    ? ` Deze rollen gelden pas als een tweede beheerder ze goedkeurt (Rolwijzigingen): ${wacht.map(rolNaam).join(', ')}.`
    : '';
}
