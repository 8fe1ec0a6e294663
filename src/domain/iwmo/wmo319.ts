import { IWMO_BASISSCHEMA_NAMESPACE } from './berichtsoorten.ts';
import { Controleur } from './controleur.ts';
import { controleerHeader, schrijfHeader } from './header.ts';
import type { Wmo315Bericht, Wmo317Bericht } from './inkomend-typen.ts';
import {
  codeVan,
  delenIn,
  type IwmoHeader,
  IwmoLeesFout,
  leesBericht,
  leesInhoud,
  tekstVan,
} from './structuur.ts';
import { isSleutel } from './waarden.ts';
import type { Wmo301Header } from './wmo301-typen.ts';
import type { Wmo301Fout } from './wmo301-validatie.ts';
import { XmlSchrijver } from './xml.ts';

export const WMO319_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/wmo319/schema';
export const WMO319_BERICHTCODE = '482';
export const WMO319_BERICHTVERSIE = '3';
export const WMO319_BERICHTSUBVERSIE = '2';
/** The XSD versions this builder writes for (appinfo of WMO319.xsd and basisschema.xsd). */
export const WMO319_XSD_VERSIE = { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' } as const;

/** WJ760 Verzoek antwoord (LDT_VerzoekAntwoord). */
export const VERZOEK_ANTWOORDEN = {
  '1': 'Verzoek afgewezen',
  '2': 'Aanvraag in onderzoek',
} as const;
export type VerzoekAntwoord = keyof typeof VERZOEK_ANTWOORDEN;
export const isVerzoekAntwoord = (w: unknown): w is VerzoekAntwoord => isSleutel(VERZOEK_ANTWOORDEN, w);

/** WJ759 Reden afwijzing verzoek (LDT_RedenAfwijzingVerzoek), for VOT and VOW alike. */
export const REDENEN_AFWIJZING_VERZOEK = {
  '1': 'Geen wijziging, maar nieuwe aanvraag',
  '2': 'Past niet binnen budget',
  '3': 'Geen contract',
  '4': 'Past niet binnen contract',
  '5': 'Andere gemeente',
  '6': 'Stapeling',
  '7': 'Zorginhoudelijke afkeur',
  '8': 'Woonplaatsbeginsel',
  '9': 'Leeftijdsgrens is bereikt',
} as const;
export type RedenAfwijzingVerzoek = keyof typeof REDENEN_AFWIJZING_VERZOEK;
export const isRedenAfwijzingVerzoek = (w: unknown): w is RedenAfwijzingVerzoek =>
  isSleutel(REDENEN_AFWIJZING_VERZOEK, w);

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/** Same fields as the WMO301 header: gemeente (Afzender) → aanbieder (Ontvanger). */
export type Wmo319Header = Wmo301Header;

/** Afgewezen (1) with a reason (CD085), or in onderzoek (2) without one (CD086). */
export type Wmo319Antwoord =
  | { referentieAanbieder: string; verzoekAntwoord: '1'; redenAfwijzingVerzoek: RedenAfwijzingVerzoek }
  | { referentieAanbieder: string; verzoekAntwoord: '2' };

export interface Wmo319Input {
  header: Wmo319Header;
  antwoord: Wmo319Antwoord;
}

/** One problem in the input: field path, 'XSD' or rule code, Dutch message (as `Wmo301Fout`). */
export type Wmo319Fout = Wmo301Fout;

export class Wmo319ValidatieFout extends Error {
  constructor(readonly fouten: readonly Wmo319Fout[]) {
    super(
      `WMO319-bericht niet gemaakt, de invoer voldoet niet aan iWmo 3.2:\n${fouten
        .map((f) => `- ${f.veld} (${f.regel}): ${f.melding}`)
        .join('\n')}`,
    );
    this.name = 'Wmo319ValidatieFout';
  }
}

export interface Wmo319ValidatieOpties {
  /** Identificaties of WMO319 messages this gemeente sent before (TR056). */
  gebruikteBerichtIdentificaties?: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/**
 * Checks `input` against WMO319.xsd and the rules (see the module comment). Returns all problems
 * (empty: the message can be built and passes the XSD and the rule checker).
 */
export function valideerWmo319Input(input: Wmo319Input, opties: Wmo319ValidatieOpties = {}): Wmo319Fout[] {
  const v = new Controleur();
  const fouten = v.fouten;
  const fout = (veld: string, regel: string, melding: string) => v.fout(veld, regel, melding);
  /** A single-line text of 1–max characters (LDT_IdentificatieBericht, LDT_Referentie). */
  const tekst = (veld: string, label: string, waarde: unknown, max: number): waarde is string =>
    v.tekst(veld, label, waarde, { max });
  controleerHeader(v, input?.header, opties.gebruikteBerichtIdentificaties, 'antwoordbericht');

  const a = input?.antwoord as
    | { referentieAanbieder?: unknown; verzoekAntwoord?: unknown; redenAfwijzingVerzoek?: unknown }
    | undefined;
  if (!a) {
    fout('antwoord', 'XSD', 'Antwoord ontbreekt.');
    return fouten;
  }
  tekst('antwoord.referentieAanbieder', 'Referentie aanbieder', a.referentieAanbieder, 36);
  const antwoordOk = isVerzoekAntwoord(a.verzoekAntwoord);
  if (!antwoordOk) {
    fout(
      'antwoord.verzoekAntwoord',
      'XSD',
      a.verzoekAntwoord === undefined
        ? 'Verzoekantwoord ontbreekt.'
        : `Verzoekantwoord ${JSON.stringify(a.verzoekAntwoord)} komt niet voor in codelijst WJ760 (1 afgewezen, 2 in onderzoek).`,
    );
  }
  const reden = a.redenAfwijzingVerzoek;
  if (reden !== undefined && !isRedenAfwijzingVerzoek(reden)) {
    fout(
      'antwoord.redenAfwijzingVerzoek',
      'XSD',
      `Reden afwijzing ${JSON.stringify(reden)} komt niet voor in codelijst WJ759 (1 tot en met 9).`,
    );
  }
  if (a.verzoekAntwoord === '1' && reden === undefined) {
    fout(
      'antwoord.redenAfwijzingVerzoek',
      'CD085',
      'Bij een afgewezen verzoek (verzoekantwoord 1) is de reden van afwijzing verplicht.',
    );
  }
  if (a.verzoekAntwoord === '2' && reden !== undefined) {
    fout(
      'antwoord.redenAfwijzingVerzoek',
      'CD086',
      'Bij een aanvraag in onderzoek (verzoekantwoord 2) hoort geen reden van afwijzing.',
    );
  }
  return fouten;
}

// ---------------------------------------------------------------------------------------------
// Serialisation
// ---------------------------------------------------------------------------------------------

const W = (naam: string) => `wmo319:${naam}`;
const _I = (naam: string) => `iwmo:${naam}`;

/**
 * Writes the WMO319 XML for `input` WITHOUT validating it (element order and namespaces as the XSD and
 * the example; text escaped and NFC-normalised). Use `bouwWmo319` unless you need an invalid message on
 * purpose. Throws only for text that XML cannot represent.
 */
export function serialiseerWmo319(input: Wmo319Input): string {
  const { header: h, antwoord: a } = input;
  const x = new XmlSchrijver().openRoot(W('Bericht'), {
    iwmo: IWMO_BASISSCHEMA_NAMESPACE,
    wmo319: WMO319_NAMESPACE,
  });
  schrijfHeader(
    x,
    {
      prefix: 'wmo319',
      berichtcode: WMO319_BERICHTCODE,
      versie: WMO319_BERICHTVERSIE,
      subversie: WMO319_BERICHTSUBVERSIE,
      xsdVersie: WMO319_XSD_VERSIE,
    },
    h,
  );
  x.open(W('Antwoord'))
    .tekst(W('ReferentieAanbieder'), a.referentieAanbieder)
    .tekst(W('VerzoekAntwoord'), a.verzoekAntwoord)
    .optioneel(W('RedenAfwijzingVerzoek'), 'redenAfwijzingVerzoek' in a ? a.redenAfwijzingVerzoek : undefined)
    .sluit();
  x.sluit(); // Bericht
  return x.resultaat();
}

/**
 * The WMO319 antwoordbericht for `input`: validated (`valideerWmo319Input`, throws
 * `Wmo319ValidatieFout` listing every problem), then serialised. UTF-8 text without BOM.
 */
export function bouwWmo319(input: Wmo319Input, opties: Wmo319ValidatieOpties = {}): string {
  const fouten = valideerWmo319Input(input, opties);
  if (fouten.length) throw new Wmo319ValidatieFout(fouten);
  return serialiseerWmo319(input);
}

// ---------------------------------------------------------------------------------------------
// Answering a parsed verzoek; reading a WMO319 back
// ---------------------------------------------------------------------------------------------

/** The ReferentieAanbieder values a verzoek asks an answer for (one per AangevraagdProduct in a 315). */
export function referentiesVanVerzoek(verzoek: Wmo315Bericht | Wmo317Bericht): string[] {
  return verzoek.berichtcode === 'WMO317'
    ? [verzoek.verzoek.referentieAanbieder]
    : [...new Set(verzoek.aangevraagdeProducten.map((p) => p.referentieAanbieder))];
}

/**
 * The WMO319 input answering `verzoek` (as read by `leesWmo315`/`leesWmo317`): the header reversed
 * (the gemeente that received the verzoek answers the aanbieder that sent it) and the
 * ReferentieAanbieder of the verzoek (TR355). A WMO315 with several AangevraagdProducten has one
 * referentie each: pass `referentieAanbieder` to say which one this answer is for (one WMO319 per
 * referentie; the XSD allows one Antwoord per message).
 */
export function antwoordOpVerzoek(
  verzoek: Wmo315Bericht | Wmo317Bericht,
  antwoord: { verzoekAntwoord: '1'; redenAfwijzingVerzoek: RedenAfwijzingVerzoek } | { verzoekAntwoord: '2' },
  berichtIdentificatie: Wmo319Header['berichtIdentificatie'],
  referentieAanbieder?: string,
): Wmo319Input {
  const referenties = referentiesVanVerzoek(verzoek);
  let referentie = referentieAanbieder;
  if (referentie === undefined) {
    if (referenties.length !== 1) {
      throw new Error(
        `Het verzoek heeft ${referenties.length} referenties (${referenties.join(', ')}); geef aan welke dit antwoord betreft.`,
      );
    }
    referentie = referenties[0]!;
  } else if (!referenties.includes(referentie)) {
    throw new Error(`Referentie ${JSON.stringify(referentie)} komt niet voor in het verzoek (TR355).`);
  }
  return {
    header: {
      gemeentecode: verzoek.header.gemeentecode,
      aanbiederAgbCode: verzoek.header.aanbiederAgbCode,
      berichtIdentificatie,
    },
    antwoord: { referentieAanbieder: referentie, ...antwoord },
  };
}

/** A WMO319 as read back: the header (with XsdVersie) and the answer. */
export interface Wmo319Bericht {
  berichtcode: 'WMO319';
  header: IwmoHeader;
  antwoord: Wmo319Antwoord;
}

/**
 * Reads a WMO319 with the strict reader of inkomend.ts (for round-trip tests and for archived
 * messages). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations, also for CD085/CD086 violations,
 * because `Wmo319Antwoord` cannot represent them.
 */
export function leesWmo319(xml: string): Wmo319Bericht {
  const M = delenIn(WMO319_NAMESPACE);
  const { header, hoofd } = leesBericht(xml, 'WMO319', 'Antwoord');
  const a = leesInhoud(hoofd, [
    M('ReferentieAanbieder'),
    M('VerzoekAntwoord'),
    M('RedenAfwijzingVerzoek', 0),
  ]);
  const referentieAanbieder = tekstVan(a.een('ReferentieAanbieder'));
  const verzoekAntwoord = codeVan(a.een('VerzoekAntwoord'), VERZOEK_ANTWOORDEN, 'WJ760');
  const redenEl = a.optioneel('RedenAfwijzingVerzoek');
  let antwoord: Wmo319Antwoord;
  if (verzoekAntwoord === '1') {
    if (!redenEl) {
      throw new IwmoLeesFout(hoofd.pad, 'RedenAfwijzingVerzoek ontbreekt bij een afgewezen verzoek (CD085)');
    }
    antwoord = {
      referentieAanbieder,
      verzoekAntwoord,
      redenAfwijzingVerzoek: codeVan(redenEl, REDENEN_AFWIJZING_VERZOEK, 'WJ759'),
    };
  } else {
    if (redenEl) {
      throw new IwmoLeesFout(redenEl.pad, 'hoort niet bij een aanvraag in onderzoek (CD086)');
    }
    antwoord = { referentieAanbieder, verzoekAntwoord };
  }
  return { berichtcode: 'WMO319', header, antwoord };
}
