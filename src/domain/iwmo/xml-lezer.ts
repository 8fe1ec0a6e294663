/**
 * A small, strict XML 1.0 reader for exactly what iWmo messages can contain (see inkomend.ts for why
 * no XML library and which constructs it refuses: DTD, other encodings, XML 1.1, undeclared prefixes,
 * nesting deeper than 64). Names are compared by namespace URI + local name, never by prefix.
 */
import { ongeldigXmlTeken } from './xml.ts';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
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
