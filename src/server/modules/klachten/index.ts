import { defineModule } from '../../platform/module.ts';
import { klachtenPolicies } from './policies.ts';
import { klachtenRoutes } from './routes.ts';

/** Klachten over de behandeling (Awb hoofdstuk 9): registratie, termijn (9:11), verdaging, oordeel. */
export const klachten = defineModule({
  naam: 'klachten',
  omschrijving: 'klachten over de behandeling (Awb hoofdstuk 9), met termijnen en werklijst',
  routes: klachtenRoutes,
  policies: klachtenPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['identificatie', 'contact', 'documenten'],
  api: {},
});
