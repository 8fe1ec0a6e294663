/**
 * Incoming iWmo 3.2 messages from aanbieders: WMO305 (start levering), WMO307 (stop levering), WMO315
 * (verzoek om toewijzing) and WMO317 (verzoek om wijziging).
 *
 * Two steps, deliberately separate:
 *
 * 1. `controleerInkomendBericht(xml, opties)` (server: modules/iwmo/standaard-controle.ts) — the
 *    integration point with the standard's OWN checks: the message's XSD with `xmllint` and the rule
 *    checker iwmo-3.2-regels-TR-CD-CS.xsl (v2.10.5) with `xsltproc`. It returns the rule codes the
 *    checker reports (CS002, TR134, …; read by controlerapport.ts); XSD violations get the code 'XSD'
 *    (the standard has no rule code for them; on the transport layer VECOZO reports them as IB014,
 *    the GGK as IB001).
 * 2. `leesWmo305/307/315/317(xml)` (inkomend-lezers.ts) — pure functions that turn a message that
 *    passed step 1 into a typed object (inkomend-typen.ts). `ontvangInkomendBericht` (server) does
 *    both in the right order; `leesInkomendBericht` here reads a message of any of the four types.
 *
 * The parts: xml-lezer.ts (the XML reader), structuur.ts (content model, values, Header),
 * berichtsoorten.ts (codes and namespaces), herkenning.ts (which message), inkomend-lezers.ts.
 *
 * Decisions
 *
 * - Where the tool calls live. The checks are production logic (a gemeente must refuse a message the
 *   standard rejects), so they live in src/ and do NOT import tests/support; running the tools is IO,
 *   so the runner is in the server module (see there for the injectable `Uitvoerder`).
 * - Which type a message has: from Header/BerichtCode (COD002-VEKTIS: 418 WMO305, 420 WMO307, 444
 *   WMO315, 480 WMO317). If BerichtCode is missing or empty, the namespace of the root element decides
 *   (so that the XSD can report the missing element); if the two disagree, the BerichtCode wins and
 *   the XSD reports the mismatch. A message of any other type (WMO301/319 go from gemeente to
 *   aanbieder; 999 is nothing) cannot be checked meaningfully: `InkomendBerichtFout` with code
 *   'onbekende-berichtsoort', naming what was found and what is accepted.
 * - Parsing. No XML library is installed, and calling `xmllint --xpath` per value costs a process per
 *   field (dozens per message) and still needs escaping rules to split results. Instead this module
 *   has a small, strict XML 1.0 reader (`leesXml`, xml-lezer.ts) for exactly what iWmo messages can contain:
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
 *
 * The official example WMO317.xml itself breaks TR380 (GewensteIngangsdatum of a NieuwProduct must be
 * AFTER the dagtekening; both are 2023-04-02), so it is not `geldig` here; the tests show this.
 *
 * Not checked here (need the gemeente's administration): TR019/TR063/TR069/TR071/TR074/TR326/TR413–
 * TR415 (start/stop against earlier messages and toewijzingen), TR056 (identificatie unique per
 * sender), TR135 (dagtekening not in the future), TR347/TR349–TR351/TR357/TR374 (verzoeken against
 * current toewijzingen and earlier verzoeken), TR378/TR381 (gemeente and product code lists).
 */
import { herkenInkomendBericht } from './herkenning.ts';
import { LEZERS } from './inkomend-lezers.ts';
import type { InkomendBericht } from './inkomend-typen.ts';

/** Reads an incoming message of any of the four types (the type is recognised as in the check). */
export function leesInkomendBericht(xml: string): InkomendBericht {
  return LEZERS[herkenInkomendBericht(xml)](xml);
}
