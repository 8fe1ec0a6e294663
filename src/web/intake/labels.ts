import type {
  Geslacht,
  Kanaal,
  MelderType,
  MeldingSoort,
  MeldingStatus,
  Relatie,
  Termijnstatus,
  TriageUitkomst,
} from '../api/types.ts';

/*
 * The leefgebieden and the ladder come straight from the server's domain modules: plain TS without
 * imports, bundled by Vite, so that API and screens never disagree about a code or its name.
 */
export { LADDER_OMSCHRIJVING } from '../../domain/ladder.ts';
export { LEEFGEBIED_CODES, LEEFGEBIEDEN } from '../../domain/leefgebieden.ts';

export const SOORT_NAMEN: Record<MeldingSoort, string> = {
  melding: 'Melding',
  informatievraag: 'Informatievraag',
  signaal: 'Signaal',
};

/** The definitions next to the choice of soort: the choice decides whether the legal clock starts. */
export const SOORT_UITLEG: Record<MeldingSoort, string> = {
  melding:
    'De inwoner (of iemand namens hem, met zijn instemming) vraagt om ondersteuning. Start de wettelijke termijn van 6 weken.',
  informatievraag:
    'Alleen een vraag om informatie of advies, geen hulpvraag. Wordt direct afgehandeld en telt niet als melding.',
  signaal:
    'Iemand anders (partner, huisarts, wijkverpleging, buren) maakt zich zorgen over een inwoner die zelf (nog) niet om hulp vraagt. Geen termijn tot de inwoner zelf hulp vraagt.',
};

export const KANAAL_NAMEN: Record<Kanaal, string> = {
  telefoon: 'Telefoon',
  balie: 'Balie',
  wijklocatie: 'Wijklocatie',
  'email-brief': 'E-mail of brief',
  online: 'Online formulier',
  signaal: 'Signaal uit het veld',
};

export const MELDER_NAMEN: Record<MelderType, string> = {
  inwoner: 'De inwoner zelf',
  familielid: 'Familielid of mantelzorger',
  professional: 'Professional (bijvoorbeeld huisarts, wijkverpleging, partner)',
  anders: 'Iemand anders (bijvoorbeeld buren)',
};

export const STATUS_NAMEN: Record<MeldingStatus, string> = {
  nieuw: 'Nieuw',
  onderzoek: 'In onderzoek',
  'verwezen-preventie': 'Verwezen naar preventie',
  aanvraag: 'Aanvraag ingediend',
  afgesloten: 'Afgesloten',
};

export const TRIAGE_NAMEN: Record<TriageUitkomst, string> = {
  'informatie-advies': 'Informatie of advies',
  doorverwijzing: 'Doorverwijzing naar een voorliggende voorziening',
  preventie: 'Verwijzing naar preventie (partner)',
  onderzoek: 'Onderzoek',
};

export const TRIAGE_UITLEG: Record<TriageUitkomst, string> = {
  'informatie-advies': 'De vraag is beantwoord met informatie of advies. De melding wordt afgesloten.',
  doorverwijzing:
    'De inwoner kan terecht bij een voorliggende of algemene voorziening (sociale kaart). De melding wordt afgesloten.',
  preventie:
    'Een partnerorganisatie (samenlevingsopbouw, maatschappelijk werk, cliëntondersteuning) pakt het op. Alleen met toestemming van de inwoner.',
  onderzoek:
    'Een toegangsmedewerker doet het onderzoek (keukentafelgesprek) binnen de wettelijke termijn en wordt de contactpersoon van het huishouden.',
};

/** The traffic light in words: the colour is never the only sign (WCAG 1.4.1). */
export const TERMIJNSTATUS_NAMEN: Record<Termijnstatus, string> = {
  ruim: 'Ruim op tijd',
  'binnen-twee-weken': 'Binnen 2 weken',
  'binnen-drie-werkdagen': 'Binnen 3 werkdagen',
  verlopen: 'Verlopen',
};

export const RELATIE_NAMEN: Record<Relatie, string> = {
  referentiepersoon: 'Referentiepersoon',
  partner: 'Partner',
  kind: 'Kind',
  ouder: 'Ouder',
  overig: 'Overig',
};

export const GESLACHT_NAMEN: Record<Geslacht, string> = {
  vrouw: 'Vrouw',
  man: 'Man',
  anders: 'Anders',
  onbekend: 'Onbekend',
};

export const DOCUMENT_NAMEN: Record<string, string> = {
  ontvangstbevestiging: 'Ontvangstbevestiging',
  verslag: 'Verslag van het onderzoek',
  beschikking: 'Beschikking',
};

export function naamVan<K extends string>(namen: Record<K, string>, code: string): string {
  return namen[code as K] ?? code;
}

/**
 * The kenmerk of a melding from its number ("M-000123"), for lists that carry only the number.
 * The same rule as the server's meldingKenmerk (modules/intake/ontvangstbevestiging.ts), copied
 * because that module brings the letter's layout with it.
 */
export function kenmerkVan(nummer: number): string {
  return `M-${String(nummer).padStart(6, '0')}`;
}
