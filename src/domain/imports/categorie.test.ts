import { describe, expect, it } from 'vitest';
import { productcategorieVan } from './categorie.ts';

describe('productcategorieVan', () => {
  it.each([
    ['01', '01'],
    ['1', '01'],
    [' 7 ', '07'],
    ['18', '18'],
    ['Hulp bij het huishouden', '01'],
    ['hulp bij het huishouden', '01'],
    ['HULP-BIJ-HET-HUISHOUDEN', '01'],
    ['begeleiding', '02'],
    ['persoonlijke verzorging', '03'],
    ['kortdurend verblijf', '04'],
    ['dagbesteding', '07'],
    ['Vervoerdiensten', '08'],
    ['vervoersdiensten', '08'],
    ['Overige maatwerk arrangementen', '10'],
    ['overige maatwerkarrangementen', '10'],
    ['Beschermd wonen', '15'],
  ])('%j → %s', (invoer, code) => {
    expect(productcategorieVan(invoer)).toBe(code);
  });

  it.each(['', '0', '00', '19', '99', '001', 'tuinonderhoud', 'hulp'])('%j is unknown', (invoer) => {
    expect(productcategorieVan(invoer)).toBeNull();
  });
});
