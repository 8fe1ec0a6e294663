import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bereken,
  controleer,
  gevoeligheid,
  leesScore,
  STANDAARD_PUNTENTELLING,
  type Vergelijking,
} from './varianten.ts';
import { isVariantTabel, leesVariantTabel } from './varianten-import.ts';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/demo/projecten');
const document004 = JSON.parse(
  fs.readFileSync(path.join(DEMO, '004-variantvergelijking.json'), 'utf8'),
) as Vergelijking;

describe('variantvergelijking van document 004, bijlage 1', () => {
  it('reproduceert 38 en 64, rekent 52 voor variant 1 en markeert de opgegeven 51', () => {
    const u = bereken(document004);
    expect(u.varianten.map((v) => v.totaal)).toEqual([52, 38, 64]);
    expect(u.varianten.map((v) => v.afwijkend)).toEqual([true, false, false]);
    expect(u.varianten[0]!.afwijkingen[0]).toBe(
      'Opgegeven totaal 51, berekend uit de scores 52 (verschil +1).',
    );
    expect(u.varianten.map((v) => Math.round(v.percentage))).toEqual([34, 25, 42]);
    expect(u.hoogste).toEqual([2]);
    expect(u.ontbrekendeScores).toEqual([]);
    // Per group: uitgangspunten, uitdagingen, juridisch, bevindingen.
    expect(u.varianten[0]!.subtotalen).toEqual([10, 9, 12, 21]);
    expect(u.varianten[2]!.subtotalen).toEqual([14, 15, 9, 26]);
  });

  it('de tabel uit de tekst geeft precies de opgeslagen gegevens', () => {
    const tekst = fs.readFileSync(path.join(DEMO, '004-bijlage-1-waardering-varianten.txt'), 'utf8');
    expect(isVariantTabel(tekst)).toBe(true);
    const r = leesVariantTabel(tekst)!;
    const {
      titel: _t,
      bron: _b,
      ...gegevens
    } = document004 as Vergelijking & { titel: string; bron: string };
    expect(r.vergelijking).toEqual(gegevens);
    expect(r.titel).toBe('Waardering van de drie varianten');
    expect(r.nietGemapt).toEqual([]);
  });

  it('de punten zijn instelbaar', () => {
    const telling = STANDAARD_PUNTENTELLING.map((p) => ({
      ...p,
      punten: { '++': 2, '+': 1, '0': 0, '-': -1, '--': -2 }[p.score],
    }));
    const u = bereken({ ...document004, puntentelling: telling });
    // Every score two points lower: 21 criteria × 2 = 42 less per variant.
    expect(u.varianten.map((v) => v.totaal)).toEqual([10, -4, 22]);
  });

  it('gevoeligheid: een groep weglaten of dubbel tellen verandert hier de voorkeur niet', () => {
    const scenarios = gevoeligheid(document004);
    expect(scenarios).toHaveLength(8);
    expect(scenarios.every((s) => !s.andereUitkomst && s.hoogste[0] === 2)).toBe(true);
    const juridischDubbel = scenarios.find((s) => s.groep === 'Juridische overwegingen' && s.gewicht === 2)!;
    expect(juridischDubbel.totalen).toEqual([64, 41, 73]);
  });

  it('met gewichten worden opgegeven totalen niet vergeleken', () => {
    const u = bereken(document004, { uitgangspunten: 0 });
    expect(u.varianten.map((v) => v.totaal)).toEqual([42, 28, 50]);
    expect(u.varianten.some((v) => v.afwijkend)).toBe(false);
  });
});

describe('scores en controles', () => {
  it.each([
    ['++', '++'],
    ['+', '+'],
    ['0', '0'],
    ['−', '-'],
    ['– –', '--'],
    ['x', null],
    ['', null],
  ])('%s → %s', (tekst, score) => {
    expect(leesScore(tekst)).toBe(score);
  });

  const klein: Vergelijking = {
    puntentelling: STANDAARD_PUNTENTELLING,
    varianten: [
      { naam: 'A', opgegevenTotaal: null, opgegevenPercentage: null },
      { naam: 'B', opgegevenTotaal: 5, opgegevenPercentage: null },
    ],
    groepen: [{ naam: 'g', criteria: [{ naam: 'c', scores: ['+', null] }] }],
  };

  it('een ontbrekende score telt 0 en wordt genoemd; gelijke hoogste totalen', () => {
    const u = bereken(klein);
    expect(u.varianten.map((v) => v.totaal)).toEqual([3, 0]);
    expect(u.ontbrekendeScores).toEqual([{ groep: 'g', criterium: 'c', variant: 'B' }]);
    expect(u.varianten[1]!.afwijkend).toBe(true);
    const gelijk = bereken({
      ...klein,
      groepen: [{ naam: 'g', criteria: [{ naam: 'c', scores: ['+', '+'] }] }],
    });
    expect(gelijk.hoogste).toEqual([0, 1]);
  });

  it('controleert aantallen scores, de puntentelling en unieke groepsnamen', () => {
    expect(controleer(klein)).toEqual([]);
    expect(
      controleer({
        ...klein,
        puntentelling: STANDAARD_PUNTENTELLING.slice(1),
        groepen: [
          { naam: 'g', criteria: [{ naam: 'c', scores: ['+'] }] },
          { naam: 'g', criteria: [] },
        ],
      }).map((f) => f.veld),
    ).toEqual(['puntentelling', 'groepen.0.criteria.0.scores', 'groepen']);
  });
});
