import { maandenVanaf } from './capaciteit.ts';

/**
 * Herindicatie forecast with a what-if. Voorzieningen that end in a month need a herindicatie;
 * those that are granted again (herindicatieAandeel) and the new voorzieningen of each month
 * (instroom) end again after their looptijd. When every new beschikking gets the same looptijd,
 * a peak comes back as a peak; spreading the looptijden flattens it. The model runs month by
 * month over the horizon, so a renewal that ends within the horizon is renewed again.
 */

export interface Looptijd {
  /** Months until the new voorziening ends; null = without einddatum (it does not come back). */
  maanden: number | null;
  /** Weight; the weights of a scenario are normalised to sum to 1. */
  aandeel: number;
}

export interface Scenario {
  /** Share of ending voorzieningen that is granted again (0..1). */
  herindicatieAandeel: number;
  /** New voorzieningen per month besides the renewals. */
  instroomPerMaand: number;
  looptijden: readonly Looptijd[];
}

export interface ScenarioMaand {
  /** Ending in this month because of renewals and instroom within the horizon. */
  nieuw: number;
  totaal: number;
}

export interface PrognoseMaand {
  maand: string;
  /** Voorzieningen already decided that end in this month. */
  bestaand: number;
  huidig: ScenarioMaand;
  watAls: ScenarioMaand | null;
}

function reken(bestaand: readonly number[], s: Scenario): ScenarioMaand[] {
  const som = s.looptijden.reduce((t, l) => t + l.aandeel, 0);
  if (!(som > 0)) throw new RangeError('een scenario heeft ten minste één looptijd met een aandeel > 0');
  if (!(s.herindicatieAandeel >= 0 && s.herindicatieAandeel <= 1))
    throw new RangeError('herindicatieAandeel ligt tussen 0 en 1');
  const nieuw = bestaand.map(() => 0);
  for (let m = 0; m < bestaand.length; m++) {
    const opnieuw = (bestaand[m]! + nieuw[m]!) * s.herindicatieAandeel + s.instroomPerMaand;
    for (const l of s.looptijden) {
      if (l.maanden === null) continue;
      if (!Number.isInteger(l.maanden) || l.maanden < 1)
        throw new RangeError(`ongeldige looptijd ${l.maanden}`);
      const doel = m + l.maanden;
      if (doel < bestaand.length) nieuw[doel]! += (opnieuw * l.aandeel) / som;
    }
  }
  return bestaand.map((b, m) => ({ nieuw: Math.round(nieuw[m]!), totaal: Math.round(b + nieuw[m]!) }));
}

export function herindicatiePrognose(
  startMaand: string,
  bestaand: readonly number[],
  huidig: Scenario,
  watAls: Scenario | null,
): PrognoseMaand[] {
  const maanden = maandenVanaf(startMaand, bestaand.length);
  const h = reken(bestaand, huidig);
  const w = watAls ? reken(bestaand, watAls) : null;
  return maanden.map((maand, i) => ({
    maand,
    bestaand: bestaand[i]!,
    huidig: h[i]!,
    watAls: w ? w[i]! : null,
  }));
}

/** The highest month total of a forecast: what a what-if tries to bring down. */
export function piek(maanden: readonly PrognoseMaand[], scenario: 'huidig' | 'watAls'): number {
  return Math.max(
    0,
    ...maanden.map((m) => (scenario === 'huidig' ? m.huidig.totaal : (m.watAls?.totaal ?? 0))),
  );
}

/**
 * The looptijden of recent beschikkingen as a scenario's distribution: a histogram of months
 * (null for no einddatum) → weights. Without history: one looptijd of 36 months, common practice.
 */
export function looptijdenUitHistorie(
  histogram: ReadonlyArray<readonly [number | null, number]>,
): Looptijd[] {
  const l = histogram
    .filter(([m, n]) => n > 0 && (m === null || m >= 1))
    .map(([maanden, aandeel]) => ({ maanden, aandeel }));
  return l.length > 0 ? l : [{ maanden: 36, aandeel: 1 }];
}

/** Looptijden spread evenly over the given months: the what-if of the issue. */
export function gespreid(maanden: readonly number[]): Looptijd[] {
  return maanden.map((m) => ({ maanden: m, aandeel: 1 }));
}
