import type { TeamSoort } from '../api/types.ts';

export const TEAM_SOORT_NAMEN: Record<TeamSoort, string> = {
  toegang: 'Toegang',
  backoffice: 'Backoffice',
  kcc: 'KCC',
  regionaal: 'Regionaal',
  preventie: 'Preventie',
  staf: 'Staf',
};

/** The query value for "all gemeenten": an empty `gemeente` means the user's own gemeente. */
export const ALLE_GEMEENTEN = 'alle';
