import type { Scherm } from '../app/scherm.ts';
import { WijkenSchermen } from './WijkenSchermen.tsx';

/** Preventie in de wijk: signalenbord, wijkprofiel, sociale kaart, activiteiten, opdrachten. */
export const WIJKEN_SCHERMEN: readonly Scherm[] = [
  { pad: '/wijken', label: 'Wijken', recht: 'wijk.signalen-raadplegen', pagina: WijkenSchermen },
];
