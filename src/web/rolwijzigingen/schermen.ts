import type { Scherm } from '../app/scherm.ts';
import { RolwijzigingenPagina } from './RolwijzigingenPagina.tsx';

/** Role changes and four-eyes grants (API policies rolwijzigingen.raadplegen, rolwijzigingen.beoordelen). */
export const ROLWIJZIGINGEN_SCHERMEN: readonly Scherm[] = [
  {
    pad: '/rolwijzigingen',
    label: 'Rolwijzigingen',
    recht: 'rolwijzigingen.raadplegen',
    pagina: RolwijzigingenPagina,
  },
];
