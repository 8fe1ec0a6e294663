import { definePolicies } from '../../platform/auth/policies.ts';

/** The message log (outbox and incoming) and answering an aanbieder's verzoek are backoffice tasks. */
export const iwmoPolicies = definePolicies({
  'iwmo.raadplegen': ['backoffice'],
  'iwmo-verzoeken.raadplegen': ['backoffice'],
  'iwmo-verzoeken.beantwoorden': ['backoffice'],
  // Declaraties: the backoffice handles rejected lines; control exports approved amounts for finance.
  'declaraties.raadplegen': ['backoffice', 'beleid'],
  'declaraties.afhandelen': ['backoffice'],
  'declaraties.exporteren': ['backoffice', 'beleid'],
});
