import type { Scherm } from '../app/scherm.ts';
import { AanvragenPagina } from './AanvragenPagina.tsx';
import { BeschikkingOpstellen } from './BeschikkingOpstellen.tsx';
import { BeschikkingSchermen } from './BeschikkingSchermen.tsx';
import { BezwarenPagina } from './BezwarenPagina.tsx';
import { HerindicatiesPagina } from './HerindicatiesPagina.tsx';
import { TeBeschikkenPagina } from './TeBeschikkenPagina.tsx';

export const BESCHIKKING_SCHERMEN: readonly Scherm[] = [
  { pad: '/meldingen/:id/aanvragen', recht: 'aanvragen.raadplegen', pagina: AanvragenPagina },
  // The worklist of aanvragen still to decide on is for who drafts beschikkingen.
  { pad: '/aanvragen', label: 'Te beschikken', recht: 'beschikkingen.opstellen', pagina: TeBeschikkenPagina },
  { pad: '/aanvragen/:id/beschikking', recht: 'beschikkingen.opstellen', pagina: BeschikkingOpstellen },
  { pad: '/beschikkingen', recht: 'beschikkingen.raadplegen', pagina: BeschikkingSchermen },
  {
    pad: '/herindicaties',
    label: 'Herindicaties',
    recht: 'herindicaties.raadplegen',
    pagina: HerindicatiesPagina,
  },
  { pad: '/bezwaren', label: 'Bezwaren', recht: 'bezwaren.raadplegen', pagina: BezwarenPagina },
];
