import type { Scherm } from '../app/scherm.ts';
import { MeldingNieuw } from './MeldingNieuw.tsx';
import { HuishoudenSchermen, MeldingSchermen, PersoonSchermen } from './MeldingSchermen.tsx';

export const INTAKE_SCHERMEN: readonly Scherm[] = [
  { pad: '/meldingen/nieuw', label: 'Nieuwe melding', recht: 'meldingen.registreren', pagina: MeldingNieuw },
  { pad: '/meldingen', recht: 'meldingen.raadplegen', pagina: MeldingSchermen },
  { pad: '/huishoudens', recht: 'personen.raadplegen', pagina: HuishoudenSchermen },
  { pad: '/personen', recht: 'personen.raadplegen', pagina: PersoonSchermen },
];
