/**
 * The life of a rapportage: the projectleider drafts (concept) and offers it for review; the
 * opdrachtgever (portefeuillehouder or ambtelijk opdrachtgever) sends it back or sets it vast;
 * functioneel beheer publishes what was set vast. Only a concept can be edited: what the
 * opdrachtgever set vast is exactly what the council gets.
 */

export const RAPPORTAGE_STATUSSEN = ['concept', 'ter-review', 'vastgesteld', 'gepubliceerd'] as const;
export type RapportageStatus = (typeof RAPPORTAGE_STATUSSEN)[number];

export const RAPPORTAGE_STATUS_TEKST: Record<RapportageStatus, string> = {
  concept: 'Concept',
  'ter-review': 'Ter review',
  vastgesteld: 'Vastgesteld',
  gepubliceerd: 'Gepubliceerd',
};

export const OVERGANGEN = ['indiening', 'terugzending', 'vaststelling', 'publicatie'] as const;
export type Overgang = (typeof OVERGANGEN)[number];

/** From which status each step may be taken, and where it leads. */
export const OVERGANG: Record<Overgang, { van: readonly RapportageStatus[]; naar: RapportageStatus }> = {
  indiening: { van: ['concept'], naar: 'ter-review' },
  terugzending: { van: ['ter-review'], naar: 'concept' },
  vaststelling: { van: ['ter-review'], naar: 'vastgesteld' },
  publicatie: { van: ['vastgesteld'], naar: 'gepubliceerd' },
};

export const OVERGANG_TEKST: Record<Overgang, string> = {
  indiening: 'ter review aangeboden',
  terugzending: 'teruggezonden naar concept',
  vaststelling: 'vastgesteld',
  publicatie: 'gepubliceerd',
};

/** The reason a step is refused (null: allowed). */
export function overgangFout(status: RapportageStatus, overgang: Overgang): string | null {
  const o = OVERGANG[overgang];
  if (o.van.includes(status)) return null;
  const van = o.van.map((s) => RAPPORTAGE_STATUS_TEKST[s].toLowerCase()).join(' of ');
  return `Een rapportage met status ${RAPPORTAGE_STATUS_TEKST[status].toLowerCase()} kan niet worden ${OVERGANG_TEKST[overgang]}; dat kan alleen vanuit ${van}.`;
}

export function isBewerkbaar(status: RapportageStatus): boolean {
  return status === 'concept';
}
