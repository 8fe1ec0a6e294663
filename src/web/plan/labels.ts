export {
  ACTIE_STATUS_NAMEN,
  LOKET_NAMEN,
  naamVan,
  UITKOMST_NAMEN,
  UITVOERDER_NAMEN,
} from '../onderzoek/labels.ts';

/** The field labels of a goal: SMART in the consultant's words. */
export const DOEL_LABELS = {
  leefgebied: 'Leefgebied',
  persoonId: 'Voor wie',
  wat: 'Wat wil de inwoner bereiken?',
  wanneer: 'Wanneer moet het bereikt zijn?',
  meetbaar: 'Hoe weten we dat het doel bereikt is?',
  evaluatiedatum: 'Evaluatiedatum',
} as const;

export type DoelVeld = keyof typeof DOEL_LABELS;
export const DOEL_VELDEN = Object.keys(DOEL_LABELS) as DoelVeld[];

/** The relation to the household's reference person (the intake screens use the same words). */
export const RELATIE_NAMEN: Record<string, string> = {
  referentiepersoon: 'Referentiepersoon',
  partner: 'Partner',
  kind: 'Kind',
  ouder: 'Ouder',
  overig: 'Overig',
};

/** "Huishouden Jansen" → "Jansen", for "Plan van het huishouden Jansen". */
export function huishoudenKort(naam: string): string {
  return naam.replace(/^huishouden\s+/i, '');
}
