import type { Scherm } from '../app/scherm.ts';
import { HuisstijlPagina } from './HuisstijlPagina.tsx';
import { KalenderPagina } from './KalenderPagina.tsx';

/** Adding or removing a gelijkgestelde dag (POST /gelijkgestelde-dagen) is intake.configureren. */
export const BEHEER_SCHERMEN: readonly Scherm[] = [
  { pad: '/beheer/kalender', label: 'Kalender', recht: 'intake.configureren', pagina: KalenderPagina },
  /** PUT /gemeenten/{code}/thema is organisatie.beheren (ADR 0032). */
  { pad: '/beheer/huisstijl', label: 'Huisstijl', recht: 'organisatie.beheren', pagina: HuisstijlPagina },
];
