/**
 * The capacity model (formatiecalculatie): normtijden per activity × expected volumes → the fte
 * needed per month, against the fte available in the organisation model. The activities are those
 * of the 2017 formatiecalculatie in reference document 003 (verdelen werkstroom, verduidelijken
 * hulpvraag, onderzoek, vastleggen plan/verslag, beschikking opstellen) plus herindicatie.
 */

export const ACTIVITEITEN = [
  'verdelen-werkstroom',
  'verduidelijken-hulpvraag',
  'onderzoek',
  'vastleggen-plan-verslag',
  'beschikking-opstellen',
  'herindicatie',
] as const;
export type Activiteit = (typeof ACTIVITEITEN)[number];

/** What one unit of each activity is counted in. */
export type Volumesoort = 'meldingen' | 'onderzoeken' | 'aanvragen' | 'herindicaties';

export const ACTIVITEIT_INFO: Record<Activiteit, { naam: string; per: Volumesoort }> = {
  'verdelen-werkstroom': { naam: 'Verdelen inkomende werkstroom', per: 'meldingen' },
  'verduidelijken-hulpvraag': { naam: 'Verduidelijken hulpvraag', per: 'meldingen' },
  onderzoek: { naam: 'Onderzoek (keukentafelgesprek)', per: 'onderzoeken' },
  'vastleggen-plan-verslag': { naam: 'Vastleggen plan en verslag', per: 'onderzoeken' },
  'beschikking-opstellen': { naam: 'Beschikking opstellen', per: 'aanvragen' },
  herindicatie: { naam: 'Herindicatie', per: 'herindicaties' },
};

/**
 * Defaults in minutes per unit, used until a gemeente sets its own (table normtijden). They are
 * assumptions for a first picture, not measured values: the reference documents announce a new
 * formatiecalculatie rather than giving times.
 */
export const STANDAARD_NORMTIJDEN: Record<Activiteit, number> = {
  'verdelen-werkstroom': 15,
  'verduidelijken-hulpvraag': 45,
  onderzoek: 240,
  'vastleggen-plan-verslag': 120,
  'beschikking-opstellen': 60,
  herindicatie: 120,
};

/**
 * Productive hours per fte per year: 36 hours × 52 weeks = 1872, less leave, holidays, illness,
 * training and team work. Configurable per gemeente.
 */
export const STANDAARD_PRODUCTIEVE_UREN_PER_FTE = 1300;

export type Volumes = Record<Volumesoort, number>;

export interface MaandVolumes {
  maand: string;
  volumes: Volumes;
}

export interface FormatieMaand {
  maand: string;
  volumes: Volumes;
  urenPerActiviteit: Record<Activiteit, number>;
  uren: number;
  fteNodig: number;
  fteBeschikbaar: number;
  /** Available minus needed: negative is a shortage. */
  verschil: number;
}

const rond = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export function berekenFormatie(
  maanden: readonly MaandVolumes[],
  normtijden: Record<Activiteit, number>,
  productieveUrenPerFtePerJaar: number,
  fteBeschikbaar: number,
): FormatieMaand[] {
  if (!(productieveUrenPerFtePerJaar > 0)) throw new RangeError('productieve uren per fte moet > 0 zijn');
  const urenPerFtePerMaand = productieveUrenPerFtePerJaar / 12;
  return maanden.map(({ maand, volumes }) => {
    const urenPerActiviteit = Object.fromEntries(
      ACTIVITEITEN.map((a) => [a, rond((volumes[ACTIVITEIT_INFO[a].per] * normtijden[a]) / 60, 1)]),
    ) as Record<Activiteit, number>;
    const uren = ACTIVITEITEN.reduce((s, a) => s + (volumes[ACTIVITEIT_INFO[a].per] * normtijden[a]) / 60, 0);
    const fteNodig = rond(uren / urenPerFtePerMaand);
    return {
      maand,
      volumes,
      urenPerActiviteit,
      uren: rond(uren, 1),
      fteNodig,
      fteBeschikbaar: rond(fteBeschikbaar),
      verschil: rond(fteBeschikbaar - fteNodig),
    };
  });
}

/**
 * Whose fte is capacity for casework: everyone in a toegang team except the teamleider, who leads
 * the team and does not take cases (issue 15: she was counted as team capacity).
 */
export function teltAlsCapaciteit(rollen: readonly string[]): boolean {
  return !rollen.includes('teamleider');
}

/** The fte available for casework, in hundredths exact (0.78 + 0.1 is 0.88, not 0.8800000000000001). */
export function beschikbareFte(
  medewerkers: ReadonlyArray<{ fte: number | null; rollen: readonly string[] }>,
): number {
  const honderdsten = medewerkers
    .filter((m) => teltAlsCapaciteit(m.rollen))
    .reduce((s, m) => s + Math.round((m.fte ?? 0) * 100), 0);
  return honderdsten / 100;
}

/** 'YYYY-MM' plus n months. */
export function plusMaanden(maand: string, n: number): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const t = j * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** The months from `start` on, `aantal` of them. */
export function maandenVanaf(start: string, aantal: number): string[] {
  return Array.from({ length: aantal }, (_, i) => plusMaanden(start, i));
}
