import type {
  ActieStatus,
  AfwegingCode,
  Deelnemer,
  DoelUitkomst,
  LadderStap,
  Locatie,
  Loket,
  Oplossing,
  Uitvoerder,
  VerslagWijze,
} from './types.ts';

/*
 * The step titles, the afwegingen and the ladder come straight from the server's domain modules
 * (plain TS, bundled by Vite), so that the form, the completeness check and the verslag use the
 * same words.
 */
export { LADDER_OMSCHRIJVING } from '../../domain/ladder.ts';
export { AFWEGINGEN, STAP_TITELS } from '../../domain/onderzoek.ts';

export const AFWEGING_CODES = [
  'eigenKracht',
  'gebruikelijkeHulp',
  'mantelzorg',
  'sociaalNetwerk',
  'voorzieningen',
] as const satisfies readonly AfwegingCode[];

/** What each afweging asks, in the words of the CRvB step plan, for the consultant. */
export const AFWEGING_VRAAG: Record<AfwegingCode, string> = {
  eigenKracht: 'Kan de inwoner het zelf oplossen, eventueel met hulpmiddelen of door dingen anders te doen?',
  gebruikelijkeHulp:
    'Kunnen huisgenoten (partner, ouders, inwonende kinderen) dit als gebruikelijke hulp doen?',
  mantelzorg: 'Kan een mantelzorger het (blijven) doen, zonder overbelast te raken?',
  sociaalNetwerk: 'Kunnen familie, buren, vrienden of vrijwilligers helpen?',
  voorzieningen:
    'Lost een algemene, voorliggende of collectieve voorziening het op (sociale kaart, wijkaanbod, andere wetten)?',
};

export const OPLOSSING_NAMEN: Record<Oplossing, string> = {
  ja: 'Ja, dit lost het op',
  deels: 'Deels',
  nee: 'Nee',
};

/** Plain language for the resident's summary. */
export const OPLOSSING_INWONER: Record<Oplossing, string> = {
  ja: 'dit lost het op',
  deels: 'dit lost een deel op',
  nee: 'dit lost het niet op',
};

export const AFWEGING_INWONER: Record<AfwegingCode, string> = {
  eigenKracht: 'Wat u zelf kunt doen',
  gebruikelijkeHulp: 'Hulp van uw huisgenoten',
  mantelzorg: 'Mantelzorg',
  sociaalNetwerk: 'Familie, buren en vrienden',
  voorzieningen: 'Voorzieningen in de wijk en algemene voorzieningen',
};

/** The ladder steps explained at the choice: the municipality's order of work. */
export const LADDER_UITLEG: Record<LadderStap, string> = {
  'advies-doorverwijzing':
    'De hulpvraag is opgelost met informatie, advies of een verwijzing naar een voorliggende of algemene voorziening (sociale kaart). De melding wordt afgesloten.',
  'collectief-preventie':
    'Een collectieve voorziening of een preventief aanbod van een partner (bijvoorbeeld samenlevingsopbouw, maatschappelijk werk of cliëntondersteuning) lost de hulpvraag op. De melding wordt afgesloten.',
  maatwerk:
    'Alleen als stap 4 de hulpvraag niet (helemaal) oplost: een individuele maatwerkvoorziening is nodig. Daarna kan de inwoner een aanvraag doen.',
};

export const LADDER_INWONER: Record<LadderStap, string> = {
  'advies-doorverwijzing': 'U bent geholpen met advies of een verwijzing naar een voorziening in uw buurt.',
  'collectief-preventie': 'Een voorziening voor iedereen in de buurt of een partnerorganisatie kan u helpen.',
  maatwerk: 'U heeft een voorziening nodig die speciaal voor u wordt geregeld (maatwerkvoorziening).',
};

export const LOCATIE_NAMEN: Record<Locatie, string> = {
  thuis: 'Bij de inwoner thuis',
  wijklocatie: 'Op een wijklocatie',
  telefonisch: 'Telefonisch',
  video: 'Videogesprek',
  anders: 'Ergens anders',
};

/** Plain language for the resident's summary ("Op 3 mei hebben wij met u gesproken, bij u thuis"). */
export const LOCATIE_INWONER: Record<Locatie, string> = {
  thuis: 'bij u thuis',
  wijklocatie: 'op een wijklocatie',
  telefonisch: 'door de telefoon',
  video: 'in een videogesprek',
  anders: 'op een andere plek',
};

export const DEELNEMER_INWONER: Record<Deelnemer, string> = {
  inwoner: 'u',
  familielid: 'een familielid',
  mantelzorger: 'uw mantelzorger',
  clientondersteuner: 'een cliëntondersteuner',
  tolk: 'een tolk',
  anders: 'iemand anders',
};

export const DEELNEMER_NAMEN: Record<Deelnemer, string> = {
  inwoner: 'De inwoner',
  familielid: 'Familielid',
  mantelzorger: 'Mantelzorger',
  clientondersteuner: 'Cliëntondersteuner',
  tolk: 'Tolk',
  anders: 'Iemand anders',
};

export const WIJZE_NAMEN: Record<VerslagWijze, string> = {
  post: 'Per post',
  email: 'Per e-mail',
  uitgereikt: 'Persoonlijk uitgereikt',
  digitaal: 'Digitaal (berichtenbox of portaal)',
};

/**
 * The five levels of the Zelfredzaamheid-Matrix. Only these level names are shown; the ZRM's
 * licensed descriptions per domain are not shipped (server/domain/leefgebieden.ts).
 */
export const ZRM_SCORES = [1, 2, 3, 4, 5] as const;
export type ZrmWaarde = (typeof ZRM_SCORES)[number];
export const ZRM_LABELS: Record<ZrmWaarde, string> = {
  1: 'acuut probleem',
  2: 'niet zelfredzaam',
  3: 'beperkt zelfredzaam',
  4: 'voldoende zelfredzaam',
  5: 'volledig zelfredzaam',
};

export function zrmTekst(score: number): string {
  return `${score} – ${ZRM_LABELS[score as ZrmWaarde] ?? 'onbekend'}`;
}

export const UITVOERDER_NAMEN: Record<Uitvoerder, string> = {
  inwoner: 'De inwoner zelf',
  netwerk: 'Het netwerk (familie, buren, vrijwilligers)',
  partner: 'Een partnerorganisatie',
  loket: 'Een loket van de gemeente',
};

export const LOKET_NAMEN: Record<Loket, string> = {
  wmo: 'Wmo',
  'jeugd-gezinscoach': 'Jeugd- en gezinscoach',
  'werk-participatie': 'Werk en participatie',
  inkomen: 'Inkomen',
  schuldhulpverlening: 'Schuldhulpverlening',
  'beschermd-wonen': 'Beschermd wonen',
};

export const ACTIE_STATUS_NAMEN: Record<ActieStatus, string> = {
  open: 'Nog niet gestart',
  gestart: 'Gestart',
  afgerond: 'Afgerond',
};

export const UITKOMST_NAMEN: Record<DoelUitkomst, string> = {
  behaald: 'Behaald',
  deels: 'Deels behaald',
  niet: 'Niet behaald',
};

export function naamVan<K extends string>(namen: Record<K, string>, code: string): string {
  return namen[code as K] ?? code;
}
