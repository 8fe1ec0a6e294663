/**
 * Incoming iWmo 3.2 messages from aanbieders: WMO305 (start levering), WMO307 (stop levering), WMO315
 * (verzoek om toewijzing) and WMO317 (verzoek om wijziging).
 *
 * Two steps, deliberately separate:
 *
 * 1. `controleerInkomendBericht(xml, opties)` — the integration point with the standard's OWN checks:
 *    the message's XSD (xsd/WMOxxx.xsd + basisschema.xsd) with `xmllint`, and the rule checker
 *    iwmo-3.2-regels-TR-CD-CS.xsl (v2.10.5) with `xsltproc`. It returns the rule codes the checker
 *    reports (CS002, TR134, …); XSD violations get the code 'XSD' (the standard has no rule code for
 *    them; on the transport layer VECOZO reports them as IB014, the GGK as IB001).
 * 2. `leesWmo305/307/315/317(xml)` — pure functions that turn a message that passed step 1 into a
 *    typed object. `ontvangInkomendBericht` does both in the right order.
 *
 * Decisions
 *
 * - Where the tool calls live. The checks are production logic (a gemeente must refuse a message the
 *   standard rejects), so this module lives in src/ and does NOT import tests/support. The external
 *   tools are reached through one injectable function, `Uitvoerder` (program, arguments, stdin) →
 *   (status, stdout, stderr); `spawnUitvoerder` (spawnSync, default) is used unless the caller passes
 *   another one (a sandbox, a remote validator, a fake in tests). The message goes in on stdin ('-'),
 *   so no temporary files. Both tools run with `--nonet` (no network, no external entities). The
 *   calls are synchronous (spawnSync, ~10 ms each): run this in a job/worker, not in a request
 *   handler that must stay responsive. The standard's files are found in `opties.standaardMap`, else
 *   $IWMO_STANDAARD_MAP, else the copy in the repository's standards/iwmo-3.2.
 * - Which type a message has: from Header/BerichtCode (COD002-VEKTIS: 418 WMO305, 420 WMO307, 444
 *   WMO315, 480 WMO317). If BerichtCode is missing or empty, the namespace of the root element decides
 *   (so that the XSD can report the missing element); if the two disagree, the BerichtCode wins and
 *   the XSD reports the mismatch. A message of any other type (WMO301/319 go from gemeente to
 *   aanbieder; 999 is nothing) cannot be checked meaningfully: `InkomendBerichtFout` with code
 *   'onbekende-berichtsoort', naming what was found and what is accepted.
 * - Parsing. No XML library is installed, and calling `xmllint --xpath` per value costs a process per
 *   field (dozens per message) and still needs escaping rules to split results. Instead this module
 *   has a small, strict XML 1.0 reader (`leesXml`) for exactly what iWmo messages can contain:
 *   elements, namespace declarations (any prefixes, default namespace), text, the five predefined
 *   entities, character references, CDATA, comments and processing instructions. It REFUSES what a
 *   message never needs and what makes XML dangerous or ambiguous: a DOCTYPE/DTD (so no entity
 *   expansion, no external entities), encodings other than UTF-8, XML 1.1, undeclared prefixes,
 *   characters outside XML 1.0, nesting deeper than 64. It normalises line ends as XML requires
 *   (CRLF/CR → LF) and compares names by namespace URI + local name, never by prefix. The readers on
 *   top check the content model of every element they visit (order, required and repeated elements,
 *   no stray text, no attributes other than namespace declarations and xsi:schemaLocation) and the
 *   lexical form of every value they return (codes from the code lists, integers after XSD whitespace
 *   collapsing: " +0300201 " is a valid LDT_Nummer; dates YYYY-MM-DD that exist; digit patterns of
 *   AGB, gemeente, BSN), so a deviation throws `IwmoLeesFout` with the XPath of the element instead
 *   of yielding a half-filled object. They do not re-check every facet (lengths, text patterns): that
 *   is what step 1 is for. The tests cross-check values read here against `xmllint --xpath` on
 *   messages with entities, CDATA, comments, other prefixes and a default namespace.
 * - `controleerInkomendBericht` runs the reader first (to recognise the type and to refuse a DTD
 *   before any tool sees the message), then the XSD, then the rule checker. The rule checker also
 *   runs when the XSD fails: its findings are then reported too, but only the XSD errors are
 *   conclusive for such a message.
 *
 * The official example WMO317.xml itself breaks TR380 (GewensteIngangsdatum of a NieuwProduct must be
 * AFTER the dagtekening; both are 2023-04-02), so it is not `geldig` here; the tests show this.
 *
 * Not checked here (need the gemeente's administration): TR019/TR063/TR069/TR071/TR074/TR326/TR413–
 * TR415 (start/stop against earlier messages and toewijzingen), TR056 (identificatie unique per
 * sender), TR135 (dagtekening not in the future), TR347/TR349–TR351/TR357/TR374 (verzoeken against
 * current toewijzingen and earlier verzoeken), TR378/TR381 (gemeente and product code lists).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type IsoDatum, isIsoDatum } from '../termijnen/datum.ts';
import {
  DATUMGEBRUIK,
  EENHEDEN,
  FREQUENTIES,
  GESLACHTEN,
  type Geslacht,
  PRODUCTCATEGORIEEN,
  type Productcategorie,
  type TypeVerwijzer,
  VERWIJZERS,
} from './codelijsten.ts';
import { type Achternaam, type Geboortedatum, IWMO_BASISSCHEMA_NAMESPACE, type Omvang } from './wmo301.ts';
import { ongeldigXmlTeken } from './xml.ts';

// ---------------------------------------------------------------------------------------------
// Message types and code lists
// ---------------------------------------------------------------------------------------------

/** COD002-VEKTIS Berichtcode (codelijsten/COD002VEKTIS_Berichtcode) → message name. */
export const BERICHTCODES = {
  '414': 'WMO301',
  '415': 'WMO302',
  '418': 'WMO305',
  '419': 'WMO306',
  '420': 'WMO307',
  '421': 'WMO308',
  '444': 'WMO315',
  '445': 'WMO316',
  '480': 'WMO317',
  '481': 'WMO318',
  '482': 'WMO319',
  '483': 'WMO320',
  '484': 'WMO323',
  '485': 'WMO325',
} as const;

/** The iWmo 3.2 messages whose XSD is in the standard's xsd/ directory. */
export type IwmoBerichtsoort = 'WMO301' | 'WMO305' | 'WMO307' | 'WMO315' | 'WMO317' | 'WMO319' | 'WMO323';

/** Messages an aanbieder sends to the gemeente that this module checks and reads. */
export type InkomendeBerichtsoort = 'WMO305' | 'WMO307' | 'WMO315' | 'WMO317';
export const INKOMENDE_BERICHTSOORTEN: readonly InkomendeBerichtsoort[] = [
  'WMO305',
  'WMO307',
  'WMO315',
  'WMO317',
];

const BERICHTCODE_VAN: Readonly<Record<IwmoBerichtsoort, string>> = {
  WMO301: '414',
  WMO305: '418',
  WMO307: '420',
  WMO315: '444',
  WMO317: '480',
  WMO319: '482',
  WMO323: '484',
};

/** Namespace of the elements declared in the message's own XSD, e.g. …/iwmo/3_2/wmo305/schema. */
export function iwmoNamespace(soort: IwmoBerichtsoort): string {
  return `http://www.istandaarden.nl/iwmo/3_2/${soort.toLowerCase()}/schema`;
}

const NAMESPACE_PATROON = /^http:\/\/www\.istandaarden\.nl\/iwmo\/3_2\/(wmo\d{3})\/schema$/;

function isSleutel<T extends Record<string, string>>(lijst: T, waarde: unknown): waarde is keyof T & string {
  return typeof waarde === 'string' && Object.hasOwn(lijst, waarde);
}

/** COD467 Status aanlevering (LDT_StatusAanlevering). CS058: in WMO305/307 only 1 or 3. */
export const STATUSSEN_AANLEVERING = {
  '1': 'Eerste aanlevering',
  '2': 'Gewijzigde aanlevering',
  '3': 'Verwijderen aanlevering',
  '9': 'Niet van toepassing (ongewijzigd)',
} as const;
export type StatusAanlevering = keyof typeof STATUSSEN_AANLEVERING;

/** WMO588 Reden beëindiging (LDT_RedenBeeindiging), used in WMO307. */
export const REDENEN_BEEINDIGING = {
  '02': 'Overlijden',
  '19': 'Levering volgens plan beëindigd',
  '20': 'Levering is tijdelijk beëindigd',
  '21': 'Levering is eenzijdig door cliënt beëindigd',
  '22': 'Levering is eenzijdig door aanbieder beëindigd',
  '23': 'Levering is in overeenstemming voortijdig beëindigd',
  '31': 'Verhuizing naar een andere gemeente',
  '36': 'Geïnitieerd door de gemeente',
  '37': 'In verband met wijzigingsverzoek',
  '38': 'Overstap naar andere aanbieder',
  '39': 'Uitstroom naar ander domein',
} as const;
export type RedenBeeindiging = keyof typeof REDENEN_BEEINDIGING;

/** WJ758 Reden verzoek (LDT_RedenVerzoek), used in WMO317 (not in WMO315). */
export const REDENEN_VERZOEK = {
  '1': 'Verandering cliëntsituatie',
  '2': 'Wijziging zorgplan',
} as const;
export type RedenVerzoek = keyof typeof REDENEN_VERZOEK;

/** COD260 Ja of nee (LDT_JaNee). */
const JA_NEE = { '1': 'Ja', '2': 'Nee' } as const;

// ---------------------------------------------------------------------------------------------
// A small, strict XML 1.0 reader
// ---------------------------------------------------------------------------------------------

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const MAX_DIEPTE = 64;

export interface XmlAttribuut {
  namespace: string;
  naam: string;
  waarde: string;
}

/** An element: its expanded name, attributes (without namespace declarations) and content. */
export interface XmlElement {
  /** Namespace URI, '' when the element is in no namespace. */
  namespace: string;
  /** Local name. */
  naam: string;
  attributen: XmlAttribuut[];
  kinderen: XmlElement[];
  /** The character data directly in this element (text, references, CDATA; comments left out). */
  tekst: string;
  /** Location as the rule checker writes it: local names, [n] when a name repeats among siblings. */
  pad: string;
}

/** The input is not well-formed XML, or uses something this reader refuses (DTD, other encoding…). */
export class XmlLeesFout extends Error {
  constructor(
    melding: string,
    readonly regel: number,
    readonly kolom: number,
  ) {
    super(`${melding} (regel ${regel}, kolom ${kolom})`);
    this.name = 'XmlLeesFout';
  }
}

// XML 1.0 (5th ed.) NameStartChar / NameChar, without ':' (namespaces: NCName).
const NAAM_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAAM_TEKEN = `${NAAM_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const NCNAAM = new RegExp(`[${NAAM_START}][${NAAM_TEKEN}]*`, 'uy');
const XML_DECLARATIE =
  /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"([^"]*)"|'([^']*)'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/y;
const VERWIJZING = /&(?:#([0-9]+)|#x([0-9a-fA-F]+)|([^\s;<&]+));/y;
const ENTITEITEN: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

interface QNaam {
  prefix: string;
  lokaal: string;
  q: string;
}

function isWit(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

class XmlLezer {
  private i = 0;
  private diepte = 0;
  private readonly s: string;

  constructor(invoer: string) {
    // XML end-of-line handling (XML 1.0 §2.11) before anything else.
    this.s = invoer.replace(/\r\n?/g, '\n');
  }

  private fout(melding: string, positie = this.i): never {
    const voor = this.s.slice(0, positie);
    const regel = voor.split('\n').length;
    throw new XmlLeesFout(melding, regel, positie - voor.lastIndexOf('\n'));
  }

  private begintMet(tekst: string): boolean {
    return this.s.startsWith(tekst, this.i);
  }

  private slaWitOver(): boolean {
    const begin = this.i;
    while (isWit(this.s[this.i])) this.i++;
    return this.i > begin;
  }

  private ncNaam(): string | undefined {
    NCNAAM.lastIndex = this.i;
    const m = NCNAAM.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }

  private naam(): QNaam {
    const a = this.ncNaam();
    if (a === undefined) this.fout('Naam verwacht');
    if (this.s[this.i] !== ':') return { prefix: '', lokaal: a, q: a };
    this.i++;
    const b = this.ncNaam();
    if (b === undefined) this.fout(`Ongeldige naam na '${a}:'`);
    return { prefix: a, lokaal: b, q: `${a}:${b}` };
  }

  private verwijzing(): string {
    VERWIJZING.lastIndex = this.i;
    const m = VERWIJZING.exec(this.s);
    if (!m) this.fout("Ongeldige verwijzing: een losse '&' moet als &amp; geschreven worden");
    const [geheel, dec, hex, naam] = m;
    let teken: string;
    if (naam !== undefined) {
      const t = ENTITEITEN[naam];
      if (t === undefined) {
        this.fout(
          `Onbekende entiteit &${naam}; (zonder DTD zijn alleen &lt; &gt; &amp; &apos; &quot; toegestaan)`,
        );
      }
      teken = t;
    } else {
      const cp = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      if (!(cp <= 0x10ffff)) this.fout(`Tekenverwijzing ${geheel} bestaat niet`);
      teken = String.fromCodePoint(cp);
      if (ongeldigXmlTeken(teken) >= 0) this.fout(`Tekenverwijzing ${geheel} is geen toegestaan XML-teken`);
    }
    this.i += geheel.length;
    return teken;
  }

  private attribuutwaarde(): string {
    const aanhaling = this.s[this.i];
    if (aanhaling !== '"' && aanhaling !== "'") this.fout('Attribuutwaarde tussen aanhalingstekens verwacht');
    this.i++;
    let waarde = '';
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined) this.fout('Attribuutwaarde is niet afgesloten');
      if (c === aanhaling) {
        this.i++;
        return waarde;
      }
      if (c === '<') this.fout("'<' is niet toegestaan in een attribuutwaarde");
      if (c === '&') {
        waarde += this.verwijzing();
        continue;
      }
      waarde += isWit(c) ? ' ' : c; // attribute-value normalisation
      this.i++;
    }
  }

  private commentaar(): void {
    const eind = this.s.indexOf('-->', this.i + 4);
    if (eind < 0) this.fout('Commentaar is niet afgesloten');
    const inhoud = this.s.slice(this.i + 4, eind);
    if (inhoud.includes('--') || inhoud.endsWith('-')) this.fout("'--' is niet toegestaan in commentaar");
    this.i = eind + 3;
  }

  private verwerkingsinstructie(): void {
    const begin = this.i;
    this.i += 2;
    const doel = this.ncNaam();
    if (doel === undefined) this.fout('Naam van de verwerkingsinstructie verwacht');
    if (doel.toLowerCase() === 'xml') this.fout('De XML-declaratie mag alleen aan het begin staan', begin);
    const eind = this.s.indexOf('?>', this.i);
    if (eind < 0) this.fout('Verwerkingsinstructie is niet afgesloten', begin);
    if (eind > this.i && !isWit(this.s[this.i])) this.fout('Spatie verwacht na de naam');
    this.i = eind + 2;
  }

  private overig(): void {
    for (;;) {
      this.slaWitOver();
      if (this.begintMet('<!--')) this.commentaar();
      else if (this.begintMet('<?')) this.verwerkingsinstructie();
      else return;
    }
  }

  private element(bereik: ReadonlyMap<string, string>): XmlElement {
    const begin = this.i;
    if (++this.diepte > MAX_DIEPTE) this.fout(`Elementen zijn dieper genest dan ${MAX_DIEPTE} niveaus`);
    this.i++; // '<'
    const naam = this.naam();
    const ruw: Array<{ naam: QNaam; waarde: string; positie: number }> = [];
    let leeg = false;
    for (;;) {
      const wit = this.slaWitOver();
      const c = this.s[this.i];
      if (c === '>') {
        this.i++;
        break;
      }
      if (c === '/' && this.s[this.i + 1] === '>') {
        this.i += 2;
        leeg = true;
        break;
      }
      if (c === undefined) this.fout(`Starttag <${naam.q}> is niet afgesloten`, begin);
      if (!wit) this.fout('Spatie verwacht vóór een attribuut');
      const positie = this.i;
      const attribuut = this.naam();
      this.slaWitOver();
      if (this.s[this.i] !== '=') this.fout(`'=' verwacht na attribuut ${attribuut.q}`);
      this.i++;
      this.slaWitOver();
      const waarde = this.attribuutwaarde();
      if (ruw.some((a) => a.naam.q === attribuut.q))
        this.fout(`Attribuut ${attribuut.q} komt twee keer voor`, positie);
      ruw.push({ naam: attribuut, waarde, positie });
    }

    // Namespace declarations (Namespaces in XML 1.0).
    let eigen = bereik;
    const verklaar = (prefix: string, uri: string) => {
      if (eigen === bereik) eigen = new Map(bereik);
      (eigen as Map<string, string>).set(prefix, uri);
    };
    for (const a of ruw) {
      if (a.naam.q === 'xmlns') {
        if (a.waarde === XML_NAMESPACE || a.waarde === XMLNS_NAMESPACE)
          this.fout('Gereserveerde namespace als standaardnamespace', a.positie);
        verklaar('', a.waarde);
      } else if (a.naam.prefix === 'xmlns') {
        const p = a.naam.lokaal;
        if (p === 'xmlns') this.fout('Het prefix xmlns mag niet gedeclareerd worden', a.positie);
        if (a.waarde === '')
          this.fout(`Prefix ${p} mag niet aan een lege namespace gebonden worden`, a.positie);
        if ((p === 'xml') !== (a.waarde === XML_NAMESPACE) || a.waarde === XMLNS_NAMESPACE)
          this.fout(`Ongeldige binding van prefix ${p} aan ${a.waarde}`, a.positie);
        verklaar(p, a.waarde);
      }
    }
    const namespace = naam.prefix ? eigen.get(naam.prefix) : (eigen.get('') ?? '');
    if (namespace === undefined) this.fout(`Prefix ${naam.prefix} is niet gedeclareerd`, begin);
    const attributen: XmlAttribuut[] = [];
    for (const a of ruw) {
      if (a.naam.q === 'xmlns' || a.naam.prefix === 'xmlns') continue;
      const ns = a.naam.prefix ? eigen.get(a.naam.prefix) : '';
      if (ns === undefined) this.fout(`Prefix ${a.naam.prefix} is niet gedeclareerd`, a.positie);
      if (attributen.some((b) => b.namespace === ns && b.naam === a.naam.lokaal))
        this.fout(`Attribuut ${a.naam.q} komt twee keer voor`, a.positie);
      attributen.push({ namespace: ns, naam: a.naam.lokaal, waarde: a.waarde });
    }

    const el: XmlElement = { namespace, naam: naam.lokaal, attributen, kinderen: [], tekst: '', pad: '' };
    if (!leeg) {
      const delen: string[] = [];
      for (;;) {
        const c = this.s[this.i];
        if (c === undefined) this.fout(`Element <${naam.q}> is niet afgesloten`, begin);
        if (c === '<') {
          if (this.begintMet('</')) {
            const eindBegin = this.i;
            this.i += 2;
            const eind = this.naam();
            this.slaWitOver();
            if (this.s[this.i] !== '>') this.fout(`'>' verwacht in eindtag </${eind.q}>`);
            this.i++;
            if (eind.q !== naam.q) this.fout(`Eindtag </${eind.q}> hoort niet bij <${naam.q}>`, eindBegin);
            break;
          }
          if (this.begintMet('<!--')) this.commentaar();
          else if (this.begintMet('<![CDATA[')) {
            const eind = this.s.indexOf(']]>', this.i + 9);
            if (eind < 0) this.fout('CDATA-sectie is niet afgesloten');
            delen.push(this.s.slice(this.i + 9, eind));
            this.i = eind + 3;
          } else if (this.begintMet('<?')) this.verwerkingsinstructie();
          else if (this.begintMet('<!')) this.fout('Declaraties (DOCTYPE, ENTITY …) zijn niet toegestaan');
          else el.kinderen.push(this.element(eigen));
          continue;
        }
        if (c === '&') {
          delen.push(this.verwijzing());
          continue;
        }
        let eind = this.i;
        while (eind < this.s.length && this.s[eind] !== '<' && this.s[eind] !== '&') eind++;
        const stuk = this.s.slice(this.i, eind);
        const cdataEind = stuk.indexOf(']]>');
        if (cdataEind >= 0) this.fout("']]>' is niet toegestaan in tekst", this.i + cdataEind);
        delen.push(stuk);
        this.i = eind;
      }
      el.tekst = delen.join('');
    }
    this.diepte--;
    return el;
  }

  document(): XmlElement {
    const ongeldig = ongeldigXmlTeken(this.s);
    if (ongeldig >= 0) {
      const cp = this.s.codePointAt(ongeldig) ?? 0;
      this.fout(
        `Teken U+${cp.toString(16).toUpperCase().padStart(4, '0')} is niet toegestaan in XML 1.0`,
        ongeldig,
      );
    }
    if (this.s.startsWith('\uFEFF')) this.i = 1;
    if (this.begintMet('<?xml') && (isWit(this.s[this.i + 5]) || this.s[this.i + 5] === '?')) {
      XML_DECLARATIE.lastIndex = this.i;
      const m = XML_DECLARATIE.exec(this.s);
      if (!m) this.fout('Ongeldige XML-declaratie');
      const versie = m[1] ?? m[2];
      if (versie !== '1.0') this.fout(`XML-versie ${versie} wordt niet ondersteund (alleen 1.0)`);
      const codering = m[3] ?? m[4];
      if (codering !== undefined && !/^utf-8$/i.test(codering)) {
        this.fout(`Tekencodering ${codering} wordt niet ondersteund: iWmo-berichten zijn UTF-8`);
      }
      this.i += m[0].length;
    }
    this.overig();
    if (this.begintMet('<!DOCTYPE')) {
      this.fout('Een DOCTYPE (DTD) is niet toegestaan in een iWmo-bericht');
    }
    if (this.s[this.i] !== '<' || this.begintMet('<!')) this.fout('Root-element verwacht');
    const root = this.element(new Map([['xml', XML_NAMESPACE]]));
    this.overig();
    if (this.i < this.s.length) this.fout('Na het root-element mag alleen commentaar of witruimte staan');
    zetPaden(root, `/${root.naam}`);
    return root;
  }
}

function zetPaden(el: XmlElement, pad: string): void {
  el.pad = pad;
  const totaal = new Map<string, number>();
  for (const k of el.kinderen) totaal.set(k.naam, (totaal.get(k.naam) ?? 0) + 1);
  const geteld = new Map<string, number>();
  for (const k of el.kinderen) {
    const n = (geteld.get(k.naam) ?? 0) + 1;
    geteld.set(k.naam, n);
    zetPaden(k, `${pad}/${k.naam}${totaal.get(k.naam)! > 1 ? `[${n}]` : ''}`);
  }
}

/**
 * Reads an XML document into its root element (see the module comment for what is accepted).
 * Throws `XmlLeesFout` with line and column.
 */
export function leesXml(xml: string): XmlElement {
  if (typeof xml !== 'string') throw new TypeError('XML moet als tekst worden aangeleverd');
  return new XmlLezer(xml).document();
}

// ---------------------------------------------------------------------------------------------
// Strict readers for the known message structure
// ---------------------------------------------------------------------------------------------

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

const B = delenIn(IWMO_BASISSCHEMA_NAMESPACE);
const AGB = /^[0-9]{8}$/;
const GEMEENTE = /^[0-9]{4}$/;
const BSN = /^[0-9]{9}$/;

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

// ---------------------------------------------------------------------------------------------
// Typed messages
// ---------------------------------------------------------------------------------------------

export interface Product {
  categorie: Productcategorie;
  code?: string;
}

/** CDT_VerkorteNaam: the name in the aanbieder's messages (no partnernaam, no naamgebruik). */
export interface VerkorteNaam {
  geslachtsnaam: Achternaam;
  voornamen?: string;
  voorletters?: string;
}

export interface InkomendeClient {
  bsn: string;
  geboortedatum: Geboortedatum;
  geslacht: Geslacht;
  naam: VerkorteNaam;
}

export interface Wmo305StartProduct {
  toewijzingNummer?: number;
  product?: Product;
  /** Ingangsdatum of the toegewezen product in the WMO301. */
  toewijzingIngangsdatum?: IsoDatum;
  /** Date the levering started. */
  begindatum: IsoDatum;
  statusAanlevering: StatusAanlevering;
}

/** WMO305 Start Wmo-ondersteuning. */
export interface Wmo305Bericht {
  berichtcode: 'WMO305';
  header: IwmoHeader;
  client: InkomendeClient;
  startProducten: Wmo305StartProduct[];
}

export interface Wmo307StopProduct {
  toewijzingNummer?: number;
  product?: Product;
  toewijzingIngangsdatum?: IsoDatum;
  /** Begindatum of the levering (as in the WMO305). */
  begindatum: IsoDatum;
  redenBeeindiging: RedenBeeindiging;
  einddatum: IsoDatum;
  statusAanlevering: StatusAanlevering;
}

/** WMO307 Stop Wmo-ondersteuning. */
export interface Wmo307Bericht {
  berichtcode: 'WMO307';
  header: IwmoHeader;
  client: InkomendeClient;
  stopProducten: Wmo307StopProduct[];
}

/** CDT_Verwijzer. */
export interface Verwijzer {
  type: TypeVerwijzer;
  naam?: string;
  /** AGB code of the verwijzer. */
  zorgverlenerCode?: string;
}

export interface Wmo315AangevraagdProduct {
  /** The aanbieder's reference for this request; the WMO319 answer and the WMO301 quote it. */
  referentieAanbieder: string;
  beschikkingNummer?: number;
  product?: Product;
  beschikkingIngangsdatum?: IsoDatum;
  /** Requested start of the toewijzing. */
  toewijzingIngangsdatum: IsoDatum;
  toewijzingEinddatum?: IsoDatum;
  omvang?: Omvang;
  /** In eurocent. */
  budget?: number;
  verwijzer: Verwijzer;
  /** COD260: 1 = ja → true, 2 = nee → false. */
  raamcontract?: boolean;
  commentaar?: string;
}

/** WMO315 Verzoek om toewijzing Wmo-ondersteuning. */
export interface Wmo315Bericht {
  berichtcode: 'WMO315';
  header: IwmoHeader;
  client: InkomendeClient & { commentaar?: string };
  aangevraagdeProducten: Wmo315AangevraagdProduct[];
}

export interface Wmo317TeWijzigenProduct {
  toewijzingNummer: number;
  gewensteIngangsdatum: IsoDatum;
  einddatum?: IsoDatum;
  omvang?: Omvang;
  budget?: number;
}

export interface Wmo317NieuwProduct {
  product?: Product;
  gewensteIngangsdatum: IsoDatum;
  einddatum?: IsoDatum;
  omvang?: Omvang;
  budget?: number;
}

/** WMO317 Verzoek om wijziging Wmo-ondersteuning. The client is identified by BSN only. */
export interface Wmo317Bericht {
  berichtcode: 'WMO317';
  header: IwmoHeader;
  client: { bsn: string };
  verzoek: {
    referentieAanbieder: string;
    redenVerzoek: RedenVerzoek;
    /** Toewijzingen that stay as they are (empty when the element is absent). */
    ongewijzigdeProducten: Array<{ toewijzingNummer: number }>;
    /** The gewenste wijziging of existing toewijzingen (empty when absent). */
    teWijzigenProducten: Wmo317TeWijzigenProduct[];
    /** Products the aanbieder asks for in addition (empty when absent). */
    nieuweProducten: Wmo317NieuwProduct[];
  };
}

export type InkomendBericht = Wmo305Bericht | Wmo307Bericht | Wmo315Bericht | Wmo317Bericht;

// ---------------------------------------------------------------------------------------------
// Readers per message
// ---------------------------------------------------------------------------------------------

const MAX_NUMMER = 999_999_999;
const MAX_BEDRAG = 99_999_999;

function leesProduct(el: XmlElement): Product {
  const p = leesInhoud(el, [B('Categorie'), B('Code', 0)]);
  const product: Product = { categorie: codeVan(p.een('Categorie'), PRODUCTCATEGORIEEN, 'WMO020') };
  const code = p.optioneel('Code');
  if (code) product.code = tekstVan(code);
  return product;
}

function leesOmvang(el: XmlElement): Omvang {
  const o = leesInhoud(el, [B('Volume'), B('Eenheid'), B('Frequentie')]);
  return {
    volume: geheelGetalVan(o.een('Volume'), 0, MAX_BEDRAG),
    eenheid: codeVan(o.een('Eenheid'), EENHEDEN, 'WJ756'),
    frequentie: codeVan(o.een('Frequentie'), FREQUENTIES, 'WMO757'),
  };
}

function leesGeboortedatum(el: XmlElement): Geboortedatum {
  const g = leesInhoud(el, [B('Datum'), B('DatumGebruik', 0)]);
  const resultaat: Geboortedatum = { datum: datumVan(g.een('Datum')) };
  const gebruik = g.optioneel('DatumGebruik');
  if (gebruik) resultaat.datumGebruik = codeVan(gebruik, DATUMGEBRUIK, 'COD170');
  return resultaat;
}

function leesAchternaam(el: XmlElement): Achternaam {
  const a = leesInhoud(el, [B('Achternaam'), B('Voorvoegsel', 0)]);
  const naam: Achternaam = { achternaam: tekstVan(a.een('Achternaam')) };
  const vv = a.optioneel('Voorvoegsel');
  if (vv) naam.voorvoegsel = tekstVan(vv);
  return naam;
}

function leesVerkorteNaam(el: XmlElement): VerkorteNaam {
  const n = leesInhoud(el, [B('Geslachtsnaam'), B('Voornamen', 0), B('Voorletters', 0)]);
  const naam: VerkorteNaam = { geslachtsnaam: leesAchternaam(n.een('Geslachtsnaam')) };
  const voornamen = n.optioneel('Voornamen');
  if (voornamen) naam.voornamen = tekstVan(voornamen);
  const voorletters = n.optioneel('Voorletters');
  if (voorletters) naam.voorletters = tekstVan(voorletters);
  return naam;
}

function leesClientgegevens(c: Inhoud): InkomendeClient {
  return {
    bsn: patroonVan(c.een('Bsn'), BSN, 'een BSN van 9 cijfers'),
    geboortedatum: leesGeboortedatum(c.een('Geboortedatum')),
    geslacht: codeVan(c.een('Geslacht'), GESLACHTEN, 'COD046'),
    naam: leesVerkorteNaam(c.een('Naam')),
  };
}

/** The content of a wrapper such as StartProducten: one or more `kind` elements. */
function lijst(el: XmlElement, ns: string, kind: string): XmlElement[] {
  return leesInhoud(el, [delenIn(ns)(kind, 1, Number.POSITIVE_INFINITY)]).alle(kind);
}

/** Calls `lees` with the optional element, or returns undefined. */
function als<T>(el: XmlElement | undefined, lees: (el: XmlElement) => T): T | undefined {
  return el === undefined ? undefined : lees(el);
}

/** Copies the defined values of `extra` onto `doel` (keeps absent optional fields absent). */
function metOptioneel<T extends object>(doel: T, extra: { [K in keyof T]?: T[K] | undefined }): T {
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (doel as Record<string, unknown>)[k] = v;
  return doel;
}

/** Reads a WMO305 (start levering). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo305(xml: string): Wmo305Bericht {
  const ns = iwmoNamespace('WMO305');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO305', 'Client');
  const c = leesInhoud(hoofd, [M('Bsn'), M('Geboortedatum'), M('Geslacht'), M('Naam'), M('StartProducten')]);
  const startProducten = lijst(c.een('StartProducten'), ns, 'StartProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ToewijzingNummer', 0),
      M('Product', 0),
      M('ToewijzingIngangsdatum', 0),
      M('Begindatum'),
      M('StatusAanlevering'),
    ]);
    return metOptioneel<Wmo305StartProduct>(
      {
        begindatum: datumVan(p.een('Begindatum')),
        statusAanlevering: codeVan(p.een('StatusAanlevering'), STATUSSEN_AANLEVERING, 'COD467'),
      },
      {
        toewijzingNummer: als(p.optioneel('ToewijzingNummer'), (e) => geheelGetalVan(e, 0, MAX_NUMMER)),
        product: als(p.optioneel('Product'), leesProduct),
        toewijzingIngangsdatum: als(p.optioneel('ToewijzingIngangsdatum'), datumVan),
      },
    );
  });
  return { berichtcode: 'WMO305', header, client: leesClientgegevens(c), startProducten };
}

/** Reads a WMO307 (stop levering). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo307(xml: string): Wmo307Bericht {
  const ns = iwmoNamespace('WMO307');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO307', 'Client');
  const c = leesInhoud(hoofd, [M('Bsn'), M('Geboortedatum'), M('Geslacht'), M('Naam'), M('StopProducten')]);
  const stopProducten = lijst(c.een('StopProducten'), ns, 'StopProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ToewijzingNummer', 0),
      M('Product', 0),
      M('ToewijzingIngangsdatum', 0),
      M('Begindatum'),
      M('RedenBeeindiging'),
      M('Einddatum'),
      M('StatusAanlevering'),
    ]);
    return metOptioneel<Wmo307StopProduct>(
      {
        begindatum: datumVan(p.een('Begindatum')),
        redenBeeindiging: codeVan(p.een('RedenBeeindiging'), REDENEN_BEEINDIGING, 'WMO588'),
        einddatum: datumVan(p.een('Einddatum')),
        statusAanlevering: codeVan(p.een('StatusAanlevering'), STATUSSEN_AANLEVERING, 'COD467'),
      },
      {
        toewijzingNummer: als(p.optioneel('ToewijzingNummer'), (e) => geheelGetalVan(e, 0, MAX_NUMMER)),
        product: als(p.optioneel('Product'), leesProduct),
        toewijzingIngangsdatum: als(p.optioneel('ToewijzingIngangsdatum'), datumVan),
      },
    );
  });
  return { berichtcode: 'WMO307', header, client: leesClientgegevens(c), stopProducten };
}

function leesVerwijzer(el: XmlElement): Verwijzer {
  const v = leesInhoud(el, [B('Type'), B('Naam', 0), B('ZorgverlenerCode', 0)]);
  return metOptioneel<Verwijzer>(
    { type: codeVan(v.een('Type'), VERWIJZERS, 'COD327') },
    {
      naam: als(v.optioneel('Naam'), tekstVan),
      zorgverlenerCode: als(v.optioneel('ZorgverlenerCode'), (e) =>
        patroonVan(e, AGB, 'een AGB-code van 8 cijfers'),
      ),
    },
  );
}

/** Reads a WMO315 (verzoek om toewijzing). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo315(xml: string): Wmo315Bericht {
  const ns = iwmoNamespace('WMO315');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO315', 'Client');
  const c = leesInhoud(hoofd, [
    M('Bsn'),
    M('Geboortedatum'),
    M('Geslacht'),
    M('Naam'),
    M('Commentaar', 0),
    M('AangevraagdeProducten'),
  ]);
  const aangevraagdeProducten = lijst(c.een('AangevraagdeProducten'), ns, 'AangevraagdProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ReferentieAanbieder'),
      M('BeschikkingNummer', 0),
      M('Product', 0),
      M('BeschikkingIngangsdatum', 0),
      M('ToewijzingIngangsdatum'),
      M('ToewijzingEinddatum', 0),
      M('Omvang', 0),
      M('Budget', 0),
      M('Verwijzer'),
      M('Raamcontract', 0),
      M('Commentaar', 0),
    ]);
    return metOptioneel<Wmo315AangevraagdProduct>(
      {
        referentieAanbieder: tekstVan(p.een('ReferentieAanbieder')),
        toewijzingIngangsdatum: datumVan(p.een('ToewijzingIngangsdatum')),
        verwijzer: leesVerwijzer(p.een('Verwijzer')),
      },
      {
        beschikkingNummer: als(p.optioneel('BeschikkingNummer'), (e) => geheelGetalVan(e, 0, MAX_NUMMER)),
        product: als(p.optioneel('Product'), leesProduct),
        beschikkingIngangsdatum: als(p.optioneel('BeschikkingIngangsdatum'), datumVan),
        toewijzingEinddatum: als(p.optioneel('ToewijzingEinddatum'), datumVan),
        omvang: als(p.optioneel('Omvang'), leesOmvang),
        budget: als(p.optioneel('Budget'), (e) => geheelGetalVan(e, 0, MAX_BEDRAG)),
        raamcontract: als(p.optioneel('Raamcontract'), (e) => codeVan(e, JA_NEE, 'COD260') === '1'),
        commentaar: als(p.optioneel('Commentaar'), tekstVan),
      },
    );
  });
  const client = metOptioneel<Wmo315Bericht['client']>(leesClientgegevens(c), {
    commentaar: als(c.optioneel('Commentaar'), tekstVan),
  });
  return { berichtcode: 'WMO315', header, client, aangevraagdeProducten };
}

/** Reads a WMO317 (verzoek om wijziging). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo317(xml: string): Wmo317Bericht {
  const ns = iwmoNamespace('WMO317');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO317', 'Client');
  const c = leesInhoud(hoofd, [M('Bsn'), M('Verzoek')]);
  const v = leesInhoud(c.een('Verzoek'), [
    M('ReferentieAanbieder'),
    M('RedenVerzoek'),
    M('OngewijzigdeProducten', 0),
    M('TeWijzigenProducten', 0),
    M('NieuweProducten', 0),
  ]);
  const optioneleLijst = (naam: string, kind: string) => {
    const el = v.optioneel(naam);
    return el ? lijst(el, ns, kind) : [];
  };
  const ongewijzigdeProducten = optioneleLijst('OngewijzigdeProducten', 'OngewijzigdProduct').map((el) => ({
    toewijzingNummer: geheelGetalVan(
      leesInhoud(el, [M('ToewijzingNummer')]).een('ToewijzingNummer'),
      0,
      MAX_NUMMER,
    ),
  }));
  const wijziging = (p: Inhoud) => ({
    einddatum: als(p.optioneel('Einddatum'), datumVan),
    omvang: als(p.optioneel('Omvang'), leesOmvang),
    budget: als(p.optioneel('Budget'), (e) => geheelGetalVan(e, 0, MAX_BEDRAG)),
  });
  const teWijzigenProducten = optioneleLijst('TeWijzigenProducten', 'TeWijzigenProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ToewijzingNummer'),
      M('GewensteIngangsdatum'),
      M('Einddatum', 0),
      M('Omvang', 0),
      M('Budget', 0),
    ]);
    return metOptioneel<Wmo317TeWijzigenProduct>(
      {
        toewijzingNummer: geheelGetalVan(p.een('ToewijzingNummer'), 0, MAX_NUMMER),
        gewensteIngangsdatum: datumVan(p.een('GewensteIngangsdatum')),
      },
      wijziging(p),
    );
  });
  const nieuweProducten = optioneleLijst('NieuweProducten', 'NieuwProduct').map((el) => {
    const p = leesInhoud(el, [
      M('Product', 0),
      M('GewensteIngangsdatum'),
      M('Einddatum', 0),
      M('Omvang', 0),
      M('Budget', 0),
    ]);
    return metOptioneel<Wmo317NieuwProduct>(
      { gewensteIngangsdatum: datumVan(p.een('GewensteIngangsdatum')) },
      { product: als(p.optioneel('Product'), leesProduct), ...wijziging(p) },
    );
  });
  return {
    berichtcode: 'WMO317',
    header,
    client: { bsn: patroonVan(c.een('Bsn'), BSN, 'een BSN van 9 cijfers') },
    verzoek: {
      referentieAanbieder: tekstVan(v.een('ReferentieAanbieder')),
      redenVerzoek: codeVan(v.een('RedenVerzoek'), REDENEN_VERZOEK, 'WJ758'),
      ongewijzigdeProducten,
      teWijzigenProducten,
      nieuweProducten,
    },
  };
}

const LEZERS: {
  [S in InkomendeBerichtsoort]: (xml: string) => Extract<InkomendBericht, { berichtcode: S }>;
} = {
  WMO305: leesWmo305,
  WMO307: leesWmo307,
  WMO315: leesWmo315,
  WMO317: leesWmo317,
};

// ---------------------------------------------------------------------------------------------
// Recognising the type
// ---------------------------------------------------------------------------------------------

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
 * Which incoming message `xml` is (see the module comment). Throws `InkomendBerichtFout`: 'onleesbaar'
 * when the XML cannot be read (or has a DTD, another encoding …), 'onbekende-berichtsoort' otherwise.
 */
export function herkenInkomendBericht(xml: string): InkomendeBerichtsoort {
  return soortVan(leesbaar(xml));
}

function soortVan(root: XmlElement): InkomendeBerichtsoort {
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

// ---------------------------------------------------------------------------------------------
// The standard's checks (xmllint, xsltproc)
// ---------------------------------------------------------------------------------------------

export interface Uitvoerresultaat {
  /** Exit status (null when the process was killed). */
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `programma` with `argumenten`, `invoer` on stdin (UTF-8). Throws when it cannot be started. */
export type Uitvoerder = (
  programma: 'xmllint' | 'xsltproc',
  argumenten: readonly string[],
  invoer: string,
) => Uitvoerresultaat;

const INSTALLATIE = {
  xmllint: 'apt-get install libxml2-utils',
  xsltproc: 'apt-get install xsltproc',
} as const;

/** The default `Uitvoerder`: spawnSync without a shell, 60 s time limit. */
export const spawnUitvoerder: Uitvoerder = (programma, argumenten, invoer) => {
  const r = spawnSync(programma, argumenten, {
    input: invoer,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(`${programma} niet gevonden op PATH; installeer het (${INSTALLATIE[programma]}).`);
    }
    throw new Error(`${programma} kon niet worden uitgevoerd: ${r.error.message}`);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

export interface ControleOpties {
  uitvoerder?: Uitvoerder;
  /** Directory of the iWmo 3.2 standard (with xsd/ and the XSL). */
  standaardMap?: string;
}

export function standaardMap(opties: ControleOpties = {}): string {
  return (
    opties.standaardMap ??
    process.env.IWMO_STANDAARD_MAP ??
    // Same depth in src/ and build/: both lead to the repository's standards/ (standards/README.md).
    path.resolve(import.meta.dirname, '../../../standards/iwmo-3.2')
  );
}

export interface Controlefout {
  /** Rule code from the rule checker (CS002, TR134 …), or 'XSD' for a schema violation. */
  code: string;
  /** Dutch text of the rule (from the checker) or xmllint's message with its line; plus locations. */
  melding: string;
  bron: 'xsd' | 'regel';
  /** XPaths of the elements involved (rule checker) or 'regel N' (xmllint). */
  locaties?: string[];
  /** Retourcode, when the checker gives one. */
  retourcode?: string;
}

export interface Controleresultaat<S extends IwmoBerichtsoort = IwmoBerichtsoort> {
  berichtcode: S;
  /** XSD-valid and not a single Fout from the rule checker. */
  geldig: boolean;
  /** XSD errors first, then the checker's Fouten in its order. */
  fouten: Controlefout[];
}

function xsdFouten(r: Uitvoerresultaat, xsd: string): { geldig: boolean; fouten: Controlefout[] } {
  const regels = `${r.stdout}\n${r.stderr}`.split('\n');
  if (regels.some((l) => l.includes('failed to compile') || l.includes('Schemas parser error'))) {
    throw new Error(`xmllint kon het schema ${xsd} niet laden:\n${r.stderr}`);
  }
  const fouten: Controlefout[] = [];
  for (const l of regels) {
    const m = /^-:(\d+): (.*)$/.exec(l);
    if (!m || !/error/i.test(m[2]!)) continue;
    const melding = m[2]!.replace(/^element [^:]+: Schemas validity error : /, '');
    fouten.push({
      code: 'XSD',
      bron: 'xsd',
      melding: `Regel ${m[1]}: ${melding}`,
      locaties: [`regel ${m[1]}`],
    });
  }
  const geldig = r.status === 0 && regels.includes('- validates');
  if (!geldig && fouten.length === 0) {
    fouten.push({
      code: 'XSD',
      bron: 'xsd',
      melding: `xmllint keurde het bericht af (status ${r.status}): ${r.stderr.trim() || 'geen melding'}`,
    });
  }
  return { geldig: geldig && fouten.length === 0, fouten };
}

const RAPPORT_NS = 'http://www.istandaarden.nl/validatie/1_1/rapport/schema';

/** The Fout elements of the rule checker's Rapport, read with the same strict reader. */
function regelFouten(r: Uitvoerresultaat): Controlefout[] {
  if (r.status !== 0) throw new Error(`xsltproc faalde (status ${r.status}):\n${r.stderr}`);
  let rapport: XmlElement;
  try {
    rapport = leesXml(r.stdout);
  } catch (e) {
    throw new Error(
      `Geen leesbaar Rapport van de regelcontrole: ${(e as Error).message}\n${r.stdout.slice(0, 500)}`,
    );
  }
  if (rapport.naam !== 'Rapport' || rapport.namespace !== RAPPORT_NS) {
    throw new Error(`Geen Rapport van de regelcontrole:\n${r.stdout.slice(0, 500)}`);
  }
  const fouten = rapport.kinderen.find((k) => k.naam === 'Fouten' && k.namespace === RAPPORT_NS);
  if (!fouten) throw new Error('Rapport van de regelcontrole zonder Fouten-element');
  return fouten.kinderen
    .filter((k) => k.naam === 'Fout' && k.namespace === RAPPORT_NS)
    .map((fout) => {
      const velden = (naam: string) =>
        fout.kinderen.filter((k) => k.naam === naam && k.namespace === RAPPORT_NS).map((k) => k.tekst.trim());
      const [code = '?'] = velden('Code');
      const [retourcode] = velden('Retourcode');
      const [details] = velden('Details');
      const locaties = velden('Locatie');
      const tekst = details ?? `Regel ${code} is niet nageleefd.`;
      const resultaat: Controlefout = {
        code,
        bron: 'regel',
        melding: locaties.length ? `${tekst} (${locaties.join(', ')})` : tekst,
        locaties,
      };
      if (retourcode !== undefined) resultaat.retourcode = retourcode;
      return resultaat;
    });
}

/** Runs the XSD and the rule checker on `xml` (already read with `leesXml`). */
function controleerMetStandaard<S extends IwmoBerichtsoort>(
  xml: string,
  soort: S,
  opties: ControleOpties,
): Controleresultaat<S> {
  const uitvoerder = opties.uitvoerder ?? spawnUitvoerder;
  const map = standaardMap(opties);
  const xsd = path.join(map, 'xsd', `${soort}.xsd`);
  const xsl = path.join(map, 'iwmo-3.2-regels-TR-CD-CS.xsl');
  const schema = xsdFouten(uitvoerder('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], xml), xsd);
  const regels = regelFouten(uitvoerder('xsltproc', ['--nonet', xsl, '-'], xml));
  return {
    berichtcode: soort,
    geldig: schema.geldig && regels.length === 0,
    fouten: [...schema.fouten, ...regels],
  };
}

function leesbaar(xml: string): XmlElement {
  try {
    return leesXml(xml);
  } catch (e) {
    if (e instanceof XmlLeesFout || e instanceof TypeError) {
      throw new InkomendBerichtFout('onleesbaar', `Het bericht is geen leesbare XML: ${e.message}`);
    }
    throw e;
  }
}

/**
 * Checks `xml` as a message of type `soort` with the standard's XSD and rule checker. The XML is first
 * read with `leesXml` (a DTD, another encoding or broken XML → `InkomendBerichtFout` 'onleesbaar').
 * Tool or configuration problems (tool missing, schema not loadable) throw an Error.
 */
export function controleerIwmoBericht<S extends IwmoBerichtsoort>(
  xml: string,
  soort: S,
  opties: ControleOpties = {},
): Controleresultaat<S> {
  leesbaar(xml);
  return controleerMetStandaard(xml, soort, opties);
}

/**
 * Checks an incoming message from an aanbieder: recognises its type from the header (BerichtCode),
 * validates it against that message's XSD and runs the standard's rule checker. Throws
 * `InkomendBerichtFout` when the type cannot be established or is not 305/307/315/317.
 */
export function controleerInkomendBericht(
  xml: string,
  opties: ControleOpties = {},
): Controleresultaat<InkomendeBerichtsoort> {
  return controleerMetStandaard(xml, soortVan(leesbaar(xml)), opties);
}

/** Reads an incoming message of any of the four types (the type is recognised as in the check). */
export function leesInkomendBericht(xml: string): InkomendBericht {
  return LEZERS[herkenInkomendBericht(xml)](xml);
}

/**
 * Check, then read: the typed message only when the standard's checks found nothing. A message that
 * is XSD-valid but breaks a rule is refused too (`bericht` undefined, the rule codes in `controle`).
 */
export function ontvangInkomendBericht(
  xml: string,
  opties: ControleOpties = {},
): { controle: Controleresultaat<InkomendeBerichtsoort>; bericht?: InkomendBericht } {
  const controle = controleerInkomendBericht(xml, opties);
  return controle.geldig ? { controle, bericht: LEZERS[controle.berichtcode](xml) } : { controle };
}
