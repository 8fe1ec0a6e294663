/**
 * The integration point with the iWmo standard's OWN checks: the message's XSD (xsd/WMOxxx.xsd +
 * basisschema.xsd) with `xmllint`, and the rule checker iwmo-3.2-regels-TR-CD-CS.xsl (v2.10.5) with
 * `xsltproc`. Lives in the server, not in domain/, because it starts processes and reads files.
 *
 * - The tools are reached through one injectable function, `Uitvoerder` (program, arguments, stdin) →
 *   (status, stdout, stderr); `spawnUitvoerder` (spawnSync, default) is used unless the caller passes
 *   another one (a sandbox, a remote validator, a fake in tests). The message goes in on stdin ('-'),
 *   so no temporary files. Both tools run with `--nonet` (no network, no external entities).
 * - The calls are synchronous (spawnSync, ~10 ms each): run this in a job/worker, not in a request
 *   handler that must stay responsive.
 * - The rule checker runs as derived from the official file (ADR 0037: same report, linear instead of
 *   quadratic in the number of prestaties); `regelcontrole: 'officieel'` runs the file as published.
 * - The standard's files are found in `opties.standaardMap`, else $IWMO_STANDAARD_MAP, else the copy in
 *   the repository's standards/iwmo-3.2.
 * - The message is read first (to recognise the type and to refuse a DTD before any tool sees it),
 *   then the XSD, then the rule checker. The rule checker also runs when the XSD fails: its findings
 *   are reported too, but only the XSD errors are conclusive for such a message.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InkomendeBerichtsoort, IwmoBerichtsoort } from '../../../domain/iwmo/berichtsoorten.ts';
import {
  type Controleresultaat,
  regelFouten,
  type Uitvoerresultaat,
  xsdFouten,
} from '../../../domain/iwmo/controlerapport.ts';
import { leesbaar, soortVan } from '../../../domain/iwmo/herkenning.ts';
import { LEZERS } from '../../../domain/iwmo/inkomend-lezers.ts';
import type { InkomendBericht } from '../../../domain/iwmo/inkomend-typen.ts';
import { leidRegelcontroleAf } from '../../../domain/iwmo/regelcontrole-afgeleid.ts';

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
  /**
   * 'afgeleid' (default): the official rule checker with its quadratic duplicate searches and its
   * dispatch rewritten (domain/iwmo/regelcontrole-afgeleid.ts, ADR 0037) — same report, linear time;
   * 'officieel': the file as published (the corpus test compares both).
   */
  regelcontrole?: 'afgeleid' | 'officieel';
}

export function standaardMap(opties: ControleOpties = {}): string {
  return (
    opties.standaardMap ??
    process.env.IWMO_STANDAARD_MAP ??
    // Same depth in src/ and build/: both lead to the repository's standards/ (standards/README.md).
    path.resolve(import.meta.dirname, '../../../../standards/iwmo-3.2')
  );
}

const afgeleid = new Map<string, string>();

/**
 * The path of the rule checker to run. The derived one is made from the official file in the
 * standard's directory (never from a copy of its own) and written once per content hash to the
 * temporary directory, because xsltproc reads its stylesheet from a file.
 */
export function regelcontroleBestand(opties: ControleOpties = {}): string {
  const officieel = path.join(standaardMap(opties), 'iwmo-3.2-regels-TR-CD-CS.xsl');
  if (opties.regelcontrole === 'officieel') return officieel;
  const bekend = afgeleid.get(officieel);
  if (bekend && existsSync(bekend)) return bekend;
  const tekst = readFileSync(officieel, 'utf8');
  const hash = createHash('sha256').update(tekst).digest('hex').slice(0, 16);
  const map = path.join(os.tmpdir(), 'open-toegang-regelcontrole');
  const bestand = path.join(map, `iwmo-3.2-regels-afgeleid-${hash}.xsl`);
  if (!existsSync(bestand)) {
    mkdirSync(map, { recursive: true });
    const tijdelijk = `${bestand}.${process.pid}.tmp`;
    writeFileSync(tijdelijk, leidRegelcontroleAf(tekst));
    renameSync(tijdelijk, bestand);
  }
  afgeleid.set(officieel, bestand);
  return bestand;
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
  const schema = xsdFouten(uitvoerder('xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], xml), xsd);
  const xsl = regelcontroleBestand(opties);
  const regels = regelFouten(uitvoerder('xsltproc', ['--nonet', xsl, '-'], xml));
  return {
    berichtcode: soort,
    geldig: schema.geldig && regels.length === 0,
    fouten: [...schema.fouten, ...regels],
  };
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

/**
 * Only the rule checker, for a message without an XSD in the standard (WMO325, ADR 0029): the
 * Fouten of iwmo-3.2-regels-TR-CD-CS.xsl, empty when the message passes.
 */
export function controleerRegels(xml: string, opties: ControleOpties = {}) {
  leesbaar(xml);
  const xsl = regelcontroleBestand(opties);
  return regelFouten((opties.uitvoerder ?? spawnUitvoerder)('xsltproc', ['--nonet', xsl, '-'], xml));
}
