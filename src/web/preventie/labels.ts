import type { Antwoord } from '../api/antwoorden.ts';

export type Verwijzing = Antwoord<'/verwijzingen/{id}'>;
export type VerwijzingSamenvatting = Antwoord<'/verwijzingen'>[number];
export type Partner = Antwoord<'/partners'>[number];
export type Dienst = Verwijzing['dienst'];
export type Uitkomst = NonNullable<Verwijzing['terugkoppeling']>['uitkomst'];
export type Categorie = Verwijzing['gedeeldeGegevens'][number];

export const DIENST_NAMEN: Record<Dienst, string> = {
  clientondersteuning: 'Onafhankelijke cliëntondersteuning',
  'maatschappelijk-werk': 'Maatschappelijk werk',
  samenlevingsopbouw: 'Samenlevingsopbouw',
  wijkverpleging: 'Wijkverpleging',
  jongerenwerk: 'Jongerenwerk',
  mantelzorgondersteuning: 'Mantelzorgondersteuning',
  schuldhulpverlening: 'Schuldhulpverlening',
};

export const VERWIJZING_STATUS: Record<Verwijzing['status'], string> = {
  nieuw: 'Nieuw, nog niet geaccepteerd',
  geaccepteerd: 'Geaccepteerd, loopt',
  afgewezen: 'Afgewezen door de partner',
  afgerond: 'Afgerond',
  ingetrokken: 'Beëindigd: toestemming ingetrokken',
};

export const UITKOMST_NAMEN: Record<Uitkomst, string> = {
  opgelost: 'Opgelost',
  lopend: 'Loopt nog',
  'terug-naar-toegang': 'Terug naar toegang',
  'niet-bereikt': 'Inwoner niet bereikt',
};

export const CATEGORIE_NAMEN: Record<Categorie, string> = {
  contactgegevens: 'Contactgegevens (naam, adres, telefoon, e-mail)',
  hulpvraag: 'Hulpvraag (waarom verwezen, wat de inwoner wil)',
};
