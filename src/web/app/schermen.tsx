import type { ComponentType } from 'react';
import type { Rol } from '../api/types.ts';
import { AuditPagina } from '../audit/AuditPagina.tsx';
import { InzagePagina } from '../audit/InzagePagina.tsx';
import { KalenderPagina } from '../beheer/KalenderPagina.tsx';
import { AanvragenPagina } from '../beschikking/AanvragenPagina.tsx';
import { BerichtenPagina } from '../beschikking/BerichtenPagina.tsx';
import { BerichtUpload } from '../beschikking/BerichtUpload.tsx';
import { BeschikkingOpstellen } from '../beschikking/BeschikkingOpstellen.tsx';
import { BeschikkingSchermen } from '../beschikking/BeschikkingSchermen.tsx';
import { HerindicatiesPagina } from '../beschikking/HerindicatiesPagina.tsx';
import { TeBeschikkenPagina } from '../beschikking/TeBeschikkenPagina.tsx';
import { VerzoekenSchermen } from '../beschikking/VerzoekenSchermen.tsx';
import { ImportPagina } from '../imports/ImportPagina.tsx';
import { MeldingNieuw } from '../intake/MeldingNieuw.tsx';
import { HuishoudenSchermen, MeldingSchermen } from '../intake/MeldingSchermen.tsx';
import { MonitoringScherm, TeamoverzichtScherm } from '../monitoring/schermen.tsx';
import { OnderzoekPagina } from '../onderzoek/OnderzoekPagina.tsx';
import { OrganisatieSchermen } from '../organisatie/OrganisatieSchermen.tsx';
import { PlanPagina } from '../plan/PlanPagina.tsx';
import { ProjectenSchermen } from '../projecten/ProjectenSchermen.tsx';
import { StartPagina } from '../start/StartPagina.tsx';
import { VerdelingPagina } from '../werkvoorraad/VerdelingPagina.tsx';
import { WerkvoorraadPagina } from '../werkvoorraad/WerkvoorraadPagina.tsx';
import { ALLE_ROLLEN } from './rollen.ts';

export interface Scherm {
  /** The path; the screen also owns everything under it (its own sub-routes). */
  pad: `/${string}`;
  /** The menu item's text; without one the screen is reached by links only (e.g. one melding). */
  label?: string;
  /** Who sees the item and may open the screen (the API checks again, this is for the menu). */
  rollen: readonly Rol[];
  pagina: ComponentType;
}

/** Who may look at meldingen and households (API policies meldingen.raadplegen, personen.raadplegen). */
const INTAKE_LEZEN: readonly Rol[] = ['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider'];

/**
 * One table for menu and routes: a new screen is one line here. Order is menu order. The roles
 * mirror the API policies; a screen a role cannot use is not shown to it.
 */
export const SCHERMEN: readonly Scherm[] = [
  { pad: '/', label: 'Start', rollen: ALLE_ROLLEN, pagina: StartPagina },
  {
    pad: '/meldingen/nieuw',
    label: 'Nieuwe melding',
    rollen: ['kcc', 'toegangsmedewerker'],
    pagina: MeldingNieuw,
  },
  {
    pad: '/werkvoorraad',
    label: 'Werkvoorraad',
    rollen: ['kcc', 'toegangsmedewerker', 'teamleider'],
    pagina: WerkvoorraadPagina,
  },
  { pad: '/verdeling', label: 'Verdeling', rollen: ['teamleider'], pagina: VerdelingPagina },
  { pad: '/meldingen', rollen: INTAKE_LEZEN, pagina: MeldingSchermen },
  { pad: '/huishoudens', rollen: INTAKE_LEZEN, pagina: HuishoudenSchermen },
  // Reached by links (melding page, household): the onderzoek of a melding and the household's plan.
  {
    pad: '/meldingen/:id/onderzoek',
    rollen: ['toegangsmedewerker', 'teamleider', 'backoffice'],
    pagina: OnderzoekPagina,
  },
  {
    pad: '/huishoudens/:id/plan',
    rollen: ['toegangsmedewerker', 'teamleider', 'backoffice', 'kcc'],
    pagina: PlanPagina,
  },
  // Beschikkingen (API policies aanvragen.raadplegen, beschikkingen.*, iwmo.raadplegen, herindicaties.raadplegen).
  {
    pad: '/meldingen/:id/aanvragen',
    rollen: ['toegangsmedewerker', 'teamleider', 'backoffice'],
    pagina: AanvragenPagina,
  },
  { pad: '/aanvragen', label: 'Te beschikken', rollen: ['backoffice'], pagina: TeBeschikkenPagina },
  { pad: '/aanvragen/:id/beschikking', rollen: ['backoffice'], pagina: BeschikkingOpstellen },
  {
    pad: '/beschikkingen',
    rollen: ['backoffice', 'toegangsmedewerker', 'teamleider'],
    pagina: BeschikkingSchermen,
  },
  {
    pad: '/herindicaties',
    label: 'Herindicaties',
    rollen: ['backoffice', 'teamleider', 'toegangsmedewerker'],
    pagina: HerindicatiesPagina,
  },
  { pad: '/iwmo-berichten', label: 'iWmo-berichten', rollen: ['backoffice'], pagina: BerichtenPagina },
  // iWmo verzoeken and incoming files (API policies iwmo-verzoeken.*, iwmo.raadplegen).
  { pad: '/iwmo-verzoeken', label: 'iWmo-verzoeken', rollen: ['backoffice'], pagina: VerzoekenSchermen },
  { pad: '/iwmo-inlezen', label: 'iWmo inlezen', rollen: ['backoffice'], pagina: BerichtUpload },
  // Monitoring (API policies monitoring.raadplegen and monitoring.team-raadplegen).
  { pad: '/monitoring', label: 'Monitoring', rollen: ['beleid'], pagina: MonitoringScherm },
  { pad: '/teamoverzicht', label: 'Teamoverzicht', rollen: ['teamleider'], pagina: TeamoverzichtScherm },
  {
    pad: '/organisatie',
    label: 'Organisatie',
    rollen: ['beheer', 'teamleider'],
    pagina: OrganisatieSchermen,
  },
  { pad: '/beheer/kalender', label: 'Kalender', rollen: ['beheer'], pagina: KalenderPagina },
  // Historic import (API policies imports.uitvoeren, imports.raadplegen).
  { pad: '/beheer/import', label: 'Import', rollen: ['beheer'], pagina: ImportPagina },
  { pad: '/audittrail', label: 'Audittrail', rollen: ['auditor'], pagina: AuditPagina },
  // NEN 7513: who has seen a person's data (API: GET /audit-personen, /audit-logregels?persoon=…).
  { pad: '/inzage', label: 'Wie zag een persoon?', rollen: ['auditor'], pagina: InzagePagina },
  // Grote projecten (API policy projecten.raadplegen); the council overview itself is public (/raad/…).
  {
    pad: '/projecten',
    label: 'Projecten',
    rollen: ['projectleider', 'opdrachtgever', 'beheer', 'beleid'],
    pagina: ProjectenSchermen,
  },
];

export function magOpenen(scherm: Scherm, rollen: readonly Rol[]): boolean {
  return scherm.rollen.some((r) => rollen.includes(r));
}

/** The screens with a menu item that the roles may open. */
export function menuVoor(rollen: readonly Rol[]): Array<Scherm & { label: string }> {
  return SCHERMEN.filter(
    (s): s is Scherm & { label: string } => s.label !== undefined && magOpenen(s, rollen),
  );
}

/** The screen for a path (the longest matching pad), e.g. to check a shortcut before showing it. */
export function schermVoor(pad: string): Scherm | undefined {
  return [...SCHERMEN]
    .sort((a, b) => b.pad.length - a.pad.length)
    .find((s) => pad === s.pad || pad.startsWith(s.pad === '/' ? '/' : `${s.pad}/`));
}
