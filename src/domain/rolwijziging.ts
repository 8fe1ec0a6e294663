/**
 * Separation of duties for roles (BIO 5.3 functiescheiding, 8.2 speciale toegangsrechten; ADR 0021).
 *
 * A role that opens personal data of clients, the audit trail (`auditor`) or the power to hand
 * out roles (`beheer`) is granted only when a second beheerder approves. Taking a role away, or
 * granting a role without such access, takes effect at once: it cannot widen anyone's access.
 */
export const ROLLEN_MET_VIER_OGEN: readonly string[] = [
  // Policies of these roles read or write personal data of clients (intake, onderzoek, beschikking).
  'kcc',
  'toegangsmedewerker',
  'backoffice',
  'teamleider',
  'partner',
  // Klachten name the complainant and what happened to them (Awb chapter 9).
  'klachtcoordinator',
  // The audit trail names who saw which client; beheer can grant every other role.
  'auditor',
  'beheer',
  // Approves the destruction of whole dossiers and sees who is on a vernietigingslijst.
  'archivaris',
];

export function vraagtVierOgen(rol: string): boolean {
  return ROLLEN_MET_VIER_OGEN.includes(rol);
}

export interface Rolplan {
  /** The roles that hold at once. */
  direct: string[];
  /** Roles that wait for a second beheerder (empty: nothing to approve). */
  teKeuren: string[];
}

/** Splits a requested set of roles into what applies now and what waits for approval. */
export function planRolwijziging(huidig: readonly string[], gevraagd: readonly string[]): Rolplan {
  const direct = huidig.filter((r) => gevraagd.includes(r));
  const teKeuren: string[] = [];
  for (const r of gevraagd) {
    if (huidig.includes(r) || direct.includes(r) || teKeuren.includes(r)) continue;
    if (vraagtVierOgen(r)) teKeuren.push(r);
    else direct.push(r);
  }
  return { direct, teKeuren };
}

export function zelfdeRollen(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}
