import type { Scherm } from '../app/scherm.ts';
import { KlachtenPagina } from './KlachtenPagina.tsx';

export const KLACHTEN_SCHERMEN: readonly Scherm[] = [
  { pad: '/klachten', label: 'Klachten', recht: 'klachten.raadplegen', pagina: KlachtenPagina },
];
