import type { Scherm } from '../app/scherm.ts';
import { OrganisatieSchermen } from './OrganisatieSchermen.tsx';

export const ORGANISATIE_SCHERMEN: readonly Scherm[] = [
  { pad: '/organisatie', label: 'Organisatie', recht: 'organisatie.overzien', pagina: OrganisatieSchermen },
];
