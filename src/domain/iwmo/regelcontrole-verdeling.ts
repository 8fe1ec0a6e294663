/**
 * Second rewrite of the derived rule checker (ADR 0037): the dispatch. The official `check` template
 * applies all 58 rule modes to every element; each `apply-templates` makes libxslt test that mode's
 * patterns, and a pattern with a predicate on `*` (CS325's twelve `*[local-name() = '…']`, CS002,
 * CS139) makes it count the element's siblings — for 3,000 Clients that is quadratic again.
 *
 * The rewrite keeps the order of the modes and skips a mode only where it provably does nothing: a
 * mode that has the empty `<template match="*" mode="M"/>` produces output for an element only when
 * one of its other templates matches it, and a pattern can only match an element that its last step
 * matches. So per element name N (the last step of some pattern) there is a `check` template that
 * applies, in the official order: every mode whose patterns may end in N, every mode without that
 * empty default (always), and every mode with a `*[…]` last step behind `<if test="self::*[…]">`
 * (the same step as a test on the self axis: no sibling counting). The default `check` template
 * keeps only the always-modes and the tested ones. Priority 0.25 lies between the official `*`
 * (priority 0, replaced by these) and `*[n2:Taal | n2:Vorm]` (0.5), so that one still wins as before.
 */

interface Sjabloon {
  match: string;
  mode: string;
  leeg: boolean;
}

/** Splits `tekst` on `teken` outside brackets and quotes. */
function splitsBuiten(tekst: string, teken: string): string[] {
  const delen: string[] = [];
  let diepte = 0;
  let quote: string | null = null;
  let begin = 0;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') diepte++;
    else if (c === ']' || c === ')') diepte--;
    else if (c === teken && diepte === 0) {
      delen.push(tekst.slice(begin, i));
      begin = i + 1;
    }
  }
  delen.push(tekst.slice(begin));
  return delen.map((d) => d.trim());
}

function sjablonen(xsl: string): Sjabloon[] {
  const uit: Sjabloon[] = [];
  for (const m of xsl.matchAll(/<template ([^>]*?)(\/?)>/g)) {
    const match = /(?:^|\s)match="([^"]*)"/.exec(m[1]!)?.[1];
    const mode = /(?:^|\s)mode="([^"]*)"/.exec(m[1]!)?.[1];
    if (match !== undefined && mode !== undefined) uit.push({ match, mode, leeg: m[2] === '/' });
  }
  return uit;
}

type Soort = { altijd: true } | { altijd: false; namen: Set<string>; sterren: string[] };

/** For one mode: always apply, or only to these element names / these `*[…]` steps. */
function soortVan(mode: string, alle: readonly Sjabloon[]): Soort {
  const eigen = alle.filter((s) => s.mode === mode);
  if (!eigen.some((s) => s.match === '*' && s.leeg)) return { altijd: true };
  const namen = new Set<string>();
  const sterren: string[] = [];
  for (const s of eigen) {
    if (s.match === '*' && s.leeg) continue;
    for (const alternatief of splitsBuiten(s.match, '|')) {
      const stap = splitsBuiten(alternatief, '/').at(-1)!;
      const naam = stap.replace(/\[[\s\S]*$/, '').trim();
      if (/^[a-z0-9]+:[A-Za-z][\w.-]*$/.test(naam)) namen.add(naam);
      else if (naam === '*' && stap !== '*') sterren.push(stap);
      else return { altijd: true };
    }
  }
  return { altijd: false, namen, sterren };
}

const pas = (mode: string) => `<apply-templates mode="${mode}" select="."/>`;

/** Rewrites the body of the official `check` template into per-name templates; throws when unsure. */
export function verdeelControles(xsl: string): string {
  const kop = '<template match="*" mode="check" priority="0">';
  const begin = xsl.indexOf(kop);
  const eind = xsl.indexOf('</template>', begin);
  if (begin === -1 || xsl.indexOf(kop, begin + 1) !== -1) throw new Error('regelcontrole: check-sjabloon');
  const romp = xsl.slice(begin + kop.length, eind);
  const modes = [...romp.matchAll(/<apply-templates mode="([^"]*)" select="\."\/>/g)].map((m) => m[1]!);
  if (modes.map(pas).join('') !== romp) throw new Error('regelcontrole: check-sjabloon onverwacht');
  const alle = sjablonen(xsl);
  const soorten = modes.map((mode) => ({ mode, soort: soortVan(mode, alle) }));

  // Two prefixes for one namespace would give two templates for one element: refuse.
  const ns = new Map([...xsl.slice(0, 3000).matchAll(/xmlns:(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const namen = new Set(soorten.flatMap(({ soort }) => (soort.altijd ? [] : [...soort.namen])));
  const uris = [...namen].map((n) => ns.get(n.split(':')[0]!) + n.slice(n.indexOf(':')));
  if (new Set(uris).size !== uris.length || uris.some((u) => u.startsWith('undefined'))) {
    throw new Error('regelcontrole: naamruimten van de patronen niet eenduidig');
  }

  const romptVoor = (naam: string | null) =>
    soorten
      .map(({ mode, soort }) => {
        if (soort.altijd || (naam && soort.namen.has(naam))) return pas(mode);
        if (soort.sterren.length === 0) return '';
        return `<if test="${soort.sterren.map((s) => `self::${s}`).join(' or ')}">${pas(mode)}</if>`;
      })
      .join('');
  const perNaam = [...namen]
    .map((n) => `<template match="${n}" mode="check" priority="0.25">${romptVoor(n)}</template>`)
    .join('');
  return `${xsl.slice(0, begin)}${kop}${romptVoor(null)}</template>${perNaam}${xsl.slice(eind + '</template>'.length)}`;
}
