/**
 * Comparing variants on grouped criteria, as in the exploration of organisation variants for the
 * sociale teams (reference document 004, bijlage 1): every criterion gets a score per variant,
 * ++ + 0 - --, worth configurable points (default 4/3/2/1/0). Totals per variant, each total as a
 * share of all totals (the document's percentages), a sensitivity view with a weight per criterion
 * group, and a flag wherever a stated total (stored or imported) differs from the computed one.
 */

export const SCORES = ['++', '+', '0', '-', '--'] as const;
export type Score = (typeof SCORES)[number];

export interface Puntwaarde {
  score: Score;
  punten: number;
  omschrijving: string;
}

/** The scale of document 004: "++ voldoet goed 4 punten … -- af te raden 0". */
export const STANDAARD_PUNTENTELLING: Puntwaarde[] = [
  { score: '++', punten: 4, omschrijving: 'voldoet goed' },
  { score: '+', punten: 3, omschrijving: 'voldoet' },
  { score: '0', punten: 2, omschrijving: 'neutraal' },
  { score: '-', punten: 1, omschrijving: 'voldoet niet' },
  { score: '--', punten: 0, omschrijving: 'af te raden' },
];

export interface Variant {
  naam: string;
  /** The total the source states, if any: checked against the computed total. */
  opgegevenTotaal: number | null;
  /** The percentage the source states, if any (whole percent). */
  opgegevenPercentage: number | null;
}

export interface Criterium {
  naam: string;
  /** One score per variant, in the order of `varianten`; null = not scored. */
  scores: Array<Score | null>;
}

export interface Criteriumgroep {
  naam: string;
  criteria: Criterium[];
}

export interface Vergelijking {
  puntentelling: Puntwaarde[];
  varianten: Variant[];
  groepen: Criteriumgroep[];
}

export interface VariantUitkomst {
  naam: string;
  totaal: number;
  /** Share of the sum of all totals, in percent with one decimal (document 004: 64 of 153 = 42%). */
  percentage: number;
  subtotalen: number[];
  opgegevenTotaal: number | null;
  opgegevenPercentage: number | null;
  /** True when a stated total or (rounded) percentage differs from the computed one. */
  afwijkend: boolean;
  afwijkingen: string[];
}

export interface Uitkomst {
  varianten: VariantUitkomst[];
  /** Index(es) of the variant(s) with the highest total. */
  hoogste: number[];
  ontbrekendeScores: Array<{ groep: string; criterium: string; variant: string }>;
}

export function punten(telling: readonly Puntwaarde[], score: Score | null): number {
  if (score === null) return 0;
  const p = telling.find((t) => t.score === score);
  if (!p) throw new RangeError(`Score zonder puntwaarde: ${score}`);
  return p.punten;
}

const eenDecimaal = (n: number) => Math.round(n * 10) / 10;

/**
 * Totals and percentages. `gewichten` weighs each criterion group (by name, default 1): the
 * sensitivity view. A weight of 0 leaves a group out; 2 counts it double.
 */
export function bereken(v: Vergelijking, gewichten: Record<string, number> = {}): Uitkomst {
  const ontbrekendeScores: Uitkomst['ontbrekendeScores'] = [];
  const subtotalen = v.groepen.map((g) => {
    const gewicht = gewichten[g.naam] ?? 1;
    return v.varianten.map((variant, i) => {
      let som = 0;
      for (const c of g.criteria) {
        const s = c.scores[i] ?? null;
        if (s === null) ontbrekendeScores.push({ groep: g.naam, criterium: c.naam, variant: variant.naam });
        som += punten(v.puntentelling, s);
      }
      return som * gewicht;
    });
  });
  const totalen = v.varianten.map((_, i) => subtotalen.reduce((s, g) => s + (g[i] ?? 0), 0));
  const som = totalen.reduce((a, b) => a + b, 0);
  const max = Math.max(...totalen);
  const gewogen = Object.values(gewichten).some((w) => w !== 1);
  const varianten = v.varianten.map((variant, i): VariantUitkomst => {
    const totaal = totalen[i]!;
    const percentage = som === 0 ? 0 : eenDecimaal((totaal / som) * 100);
    const afwijkingen: string[] = [];
    // A stated total describes the unweighted table; under other weights it is not comparable.
    if (!gewogen && variant.opgegevenTotaal !== null && variant.opgegevenTotaal !== totaal) {
      afwijkingen.push(
        `Opgegeven totaal ${variant.opgegevenTotaal}, berekend uit de scores ${totaal} (verschil ${totaal - variant.opgegevenTotaal > 0 ? '+' : ''}${totaal - variant.opgegevenTotaal}).`,
      );
    }
    if (
      !gewogen &&
      variant.opgegevenPercentage !== null &&
      variant.opgegevenPercentage !== Math.round(percentage)
    ) {
      afwijkingen.push(`Opgegeven ${variant.opgegevenPercentage}%, berekend ${Math.round(percentage)}%.`);
    }
    return {
      naam: variant.naam,
      totaal,
      percentage,
      subtotalen: subtotalen.map((g) => g[i] ?? 0),
      opgegevenTotaal: variant.opgegevenTotaal,
      opgegevenPercentage: variant.opgegevenPercentage,
      afwijkend: afwijkingen.length > 0,
      afwijkingen,
    };
  });
  const hoogste = totalen.flatMap((t, i) => (t === max && som > 0 ? [i] : []));
  return { varianten, hoogste, ontbrekendeScores };
}

export interface Scenario {
  groep: string;
  gewicht: number;
  totalen: number[];
  percentages: number[];
  hoogste: number[];
  /** True when another variant (or a tie) comes out on top than with equal weights. */
  andereUitkomst: boolean;
}

/**
 * The standard sensitivity view: each group once left out (weight 0) and once counted double
 * (weight 2), the others at 1. Shows whether the preferred variant depends on one group.
 */
export function gevoeligheid(v: Vergelijking, scenarioGewichten: readonly number[] = [0, 2]): Scenario[] {
  const basis = bereken(v).hoogste;
  return v.groepen.flatMap((g) =>
    scenarioGewichten.map((gewicht) => {
      const u = bereken(v, { [g.naam]: gewicht });
      return {
        groep: g.naam,
        gewicht,
        totalen: u.varianten.map((x) => x.totaal),
        percentages: u.varianten.map((x) => x.percentage),
        hoogste: u.hoogste,
        andereUitkomst: JSON.stringify(u.hoogste) !== JSON.stringify(basis),
      };
    }),
  );
}

/** '+', '−', '–', '- -' and friends to one of the five scores; null for anything else. */
export function leesScore(tekst: string): Score | null {
  const t = tekst.replace(/[−–—]/g, '-').replace(/\s+/g, '');
  return (SCORES as readonly string[]).includes(t) ? (t as Score) : null;
}

/** Checks a comparison before it is stored; returns the problems (empty: fine). */
export function controleer(v: Vergelijking): Array<{ veld: string; reden: string }> {
  const fouten: Array<{ veld: string; reden: string }> = [];
  const scores = new Set(v.puntentelling.map((p) => p.score));
  if (scores.size !== SCORES.length || v.puntentelling.length !== SCORES.length) {
    fouten.push({
      veld: 'puntentelling',
      reden: 'Geef voor elk van ++, +, 0, - en -- precies één puntwaarde.',
    });
  }
  v.groepen.forEach((g, gi) => {
    g.criteria.forEach((c, ci) => {
      if (c.scores.length !== v.varianten.length) {
        fouten.push({
          veld: `groepen.${gi}.criteria.${ci}.scores`,
          reden: `Geef ${v.varianten.length} scores, één per variant.`,
        });
      }
    });
  });
  const namen = v.groepen.map((g) => g.naam);
  if (new Set(namen).size !== namen.length) {
    fouten.push({
      veld: 'groepen',
      reden: 'Elke criteriumgroep heeft een eigen naam (de weging gaat per groep).',
    });
  }
  return fouten;
}
