import type { Rol } from './rollen.ts';

/**
 * May a role take residents' personal data (BSN, name, birth date, address, hulpvraag, the care a
 * named resident receives) out of the system in a CSV or XLSX file? A file leaves the access
 * control, the audit trail and the retention periods of the system behind, so only roles whose
 * task needs a working list outside the system get one. Everyone else still exports the list,
 * without those columns (ADR 0015, docs/export.md).
 */
export const EXPORTRECHT: Readonly<Record<Rol, { persoonsgegevens: boolean; waarom: string }>> = {
  kcc: {
    persoonsgegevens: false,
    waarom: 'werkt per gesprek in het systeem; een lijst met inwoners is daarvoor niet nodig',
  },
  toegangsmedewerker: {
    persoonsgegevens: false,
    waarom: 'werkt per zaak in het dossier; eigen lijsten met namen buiten het systeem zijn niet nodig',
  },
  backoffice: {
    persoonsgegevens: true,
    waarom: 'stemt beschikkingen en iWmo-berichten af met aanbieders en de SVB (administratieve controle)',
  },
  teamleider: {
    persoonsgegevens: true,
    waarom: 'verdeelt het werk en plant herindicaties met het team',
  },
  beleid: { persoonsgegevens: false, waarom: 'werkt met geaggregeerde cijfers, niet met inwoners' },
  beheer: { persoonsgegevens: false, waarom: 'beheert configuratie en organisatie, geen zaken' },
  archivaris: {
    persoonsgegevens: false,
    waarom: 'tekent vernietigingslijsten af; de lijst buiten het systeem noemt pseudoniemen, geen namen',
  },
  auditor: {
    persoonsgegevens: false,
    waarom: 'het audittrail bevat verwijzingen, geen persoonsgegevens van inwoners',
  },
  partner: { persoonsgegevens: false, waarom: 'ziet geen lijsten met inwoners' },
  preventiemedewerker: {
    persoonsgegevens: false,
    waarom: 'ziet alleen de verwezen huishoudens, binnen de toestemming; geen bestanden buiten het systeem',
  },
  'partner-coordinator': {
    persoonsgegevens: false,
    waarom: 'ziet alleen de verwezen huishoudens, binnen de toestemming; geen bestanden buiten het systeem',
  },
  projectleider: { persoonsgegevens: false, waarom: 'werkt aan projectrapportages, niet met inwoners' },
  opdrachtgever: {
    persoonsgegevens: false,
    waarom: 'stelt projectrapportages vast, werkt niet met inwoners',
  },
  klachtcoordinator: {
    persoonsgegevens: false,
    waarom: 'behandelt klachten één voor één; een werklijst met namen hoeft niet het huis uit',
  },
};

/**
 * Residents' personal data goes into an export only through a role that may both see the list
 * (holds the route's policy: `lijstRollen`) and export personal data. A user with several roles
 * does not combine the sight of one with the export right of another.
 */
export function magPersoonsgegevensExporteren(rollen: readonly Rol[], lijstRollen: readonly Rol[]): boolean {
  return rollen.some((r) => lijstRollen.includes(r) && EXPORTRECHT[r].persoonsgegevens);
}

/** The columns of an export for these roles, and the personal-data columns left out. */
export function exportkolommen<K extends { persoonsgegevens?: boolean }>(
  kolommen: readonly K[],
  rollen: readonly Rol[],
  lijstRollen: readonly Rol[],
): { kolommen: K[]; weggelaten: K[] } {
  if (magPersoonsgegevensExporteren(rollen, lijstRollen)) return { kolommen: [...kolommen], weggelaten: [] };
  return {
    kolommen: kolommen.filter((k) => !k.persoonsgegevens),
    weggelaten: kolommen.filter((k) => k.persoonsgegevens === true),
  };
}
