import type { Scherm } from '../app/scherm.ts';
import { DoorbrakenPagina } from './DoorbrakenPagina.tsx';

/** Need-to-know (ADR 0030): the privacy officer reviews doorbraken and watches the signals. */
export const DOORBRAAK_SCHERMEN: readonly Scherm[] = [
  { pad: '/doorbraken', label: 'Doorbraken', recht: 'doorbraken.beoordelen', pagina: DoorbrakenPagina },
];
