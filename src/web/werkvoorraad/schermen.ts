import type { Scherm } from '../app/scherm.ts';
import { VerdelingPagina } from './VerdelingPagina.tsx';
import { WerkvoorraadPagina } from './WerkvoorraadPagina.tsx';

export const WERKVOORRAAD_SCHERMEN: readonly Scherm[] = [
  {
    pad: '/werkvoorraad',
    label: 'Werkvoorraad',
    recht: 'werkvoorraad.raadplegen',
    pagina: WerkvoorraadPagina,
  },
  { pad: '/verdeling', label: 'Verdeling', recht: 'werkvoorraad.verdelen', pagina: VerdelingPagina },
];
