/**
 * Which incoming message a document is: from Header/BerichtCode (COD002-VEKTIS: 418 WMO305, 420 WMO307,
 * 444 WMO315, 480 WMO317); the root's namespace decides only when BerichtCode is missing or empty.
 */
import {
  BERICHTCODES,
  INKOMENDE_BERICHTSOORTEN,
  type InkomendeBerichtsoort,
  NAMESPACE_PATROON,
} from './berichtsoorten.ts';
import { isSleutel } from './waarden.ts';
import { leesXml, type XmlElement, XmlLeesFout } from './xml-lezer.ts';

export type InkomendBerichtFoutCode = 'onleesbaar' | 'onbekende-berichtsoort';

/** The input cannot be checked as an incoming message at all: not readable XML, or not a 305/307/315/317. */
export class InkomendBerichtFout extends Error {
  constructor(
    readonly code: InkomendBerichtFoutCode,
    melding: string,
  ) {
    super(melding);
    this.name = 'InkomendBerichtFout';
  }
}

function omschrijfCode(code: string): string {
  return isSleutel(BERICHTCODES, code) ? `${code} (${BERICHTCODES[code]})` : JSON.stringify(code);
}

const VERWACHT = 'verwacht WMO305 (418), WMO307 (420), WMO315 (444) of WMO317 (480)';

/**
 * Which incoming message `xml` is (see inkomend.ts). Throws `InkomendBerichtFout`: 'onleesbaar'
 * when the XML cannot be read (or has a DTD, another encoding …), 'onbekende-berichtsoort' otherwise.
 */
export function herkenInkomendBericht(xml: string): InkomendeBerichtsoort {
  return soortVan(leesbaar(xml));
}

export function soortVan(root: XmlElement): InkomendeBerichtsoort {
  const nsMatch = NAMESPACE_PATROON.exec(root.namespace);
  if (root.naam !== 'Bericht' || !nsMatch) {
    throw new InkomendBerichtFout(
      'onbekende-berichtsoort',
      `Geen iWmo 3.2-bericht: het root-element is {${root.namespace}}${root.naam}; ${VERWACHT}.`,
    );
  }
  const header = root.kinderen.find((k) => k.naam === 'Header' && k.namespace === root.namespace);
  const codeEl = header?.kinderen.find((k) => k.naam === 'BerichtCode' && k.namespace === root.namespace);
  const code = codeEl ? codeEl.tekst.trim() : '';
  const soortVanCode = isSleutel(BERICHTCODES, code) ? BERICHTCODES[code] : undefined;
  const soortVanNs = nsMatch[1]!.toUpperCase();
  const inkomend = (s: string | undefined): s is InkomendeBerichtsoort =>
    (INKOMENDE_BERICHTSOORTEN as readonly string[]).includes(s ?? '');
  if (inkomend(soortVanCode)) return soortVanCode;
  if (code === '' && inkomend(soortVanNs)) return soortVanNs;
  const gevonden =
    code === '' ? `geen BerichtCode, namespace ${soortVanNs}` : `BerichtCode ${omschrijfCode(code)}`;
  const uitgaand =
    soortVanCode === 'WMO301' || soortVanCode === 'WMO319'
      ? ` ${soortVanCode} is een bericht van de gemeente aan de aanbieder, geen bericht van een aanbieder.`
      : '';
  throw new InkomendBerichtFout(
    'onbekende-berichtsoort',
    `Onbekende of niet ondersteunde berichtsoort (${gevonden}); ${VERWACHT}.${uitgaand}`,
  );
}

/** `xml` read with `leesXml`; unreadable XML (a DTD, another encoding …) → `InkomendBerichtFout` 'onleesbaar'. */
export function leesbaar(xml: string): XmlElement {
  try {
    return leesXml(xml);
  } catch (e) {
    if (e instanceof XmlLeesFout || e instanceof TypeError) {
      throw new InkomendBerichtFout('onleesbaar', `Het bericht is geen leesbare XML: ${e.message}`);
    }
    throw e;
  }
}
