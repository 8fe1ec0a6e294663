/**
 * Reads a variant table as in document 004, bijlage 1: tab-separated, a header row with the
 * variants, group rows (a name and no scores), criterion rows with a score per variant, a TOTAAL row
 * with the stated totals "51 (33%)", and after it the scale "++ voldoet goed<TAB>4 punten". The
 * whole document may be pasted: only the table from "Waardering varianten" on is read.
 */
import type { ImportMelding, NietGemapt } from './import.ts';
import {
  type Criteriumgroep,
  leesScore,
  type Puntwaarde,
  type Score,
  STANDAARD_PUNTENTELLING,
  type Variant,
  type Vergelijking,
} from './varianten.ts';

export interface VariantImport {
  titel: string;
  vergelijking: Vergelijking;
  meldingen: ImportMelding[];
  nietGemapt: NietGemapt[];
}

const KOP = /^waardering varianten\t/i;
const TOTAAL = /^(\d+)\s*(?:\(\s*(\d+)\s*%\s*\))?$/;
const LEGENDA = /^(\+\+|\+|0|--|-|[−–]{1,2})\s+([^\t]+?)\t+\s*(\d+)(?:\s*punten?)?\s*$/i;

export function isVariantTabel(tekst: string): boolean {
  return tekst.split(/\r?\n/).some((r) => r.includes('\t') && KOP.test(r.trimStart()));
}

export function leesVariantTabel(tekst: string): VariantImport | null {
  const regels = tekst.split(/\r?\n/);
  const kop = regels.findIndex((r) => r.includes('\t') && KOP.test(r.trimStart()));
  if (kop < 0) return null;
  const meldingen: ImportMelding[] = [];
  const nietGemapt: NietGemapt[] = [];
  const namen = regels[kop]!.split('\t')
    .slice(1)
    .map((c) => c.trim());
  while (namen.length && !namen.at(-1)) namen.pop();
  const varianten: Variant[] = namen.map((naam) => ({
    naam,
    opgegevenTotaal: null,
    opgegevenPercentage: null,
  }));
  const groepen: Criteriumgroep[] = [];
  const telling: Puntwaarde[] = [];

  let titel = 'Variantvergelijking';
  for (let i = kop - 1; i >= 0; i--) {
    const t = regels[i]!.trim();
    if (!t) continue;
    if (!t.includes('\t')) titel = t;
    break;
  }

  for (let i = kop + 1; i < regels.length; i++) {
    const nr = i + 1;
    const ruw = regels[i]!;
    if (!ruw.trim()) continue;
    const legenda = LEGENDA.exec(ruw.trim());
    if (legenda) {
      const score = leesScore(legenda[1]!) as Score;
      telling.push({ score, punten: Number(legenda[3]), omschrijving: legenda[2]!.trim() });
      continue;
    }
    if (!ruw.includes('\t')) {
      // The table has ended (text after it); everything from here on is not part of it.
      if (telling.length) break;
      nietGemapt.push({ regel: nr, tekst: ruw.trim(), reden: 'Regel zonder tabs in de tabel.' });
      continue;
    }
    const cellen = ruw.split('\t').map((c) => c.trim());
    const naam = cellen[0] ?? '';
    const waarden = varianten.map((_, vi) => cellen[vi + 1] ?? '');
    if (/^totaal$/i.test(naam)) {
      waarden.forEach((w, vi) => {
        const m = TOTAAL.exec(w);
        if (!m) {
          if (w) nietGemapt.push({ regel: nr, tekst: w, reden: `Geen totaal voor ${varianten[vi]!.naam}.` });
          return;
        }
        varianten[vi]!.opgegevenTotaal = Number(m[1]);
        varianten[vi]!.opgegevenPercentage = m[2] ? Number(m[2]) : null;
      });
      continue;
    }
    if (waarden.every((w) => !w)) {
      groepen.push({ naam, criteria: [] });
      continue;
    }
    if (!groepen.length) groepen.push({ naam: 'Criteria', criteria: [] });
    const scores = waarden.map((w, vi) => {
      const s = leesScore(w);
      if (!s) {
        nietGemapt.push({
          regel: nr,
          tekst: w,
          reden: `Geen score (++, +, 0, -, --) bij '${naam}' voor ${varianten[vi]!.naam}.`,
        });
      }
      return s;
    });
    const extra = cellen.slice(varianten.length + 1).filter(Boolean);
    if (extra.length)
      nietGemapt.push({ regel: nr, tekst: extra.join('\t'), reden: 'Meer cellen dan varianten.' });
    groepen.at(-1)!.criteria.push({ naam, scores });
  }

  let puntentelling = telling;
  if (telling.length !== 5 || new Set(telling.map((t) => t.score)).size !== 5) {
    puntentelling = STANDAARD_PUNTENTELLING;
    meldingen.push({
      regel: null,
      tekst: 'Geen volledige puntentelling gevonden; de standaard 4/3/2/1/0 is gebruikt.',
    });
  }
  return { titel, vergelijking: { puntentelling, varianten, groepen }, meldingen, nietGemapt };
}
