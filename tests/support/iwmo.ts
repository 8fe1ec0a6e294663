/**
 * Test helpers that check iWmo messages with the standard's own tools (standards/iwmo-3.2):
 * - `xmllintValideer(xml, xsdPath)`: XSD validation with `xmllint --noout --schema` (libxml2-utils);
 * - `regelcheck(xml)`: the rule checker `iwmo-3.2-regels-TR-CD-CS.xsl` with `xsltproc`. Its report is
 *   an XML document `Rapport` (namespace http://www.istandaarden.nl/validatie/1_1/rapport/schema) with
 *   `Fouten` holding one `Fout` per broken rule: `Code` (e.g. CS003), optional `Retourcode`, one
 *   `Locatie` per element involved (an XPath) and optional `Details` (the rule text). A valid message
 *   gives an empty `<Fouten/>`.
 * Batch variants validate many messages with one process (xmllint reports per file; xsltproc writes one
 * report per input file, in order) to keep property tests fast.
 *
 * Messages are written to a temporary directory (removed afterwards) as UTF-8 without BOM.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const IWMO_DIR = path.resolve(REPO_ROOT, 'standards/iwmo-3.2');
export const IWMO_XSD_DIR = path.join(IWMO_DIR, 'xsd');
export const WMO301_XSD = path.join(IWMO_XSD_DIR, 'WMO301.xsd');
export const IWMO_REGELS_XSL = path.join(IWMO_DIR, 'iwmo-3.2-regels-TR-CD-CS.xsl');
export const WMO301_VOORBEELD = path.join(IWMO_DIR, 'voorbeeldberichten', 'WMO301.xml');

export interface XsdResultaat {
  geldig: boolean;
  /** xmllint's error lines for this file (without the file name prefix). */
  fouten: string[];
}

export interface RegelFout {
  code: string;
  retourcode?: string;
  locaties: string[];
  details?: string;
}

export interface RegelcheckResultaat {
  fouten: RegelFout[];
  /** The full report, for diagnostics. */
  rapport: string;
}

function run(tool: string, args: string[], installatie: string) {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(
        `${tool} niet gevonden op PATH; installeer het (${installatie}) om iWmo-berichten te controleren.`,
      );
    }
    throw r.error;
  }
  return r;
}

function metTijdelijkeBestanden<T>(xmls: readonly string[], f: (bestanden: string[]) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'iwmo-'));
  try {
    const bestanden = xmls.map((xml, i) => {
      const bestand = path.join(dir, `bericht-${String(i).padStart(5, '0')}.xml`);
      writeFileSync(bestand, xml, 'utf8');
      return bestand;
    });
    return f(bestanden);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** XSD-validates several messages with one xmllint call; one result per message, in order. */
export function xmllintValideerBatch(xmls: readonly string[], xsdPath: string = WMO301_XSD): XsdResultaat[] {
  if (!xmls.length) return [];
  return metTijdelijkeBestanden(xmls, (bestanden) => {
    const r = run('xmllint', ['--noout', '--schema', xsdPath, ...bestanden], 'apt-get install libxml2-utils');
    const uitvoer = `${r.stdout}\n${r.stderr}`.split('\n');
    if (uitvoer.some((l) => l.includes('failed to compile') || l.includes('Schemas parser error'))) {
      throw new Error(`xmllint kon het schema ${xsdPath} niet laden:\n${r.stderr}`);
    }
    return bestanden.map((bestand) => {
      const eigen = uitvoer.filter(
        (l) => l.startsWith(`${bestand}:`) || l.startsWith(`${bestand} `) || l.endsWith(` ${bestand}`),
      );
      const geldig = eigen.includes(`${bestand} validates`);
      const fouten = eigen
        .filter((l) => l !== `${bestand} validates` && l !== `${bestand} fails to validate`)
        .map((l) => (l.startsWith(bestand) ? l.slice(bestand.length).replace(/^:?\s*/, '') : l));
      if (!geldig && !eigen.length) fouten.push('xmllint gaf geen uitvoer voor dit bestand');
      return { geldig, fouten };
    });
  });
}

/** XSD-validates one message (default: WMO301.xsd). */
export function xmllintValideer(xml: string, xsdPath: string = WMO301_XSD): XsdResultaat {
  return xmllintValideerBatch([xml], xsdPath)[0]!;
}

function ontsnap(tekst: string): string {
  return tekst
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Parses one rule checker report into its Fout entries. Throws when it is not a report. */
export function leesRapport(rapport: string): RegelcheckResultaat {
  if (!/<(\w+:)?Rapport[\s>]/.test(rapport)) {
    throw new Error(`Geen Rapport in de uitvoer van de regelcontrole:\n${rapport.slice(0, 2000)}`);
  }
  const fouten: RegelFout[] = [];
  const foutRe = /<((?:\w+:)?)Fout>([\s\S]*?)<\/\1Fout>/g;
  for (const m of rapport.matchAll(foutRe)) {
    const p = m[1]!;
    const inhoud = m[2]!;
    const velden = (naam: string) =>
      [...inhoud.matchAll(new RegExp(`<${p}${naam}>([\\s\\S]*?)</${p}${naam}>`, 'g'))].map((x) =>
        ontsnap(x[1]!),
      );
    const [code] = velden('Code');
    const [retourcode] = velden('Retourcode');
    const [details] = velden('Details');
    fouten.push({
      code: code ?? '?',
      locaties: velden('Locatie'),
      ...(retourcode !== undefined ? { retourcode } : {}),
      ...(details !== undefined ? { details } : {}),
    });
  }
  return { fouten, rapport };
}

function regelcheckBestand(bestand: string): RegelcheckResultaat {
  const r = run('xsltproc', [IWMO_REGELS_XSL, bestand], 'apt-get install xsltproc');
  if (r.status !== 0) throw new Error(`xsltproc faalde (code ${r.status}) voor ${bestand}:\n${r.stderr}`);
  return leesRapport(r.stdout);
}

/**
 * Runs the rule checker on several messages: one xsltproc call for all files (it writes one report per
 * input, in order). If the number of reports does not match (a file could not be parsed), falls back
 * to one call per file so that every result belongs to the right message.
 */
export function regelcheckBatch(xmls: readonly string[]): RegelcheckResultaat[] {
  if (!xmls.length) return [];
  return metTijdelijkeBestanden(xmls, (bestanden) => {
    const r = run('xsltproc', [IWMO_REGELS_XSL, ...bestanden], 'apt-get install xsltproc');
    const rapporten = r.stdout
      .split(/(?=<\?xml )/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (r.status === 0 && rapporten.length === bestanden.length) return rapporten.map(leesRapport);
    return bestanden.map(regelcheckBestand);
  });
}

/** Runs the standard's rule checker on one message. */
export function regelcheck(xml: string): RegelcheckResultaat {
  return regelcheckBatch([xml])[0]!;
}

/**
 * The string value of an XPath 1.0 expression on a message, as a conforming XML parser reads it
 * (`xmllint --xpath 'string(…)'`): for round-trip tests of escaping. Use local-name() for
 * namespaced elements, e.g. `//*[local-name()="Achternaam"][1]`.
 */
export function xpathTekst(xml: string, xpath: string): string {
  return metTijdelijkeBestanden([xml], ([bestand]) => {
    const r = run('xmllint', ['--xpath', `string(${xpath})`, bestand!], 'apt-get install libxml2-utils');
    if (r.status !== 0) throw new Error(`xmllint --xpath faalde (code ${r.status}):\n${r.stderr}`);
    return r.stdout.endsWith('\n') ? r.stdout.slice(0, -1) : r.stdout;
  });
}

/** Directory of the standard's official example messages (voorbeeldberichten/WMOxxx.xml). */
export const IWMO_VOORBEELD_DIR = path.join(IWMO_DIR, 'voorbeeldberichten');

/** Path of the XSD of an iWmo 3.2 message, e.g. `iwmoXsd('WMO319')` (for `xmllintValideer(Batch)`). */
export function iwmoXsd(bericht: string): string {
  return path.join(IWMO_XSD_DIR, `${bericht}.xsd`);
}

/** Path of an official example message, e.g. `iwmoVoorbeeldPad('WMO305')`. */
export function iwmoVoorbeeldPad(bericht: string): string {
  return path.join(IWMO_VOORBEELD_DIR, `${bericht}.xml`);
}
