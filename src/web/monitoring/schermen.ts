import type { Scherm } from '../app/scherm.ts';
import { MonitoringScherm, TeamoverzichtScherm } from './Dashboards.tsx';

export const MONITORING_SCHERMEN: readonly Scherm[] = [
  { pad: '/monitoring', label: 'Monitoring', recht: 'monitoring.raadplegen', pagina: MonitoringScherm },
  {
    pad: '/teamoverzicht',
    label: 'Teamoverzicht',
    recht: 'monitoring.team-raadplegen',
    pagina: TeamoverzichtScherm,
  },
];
