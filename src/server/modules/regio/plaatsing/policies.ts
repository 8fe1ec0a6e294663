import { definePolicies } from '../../../platform/auth/policies.ts';

/**
 * Aanmelding, wachtlijst and plaatsing of beschermd wonen and opvang (issue 20). The regional team
 * works with the same roles as a local team (toegangsmedewerker, backoffice), so these permissions
 * also ask for the kind of team: only the regional team handles the BW/MO work lists. The warm
 * handovers are for the local toegang that receives the resident. The regional monitoring is for
 * beleid (staff team) and the regional team.
 */
export const plaatsingPolicies = definePolicies({
  'regio.aanmelden': { medewerker: ['toegangsmedewerker', 'backoffice'], teams: ['regionaal'] },
  'regio.plaatsen': { medewerker: ['toegangsmedewerker', 'backoffice', 'teamleider'], teams: ['regionaal'] },
  'regio.overdrachten': { medewerker: ['toegangsmedewerker', 'teamleider'], teams: ['toegang'] },
  'regio.monitoring': {
    medewerker: ['beleid', 'toegangsmedewerker', 'backoffice'],
    teams: ['regionaal', 'staf'],
  },
});
