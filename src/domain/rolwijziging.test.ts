import { describe, expect, it } from 'vitest';
import { planRolwijziging, zelfdeRollen } from './rolwijziging.ts';

describe('planRolwijziging (functiescheiding, BIO 5.3)', () => {
  it.each([
    { huidig: [], gevraagd: ['beleid'], direct: ['beleid'], teKeuren: [] },
    { huidig: [], gevraagd: ['toegangsmedewerker'], direct: [], teKeuren: ['toegangsmedewerker'] },
    { huidig: ['kcc'], gevraagd: [], direct: [], teKeuren: [] },
    { huidig: ['beheer'], gevraagd: ['beheer', 'auditor'], direct: ['beheer'], teKeuren: ['auditor'] },
    {
      huidig: ['kcc', 'beleid'],
      gevraagd: ['beleid', 'projectleider', 'backoffice'],
      direct: ['beleid', 'projectleider'],
      teKeuren: ['backoffice'],
    },
    { huidig: ['teamleider'], gevraagd: ['teamleider', 'teamleider'], direct: ['teamleider'], teKeuren: [] },
    { huidig: [], gevraagd: ['beheer', 'beheer'], direct: [], teKeuren: ['beheer'] },
  ])('$huidig → $gevraagd', ({ huidig, gevraagd, direct, teKeuren }) => {
    expect(planRolwijziging(huidig, gevraagd)).toEqual({ direct, teKeuren });
  });

  it('zelfdeRollen negeert de volgorde', () => {
    expect(zelfdeRollen(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(zelfdeRollen(['a'], ['a', 'b'])).toBe(false);
  });
});
