/**
 * Reads existing quarterly reports from plain text into a structured rapportage. Two formats, both
 * exports of the municipality's project reports:
 *
 * - `regels` (documents 000 and 002): one field per line, the label on its own line and the value
 *   on the lines after it (values may span paragraphs);
 * - `pijptabel` (document 001): the same fields as a pipe-separated table, label | value | … .
 *
 * Both become the same sequence of blocks (label + value lines), which one interpreter maps onto
 * the fields. Nothing is dropped silently: what cannot be placed is listed in `nietGemapt` with its
 * line number and the reason, and interpretations worth a second look are listed in `meldingen`
 * (for example a status under the label "Afwijking totaalplanning?", as the export writes it).
 */
import { DATUM_AAN_EIND, leesDatum } from './datum.ts';
import {
  type AfwijkingSoort,
  ASPECT_TITEL,
  type AspectCode,
  type AspectStatus,
  legeInhoud,
  type Projectfase,
  type RapportageInhoud,
  type Stuk,
  type StukSoort,
} from './rapportage.ts';

export type RapportageFormaat = 'regels' | 'pijptabel';

export interface ImportMelding {
  regel: number | null;
  tekst: string;
}

export interface NietGemapt {
  regel: number;
  tekst: string;
  reden: string;
}

export interface RapportageImport {
  formaat: RapportageFormaat;
  rapportagedatum: string | null;
  inhoud: RapportageInhoud;
  /** "Deze pagina is gebouwd op … met de export van …" of an exported page (document 000). */
  bron: { gebouwdOp: string | null; exportVan: string | null };
  meldingen: ImportMelding[];
  nietGemapt: NietGemapt[];
}

type VeldLabel =
  | 'projectnaam'
  | 'portefeuillehouder'
  | 'rapportagedatum'
  | 'basisinformatie'
  | 'besluitvorming'
  | 'projectfase'
  | 'standVanZaken'
  | 'voortgang'
  | 'overigeInformatie';
type Label =
  | { soort: 'veld'; veld: VeldLabel }
  | { soort: 'aspect'; aspect: AspectCode }
  | { soort: 'afwijking'; afwijking: AfwijkingSoort };

const LABELS: Record<string, Label> = {
  projectnaam: { soort: 'veld', veld: 'projectnaam' },
  portefeuillehouder: { soort: 'veld', veld: 'portefeuillehouder' },
  rapportagedatum: { soort: 'veld', veld: 'rapportagedatum' },
  'basisinformatie project': { soort: 'veld', veld: 'basisinformatie' },
  basisinformatie: { soort: 'veld', veld: 'basisinformatie' },
  besluitvorming: { soort: 'veld', veld: 'besluitvorming' },
  projectfase: { soort: 'veld', veld: 'projectfase' },
  'stand van zaken': { soort: 'veld', veld: 'standVanZaken' },
  voortgang: { soort: 'veld', veld: 'voortgang' },
  'overige informatie': { soort: 'veld', veld: 'overigeInformatie' },
  scope: { soort: 'aspect', aspect: 'scope' },
  financiën: { soort: 'aspect', aspect: 'financien' },
  financien: { soort: 'aspect', aspect: 'financien' },
  "risico's en kansen": { soort: 'aspect', aspect: 'risicos' },
  "risico's": { soort: 'aspect', aspect: 'risicos' },
  planning: { soort: 'aspect', aspect: 'planning' },
  communicatie: { soort: 'aspect', aspect: 'communicatie' },
  'afwijking begroting': { soort: 'afwijking', afwijking: 'begroting' },
  'afwijking investering': { soort: 'afwijking', afwijking: 'investering' },
  'afwijking exploitatie': { soort: 'afwijking', afwijking: 'exploitatie' },
  'afwijking totaalplanning': { soort: 'afwijking', afwijking: 'totaalplanning' },
  'afwijking planning': { soort: 'afwijking', afwijking: 'totaalplanning' },
};

/** 'Risico’s en kansen?' → "risico's en kansen": labels are compared without case, quotes or '?'/':'. */
function labelSleutel(tekst: string): string {
  return tekst
    .trim()
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[?:]+$/, '')
    .trim();
}

export function alsLabel(tekst: string): Label | null {
  return LABELS[labelSleutel(tekst)] ?? null;
}

interface Regel {
  tekst: string;
  nr: number;
}

interface Blok {
  label: Label;
  labelTekst: string;
  nr: number;
  waarde: Regel[];
}

interface Blokken {
  voorwoord: Regel[];
  blokken: Blok[];
}

/** A line format report: a line that is exactly a label starts a block. Trailing spaces go. */
function blokkenUitRegels(tekst: string): Blokken {
  const out: Blokken = { voorwoord: [], blokken: [] };
  tekst.split(/\r?\n/).forEach((ruw, i) => {
    const regel = { tekst: ruw.replace(/\s+$/, ''), nr: i + 1 };
    const label = regel.tekst.trim() ? alsLabel(regel.tekst) : null;
    if (label) out.blokken.push({ label, labelTekst: regel.tekst.trim(), nr: regel.nr, waarde: [] });
    else (out.blokken.at(-1)?.waarde ?? out.voorwoord).push(regel);
  });
  return out;
}

const SCHEIDINGSRIJ = /^[\s|:-]+$/;

/**
 * A pipe table: every row is cells separated by '|'; a row whose first cell is a label starts a
 * block (its other cells are the first value lines), any other row continues the current block.
 */
function blokkenUitPijptabel(tekst: string): Blokken {
  const out: Blokken = { voorwoord: [], blokken: [] };
  tekst.split(/\r?\n/).forEach((ruw, i) => {
    const nr = i + 1;
    if (!ruw.trim() || (ruw.includes('|') && SCHEIDINGSRIJ.test(ruw))) return;
    const cellen = ruw
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c.length > 0);
    const label = ruw.includes('|') && cellen[0] ? alsLabel(cellen[0]) : null;
    if (label) {
      out.blokken.push({
        label,
        labelTekst: cellen[0]!,
        nr,
        waarde: cellen.slice(1).map((tekst) => ({ tekst, nr })),
      });
    } else {
      const doel = out.blokken.at(-1)?.waarde ?? out.voorwoord;
      for (const tekst of cellen) doel.push({ tekst, nr });
    }
  });
  return out;
}

/** Pipe table when several rows are label | value; otherwise one field per line. */
export function herkenFormaat(tekst: string): RapportageFormaat {
  const pijpLabels = tekst
    .split(/\r?\n/)
    .filter((r) => r.includes('|') && alsLabel(r.split('|')[0] ?? '') !== null).length;
  return pijpLabels >= 3 ? 'pijptabel' : 'regels';
}

/** Value lines without the empty lines around them; empty lines inside (paragraphs) stay. */
function bijgesneden(regels: Regel[]): Regel[] {
  let begin = 0;
  let eind = regels.length;
  while (begin < eind && !regels[begin]!.tekst.trim()) begin++;
  while (eind > begin && !regels[eind - 1]!.tekst.trim()) eind--;
  return regels.slice(begin, eind);
}

const tekstVan = (regels: Regel[]) => regels.map((r) => r.tekst).join('\n');

const STATUSSEN: Record<string, AspectStatus> = {
  'op koers': 'op-koers',
  'behoeft aandacht': 'behoeft-aandacht',
  'actie vereist': 'actie-vereist',
};

export function leesStatus(tekst: string): AspectStatus | null {
  return STATUSSEN[tekst.trim().toLowerCase().replace(/\.$/, '')] ?? null;
}

function leesJaNee(tekst: string): boolean | null {
  const t = tekst.trim().toLowerCase().replace(/\.$/, '');
  return t === 'ja' ? true : t === 'nee' ? false : null;
}

export function leesProjectfase(tekst: string): Projectfase | null {
  const m = /^(verkenning|definitie|ontwerp|realisatie|nazorg)(?:s?fase)?$/i.exec(tekst.trim());
  return m ? (m[1]!.toLowerCase() as Projectfase) : null;
}

const STUK_WOORDEN: Array<[RegExp, StukSoort]> = [
  [/^raadsmededeling(en)?$/i, 'raadsmededeling'],
  [/^raadsmededelinge$/i, 'raadsmededeling'],
  [/^raadsvoorstel(len)?$/i, 'raadsvoorstel'],
  [/^raadsinformatiebrief$/i, 'raadsinformatiebrief'],
  [/^collegebesluit$/i, 'collegebesluit'],
  [/^nota$/i, 'nota'],
];

const STUK_REGEL = /^(?:[-–•*]\s*)?(\S+)\s+((?:\d{2}-)?\d{4}-\d{3,6})\s+(.+)$/;

export interface GelezenBesluitvorming {
  toelichting: string;
  stukken: Stuk[];
  meldingen: ImportMelding[];
}

/**
 * The besluitvorming of a report: an introduction and a list of stukken, one per line, such as
 * "- Raadsmededeling 2018-001931 proces entiteit sociale teams" or
 * "Raadsmededeling 05-2018-001641 voortgang sociale teams 2-10-2018". Lines that are no stuk stay
 * in the toelichting, word for word.
 */
export function leesBesluitvorming(
  regels: Array<{ tekst: string; nr: number | null }>,
): GelezenBesluitvorming {
  const toelichting: string[] = [];
  const stukken: Stuk[] = [];
  const meldingen: ImportMelding[] = [];
  for (const r of regels) {
    const m = STUK_REGEL.exec(r.tekst.trim());
    const soort = m ? STUK_WOORDEN.find(([re]) => re.test(m[1]!)) : undefined;
    if (!m || !soort) {
      toelichting.push(r.tekst);
      continue;
    }
    let onderwerp = m[3]!.trim();
    let datum: string | null = null;
    const d = DATUM_AAN_EIND.exec(onderwerp);
    if (d && leesDatum(d[1]!)) {
      datum = leesDatum(d[1]!);
      onderwerp = onderwerp.slice(0, d.index).trim();
    }
    if (/^raadsmededelinge$/i.test(m[1]!)) {
      meldingen.push({ regel: r.nr, tekst: `'${m[1]}' gelezen als raadsmededeling.` });
    }
    stukken.push({ soort: soort[1], nummer: m[2]!, onderwerp, datum });
  }
  return {
    toelichting: bijgesneden(toelichting.map((tekst) => ({ tekst, nr: 0 })))
      .map((r) => r.tekst)
      .join('\n'),
    stukken,
    meldingen,
  };
}

const GEBOUWD = /^deze pagina is gebouwd op (.+?) met de export van (.+)$/i;

/** Parses a report in either format. Throws nothing: problems end up in the report. */
export function leesRapportage(
  tekst: string,
  formaat: RapportageFormaat = herkenFormaat(tekst),
): RapportageImport {
  const { voorwoord, blokken } =
    formaat === 'pijptabel' ? blokkenUitPijptabel(tekst) : blokkenUitRegels(tekst);
  const inhoud = legeInhoud({ naam: '', portefeuillehouder: null });
  const meldingen: ImportMelding[] = [];
  const nietGemapt: NietGemapt[] = [];
  const bron: RapportageImport['bron'] = { gebouwdOp: null, exportVan: null };
  let rapportagedatum: string | null = null;

  const titel: string[] = [];
  for (const r of voorwoord) {
    const m = GEBOUWD.exec(r.tekst.trim());
    if (m) {
      bron.gebouwdOp = m[1]!.trim();
      bron.exportVan = m[2]!.trim();
    } else if (r.tekst.trim()) titel.push(r.tekst.trim());
  }

  const gezien = new Set<string>();
  const nietGeplaatst = (b: Blok, regels: Regel[], reden: string) => {
    const tekst = tekstVan(regels) || b.labelTekst;
    nietGemapt.push({ regel: regels[0]?.nr ?? b.nr, tekst, reden });
  };
  let aspect: AspectCode | null = null;

  for (const b of blokken) {
    const waarde = bijgesneden(b.waarde);
    const tekst = tekstVan(waarde);
    const label = b.label;
    if (label.soort === 'veld') {
      aspect = null;
      if (gezien.has(label.veld) && waarde.length) {
        nietGeplaatst(b, waarde, `'${b.labelTekst}' komt twee keer voor; de eerste waarde is gebruikt.`);
        continue;
      }
      gezien.add(label.veld);
      switch (label.veld) {
        case 'projectnaam':
        case 'portefeuillehouder':
          inhoud[label.veld] = waarde.map((r) => r.tekst.trim()).join(' ');
          break;
        case 'basisinformatie':
        case 'standVanZaken':
        case 'overigeInformatie':
          inhoud[label.veld] = tekst;
          break;
        case 'rapportagedatum':
          rapportagedatum = leesDatum(tekst);
          if (!rapportagedatum && waarde.length) nietGeplaatst(b, waarde, 'Geen datum die te lezen is.');
          break;
        case 'projectfase':
          if (!waarde.length) {
            meldingen.push({ regel: b.nr, tekst: 'Projectfase is leeg.' });
            break;
          }
          inhoud.projectfase = leesProjectfase(tekst);
          if (!inhoud.projectfase) {
            nietGeplaatst(
              b,
              waarde,
              'Onbekende projectfase (verkenning, definitie, ontwerp, realisatie of nazorg).',
            );
          }
          break;
        case 'besluitvorming': {
          const bv = leesBesluitvorming(waarde);
          inhoud.besluitvorming = { toelichting: bv.toelichting, stukken: bv.stukken };
          meldingen.push(...bv.meldingen);
          break;
        }
        case 'voortgang':
          if (waarde.length)
            nietGeplaatst(b, waarde, "Tekst direct onder 'Voortgang' hoort bij geen aspect.");
          break;
      }
      continue;
    }

    if (label.soort === 'aspect') aspect = label.aspect;
    if (!aspect) {
      nietGeplaatst(b, waarde, `'${b.labelTekst}' staat buiten een aspect van de voortgang.`);
      continue;
    }
    const a = inhoud.voortgang[aspect];
    if (!waarde.length) continue;
    const eerste = waarde[0]!.tekst;
    const rest = tekstVan(bijgesneden(waarde.slice(1)));
    const status = leesStatus(eerste);
    const jaNee = leesJaNee(eerste);

    if (status) {
      if (a.status) {
        nietGeplaatst(
          b,
          waarde,
          `${ASPECT_TITEL[aspect]}: er is al een status; deze tweede status is niet overgenomen.`,
        );
        continue;
      }
      a.status = status;
      a.toelichting = [a.toelichting, rest].filter(Boolean).join('\n');
      if (label.soort === 'afwijking') {
        meldingen.push({
          regel: waarde[0]!.nr,
          tekst: `De status van ${ASPECT_TITEL[aspect]} staat onder het label '${b.labelTekst}'; overgenomen als status van het aspect.`,
        });
      }
      continue;
    }
    if (label.soort === 'afwijking') {
      if (a.afwijkingen[label.afwijking]) {
        nietGeplaatst(b, waarde, `'${b.labelTekst}' komt twee keer voor in ${ASPECT_TITEL[aspect]}.`);
        continue;
      }
      a.afwijkingen[label.afwijking] =
        jaNee === null ? { afwijking: null, toelichting: tekst } : { afwijking: jaNee, toelichting: rest };
      if (jaNee === null) {
        meldingen.push({
          regel: waarde[0]!.nr,
          tekst: `'${b.labelTekst}' zonder ja of nee; de tekst is de toelichting.`,
        });
      }
      continue;
    }
    if (jaNee !== null) {
      nietGeplaatst(b, waarde, `Ja/nee zonder afwijkingslabel onder '${b.labelTekst}'.`);
      continue;
    }
    a.toelichting = [a.toelichting, tekst].filter(Boolean).join('\n');
    meldingen.push({ regel: waarde[0]!.nr, tekst: `${ASPECT_TITEL[aspect]}: toelichting zonder status.` });
  }

  const paginatitel = titel.join(' ');
  inhoud.titel = paginatitel && paginatitel !== inhoud.projectnaam ? paginatitel : null;
  return { formaat, rapportagedatum, inhoud, bron, meldingen, nietGemapt };
}
