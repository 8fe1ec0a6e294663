import type { InvalidParam } from '../api/client.ts';
import type {
  Geslacht,
  Kanaal,
  Leefgebied,
  MelderType,
  MeldingInvoer,
  MeldingSoort,
  PersoonInvoer,
  PersoonSamenvatting,
} from '../api/types.ts';
import { LEEFGEBIED_CODES } from './labels.ts';

/** The new person's fields as typed (strings), converted only when saving. */
export interface NieuwePersoonVelden {
  bsn: string;
  voornamen: string;
  tussenvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  geslacht: Geslacht;
  straat: string;
  huisnummer: string;
  huisnummertoevoeging: string;
  postcode: string;
  woonplaats: string;
  telefoon: string;
  /** 'brp' while name, birth date and address are as the BRP gave them; typing makes it 'handmatig'. */
  bron: 'brp' | 'handmatig';
}

export type PersoonKeuze =
  | { soort: 'geen' }
  | { soort: 'bekend'; persoon: PersoonSamenvatting }
  | { soort: 'nieuw'; velden: NieuwePersoonVelden };

export type Ja = 'ja' | 'nee';

export interface MeldingVelden {
  soort: MeldingSoort;
  ontvangstdatum: string;
  kanaal: Kanaal;
  melderType: MelderType;
  melderNaam: string;
  melderOrganisatie: string;
  melderTelefoon: string;
  hulpvraag: string;
  leefgebieden: Leefgebied[];
  spoed: boolean;
  spoedToelichting: string;
  clientondersteuningAangeboden: Ja | '';
  clientondersteuningGeaccepteerd: Ja | 'onbekend';
  persoonlijkPlanOntvangenOp: string;
  dubbeleMeldingBevestigd: boolean;
}

export function legePersoon(zoekterm: string, gemeentePlaats: string): NieuwePersoonVelden {
  const velden: NieuwePersoonVelden = {
    bsn: '',
    voornamen: '',
    tussenvoegsel: '',
    achternaam: '',
    geboortedatum: '',
    geslacht: 'onbekend',
    straat: '',
    huisnummer: '',
    huisnummertoevoeging: '',
    postcode: '',
    woonplaats: gemeentePlaats,
    telefoon: '',
    bron: 'handmatig',
  };
  // What was searched for is the start of the new person: nobody types a BSN or name twice.
  const term = zoekterm.trim();
  const bsn = term.replace(/[\s.-]/g, '');
  const adres = /^([1-9]\d{3})\s?([a-zA-Z]{2})(?:\s+(\d{1,5}))?$/.exec(term);
  if (/^\d{8,9}$/.test(bsn)) velden.bsn = bsn;
  else if (adres) {
    velden.postcode = `${adres[1]} ${adres[2]!.toUpperCase()}`;
    velden.huisnummer = adres[3] ?? '';
  } else if (/^\p{L}/u.test(term)) velden.achternaam = term;
  return velden;
}

export function beginVelden(vandaag: string): MeldingVelden {
  return {
    soort: 'melding',
    ontvangstdatum: vandaag,
    kanaal: 'telefoon',
    melderType: 'inwoner',
    melderNaam: '',
    melderOrganisatie: '',
    melderTelefoon: '',
    hulpvraag: '',
    leefgebieden: [],
    spoed: false,
    spoedToelichting: '',
    clientondersteuningAangeboden: '',
    clientondersteuningGeaccepteerd: 'onbekend',
    persoonlijkPlanOntvangenOp: '',
    dubbeleMeldingBevestigd: false,
  };
}

const tekst = (s: string) => (s.trim() === '' ? null : s.trim());

/** "12" → 12; anything else as typed, so that the server's validation explains it next to the field. */
function huisnummer(s: string): number | string {
  const t = s.trim();
  return /^\d{1,5}$/.test(t) ? Number(t) : t;
}

export function persoonBody(v: NieuwePersoonVelden): PersoonInvoer {
  const adresIngevuld = [v.straat, v.huisnummer, v.huisnummertoevoeging, v.postcode].some((s) => s.trim());
  return {
    bsn: tekst(v.bsn.replace(/[\s.]/g, '')),
    voornamen: tekst(v.voornamen),
    tussenvoegsel: tekst(v.tussenvoegsel),
    achternaam: v.achternaam,
    geboortedatum: v.geboortedatum,
    geslacht: v.geslacht,
    adres: adresIngevuld
      ? {
          straat: v.straat,
          huisnummer: huisnummer(v.huisnummer),
          huisnummertoevoeging: tekst(v.huisnummertoevoeging),
          postcode: v.postcode,
          woonplaats: v.woonplaats,
        }
      : null,
    telefoon: tekst(v.telefoon),
    bron: v.bron,
  };
}

/** The body for POST /meldingen. Left out: what the form does not show for the chosen soort or melder. */
export function meldingBody(persoon: PersoonKeuze, v: MeldingVelden): MeldingInvoer {
  const namensInwoner = v.melderType !== 'inwoner';
  return {
    soort: v.soort,
    persoonId: persoon.soort === 'bekend' ? persoon.persoon.id : undefined,
    nieuwePersoon: persoon.soort === 'nieuw' ? persoonBody(persoon.velden) : undefined,
    ontvangstdatum: v.ontvangstdatum,
    kanaal: v.kanaal,
    melder: {
      type: v.melderType,
      naam: namensInwoner ? tekst(v.melderNaam) : null,
      organisatie: namensInwoner ? tekst(v.melderOrganisatie) : null,
      telefoon: namensInwoner ? tekst(v.melderTelefoon) : null,
    },
    hulpvraag: v.hulpvraag,
    leefgebieden: LEEFGEBIED_CODES.filter((c) => v.leefgebieden.includes(c)),
    spoed: v.spoed,
    spoedToelichting: v.spoed ? tekst(v.spoedToelichting) : null,
    // Not chosen: sent as absent, the server then names the field.
    clientondersteuningAangeboden:
      v.clientondersteuningAangeboden === '' ? undefined : v.clientondersteuningAangeboden === 'ja',
    clientondersteuningGeaccepteerd:
      v.clientondersteuningAangeboden === 'ja' && v.clientondersteuningGeaccepteerd !== 'onbekend'
        ? v.clientondersteuningGeaccepteerd === 'ja'
        : null,
    persoonlijkPlanOntvangenOp: tekst(v.persoonlijkPlanOntvangenOp),
    dubbeleMeldingBevestigd: v.dubbeleMeldingBevestigd,
  };
}

/**
 * The form's fields by their API path: the id of the input (where the error summary links to) and
 * the label in the summary. Order is form order.
 */
export const VELDEN = {
  persoonId: { id: 'persoon-zoeken', label: 'Inwoner' },
  'nieuwePersoon.bsn': { id: 'np-bsn', label: 'BSN' },
  'nieuwePersoon.voornamen': { id: 'np-voornamen', label: 'Voornamen' },
  'nieuwePersoon.tussenvoegsel': { id: 'np-tussenvoegsel', label: 'Tussenvoegsel' },
  'nieuwePersoon.achternaam': { id: 'np-achternaam', label: 'Achternaam' },
  'nieuwePersoon.geboortedatum': { id: 'np-geboortedatum', label: 'Geboortedatum' },
  'nieuwePersoon.geslacht': { id: 'np-geslacht', label: 'Geslacht' },
  'nieuwePersoon.adres.straat': { id: 'np-straat', label: 'Straat' },
  'nieuwePersoon.adres.huisnummer': { id: 'np-huisnummer', label: 'Huisnummer' },
  'nieuwePersoon.adres.huisnummertoevoeging': { id: 'np-huisnummertoevoeging', label: 'Toevoeging' },
  'nieuwePersoon.adres.postcode': { id: 'np-postcode', label: 'Postcode' },
  'nieuwePersoon.adres.woonplaats': { id: 'np-woonplaats', label: 'Woonplaats' },
  'nieuwePersoon.adres': { id: 'np-postcode', label: 'Adres' },
  'nieuwePersoon.telefoon': { id: 'np-telefoon', label: 'Telefoonnummer' },
  soort: { id: 'melding-soort-melding', label: 'Soort' },
  ontvangstdatum: { id: 'melding-ontvangstdatum', label: 'Ontvangstdatum' },
  kanaal: { id: 'melding-kanaal', label: 'Kanaal' },
  'melder.type': { id: 'melding-melder-type', label: 'Wie meldt' },
  'melder.naam': { id: 'melding-melder-naam', label: 'Naam melder' },
  'melder.organisatie': { id: 'melding-melder-organisatie', label: 'Organisatie melder' },
  'melder.telefoon': { id: 'melding-melder-telefoon', label: 'Telefoonnummer melder' },
  hulpvraag: { id: 'melding-hulpvraag', label: 'Hulpvraag' },
  leefgebieden: { id: `melding-leefgebieden-${LEEFGEBIED_CODES[0]}`, label: 'Leefgebieden' },
  spoed: { id: 'melding-spoed', label: 'Spoed' },
  spoedToelichting: { id: 'melding-spoedToelichting', label: 'Toelichting spoed' },
  clientondersteuningAangeboden: { id: 'melding-co-aangeboden-ja', label: 'Cliëntondersteuning aangeboden' },
  clientondersteuningGeaccepteerd: {
    id: 'melding-co-geaccepteerd-ja',
    label: 'Cliëntondersteuning geaccepteerd',
  },
  persoonlijkPlanOntvangenOp: { id: 'melding-persoonlijkPlan', label: 'Persoonlijk plan ontvangen op' },
  dubbeleMeldingBevestigd: { id: 'melding-dubbel', label: 'Mogelijk dubbele melding' },
} as const satisfies Record<string, { id: string; label: string }>;

export type VeldPad = keyof typeof VELDEN;
export const VELD_PADEN = Object.keys(VELDEN) as VeldPad[];

const DATUM_VELDEN: readonly string[] = [
  'nieuwePersoon.geboortedatum',
  'ontvangstdatum',
  'persoonlijkPlanOntvangenOp',
];

/**
 * Clearer words for the schema's generic messages ("Te kort: verwacht dat string >=1 tekens
 * heeft"); the server's own sentences (elfproef, onbekende postcode) are kept as they are.
 */
export function leesbareReden(pad: string, p: InvalidParam): string {
  const leeg = p.code === 'too_small' || p.code === 'invalid_type';
  if (pad === 'nieuwePersoon.adres.huisnummer' && leeg)
    return 'Vul het huisnummer in, alleen cijfers (bijvoorbeeld 12).';
  if (pad === 'nieuwePersoon.adres.straat' && leeg) return 'Vul de straat in.';
  if (pad === 'nieuwePersoon.adres.woonplaats' && leeg) return 'Vul de woonplaats in.';
  if (pad === 'nieuwePersoon.adres.postcode' && leeg) return 'Vul de postcode in, bijvoorbeeld 7411 AB.';
  if (pad === 'melder.naam' && leeg) return 'Vul de naam van de melder in.';
  // The date inputs show the browser's own format (dd-mm-jjjj); "JJJJ-MM-DD" would confuse.
  if (DATUM_VELDEN.includes(pad) && p.code === 'invalid_format')
    return 'Vul een volledige datum in: dag, maand en jaar.';
  if (pad === 'clientondersteuningAangeboden' && leeg)
    return 'Geef aan of de inwoner gewezen is op gratis cliëntondersteuning.';
  return p.reason;
}
