import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * The portal's permissions: inwoners only, no medewerker role (ADR 0018, 0026). Row-level security
 * (migration 021) narrows the rows to the person of the session.
 */
export const portaalPolicies = definePolicies({
  'inwoner.sessie': { medewerker: [], inwoner: true },
  'inwoner.zaken': { medewerker: [], inwoner: true },
  'inwoner.melden': { medewerker: [], inwoner: true },
  /** Hulp zoeken: the sociale kaart of the own gemeente (public information, migration 027). */
  'inwoner.hulp-zoeken': { medewerker: [], inwoner: true },
  /** The caseworker's side of the portal messages (the contactpersoon and colleagues at the door). */
  'portaal.berichten': ['kcc', 'toegangsmedewerker', 'teamleider'],
  /** The attachments an inwoner sent with an online melding (same readers as the melding). */
  'portaal.bijlagen': ['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider'],
});
