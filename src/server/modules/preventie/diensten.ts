/**
 * The services of the preventie partners (procesplan §4: samenlevingsopbouw op maat, maatschappelijk
 * werk, onafhankelijke cliëntondersteuning, wijkverpleging; plus what the partners do besides).
 * The same list is the CHECK on partner_diensten.dienst (migration 017).
 */
export const DIENSTEN = [
  'clientondersteuning',
  'maatschappelijk-werk',
  'samenlevingsopbouw',
  'wijkverpleging',
  'jongerenwerk',
  'mantelzorgondersteuning',
  'schuldhulpverlening',
] as const;
export type Dienst = (typeof DIENSTEN)[number];

export const DIENST_NAAM: Record<Dienst, string> = {
  clientondersteuning: 'Onafhankelijke cliëntondersteuning',
  'maatschappelijk-werk': 'Maatschappelijk werk',
  samenlevingsopbouw: 'Samenlevingsopbouw',
  wijkverpleging: 'Wijkverpleging',
  jongerenwerk: 'Jongerenwerk',
  mantelzorgondersteuning: 'Mantelzorgondersteuning',
  schuldhulpverlening: 'Schuldhulpverlening',
};

/** The processing activity (verwerkingsregister, docs/preventie.md) of every access in this module. */
export const DOEL_PREVENTIE = 'preventie-verwijzing';
