/**
 * What the standard's own checks said, read from the tools' output: xmllint's schema errors (code
 * 'XSD') and the Fouten of the rule checker's Rapport (CS002, TR134 …). Pure: running the tools is
 * the server's job (modules/iwmo/standaard-controle.ts).
 */
import type { IwmoBerichtsoort } from './berichtsoorten.ts';
import { leesXml, type XmlElement } from './xml-lezer.ts';

export interface Uitvoerresultaat {
  /** Exit status (null when the process was killed). */
  status: number | null;
  stdout: string;
  stderr: string;
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

/** xmllint's verdict on a message, as Controlefouten with code 'XSD' and the line. */
export function xsdFouten(r: Uitvoerresultaat, xsd: string): { geldig: boolean; fouten: Controlefout[] } {
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
export function regelFouten(r: Uitvoerresultaat): Controlefout[] {
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
