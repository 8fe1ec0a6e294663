/**
 * Dutch words for API fields, so that a validation message can say what to choose or fill in
 * ("Kies de uitkomst van de triage", "Vul een omvang van 0 of meer in") instead of repeating a
 * technical key (issue 15, item 1). Keyed by the last segment of the field's path; a field that is
 * not here gets a generic but still plain instruction. Add a field when its generic message would
 * be unclear — mostly choices (enums), where "Kies een van de mogelijkheden" says too little.
 */
export interface Veldlabel {
  /** What to choose, with article: "de uitkomst van de triage" (for enums: "Kies …"). */
  kies?: string;
  /** The noun for a number or date, without article: "omvang" ("Vul een omvang van 0 of meer in"). */
  getal?: string;
}

export const VELDLABELS: Readonly<Record<string, Veldlabel>> = {
  uitkomst: { kies: 'de uitkomst van de triage' },
  ladderUitkomst: { kies: 'de uitkomst op de ladder' },
  besluit: { kies: 'het besluit' },
  soort: { kies: 'de soort' },
  status: { kies: 'de status' },
  kanaal: { kies: 'hoe de melding binnenkwam' },
  geslacht: { kies: 'het geslacht' },
  leveringsvorm: { kies: 'de leveringsvorm (zorg in natura of pgb)' },
  wijze: { kies: 'de wijze' },
  dienst: { kies: 'de dienst' },
  urgentie: { kies: 'de urgentie' },
  relatie: { kies: 'de relatie binnen het huishouden' },
  uitvoerder: { kies: 'wie het uitvoert' },
  oordeel: { kies: 'het oordeel' },
  loket: { kies: 'het loket' },
  locatie: { kies: 'de locatie' },
  leefgebied: { kies: 'het leefgebied' },
  score: { kies: 'een score', getal: 'score' },
  eenheid: { kies: 'de eenheid' },
  frequentie: { kies: 'hoe vaak (per dag, week of maand)' },
  grondslag: { kies: 'de grondslag' },
  contactwijze: { kies: 'hoe het contact was' },
  resultaat: { kies: 'het resultaat' },
  methode: { kies: 'de methode' },
  sortering: { kies: 'de sortering' },
  formaat: { kies: 'het formaat van het bestand' },
  termijnstatus: { kies: 'de termijn' },
  behandelaar: { kies: 'de behandelaar' },
  projectfase: { kies: 'de fase van het project' },
  stap: { kies: 'de stap' },
  periode: { kies: 'de periode' },
  halfjaar: { kies: 'het halfjaar' },
  trend: { kies: 'de trend' },
  richting: { kies: 'de richting' },
  scope: { kies: 'de reikwijdte' },
  klasse: { kies: 'de klasse' },
  bron: { kies: 'de bron' },
  gegevenDoor: { kies: 'wie de gegevens gaf' },
  communicatie: { kies: 'de manier van communiceren' },
  door: { kies: 'wie het deed' },
  volume: { getal: 'omvang' },
  omvang: { getal: 'omvang' },
  fte: { getal: 'aantal fte' },
  jaar: { getal: 'jaar' },
  huisnummer: { getal: 'huisnummer' },
  bedrag: { getal: 'bedrag' },
  tarief: { getal: 'tarief' },
  pageSize: { getal: 'aantal per pagina' },
  versie: { getal: 'versie' },
};

export function veldlabel(naam: string): Veldlabel {
  return Object.hasOwn(VELDLABELS, naam) ? VELDLABELS[naam]! : {};
}
