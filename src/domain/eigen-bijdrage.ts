/**
 * Eigen bijdrage in the beschikking letter (Wmo 2015 art. 2.1.4; issue 19). Whether and which
 * bijdrage applies follows the gemeente's verordening per product category; the CAK collects it.
 * The letter names it only for what is granted: an afwijzing or an intrekking has none.
 */
import { PRODUCTCATEGORIEEN, type Productcategorie } from './iwmo/codelijsten.ts';

/**
 * - abonnementstarief: the fixed maximum per period for a maatwerkvoorziening (art. 2.1.4a);
 * - beschermd-wonen: beschermd wonen's own income- and asset-related bijdrage (art. 2.1.4 lid 3);
 * - geen: the verordening asks none (and the law forbids one for a rolstoel, art. 2.1.4 lid 1).
 */
export const EIGEN_BIJDRAGE_REGIMES = ['abonnementstarief', 'beschermd-wonen', 'geen'] as const;
export type EigenBijdrageRegime = (typeof EIGEN_BIJDRAGE_REGIMES)[number];

/** A gemeente's choices per category; a category it does not name follows the default. */
export type EigenBijdrageRegeling = Partial<Record<Productcategorie, EigenBijdrageRegime>>;

/**
 * The starting point for a verordening; functioneel beheer sets the gemeente's own choices
 * (`gemeenten.eigen_bijdrage_regeling`). Opvang (16, 17) without bijdrage by default: gemeenten
 * usually collect that themselves, if at all.
 */
export const STANDAARD_EIGEN_BIJDRAGE: Readonly<Record<Productcategorie, EigenBijdrageRegime>> = {
  '01': 'abonnementstarief',
  '02': 'abonnementstarief',
  '03': 'abonnementstarief',
  '04': 'abonnementstarief',
  '05': 'abonnementstarief',
  '06': 'abonnementstarief',
  '07': 'abonnementstarief',
  '08': 'abonnementstarief',
  '09': 'abonnementstarief',
  '10': 'abonnementstarief',
  '11': 'geen',
  '12': 'abonnementstarief',
  '13': 'abonnementstarief',
  '14': 'abonnementstarief',
  '15': 'beschermd-wonen',
  '16': 'geen',
  '17': 'geen',
  '18': 'beschermd-wonen',
};

/** The regime of one category under a gemeente's regeling; a rolstoel never has a bijdrage. */
export function regimeVoor(categorie: string, regeling: EigenBijdrageRegeling): EigenBijdrageRegime {
  if (!(categorie in PRODUCTCATEGORIEEN)) return 'geen';
  const c = categorie as Productcategorie;
  if (c === '11') return 'geen';
  return regeling[c] ?? STANDAARD_EIGEN_BIJDRAGE[c];
}

export interface BijdrageRegel {
  readonly besluit: 'toekenning' | 'afwijzing';
  readonly productcategorie: string;
  readonly productNaam: string;
}

/**
 * The letter's sentences on the eigen bijdrage: one per regime that applies to a granted
 * voorziening, naming those voorzieningen and the CAK; none for an intrekking or only afwijzingen.
 */
export function eigenBijdrageZinnen(
  regels: ReadonlyArray<BijdrageRegel>,
  regeling: EigenBijdrageRegeling,
  intrekking: boolean,
): string[] {
  if (intrekking) return [];
  const per = new Map<EigenBijdrageRegime, string[]>();
  for (const r of regels) {
    if (r.besluit !== 'toekenning') continue;
    const regime = regimeVoor(r.productcategorie, regeling);
    if (regime === 'geen') continue;
    const namen = per.get(regime) ?? [];
    if (!namen.includes(r.productNaam)) namen.push(r.productNaam);
    per.set(regime, namen);
  }
  const zinnen: string[] = [];
  const abonnement = per.get('abonnementstarief');
  if (abonnement) {
    zinnen.push(
      `Voor ${opsomming(abonnement)} betaalt u een eigen bijdrage. Het CAK berekent hoeveel en stuurt u daarover een brief. Het CAK int de bijdrage ook.`,
    );
  }
  const bw = per.get('beschermd-wonen');
  if (bw) {
    zinnen.push(
      `Voor ${opsomming(bw)} betaalt u een eigen bijdrage die afhangt van uw inkomen en vermogen. Het CAK berekent hoeveel, stuurt u daarover een brief en int de bijdrage.`,
    );
  }
  return zinnen;
}

function opsomming(namen: ReadonlyArray<string>): string {
  const klein = namen.map((n) => n.charAt(0).toLowerCase() + n.slice(1));
  return klein.length === 1 ? klein[0]! : `${klein.slice(0, -1).join(', ')} en ${klein.at(-1)}`;
}
