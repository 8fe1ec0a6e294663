import { definePolicies } from '../../platform/auth/policies.ts';

export const cbsPolicies = definePolicies({
  /**
   * The delivery to CBS holds a pseudonym and the care per person: the backoffice makes it (it has
   * the export right for personal data, docs/export.md).
   */
  'cbs.aanleveren': ['backoffice'],
});
