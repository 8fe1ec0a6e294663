import { describe, expect, it } from 'vitest';
import { eigenBijdrageZinnen, regimeVoor } from './eigen-bijdrage.ts';

const hbh = {
  besluit: 'toekenning',
  productcategorie: '01',
  productNaam: 'Hulp bij het huishouden',
} as const;
const rolstoel = { besluit: 'toekenning', productcategorie: '11', productNaam: 'Rolstoel' } as const;
const bw = { besluit: 'toekenning', productcategorie: '15', productNaam: 'Beschermd wonen' } as const;

describe('eigen bijdrage per productcategorie (Wmo 2.1.4)', () => {
  it.each([
    ['01', {}, 'abonnementstarief'],
    ['01', { '01': 'geen' }, 'geen'],
    ['11', { '11': 'abonnementstarief' }, 'geen'], // rolstoel: never (art. 2.1.4 lid 1)
    ['15', {}, 'beschermd-wonen'],
    ['16', {}, 'geen'],
    ['99', {}, 'geen'],
  ] as const)('categorie %s met regeling %j → %s', (categorie, regeling, regime) => {
    expect(regimeVoor(categorie, regeling)).toBe(regime);
  });

  it('names the CAK and the voorzieningen granted; none for afwijzingen, rolstoelen or an intrekking', () => {
    expect(eigenBijdrageZinnen([hbh], {}, false)).toEqual([
      'Voor hulp bij het huishouden betaalt u een eigen bijdrage. Het CAK berekent hoeveel en stuurt u daarover een brief. Het CAK int de bijdrage ook.',
    ]);
    expect(eigenBijdrageZinnen([{ ...hbh, besluit: 'afwijzing' }], {}, false)).toEqual([]);
    expect(eigenBijdrageZinnen([rolstoel], {}, false)).toEqual([]);
    expect(eigenBijdrageZinnen([hbh], {}, true)).toEqual([]);
    expect(eigenBijdrageZinnen([hbh], { '01': 'geen' }, false)).toEqual([]);
    const beide = eigenBijdrageZinnen([hbh, bw], {}, false);
    expect(beide).toHaveLength(2);
    expect(beide[1]).toContain('afhangt van uw inkomen en vermogen');
    expect(beide[1]).toContain('CAK');
  });
});
