import type { Scherm } from '../app/scherm.ts';
import { Aanmelden } from './Aanmelden.tsx';
import { RegioMonitoring } from './Monitoring.tsx';
import { Overdrachten } from './Overdrachten.tsx';
import { Plaatsen } from './Plaatsen.tsx';
import { Wachtlijst } from './Wachtlijst.tsx';

/**
 * Regionale toegang beschermd wonen en opvang (issue 20). The rights ask for the regional team
 * (Policy.teams on the server), so a local team with the same roles does not get these items; the
 * monitoring is also for beleid; the warm handovers are for the local toegang (team of soort toegang).
 */
export const REGIO_SCHERMEN: readonly Scherm[] = [
  { pad: '/regio/aanmelden', label: 'BW/MO aanmelden', recht: 'regio.aanmelden', pagina: Aanmelden },
  { pad: '/regio/wachtlijst', label: 'Wachtlijst BW/MO', recht: 'regio.plaatsen', pagina: Wachtlijst },
  { pad: '/regio/plaatsen', label: 'Plaatsen BW/MO', recht: 'regio.plaatsen', pagina: Plaatsen },
  {
    pad: '/regio/overdrachten',
    label: 'Overdrachten BW/MO',
    recht: 'regio.overdrachten',
    pagina: Overdrachten,
  },
  {
    pad: '/regio/monitoring',
    label: 'Regionale monitoring',
    recht: 'regio.monitoring',
    pagina: RegioMonitoring,
  },
];
