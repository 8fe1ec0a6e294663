import type { Scherm } from '../app/scherm.ts';
import { PlanPagina } from './PlanPagina.tsx';

/** Reached by links from the household and the onderzoek. */
export const PLAN_SCHERMEN: readonly Scherm[] = [
  { pad: '/huishoudens/:id/plan', recht: 'plan.raadplegen', pagina: PlanPagina },
];
