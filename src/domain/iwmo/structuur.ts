/**
 * Strict readers for the known structure of an iWmo message: the content model of each visited
 * element (order, required and repeated elements, no stray text or attributes), the lexical form of
 * each value (codes, integers after XSD whitespace collapsing, dates that exist) and the Header.
 * A deviation throws `IwmoLeesFout` with the element's XPath.
 */
import { type IsoDatum, isIsoDatum } from '../termijnen/datum.ts';
import {
  BERICHTCODE_VAN,
  IWMO_BASISSCHEMA_NAMESPACE,
  type IwmoBerichtsoort,
  iwmoNamespace,
} from './berichtsoorten.ts';
import { isSleutel } from './waarden.ts';
import { leesXml, type XmlElement, XSI_NAMESPACE } from './xml-lezer.ts';

/** The message does not have the structure or values its type prescribes. */
export class IwmoLeesFout extends Error {
  constructor(
    readonly pad: string,
    melding: string,
  ) {
    super(`${pad}: ${melding}`);
    this.name = 'IwmoLeesFout';
  }
}

/** One particle of an XSD sequence: element name, namespace, minOccurs, maxOccurs. */
export interface Deel {
  naam: string;
  namespace: string;
  min: number;
  max: number;
}

const ALLEEN_WIT = /^[ \t\n\r]*$/;

function controleerAttributen(el: XmlElement): void {
  for (const a of el.attributen) {
    const toegestaan =
      a.namespace === XSI_NAMESPACE &&
      (a.naam === 'schemaLocation' || a.naam === 'noNamespaceSchemaLocation');
    if (!toegestaan) {
      throw new IwmoLeesFout(
        el.pad,
        `attribuut ${a.namespace ? `{${a.namespace}}` : ''}${a.naam} hoort niet in een iWmo-bericht`,
      );
    }
  }
}

/** The children of a complex element, after checking them against its sequence. */
export class Inhoud {
  constructor(
    readonly element: XmlElement,
    private readonly delen: ReadonlyMap<string, XmlElement[]>,
  ) {}

  een(naam: string): XmlElement {
    const el = this.delen.get(naam)?.[0];
    if (!el) throw new IwmoLeesFout(this.element.pad, `${naam} ontbreekt`);
    return el;
  }

  optioneel(naam: string): XmlElement | undefined {
    return this.delen.get(naam)?.[0];
  }

  alle(naam: string): XmlElement[] {
    return this.delen.get(naam) ?? [];
  }
}

/**
 * Checks that `el` has element-only content matching the sequence `delen` (order, minOccurs,
 * maxOccurs; no other elements, no text, no attributes) and returns its children by name.
 */
export function leesInhoud(el: XmlElement, delen: readonly Deel[]): Inhoud {
  controleerAttributen(el);
  if (!ALLEEN_WIT.test(el.tekst)) throw new IwmoLeesFout(el.pad, 'bevat tekst waar alleen elementen horen');
  const gevonden = new Map<string, XmlElement[]>();
  let d = 0;
  let aantal = 0;
  const past = (deel: Deel, kind: XmlElement) => deel.naam === kind.naam && deel.namespace === kind.namespace;
  for (const kind of el.kinderen) {
    if (!delen.some((deel) => past(deel, kind))) {
      throw new IwmoLeesFout(kind.pad, `element {${kind.namespace}}${kind.naam} hoort hier niet`);
    }
    while (d < delen.length && !past(delen[d]!, kind)) {
      if (aantal < delen[d]!.min) {
        throw new IwmoLeesFout(el.pad, `${delen[d]!.naam} ontbreekt (gevonden: ${kind.naam})`);
      }
      d++;
      aantal = 0;
    }
    if (d === delen.length) {
      throw new IwmoLeesFout(
        kind.pad,
        `element ${kind.naam} staat op de verkeerde plaats of komt te vaak voor`,
      );
    }
    aantal++;
    if (aantal > delen[d]!.max) throw new IwmoLeesFout(kind.pad, `${kind.naam} komt te vaak voor`);
    const lijst = gevonden.get(kind.naam) ?? [];
    lijst.push(kind);
    gevonden.set(kind.naam, lijst);
  }
  for (let j = d; j < delen.length; j++) {
    if ((j === d ? aantal : 0) < delen[j]!.min) throw new IwmoLeesFout(el.pad, `${delen[j]!.naam} ontbreekt`);
  }
  return new Inhoud(el, gevonden);
}

/** Sequence particles in namespace `ns`: `deel('Bsn')`, `deel('Commentaar', 0)`, `deel('X', 1, Infinity)`. */
export function delenIn(ns: string) {
  return (naam: string, min = 1, max = 1): Deel => ({ naam, namespace: ns, min, max });
}

/** The text of a simple-type element, exactly as written (xs:string keeps whitespace). */
export function tekstVan(el: XmlElement): string {
  controleerAttributen(el);
  if (el.kinderen.length) throw new IwmoLeesFout(el.pad, 'bevat elementen waar alleen tekst hoort');
  return el.tekst;
}

/** XSD whitespace "collapse" as applied to xs:integer and xs:date before checking the value. */
function ingeklapt(el: XmlElement): string {
  return tekstVan(el)
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();
}

export function patroonVan(el: XmlElement, patroon: RegExp, omschrijving: string): string {
  const t = tekstVan(el);
  if (!patroon.test(t))
    throw new IwmoLeesFout(el.pad, `verwacht ${omschrijving}, kreeg ${JSON.stringify(t)}`);
  return t;
}

export function codeVan<T extends Record<string, string>>(
  el: XmlElement,
  lijst: T,
  codelijst: string,
): keyof T & string {
  const t = tekstVan(el);
  if (!isSleutel(lijst, t)) {
    throw new IwmoLeesFout(el.pad, `${JSON.stringify(t)} komt niet voor in codelijst ${codelijst}`);
  }
  return t;
}

export function geheelGetalVan(el: XmlElement, min: number, max: number): number {
  const t = ingeklapt(el);
  const n = /^[+-]?[0-9]+$/.test(t) ? Number(t) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new IwmoLeesFout(
      el.pad,
      `verwacht een geheel getal van ${min} tot en met ${max}, kreeg ${JSON.stringify(t)}`,
    );
  }
  return n === 0 ? 0 : n; // no -0
}

export function datumVan(el: XmlElement): IsoDatum {
  const t = ingeklapt(el);
  if (!isIsoDatum(t))
    throw new IwmoLeesFout(el.pad, `verwacht een datum JJJJ-MM-DD, kreeg ${JSON.stringify(t)}`);
  return t;
}

/** A header value fixed by the XSD pattern (BerichtCode is a string, the versions are integers). */
function vasteWaarde(el: XmlElement, verwacht: string, integer: boolean): void {
  const t = integer ? ingeklapt(el) : tekstVan(el);
  if (t !== verwacht) throw new IwmoLeesFout(el.pad, `verwacht ${verwacht}, kreeg ${JSON.stringify(t)}`);
}

export const B = delenIn(IWMO_BASISSCHEMA_NAMESPACE);
export const AGB = /^[0-9]{8}$/;
export const GEMEENTE = /^[0-9]{4}$/;
export const BSN = /^[0-9]{9}$/;

/** Header of any iWmo 3.2 message: who sent it to whom, and its identification. */
export interface IwmoHeader {
  /** CBS gemeentecode (4 digits): Ontvanger of an incoming message, Afzender of an outgoing one. */
  gemeentecode: string;
  /** AGB code of the aanbieder (8 digits): Afzender of an incoming message, Ontvanger of an outgoing one. */
  aanbiederAgbCode: string;
  berichtIdentificatie: { identificatie: string; dagtekening: IsoDatum };
  xsdVersie: { basisschemaXsdVersie: string; berichtXsdVersie: string };
}

/**
 * Reads the root `Bericht` of a message of type `soort`: checks the namespace, the Header (BerichtCode,
 * versions, sender and receiver in the right direction) and returns the header and the content of
 * the root (Header + `hoofdelement`, e.g. 'Client' or 'Antwoord').
 */
export function leesBericht(
  xml: string,
  soort: IwmoBerichtsoort,
  hoofdelement: string,
): { header: IwmoHeader; hoofd: XmlElement } {
  const root = leesXml(xml);
  const ns = iwmoNamespace(soort);
  if (root.naam !== 'Bericht' || root.namespace !== ns) {
    throw new IwmoLeesFout(
      root.pad,
      `geen ${soort}-bericht: verwacht {${ns}}Bericht, kreeg {${root.namespace}}${root.naam}`,
    );
  }
  const M = delenIn(ns);
  const inhoud = leesInhoud(root, [M('Header'), M(hoofdelement)]);
  const h = leesInhoud(inhoud.een('Header'), [
    M('BerichtCode'),
    M('BerichtVersie'),
    M('BerichtSubversie'),
    M('Afzender'),
    M('Ontvanger'),
    M('BerichtIdentificatie'),
    M('XsdVersie'),
  ]);
  vasteWaarde(h.een('BerichtCode'), BERICHTCODE_VAN[soort], false);
  vasteWaarde(h.een('BerichtVersie'), '3', true);
  vasteWaarde(h.een('BerichtSubversie'), '2', true);
  const vanGemeente = soort === 'WMO301' || soort === 'WMO319';
  const gemeente = h.een(vanGemeente ? 'Afzender' : 'Ontvanger');
  const aanbieder = h.een(vanGemeente ? 'Ontvanger' : 'Afzender');
  const bi = leesInhoud(h.een('BerichtIdentificatie'), [B('Identificatie'), B('Dagtekening')]);
  const xv = leesInhoud(h.een('XsdVersie'), [B('BasisschemaXsdVersie'), B('BerichtXsdVersie')]);
  return {
    header: {
      gemeentecode: patroonVan(gemeente, GEMEENTE, 'een gemeentecode van 4 cijfers'),
      aanbiederAgbCode: patroonVan(aanbieder, AGB, 'een AGB-code van 8 cijfers'),
      berichtIdentificatie: {
        identificatie: tekstVan(bi.een('Identificatie')),
        dagtekening: datumVan(bi.een('Dagtekening')),
      },
      xsdVersie: {
        basisschemaXsdVersie: tekstVan(xv.een('BasisschemaXsdVersie')),
        berichtXsdVersie: tekstVan(xv.een('BerichtXsdVersie')),
      },
    },
    hoofd: inhoud.een(hoofdelement),
  };
}
