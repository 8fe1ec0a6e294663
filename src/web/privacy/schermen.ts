import type { Scherm } from '../app/scherm.ts';
import { BewaartermijnenPagina } from './BewaartermijnenPagina.tsx';
import { RegisterPagina } from './RegisterPagina.tsx';
import { VernietigingPagina } from './VernietigingPagina.tsx';
import { VerzoekenPagina } from './VerzoekenPagina.tsx';

/** The privacy officer's and archivist's screens (issue 18 items 4–7). */
export const PRIVACY_SCHERMEN: readonly Scherm[] = [
  {
    pad: '/privacyverzoeken',
    label: 'Privacyverzoeken',
    recht: 'privacyverzoeken.behandelen',
    pagina: VerzoekenPagina,
  },
  {
    pad: '/vernietigingslijsten',
    label: 'Vernietigingslijsten',
    recht: 'vernietigingslijsten.goedkeuren',
    pagina: VernietigingPagina,
  },
  {
    pad: '/bewaartermijnen',
    label: 'Bewaartermijnen',
    recht: 'bewaartermijnen.raadplegen',
    pagina: BewaartermijnenPagina,
  },
  {
    pad: '/verwerkingsregister',
    label: 'Verwerkingsregister',
    recht: 'verwerkingsregister.raadplegen',
    pagina: RegisterPagina,
  },
];
