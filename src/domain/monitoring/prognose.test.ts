import { describe, expect, it } from 'vitest';
import { gespreid, herindicatiePrognose, looptijdenUitHistorie, piek } from './prognose.ts';

const zonder = { herindicatieAandeel: 0, instroomPerMaand: 0, looptijden: [{ maanden: 12, aandeel: 1 }] };

describe('herindicatiePrognose', () => {
  it('zonder herhaling en instroom is de prognose wat al afloopt', () => {
    const p = herindicatiePrognose('2026-07', [5, 0, 7], zonder, null);
    expect(p).toEqual([
      { maand: '2026-07', bestaand: 5, huidig: { nieuw: 0, totaal: 5 }, watAls: null },
      { maand: '2026-08', bestaand: 0, huidig: { nieuw: 0, totaal: 0 }, watAls: null },
      { maand: '2026-09', bestaand: 7, huidig: { nieuw: 0, totaal: 7 }, watAls: null },
    ]);
  });

  it('een piek komt na de looptijd terug; gespreide looptijden vlakken hem af', () => {
    const bestaand = [1000, 0, 0, 0, 0, 0, 0];
    const huidig = {
      herindicatieAandeel: 0.9,
      instroomPerMaand: 0,
      looptijden: [{ maanden: 3, aandeel: 1 }],
    };
    const watAls = { ...huidig, looptijden: gespreid([2, 3, 4]) };
    const p = herindicatiePrognose('2026-01', bestaand, huidig, watAls);
    expect(p.map((m) => m.huidig.totaal)).toEqual([1000, 0, 0, 900, 0, 0, 810]);
    // 900 spread over months 2, 3, 4; the renewals of month 2 (270) again over 4, 5, 6; and so on.
    expect(p.map((m) => m.watAls!.totaal)).toEqual([1000, 0, 300, 300, 390, 180, 297]);
    expect(piek(p.slice(1), 'huidig')).toBe(900);
    expect(piek(p.slice(1), 'watAls')).toBe(390);
  });

  it('instroom van nieuwe beschikkingen loopt af na de looptijd', () => {
    const s = { herindicatieAandeel: 0, instroomPerMaand: 10, looptijden: [{ maanden: 2, aandeel: 1 }] };
    const p = herindicatiePrognose('2026-01', [0, 0, 0, 0], s, null);
    expect(p.map((m) => m.huidig.nieuw)).toEqual([0, 0, 10, 10]);
  });

  it('voorzieningen zonder einddatum komen niet terug', () => {
    const s = {
      herindicatieAandeel: 1,
      instroomPerMaand: 0,
      looptijden: [
        { maanden: 1, aandeel: 1 },
        { maanden: null, aandeel: 1 },
      ],
    };
    const p = herindicatiePrognose('2026-01', [100, 0, 0], s, null);
    expect(p.map((m) => m.huidig.totaal)).toEqual([100, 50, 25]);
  });

  it('weigert een onmogelijk scenario', () => {
    expect(() =>
      herindicatiePrognose('2026-01', [1], { ...zonder, looptijden: [{ maanden: 12, aandeel: 0 }] }, null),
    ).toThrow(RangeError);
    expect(() => herindicatiePrognose('2026-01', [1], { ...zonder, herindicatieAandeel: 2 }, null)).toThrow(
      RangeError,
    );
    expect(() =>
      herindicatiePrognose('2026-01', [1], { ...zonder, looptijden: [{ maanden: 0, aandeel: 1 }] }, null),
    ).toThrow(RangeError);
  });
});

describe('looptijdenUitHistorie', () => {
  it('neemt de waargenomen looptijden als gewichten', () => {
    expect(
      looptijdenUitHistorie([
        [12, 3],
        [36, 1],
        [null, 2],
        [0, 5],
      ]),
    ).toEqual([
      { maanden: 12, aandeel: 3 },
      { maanden: 36, aandeel: 1 },
      { maanden: null, aandeel: 2 },
    ]);
  });
  it('zonder historie: 36 maanden', () => {
    expect(looptijdenUitHistorie([])).toEqual([{ maanden: 36, aandeel: 1 }]);
  });
});
