import type { Scherm } from '../app/scherm.ts';
import { WijkenSchermen } from './WijkenSchermen.tsx';

/**
 * Preventie in de wijk: signalenbord, wijkprofiel, sociale kaart, activiteiten, opdrachten. The menu
 * item needs the widest right of the area (the sociale kaart), so that beheer, who maintains the
 * kaart but does not read the signal board, has it too; /wijken then opens the kaart for them.
 */
export const WIJKEN_SCHERMEN: readonly Scherm[] = [
  { pad: '/wijken', label: 'Wijken', recht: 'wijk.sociale-kaart-raadplegen', pagina: WijkenSchermen },
];
