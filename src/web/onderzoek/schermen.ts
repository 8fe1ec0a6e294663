import type { Scherm } from '../app/scherm.ts';
import { OnderzoekPagina } from './OnderzoekPagina.tsx';

/** Reached by links from the melding page. */
export const ONDERZOEK_SCHERMEN: readonly Scherm[] = [
  { pad: '/meldingen/:id/onderzoek', recht: 'onderzoek.raadplegen', pagina: OnderzoekPagina },
];
