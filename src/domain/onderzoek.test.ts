import { describe, expect, it } from 'vitest';
import { aanvraagGrondslag, conclusieFout, ontbrekendeAntwoorden, type Stappen } from './onderzoek.ts';

const afweging = (oplossing: 'ja' | 'deels' | 'nee') => ({
  oplossing,
  motivering: 'Besproken aan de keukentafel.',
});
const volledig: Stappen = {
  hulpvraag: { hulpvraag: 'Hulp bij het huishouden' },
  beperkingen: { zelfredzaamheid: 'Kan niet bukken', participatie: 'Komt de deur niet uit' },
  benodigdeHulp: { soort: 'Schoonmaken', omvang: '3 uur per week' },
  afwegingen: {
    eigenKracht: afweging('nee'),
    gebruikelijkeHulp: afweging('nee'),
    mantelzorg: afweging('deels'),
    sociaalNetwerk: afweging('nee'),
    voorzieningen: afweging('nee'),
  },
  maatwerk: { nodig: true, voorziening: 'Hulp bij het huishouden', motivering: 'Geen andere oplossing' },
};

describe('onderzoek volgens het stappenplan', () => {
  it('een volledig onderzoek mist niets', () => {
    expect(ontbrekendeAntwoorden(volledig, false)).toEqual([]);
  });

  it('noemt elk open antwoord, ook elke afweging van stap 4', () => {
    const velden = ontbrekendeAntwoorden({}, false).map((o) => o.veld);
    expect(velden).toContain('stappen.hulpvraag.hulpvraag');
    expect(velden).toContain('stappen.afwegingen.mantelzorg.motivering');
    expect(velden).toContain('stappen.maatwerk.nodig');
    expect(velden).toHaveLength(1 + 2 + 2 + 10 + 2);
  });

  it('een stap met alleen spaties is niet beantwoord', () => {
    const s = { ...volledig, beperkingen: { zelfredzaamheid: '  ', participatie: 'x' } };
    expect(ontbrekendeAntwoorden(s, false).map((o) => o.veld)).toEqual([
      'stappen.beperkingen.zelfredzaamheid',
    ]);
  });

  it('een ontvangen persoonlijk plan moet zichtbaar meegewogen zijn', () => {
    expect(ontbrekendeAntwoorden(volledig, true).map((o) => o.veld)).toEqual(['persoonlijkPlan.meegenomen']);
    expect(ontbrekendeAntwoorden(volledig, true, 'Wens om zelf te koken overgenomen')).toEqual([]);
  });

  it('maatwerk nodig vraagt welke voorziening', () => {
    const s = { ...volledig, maatwerk: { nodig: true, motivering: 'x' } };
    expect(ontbrekendeAntwoorden(s, false).map((o) => o.veld)).toEqual(['stappen.maatwerk.voorziening']);
  });

  it.each([
    ['maatwerk', true, null],
    ['maatwerk', false, 'ladderUitkomst'],
    ['collectief-preventie', true, 'ladderUitkomst'],
    ['collectief-preventie', false, null],
    ['advies-doorverwijzing', false, null],
  ] as const)('conclusie %s bij maatwerk nodig=%s', (ladder, nodig, fout) => {
    const s = { ...volledig, maatwerk: { ...volledig.maatwerk, nodig } };
    expect(conclusieFout(s, ladder)?.veld ?? null).toBe(fout);
  });

  it('maatwerk terwijl stap 4 het oplost is tegenstrijdig', () => {
    const s = { ...volledig, afwegingen: { ...volledig.afwegingen, mantelzorg: afweging('ja') } };
    expect(conclusieFout(s, 'maatwerk')?.veld).toBe('stappen.maatwerk.nodig');
  });

  it.each([
    [true, '2026-06-12', '2026-06-01', 'onderzoek-afgerond'],
    [false, '2026-06-12', '2026-06-12', null],
    [false, '2026-06-12', '2026-06-13', 'termijn-verstreken'],
    [false, null, '2030-01-01', null],
  ] as const)(
    'aanvraag na onderzoek afgerond=%s, termijn %s, vandaag %s',
    (afgerond, uiterlijk, vandaag, verwacht) => {
      expect(aanvraagGrondslag(afgerond, uiterlijk, vandaag)).toBe(verwacht);
    },
  );
});
