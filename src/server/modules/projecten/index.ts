import { defineModule } from '../../platform/module.ts';
import { projectenPolicies } from './policies.ts';
import { raadRoutes } from './raad.ts';
import { projectenRoutes } from './routes.ts';

/** Grote projecten: rapportages, vaststelling en publicatie voor de raad. */
export const projecten = defineModule({
  naam: 'projecten',
  omschrijving: 'grote projecten: rapportages, vaststelling, publicatie voor de raad',
  routes: projectenRoutes,
  policies: projectenPolicies,
  // The council's pages live outside the API: opened in a browser, without login.
  publiekeRoutes: raadRoutes,
  api: {},
});
