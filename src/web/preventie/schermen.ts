import type { Scherm } from '../app/scherm.ts';
import { PreventieSchermen } from './PreventieSchermen.tsx';

/** The partner's side of preventie (issue 16): the inbox of referrals and one referral. */
export const PREVENTIE_SCHERMEN: readonly Scherm[] = [
  { pad: '/preventie', label: 'Verwijzingen', recht: 'verwijzingen.behandelen', pagina: PreventieSchermen },
];
