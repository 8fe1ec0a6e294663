/**
 * A tiny XML writer for the iWmo messages: elements and text only (no attributes except the namespace
 * declarations on the root, no mixed content, no comments). Pure, no dependencies.
 *
 * - Output is UTF-8 text with an XML declaration and no BOM (the caller encodes the string as UTF-8).
 * - Text is escaped: & < > " ' always (quotes are not required in text, but escaping them costs nothing
 *   and keeps the output safe if a value ever ends up in an attribute), and CR as &#13; so that a
 *   parser does not normalise it away (XML end-of-line handling turns a literal CR into LF).
 * - Characters that XML 1.0 cannot represent at all (C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF,
 *   lone surrogates) are rejected with an error: there is no escape for them.
 * - Text is normalised to Unicode NFC, so "é" typed as e + combining accent is written as one
 *   character (the XSD patterns, e.g. LDT_Voorletters [a-zA-ZÀ-ỳ], only match precomposed letters).
 * - Simple-type elements are written on one line (<a>text</a>): no whitespace is added inside them.
 */

/** Characters XML 1.0 cannot contain (Char production, XML 1.0 §2.2). */
const ONGELDIG_XML_TEKEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Error for text that cannot be written as XML 1.0. */
export class XmlTekenFout extends Error {
  constructor(
    readonly waarde: string,
    readonly positie: number,
  ) {
    const cp = waarde.codePointAt(positie) ?? 0;
    super(
      `Tekst bevat een teken dat niet in XML 1.0 kan voorkomen (U+${cp.toString(16).toUpperCase().padStart(4, '0')} op positie ${positie})`,
    );
    this.name = 'XmlTekenFout';
  }
}

/** Index of the first character XML 1.0 cannot contain, or -1. */
export function ongeldigXmlTeken(tekst: string): number {
  const m = ONGELDIG_XML_TEKEN.exec(tekst);
  return m ? m.index : -1;
}

/** NFC normalisation as used for every text value written (and validated). */
export function nfc(tekst: string): string {
  return tekst.normalize('NFC');
}

/** Escapes text content for XML 1.0 (after NFC normalisation). Throws `XmlTekenFout`. */
export function escapeXmlTekst(tekst: string): string {
  const genormaliseerd = nfc(tekst);
  const fout = ongeldigXmlTeken(genormaliseerd);
  if (fout >= 0) throw new XmlTekenFout(genormaliseerd, fout);
  return genormaliseerd.replace(/[&<>"'\r]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      default:
        return '&#13;';
    }
  });
}

const XML_NAAM = /^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?$/;

/**
 * Writes nested elements with tab indentation, checking that every element is closed in order.
 * `open('a')`, `tekst('b', 'x')`, `sluit()` → `<a>\n\t<b>x</b>\n</a>`.
 */
export class XmlSchrijver {
  private readonly regels: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly stapel: string[] = [];

  private inspringing(): string {
    return '\t'.repeat(this.stapel.length);
  }

  private static controleerNaam(naam: string): void {
    if (!XML_NAAM.test(naam)) throw new Error(`Ongeldige XML-elementnaam: ${JSON.stringify(naam)}`);
  }

  /** Opens the root element with namespace declarations (prefix → URI). */
  openRoot(naam: string, namespaces: Readonly<Record<string, string>>): this {
    if (this.regels.length !== 1 || this.stapel.length) throw new Error('Root-element is al geopend');
    XmlSchrijver.controleerNaam(naam);
    const decl = Object.entries(namespaces)
      .map(([prefix, uri]) => {
        XmlSchrijver.controleerNaam(prefix);
        return ` xmlns:${prefix}="${escapeXmlTekst(uri)}"`;
      })
      .join('');
    this.regels.push(`<${naam}${decl}>`);
    this.stapel.push(naam);
    return this;
  }

  open(naam: string): this {
    if (!this.stapel.length) throw new Error('Eerst het root-element openen');
    XmlSchrijver.controleerNaam(naam);
    this.regels.push(`${this.inspringing()}<${naam}>`);
    this.stapel.push(naam);
    return this;
  }

  sluit(): this {
    const naam = this.stapel.pop();
    if (naam === undefined) throw new Error('Geen open element om te sluiten');
    this.regels.push(`${this.inspringing()}</${naam}>`);
    return this;
  }

  /** A simple-type element with escaped text. */
  tekst(naam: string, waarde: string | number): this {
    if (!this.stapel.length) throw new Error('Eerst het root-element openen');
    XmlSchrijver.controleerNaam(naam);
    if (typeof waarde === 'number' && !Number.isSafeInteger(waarde)) {
      throw new Error(`${naam}: alleen gehele getallen kunnen worden geschreven, kreeg ${waarde}`);
    }
    this.regels.push(`${this.inspringing()}<${naam}>${escapeXmlTekst(String(waarde))}</${naam}>`);
    return this;
  }

  /** Like `tekst`, but writes nothing for `undefined`. */
  optioneel(naam: string, waarde: string | number | undefined): this {
    if (waarde !== undefined) this.tekst(naam, waarde);
    return this;
  }

  /** The document; every element must be closed. Ends with a newline. */
  resultaat(): string {
    if (this.stapel.length) throw new Error(`Niet gesloten elementen: ${this.stapel.join(', ')}`);
    if (this.regels.length < 2) throw new Error('Leeg document');
    return `${this.regels.join('\n')}\n`;
  }
}
