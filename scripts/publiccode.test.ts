// publiccode.yml must stay a valid description under the Standard for Public Code (schema 0.4): catalogues
// skip a file that does not parse or misses a required key. The rules below are the schema's own
// (mandatory keys, enumerations, length limits, vocabularies); the license must match package.json and LICENSE.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
// `yaml` comes with @fastify/swagger and vite (both runtime dependencies); a test-only parser needs no
// dependency of its own.
import { parse } from 'yaml';

type Tekst = Record<string, unknown>;
const code = parse(fs.readFileSync('publiccode.yml', 'utf8')) as Tekst;
const pakket = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string; license: string };

// From the standard's categories-list and scope-list (the part this file uses is enough to fail on a typo).
const CATEGORIEEN = new Set([
  'business-process-management',
  'compliance-management',
  'data-analytics',
  'data-collection',
  'data-visualization',
  'digital-citizenship',
  'document-management',
  'knowledge-management',
  'workflow-management',
]);
const SCOPES = new Set(['local-authorities', 'society', 'welfare', 'healthcare', 'employment']);

function sectie(pad: string): Tekst {
  const waarde = pad.split('.').reduce<unknown>((o, k) => (o as Tekst | undefined)?.[k], code);
  expect(waarde, pad).toBeTypeOf('object');
  return waarde as Tekst;
}

describe('publiccode.yml', () => {
  it('has the mandatory top-level keys with allowed values', () => {
    expect(code.publiccodeYmlVersion).toBe('0.4');
    expect(code.name).toBe('Open Toegang');
    expect(code.url).toMatch(/^https:\/\/.+\.git$/);
    expect(code.softwareVersion).toBe(pakket.version);
    expect(code.releaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(code.platforms).toEqual(['web']);
    expect(code.developmentStatus).toBeOneOf(['concept', 'development', 'beta', 'stable', 'obsolete']);
    expect(code.softwareType).toBe('standalone/web');
    const categorieen = code.categories as string[];
    expect(categorieen.length).toBeGreaterThan(0);
    for (const c of categorieen) expect(CATEGORIEEN, c).toContain(c);
    for (const s of sectie('intendedAudience').scope as string[]) expect(SCOPES, s).toContain(s);
  });

  it('describes the software in Dutch and English within the length limits', () => {
    for (const taal of ['nl', 'en']) {
      const d = sectie(`description.${taal}`);
      expect(typeof d.shortDescription === 'string' && d.shortDescription.length, taal).toBeLessThanOrEqual(
        150,
      );
      const lang = String(d.longDescription);
      expect(lang.length).toBeGreaterThanOrEqual(150);
      expect(lang.length).toBeLessThanOrEqual(10_000);
      const features = d.features as string[];
      expect(features.length).toBeGreaterThanOrEqual(5);
      for (const f of features) expect(f.length, f).toBeLessThanOrEqual(100);
    }
  });

  it('names the license, maintenance, localisation and the database it depends on', () => {
    expect(sectie('legal').license).toBe('EUPL-1.2');
    expect(pakket.license).toBe('EUPL-1.2');
    expect(fs.readFileSync('LICENSE', 'utf8')).toMatch(/^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2/);
    const onderhoud = sectie('maintenance');
    expect(onderhoud.type).toBeOneOf(['internal', 'contract', 'community', 'none']);
    if (onderhoud.type === 'internal' || onderhoud.type === 'community') {
      expect((onderhoud.contacts as Tekst[])[0]?.name).toBeTypeOf('string');
    }
    const lokalisatie = sectie('localisation');
    expect(lokalisatie.localisationReady).toBeTypeOf('boolean');
    expect(lokalisatie.availableLanguages).toContain('nl');
    const postgres = (sectie('dependsOn').open as Tekst[]).find((d) => d.name === 'PostgreSQL');
    expect(postgres?.versionMin).toBe('15');
  });
});
