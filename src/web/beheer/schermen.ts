import type { Scherm } from '../app/scherm.ts';
import { KalenderPagina } from './KalenderPagina.tsx';

/** Adding or removing a gelijkgestelde dag (POST /gelijkgestelde-dagen) is intake.configureren. */
export const BEHEER_SCHERMEN: readonly Scherm[] = [
  { pad: '/beheer/kalender', label: 'Kalender', recht: 'intake.configureren', pagina: KalenderPagina },
];
