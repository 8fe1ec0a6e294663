import { describe, expect, it } from 'vitest';
import {
  ACTIVITEITEN,
  berekenFormatie,
  beschikbareFte,
  maandenVanaf,
  plusMaanden,
  STANDAARD_NORMTIJDEN,
} from './capaciteit.ts';

const nul = { meldingen: 0, onderzoeken: 0, aanvragen: 0, herindicaties: 0 };

describe('berekenFormatie (normtijden × volumes → fte)', () => {
  it('rekent uren per activiteit, fte nodig en het verschil met de beschikbare fte', () => {
    const [m] = berekenFormatie(
      [{ maand: '2026-07', volumes: { meldingen: 120, onderzoeken: 60, aanvragen: 30, herindicaties: 12 } }],
      STANDAARD_NORMTIJDEN,
      1200, // 100 hours per fte per month: easy to check
      20.41,
    );
    // 120 × (15 + 45) + 60 × (240 + 120) + 30 × 60 + 12 × 120 minutes = 7200 + 21600 + 1800 + 1440 = 32040 min = 534 h.
    expect(m!.uren).toBe(534);
    expect(m!.urenPerActiviteit).toEqual({
      'verdelen-werkstroom': 30,
      'verduidelijken-hulpvraag': 90,
      onderzoek: 240,
      'vastleggen-plan-verslag': 120,
      'beschikking-opstellen': 30,
      herindicatie: 24,
    });
    expect(m!.fteNodig).toBe(5.34);
    expect(m!.fteBeschikbaar).toBe(20.41);
    expect(m!.verschil).toBe(15.07);
  });

  it.each([
    { activiteit: 'verdelen-werkstroom', soort: 'meldingen' },
    { activiteit: 'verduidelijken-hulpvraag', soort: 'meldingen' },
    { activiteit: 'onderzoek', soort: 'onderzoeken' },
    { activiteit: 'vastleggen-plan-verslag', soort: 'onderzoeken' },
    { activiteit: 'beschikking-opstellen', soort: 'aanvragen' },
    { activiteit: 'herindicatie', soort: 'herindicaties' },
  ] as const)('$activiteit telt per $soort', ({ activiteit, soort }) => {
    const normtijden = Object.fromEntries(ACTIVITEITEN.map((a) => [a, a === activiteit ? 60 : 0])) as Record<
      (typeof ACTIVITEITEN)[number],
      number
    >;
    const [m] = berekenFormatie(
      [{ maand: '2026-01', volumes: { ...nul, [soort]: 10 } }],
      normtijden,
      1200,
      0,
    );
    expect(m!.uren).toBe(10);
    expect(m!.verschil).toBe(-0.1);
  });

  it('tekort is negatief', () => {
    const [m] = berekenFormatie(
      [{ maand: '2026-01', volumes: { ...nul, onderzoeken: 1000 } }],
      STANDAARD_NORMTIJDEN,
      1300,
      20,
    );
    expect(m!.verschil).toBeLessThan(0);
  });

  it('weigert nul productieve uren', () => {
    expect(() => berekenFormatie([], STANDAARD_NORMTIJDEN, 0, 1)).toThrow(RangeError);
  });
});

describe('maanden', () => {
  it.each([
    ['2026-01', 0, '2026-01'],
    ['2026-01', 11, '2026-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-03', -3, '2025-12'],
    ['2026-06', 24, '2028-06'],
  ])('%s + %i = %s', (m, n, uit) => {
    expect(plusMaanden(m, n)).toBe(uit);
  });
  it('maandenVanaf', () => {
    expect(maandenVanaf('2026-11', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});

describe('beschikbareFte: de teamleider telt niet als capaciteit', () => {
  it.each([
    [
      'alleen toegangsmedewerkers',
      [
        { fte: 0.89, rollen: ['toegangsmedewerker'] },
        { fte: 1, rollen: ['toegangsmedewerker'] },
      ],
      1.89,
    ],
    [
      'met een teamleider van 1,0 fte',
      [
        { fte: 1, rollen: ['teamleider'] },
        { fte: 0.78, rollen: ['toegangsmedewerker'] },
      ],
      0.78,
    ],
    [
      'teamleider die ook toegangsmedewerker is',
      [{ fte: 1, rollen: ['teamleider', 'toegangsmedewerker'] }],
      0,
    ],
    [
      'fte onbekend telt als 0',
      [
        { fte: null, rollen: ['kcc'] },
        { fte: 0.1, rollen: ['kcc'] },
      ],
      0.1,
    ],
    [
      'geen afrondingsruis',
      [
        { fte: 0.78, rollen: ['kcc'] },
        { fte: 0.1, rollen: ['kcc'] },
      ],
      0.88,
    ],
  ] as const)('%s', (_, medewerkers, verwacht) => {
    expect(beschikbareFte(medewerkers)).toBe(verwacht);
  });
});
