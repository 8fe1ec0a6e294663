import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * Monitoring is aggregates only. Beleid, regie en control sees the gemeente-wide figures; the
 * teamleider sees the deadlines and load of their own team (staff names, no residents). Nobody else:
 * caseworkers have their worklists, the auditor the audit trail.
 */
export const monitoringPolicies = definePolicies({
  'monitoring.raadplegen': ['beleid'],
  'monitoring.normtijden-beheren': ['beleid'],
  'monitoring.team-raadplegen': ['teamleider'],
});
