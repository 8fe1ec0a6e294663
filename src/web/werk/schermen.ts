import type { Scherm } from '../app/scherm.ts';
import { MijnZakenPagina } from './MijnZakenPagina.tsx';
import { TeControlerenPagina } from './TeControlerenPagina.tsx';

/** A caseworker's own households, after the werkvoorraad in the menu. */
export const MIJN_ZAKEN_SCHERMEN: readonly Scherm[] = [
  { pad: '/mijn-zaken', label: 'Mijn zaken', recht: 'zaken.raadplegen', pagina: MijnZakenPagina },
];

/** Four eyes: the backoffice's worklist of colleagues' concepts, with its count in the menu. */
export const TE_CONTROLEREN_SCHERMEN: readonly Scherm[] = [
  {
    pad: '/te-controleren',
    label: 'Te controleren',
    recht: 'beschikkingen.controleren',
    pagina: TeControlerenPagina,
    teller: 'te-controleren',
  },
];
