import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEGEVENSCATEGORIEEN } from '../../platform/module.ts';
import { MODULES } from '../index.ts';
import { VERWERKINGSREGISTER } from './verwerkingsregister.ts';

/**
 * AVG art. 30: the register must describe what the code does. A module that starts processing a new
 * category of personal data declares it in its descriptor, and this test then demands a register
 * entry for it; a module that touches a table with persons in it must declare personal data at all.
 */
const ROOT = path.resolve(import.meta.dirname, '../../../..');

/** Tables that hold a person reference or a BSN, read from the migrations. */
function tabellenMetPersonen(): Set<string> {
  const tabellen = new Set<string>();
  for (const f of fs.readdirSync(path.join(ROOT, 'migrations')).filter((n) => n.endsWith('.sql'))) {
    const sql = fs.readFileSync(path.join(ROOT, 'migrations', f), 'utf8').replace(/--[^\n]*/g, '');
    for (const m of sql.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\);/g)) {
      if (/^\s*(persoon_id|\w*bsn)\s/m.test(m[2]!)) tabellen.add(m[1]!);
    }
    for (const m of sql.matchAll(
      /ALTER TABLE (\w+)\s+ADD COLUMN (?:IF NOT EXISTS )?(persoon_id|\w*bsn)\s/g,
    )) {
      tabellen.add(m[1]!);
    }
  }
  tabellen.add('personen');
  return tabellen;
}

function bronbestanden(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return bronbestanden(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('verwerkingsregister (AVG art. 30)', () => {
  const namen = new Set(MODULES.map((m) => m.naam));

  it('elke verwerking is volledig ingevuld en noemt bestaande modules', () => {
    const ids = VERWERKINGSREGISTER.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of VERWERKINGSREGISTER) {
      expect(v.grondslagen.length, v.id).toBeGreaterThan(0);
      expect(v.categorieenBetrokkenen.length, v.id).toBeGreaterThan(0);
      expect(v.categorieenGegevens.length, v.id).toBeGreaterThan(0);
      expect(v.ontvangers.length, v.id).toBeGreaterThan(0);
      expect(v.bewaartermijn.length, v.id).toBeGreaterThan(0);
      for (const m of v.modules) expect(namen.has(m), `${v.id}: module ${m}`).toBe(true);
      for (const c of v.categorieenGegevens) expect(c in GEGEVENSCATEGORIEEN, `${v.id}: ${c}`).toBe(true);
    }
  });

  it('gezondheidsgegevens hebben een grondslag uit AVG art. 9 (of uitdrukkelijke toestemming)', () => {
    for (const v of VERWERKINGSREGISTER.filter((x) => x.categorieenGegevens.includes('gezondheid'))) {
      expect(
        v.grondslagen.some((g) => g.includes('art. 9')),
        v.id,
      ).toBe(true);
    }
  });

  it('elke categorie die een module verwerkt, staat in het register bij een verwerking van die module', () => {
    const ontbreekt: string[] = [];
    for (const m of MODULES) {
      for (const c of m.persoonsgegevens ?? []) {
        const gedekt = VERWERKINGSREGISTER.some(
          (v) => v.modules.includes(m.naam) && v.categorieenGegevens.includes(c),
        );
        if (!gedekt) ontbreekt.push(`${m.naam}: ${c}`);
      }
    }
    expect(ontbreekt).toEqual([]);
  });

  it('een module die een tabel met personen (persoon_id of BSN) gebruikt, verklaart persoonsgegevens', () => {
    const tabellen = tabellenMetPersonen();
    expect(tabellen.has('meldingen')).toBe(true);
    const fout: string[] = [];
    for (const m of MODULES) {
      const dir = path.join(ROOT, 'src/server/modules', m.naam);
      const gebruikt = new Set<string>();
      for (const f of bronbestanden(dir)) {
        const code = fs.readFileSync(f, 'utf8');
        for (const t of tabellen) {
          if (new RegExp(`\\b(FROM|JOIN|INTO|UPDATE)\\s+${t}\\b`).test(code)) gebruikt.add(t);
        }
      }
      const persoonlijk = (m.persoonsgegevens ?? []).some((c) => c !== 'medewerker');
      if (gebruikt.size > 0 && !persoonlijk) fout.push(`${m.naam}: ${[...gebruikt].join(', ')}`);
    }
    expect(fout).toEqual([]);
  });
});
