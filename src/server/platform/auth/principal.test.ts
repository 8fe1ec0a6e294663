import { describe, expect, it } from 'vitest';
import { subjectOf } from '../audit/audit.ts';
import { contextParams } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import { definePolicies, mag, soortenVoor } from './policies.ts';
import {
  alsMedewerker,
  gebruikerIdVan,
  type InwonerPrincipal,
  type MedewerkerPrincipal,
  type PartnerPrincipal,
  type Principal,
  rollenVan,
  toegangscontext,
} from './principal.ts';

const sessie = { sessieId: 's', csrfToken: 'c' };
const medewerker: MedewerkerPrincipal = {
  soort: 'medewerker',
  ...sessie,
  gebruikerId: '11111111-1111-4111-8111-111111111111',
  gebruikersnaam: 'backoffice',
  medewerkerId: '22222222-2222-4222-8222-222222222222',
  naam: 'B. Office',
  rollen: ['backoffice'],
  gemeenteCode: '0150',
  gemeenten: ['0150'],
  organisatieId: '33333333-3333-4333-8333-333333333333',
  teamId: null,
};
const partner: PartnerPrincipal = {
  soort: 'partner',
  ...sessie,
  gebruikerId: '44444444-4444-4444-8444-444444444444',
  gebruikersnaam: 'aanbieder-1',
  naam: 'P. Artner',
  // The same role name as the medewerker: a partner still gets nothing a policy does not give them.
  rollen: ['backoffice'],
  gemeenteCode: '0150',
  gemeenten: ['0150', '0262'],
  organisatieId: '55555555-5555-4555-8555-555555555555',
};
const inwoner: InwonerPrincipal = {
  soort: 'inwoner',
  ...sessie,
  bsn: '999990019',
  namens: null,
  acr: 'urn:nl-eid-gdi:1.0:LoA:substantial',
  pseudoniem: 'broker-sub-1',
  gemeenteCode: '0150',
  gemeenten: ['0150'],
};
const gemachtigde: InwonerPrincipal = {
  ...inwoner,
  namens: { bsn: '999990020', grondslag: 'gemachtigde' },
};

const P = definePolicies({
  'test.medewerker': ['backoffice'],
  'test.partner': { medewerker: ['backoffice'], partner: ['backoffice'] },
  'test.inwoner': { medewerker: [], inwoner: true },
  'test.regionaal': { medewerker: ['backoffice'], teams: ['regionaal'] },
});

describe('soorten principals (ADR 0018)', () => {
  it('alsMedewerker geeft de medewerker en weigert elke andere soort met 403', () => {
    expect(alsMedewerker(medewerker)).toBe(medewerker);
    for (const p of [partner, inwoner] as Principal[]) {
      expect(() => alsMedewerker(p)).toThrow(AppError);
      try {
        alsMedewerker(p);
      } catch (e) {
        expect((e as AppError).status).toBe(403);
      }
    }
  });

  it.each([
    ['medewerker', medewerker, ['backoffice'], medewerker.gebruikerId],
    ['partner', partner, ['backoffice'], partner.gebruikerId],
    ['inwoner', inwoner, [], null],
  ] as const)('%s: rollen en account', (_, p, rollen, gebruikerId) => {
    expect(rollenVan(p)).toEqual(rollen);
    expect(gebruikerIdVan(p)).toBe(gebruikerId);
  });

  it('een policy met alleen rollen geldt alleen voor medewerkers', () => {
    expect(mag(P['test.medewerker'], medewerker)).toBe(true);
    expect(mag(P['test.medewerker'], partner)).toBe(false);
    expect(mag(P['test.medewerker'], inwoner)).toBe(false);
    expect(soortenVoor(P['test.medewerker'])).toEqual(['medewerker']);
  });

  it('een policy laat een partner of inwoner alleen toe als zij hen noemt', () => {
    expect(mag(P['test.partner'], partner)).toBe(true);
    expect(mag(P['test.partner'], inwoner)).toBe(false);
    expect(mag(P['test.inwoner'], inwoner)).toBe(true);
    expect(mag(P['test.inwoner'], medewerker)).toBe(false);
    expect(mag(P['test.inwoner'], partner)).toBe(false);
    expect(soortenVoor(P['test.partner'])).toEqual(['medewerker', 'partner']);
    expect(soortenVoor(P['test.inwoner'])).toEqual(['inwoner']);
  });

  it('een policy met teams geldt alleen in een team van die soort (regionale toegang, issue 20)', () => {
    expect(mag(P['test.regionaal'], medewerker)).toBe(false);
    expect(mag(P['test.regionaal'], { ...medewerker, teamSoort: 'toegang' })).toBe(false);
    expect(mag(P['test.regionaal'], { ...medewerker, teamSoort: 'regionaal' })).toBe(true);
    expect(mag(P['test.regionaal'], { ...medewerker, rollen: ['kcc'], teamSoort: 'regionaal' })).toBe(false);
    expect(mag(P['test.regionaal'], partner)).toBe(false);
  });

  it('de toegangscontext zet per soort wat de database ziet', () => {
    expect(toegangscontext(medewerker)).toEqual({
      soort: 'medewerker',
      gebruikerId: medewerker.gebruikerId,
      gemeenten: ['0150'],
      organisatieId: medewerker.organisatieId,
      bsn: null,
    });
    expect(toegangscontext(partner)).toMatchObject({
      soort: 'partner',
      organisatieId: partner.organisatieId,
    });
    expect(toegangscontext(inwoner)).toMatchObject({ soort: 'inwoner', gebruikerId: null, bsn: '999990019' });
    // Acting for someone else: the session is about the represented inwoner's data.
    expect(toegangscontext(gemachtigde).bsn).toBe('999990020');
  });

  it('contextParams: zonder soort is het een medewerker; foute waarden komen niet in de SQL', () => {
    expect(contextParams({ gebruikerId: null, gemeenten: ['0150'] })).toEqual([
      'open_toegang_app',
      '0150',
      '',
      'medewerker',
      '',
      '',
    ]);
    expect(contextParams(toegangscontext(inwoner)).slice(3)).toEqual(['inwoner', '', '999990019']);
    expect(() => contextParams({ gebruikerId: null, gemeenten: [], bsn: "1'; --" })).toThrow();
    expect(() => contextParams({ gebruikerId: null, gemeenten: [], organisatieId: 'x' })).toThrow();
    expect(() =>
      contextParams({ gebruikerId: null, gemeenten: [], soort: 'beheerder' as 'medewerker' }),
    ).toThrow();
  });

  it('een auditregel noemt de soort; een inwoner bij pseudoniem, nooit bij BSN', () => {
    const herkomst = { ip: '127.0.0.1', sessie: 's', verzoekId: 'r' };
    expect(subjectOf({ principal: medewerker, herkomst })).toMatchObject({
      soort: 'medewerker',
      gebruikerId: medewerker.gebruikerId,
    });
    expect(subjectOf({ principal: partner, herkomst })).toMatchObject({
      soort: 'partner',
      organisatieId: partner.organisatieId,
    });
    const s = subjectOf({ principal: gemachtigde, herkomst });
    expect(s).toMatchObject({ soort: 'inwoner', gebruikerId: null, ref: 'broker-sub-1', rol: 'gemachtigde' });
    expect(JSON.stringify(s)).not.toMatch(/99999002?[09]/);
  });
});
