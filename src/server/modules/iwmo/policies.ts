import { definePolicies } from '../../platform/auth/policies.ts';

/** The message log (outbox and incoming) and answering an aanbieder's verzoek are backoffice tasks. */
export const iwmoPolicies = definePolicies({
  'iwmo.raadplegen': ['backoffice'],
  'iwmo-verzoeken.raadplegen': ['backoffice'],
  'iwmo-verzoeken.beantwoorden': ['backoffice'],
});
