import { describe, expect, it } from 'vitest';
import { legeInhoud, veldNaam, verschillen } from './rapportage.ts';
import { budgetTotalen, mijlpaalStand, risicoklasse, risicoScore } from './registers.ts';
import { tekstblokken } from './tekst.ts';
import { aspectReeksen, trend } from './trend.ts';
import { isBewerkbaar, overgangFout } from './workflow.ts';

describe('workflow van een rapportage', () => {
  it.each([
    ['concept', 'indiening', true],
    ['ter-review', 'indiening', false],
    ['ter-review', 'terugzending', true],
    ['ter-review', 'vaststelling', true],
    ['concept', 'vaststelling', false],
    ['vastgesteld', 'publicatie', true],
    ['ter-review', 'publicatie', false],
    ['gepubliceerd', 'publicatie', false],
    ['gepubliceerd', 'terugzending', false],
  ] as const)('%s + %s → %s', (status, overgang, mag) => {
    expect(overgangFout(status, overgang) === null).toBe(mag);
  });
  it('alleen een concept is te bewerken', () => {
    expect(
      ['concept', 'ter-review', 'vastgesteld', 'gepubliceerd'].map((s) => isBewerkbaar(s as never)),
    ).toEqual([true, false, false, false]);
  });
  it('de weigering zegt waarom', () => {
    expect(overgangFout('concept', 'publicatie')).toBe(
      'Een rapportage met status concept kan niet worden gepubliceerd; dat kan alleen vanuit vastgesteld.',
    );
  });
});

describe('wijzigingen per veld', () => {
  it('noemt alleen de gewijzigde velden, met oud en nieuw', () => {
    const a = legeInhoud({ naam: 'P', portefeuillehouder: 'College' });
    const b = structuredClone(a);
    b.voortgang.planning.status = 'behoeft-aandacht';
    b.voortgang.financien.afwijkingen.begroting = { afwijking: true, toelichting: 'Duurder' };
    b.besluitvorming.stukken.push({ soort: 'nota', nummer: '2020-1', onderwerp: 'x', datum: null });
    expect(verschillen(a, b)).toEqual([
      {
        veld: 'besluitvorming.stukken',
        oud: [],
        nieuw: [{ soort: 'nota', nummer: '2020-1', onderwerp: 'x', datum: null }],
      },
      {
        veld: 'voortgang.financien.afwijkingen.begroting',
        oud: null,
        nieuw: { afwijking: true, toelichting: 'Duurder' },
      },
      { veld: 'voortgang.planning.status', oud: null, nieuw: 'behoeft-aandacht' },
    ]);
    expect(verschillen(a, structuredClone(a))).toEqual([]);
  });
  it.each([
    ['standVanZaken', 'Stand van zaken'],
    ['voortgang.planning.status', 'Planning: status'],
    ['voortgang.financien.afwijkingen.begroting', 'Financiën: afwijking begroting'],
    [
      'voortgang.planning.afwijkingen.totaalplanning.toelichting',
      'Planning: afwijking totaalplanning (toelichting)',
    ],
  ])('%s heet %s', (veld, naam) => {
    expect(veldNaam(veld)).toBe(naam);
  });
});

describe('registers', () => {
  it.each([
    [1, 1, 1, 'laag'],
    [1, 5, 5, 'laag'],
    [2, 3, 6, 'midden'],
    [3, 4, 12, 'hoog'],
    [5, 5, 25, 'hoog'],
  ])('kans %i × impact %i = %i (%s)', (kans, impact, score, klasse) => {
    expect(risicoScore(kans, impact)).toBe(score);
    expect(risicoklasse(score)).toBe(klasse);
  });
  it('kans en impact buiten 1–5 worden geweigerd', () => {
    expect(() => risicoScore(0, 3)).toThrow(RangeError);
    expect(() => risicoScore(2.5, 3)).toThrow(RangeError);
  });
  it.each([
    [{ streefdatum: '2020-06-01', gereedOp: '2020-06-03' }, 'gereed'],
    [{ streefdatum: '2020-06-01', gereedOp: null }, 'verlopen'],
    [{ streefdatum: '2020-07-01', gereedOp: null }, 'gepland'],
    [{ streefdatum: null, gereedOp: null }, 'zonder-datum'],
  ])('mijlpaal %o is %s op 2020-06-15', (m, stand) => {
    expect(mijlpaalStand(m, '2020-06-15')).toBe(stand);
  });
  it('budget per jaar zonder p.m.-posten, zoals de middelentabel van document 003', () => {
    const regel = (post: string, jaar: number, bedrag: number | null) =>
      ({ post, jaar, bedrag, soort: 'investering', dekking: '' }) as const;
    expect(
      budgetTotalen([
        regel('Projectleider', 2020, 50000),
        regel('Projectleider', 2021, 50000),
        regel('Onderzoek formatiecalculatie (2x)', 2020, 25000),
        regel('Onderzoek formatiecalculatie (2x)', 2021, 25000),
        regel('Opleidings- en ontwikkelkosten', 2021, 50000),
        regel('Inhuur primair proces', 2021, 150000),
        regel('Frictiekosten', 2020, null),
        regel('Frictiekosten', 2021, null),
      ]),
    ).toEqual([
      { jaar: 2020, soort: 'investering', totaal: 75000, pmPosten: 1 },
      { jaar: 2021, soort: 'investering', totaal: 275000, pmPosten: 1 },
    ]);
  });
});

describe('trend over rapportages', () => {
  it.each([
    [undefined, 'op-koers', 'eerste'],
    ['behoeft-aandacht', 'op-koers', 'beter'],
    ['op-koers', 'op-koers', 'gelijk'],
    ['op-koers', 'actie-vereist', 'slechter'],
    [null, 'op-koers', 'onbekend'],
  ] as const)('%s → %s: %s', (vorige, huidige, t) => {
    expect(trend(vorige, huidige)).toBe(t);
  });
  it('reeks per aspect, oudste eerst, ongeacht de volgorde van aanleveren', () => {
    const r = (rapportagedatum: string, scope: 'op-koers' | 'behoeft-aandacht') => {
      const inhoud = legeInhoud({ naam: 'P', portefeuillehouder: null });
      inhoud.voortgang.scope.status = scope;
      return { rapportagedatum, inhoud };
    };
    const [scope] = aspectReeksen([r('2021-12-31', 'op-koers'), r('2021-06-30', 'behoeft-aandacht')]);
    expect(scope).toEqual({
      aspect: 'scope',
      reeks: [
        { rapportagedatum: '2021-06-30', status: 'behoeft-aandacht' },
        { rapportagedatum: '2021-12-31', status: 'op-koers' },
      ],
      trend: 'beter',
    });
  });
});

describe('tekstblokken', () => {
  it('alinea’s en opsommingen', () => {
    expect(tekstblokken('Inleiding:\n\n • een;\n • twee;\n\nSlot.\nNog een regel.\n- los')).toEqual([
      { soort: 'alinea', regels: ['Inleiding:'] },
      { soort: 'lijst', items: ['een;', 'twee;'] },
      { soort: 'alinea', regels: ['Slot.', 'Nog een regel.'] },
      { soort: 'lijst', items: ['los'] },
    ]);
    expect(tekstblokken('')).toEqual([]);
  });
});

describe('verschillen negeert de volgorde van sleutels (jsonb sorteert ze)', () => {
  it('zelfde stukken, andere sleutelvolgorde: geen wijziging', () => {
    const a = { stukken: [{ soort: 'nota', nummer: '1', onderwerp: 'x', datum: null }] };
    const b = { stukken: [{ datum: null, nummer: '1', onderwerp: 'x', soort: 'nota' }] };
    expect(verschillen(a, b)).toEqual([]);
  });
});
