/**
 * The relative imports of the TypeScript sources, for the tests that guard the module seam
 * (modulegrenzen.test.ts) and the absence of import cycles (importcycli.test.ts). Read with the
 * TypeScript parser, so multi-line imports, re-exports and `import type` are told apart reliably.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Import {
  /** The importing file, relative to the repository root (forward slashes). */
  van: string;
  /** The imported file, resolved the same way. */
  naar: string;
  /**
   * Erased at compile time (`import type`, `export type … from`): no evaluation order follows
   * from it. `import { type A }` keeps an empty import under verbatimModuleSyntax, so it counts.
   */
  alleenType: boolean;
  /** `import('…')` at run time: loaded lazily, so it cannot take part in a load-order cycle. */
  dynamisch: boolean;
}

export function bronbestanden(map: string): string[] {
  const uit: string[] = [];
  for (const e of fs.readdirSync(map, { withFileTypes: true })) {
    const p = path.join(map, e.name);
    if (e.isDirectory()) uit.push(...bronbestanden(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) uit.push(p);
  }
  return uit;
}

const rel = (p: string) => path.relative(process.cwd(), p).split(path.sep).join('/');

export function importsVan(bestand: string): Import[] {
  const tekst = fs.readFileSync(bestand, 'utf8');
  const bron = ts.createSourceFile(bestand, tekst, ts.ScriptTarget.Latest, false);
  const uit: Import[] = [];
  const voeg = (spec: string, alleenType: boolean, dynamisch: boolean) => {
    if (!spec.startsWith('.')) return;
    uit.push({
      van: rel(bestand),
      naar: rel(path.resolve(path.dirname(bestand), spec)),
      alleenType,
      dynamisch,
    });
  };
  const bezoek = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      voeg(node.moduleSpecifier.text, node.importClause?.isTypeOnly === true, false);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      voeg(node.moduleSpecifier.text, node.isTypeOnly, false);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      voeg(node.arguments[0].text, false, true);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) voeg(arg.literal.text, true, false);
    }
    ts.forEachChild(node, bezoek);
  };
  bezoek(bron);
  return uit;
}

/**
 * The cycles among the files in `mappen` that load each other at run time (static value imports).
 * Each cycle is reported once, as the list of files from its first file back to it.
 */
export function importcycli(mappen: string[]): string[][] {
  const graaf = new Map<string, string[]>();
  for (const map of mappen) {
    for (const f of bronbestanden(map)) {
      const naar = importsVan(f)
        .filter((i) => !i.alleenType && !i.dynamisch)
        .map((i) => i.naar);
      graaf.set(rel(f), naar);
    }
  }
  // Tarjan's strongly connected components: every component with more than one file (or a file
  // importing itself) is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const laag = new Map<string, number>();
  const stapel: string[] = [];
  const opStapel = new Set<string>();
  const cycli: string[][] = [];
  const sterk = (v: string): void => {
    idx.set(v, index);
    laag.set(v, index);
    index++;
    stapel.push(v);
    opStapel.add(v);
    for (const w of graaf.get(v) ?? []) {
      if (!graaf.has(w)) continue;
      if (!idx.has(w)) {
        sterk(w);
        laag.set(v, Math.min(laag.get(v)!, laag.get(w)!));
      } else if (opStapel.has(w)) laag.set(v, Math.min(laag.get(v)!, idx.get(w)!));
    }
    if (laag.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stapel.pop()!;
        opStapel.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graaf.get(v) ?? []).includes(v)) cycli.push(comp.sort());
    }
  };
  for (const v of [...graaf.keys()].sort()) if (!idx.has(v)) sterk(v);
  return cycli;
}

/**
 * A file of module A may import from module B only B's index.ts (its descriptor and public API,
 * ADR 0017). Returns the imports that break that rule.
 */
export function grensovertredingen(modulesMap: string): Import[] {
  const moduleVan = (bestand: string) => {
    const r = path.relative(modulesMap, bestand).split(path.sep);
    return r.length > 1 && r[0] !== '..' ? r[0] : null;
  };
  return bronbestanden(modulesMap)
    .flatMap(importsVan)
    .filter((i) => {
      const van = moduleVan(i.van);
      const naar = moduleVan(i.naar);
      if (!van || !naar || van === naar) return false;
      return path.relative(path.join(modulesMap, naar), i.naar) !== 'index.ts';
    });
}
