import type { Scherm } from '../app/scherm.ts';
import { BegrotingPagina } from './BegrotingPagina.tsx';
import { CbsLeveringPagina } from './CbsLeveringPagina.tsx';
import { MonitoringScherm, TeamoverzichtScherm } from './Dashboards.tsx';

export const MONITORING_SCHERMEN: readonly Scherm[] = [
  { pad: '/monitoring', label: 'Monitoring', recht: 'monitoring.raadplegen', pagina: MonitoringScherm },
  // PUT /budgetten/… (the screen reads GET /monitoring/uitgaven too: financien.raadplegen, same roles).
  { pad: '/begroting', label: 'Begroting', recht: 'financien.begroten', pagina: BegrotingPagina },
  {
    pad: '/teamoverzicht',
    label: 'Teamoverzicht',
    recht: 'monitoring.team-raadplegen',
    pagina: TeamoverzichtScherm,
  },
  {
    pad: '/cbs-levering',
    label: 'Levering aan CBS',
    recht: 'cbs.aanleveren',
    pagina: CbsLeveringPagina,
  },
];
