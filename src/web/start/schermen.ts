import type { Scherm } from '../app/scherm.ts';
import { StartPagina } from './StartPagina.tsx';

/** Every logged-in user holds organisatie.raadplegen, which the start page reads (GET /gemeenten). */
export const START_SCHERMEN: readonly Scherm[] = [
  { pad: '/', label: 'Start', recht: 'organisatie.raadplegen', pagina: StartPagina },
];
