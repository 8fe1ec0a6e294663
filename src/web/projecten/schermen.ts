import type { Scherm } from '../app/scherm.ts';
import { ProjectenSchermen } from './ProjectenSchermen.tsx';

/** The council overview itself is public (/raad/…, outside the app). */
export const PROJECTEN_SCHERMEN: readonly Scherm[] = [
  { pad: '/projecten', label: 'Projecten', recht: 'projecten.raadplegen', pagina: ProjectenSchermen },
];
