import type { Scherm } from '../app/scherm.ts';
import { BerichtenPagina } from './BerichtenPagina.tsx';
import { BerichtUpload } from './BerichtUpload.tsx';
import { DeclaratiesPagina } from './DeclaratiesPagina.tsx';
import { GoedgekeurdPagina } from './GoedgekeurdPagina.tsx';
import { VerzoekenSchermen } from './VerzoekenSchermen.tsx';

export const IWMO_SCHERMEN: readonly Scherm[] = [
  { pad: '/iwmo-berichten', label: 'iWmo-berichten', recht: 'iwmo.raadplegen', pagina: BerichtenPagina },
  {
    pad: '/iwmo-verzoeken',
    label: 'iWmo-verzoeken',
    recht: 'iwmo-verzoeken.raadplegen',
    pagina: VerzoekenSchermen,
  },
  // POST /iwmo-berichten (a message of an aanbieder read in by hand) requires iwmo.raadplegen.
  { pad: '/iwmo-inlezen', label: 'iWmo inlezen', recht: 'iwmo.raadplegen', pagina: BerichtUpload },
  // GET /declaraties (the worklist of rejected lines); recording the afhandeling asks declaraties.afhandelen.
  { pad: '/declaraties', label: 'Declaraties', recht: 'declaraties.raadplegen', pagina: DeclaratiesPagina },
  {
    pad: '/goedgekeurde-bedragen',
    label: 'Goedgekeurde bedragen',
    recht: 'declaraties.exporteren',
    pagina: GoedgekeurdPagina,
  },
];
