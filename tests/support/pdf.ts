/**
 * Reading PDFs back in tests, with the poppler-utils command-line tools (Debian/Ubuntu:
 * `apt-get install poppler-utils`). Asserting on extracted text tests what a reader actually sees,
 * not how pdfkit happened to encode it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function poppler(programma: string, args: string[], invoer?: Buffer): string {
  const result = spawnSync(programma, args, { input: invoer, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(
        `${programma} niet gevonden: installeer poppler-utils (apt-get install -y poppler-utils) om PDF-tests te draaien`,
      );
    }
    throw result.error;
  }
  if (result.status !== 0) {
    throw new Error(`${programma} faalde (code ${result.status}): ${result.stderr.toString('utf8').trim()}`);
  }
  return result.stdout.toString('utf8');
}

/** The text of a PDF, laid out roughly as on paper (`pdftotext -layout`); pages end with \f. */
export function pdfText(pdf: Buffer): string {
  return poppler('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], pdf);
}

/** The document information as `pdfinfo` prints it: Title, Author, Pages, Tagged, PDF version, … */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  // pdfinfo cannot read stdin, so the PDF goes through a temporary file.
  const map = mkdtempSync(path.join(tmpdir(), 'pdfinfo-'));
  try {
    const bestand = path.join(map, 'document.pdf');
    writeFileSync(bestand, pdf);
    const info: Record<string, string> = {};
    for (const regel of poppler('pdfinfo', ['-enc', 'UTF-8', bestand]).split('\n')) {
      const m = /^([^:]+):\s*(.*)$/.exec(regel);
      if (m?.[1]) info[m[1].trim()] = (m[2] ?? '').trim();
    }
    return info;
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
