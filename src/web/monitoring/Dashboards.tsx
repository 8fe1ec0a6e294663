import { lazy, Suspense } from 'react';
import { Laden } from '../ui/ApiFoutMelding.tsx';

/*
 * The dashboards load their code (and the chart library) only when opened: the other screens, used
 * all day at the counter, do not download recharts.
 */
const Beleid = lazy(() => import('./BeleidDashboard.tsx').then((m) => ({ default: m.BeleidDashboard })));
const Team = lazy(() => import('./TeamDashboard.tsx').then((m) => ({ default: m.TeamDashboard })));

export function MonitoringScherm() {
  return (
    <Suspense fallback={<Laden />}>
      <Beleid />
    </Suspense>
  );
}

export function TeamoverzichtScherm() {
  return (
    <Suspense fallback={<Laden />}>
      <Team />
    </Suspense>
  );
}
