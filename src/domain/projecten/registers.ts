/**
 * The registers a project keeps next to its reports (documents 003: mijlpalen per fase with a
 * streefdatum, the risicoanalyse "ongewenste situatie → risico → oorzaak → beheersmaatregel", and
 * the middelen per year with their dekking). Pure rules: risk score and class, milestone state,
 * budget totals per year with the p.m. posts counted apart.
 */

export const RISICO_STATUSSEN = ['open', 'beheerst', 'opgetreden', 'vervallen'] as const;
export type RisicoStatus = (typeof RISICO_STATUSSEN)[number];

export const RISICO_STATUS_TEKST: Record<RisicoStatus, string> = {
  open: 'Open',
  beheerst: 'Beheerst',
  opgetreden: 'Opgetreden',
  vervallen: 'Vervallen',
};

export type Risicoklasse = 'laag' | 'midden' | 'hoog';

export const RISICOKLASSE_TEKST: Record<Risicoklasse, string> = {
  laag: 'Laag',
  midden: 'Midden',
  hoog: 'Hoog',
};

/** Kans and impact on a 1–5 scale; the score is their product (1–25). */
export function risicoScore(kans: number, impact: number): number {
  if (![kans, impact].every((n) => Number.isInteger(n) && n >= 1 && n <= 5)) {
    throw new RangeError('Kans en impact zijn gehele getallen van 1 tot en met 5.');
  }
  return kans * impact;
}

/** 1–5 laag, 6–11 midden, 12–25 hoog: the usual 5×5 risk matrix in three bands. */
export function risicoklasse(score: number): Risicoklasse {
  return score >= 12 ? 'hoog' : score >= 6 ? 'midden' : 'laag';
}

export type MijlpaalStand = 'gereed' | 'verlopen' | 'gepland' | 'zonder-datum';

export const MIJLPAAL_STAND_TEKST: Record<MijlpaalStand, string> = {
  gereed: 'Gereed',
  verlopen: 'Streefdatum verstreken',
  gepland: 'Gepland',
  'zonder-datum': 'Nog geen streefdatum',
};

export function mijlpaalStand(
  m: { streefdatum: string | null; gereedOp: string | null },
  vandaag: string,
): MijlpaalStand {
  if (m.gereedOp) return 'gereed';
  if (!m.streefdatum) return 'zonder-datum';
  return m.streefdatum < vandaag ? 'verlopen' : 'gepland';
}

export const BUDGET_SOORTEN = ['investering', 'exploitatie'] as const;
export type BudgetSoort = (typeof BUDGET_SOORTEN)[number];

export interface Budgetregel {
  post: string;
  soort: BudgetSoort;
  jaar: number;
  /** null = p.m. (pro memorie: known cost, amount not yet known). */
  bedrag: number | null;
  dekking: string;
}

export interface Jaartotaal {
  jaar: number;
  soort: BudgetSoort;
  /** Sum of the known amounts ("totaal exclusief pm"), in euro. */
  totaal: number;
  pmPosten: number;
}

/** Per year and soort: the total without the p.m. posts and how many p.m. posts there are. */
export function budgetTotalen(regels: readonly Budgetregel[]): Jaartotaal[] {
  const per = new Map<string, Jaartotaal>();
  for (const r of regels) {
    const key = `${r.jaar}|${r.soort}`;
    const t = per.get(key) ?? { jaar: r.jaar, soort: r.soort, totaal: 0, pmPosten: 0 };
    if (r.bedrag === null) t.pmPosten++;
    else t.totaal = Math.round((t.totaal + r.bedrag) * 100) / 100;
    per.set(key, t);
  }
  return [...per.values()].sort((a, b) => a.jaar - b.jaar || a.soort.localeCompare(b.soort));
}
