/**
 * A Dutch letter (brief) as PDF, for every letter the product sends: ontvangstbevestiging, verslag,
 * beschikking. Callers describe the content (`Brief`); this module owns the layout, so all letters of
 * a gemeente look the same and the legal texts never have to think about coordinates.
 *
 * Layout: A4, letterhead top-left with the contact details top-right, the address in the window of
 * a standard window envelope, a small Datum / Ons kenmerk / Onderwerp table, the body in 11 pt
 * Helvetica (one of the 14 standard PDF fonts, so no font files to ship), automatic page breaks and
 * "Pagina x van y" in every footer.
 *
 * Accessibility: the PDF is tagged (structure tree with headings, paragraphs, a table and lists),
 * has its language set to nl-NL and shows its title instead of the file name. Everything that is
 * only decoration or repetition (return address, page headers and footers) is marked as an artifact
 * so that screen readers skip it. Every drawing call below is therefore either tagged content or an
 * artifact: pdfkit keeps a marked-content section open until the next one starts, and anything drawn
 * in between would silently end up inside the previous paragraph.
 */
import PDFDocument from 'pdfkit';
import { formatDatumLang } from './datum.ts';

export interface Afzender {
  /** Name of the gemeente, e.g. 'Deventer' (printed as 'Gemeente Deventer'). */
  gemeenteNaam: string;
  postadres: string;
  postcode: string;
  plaats: string;
  telefoon: string;
  website: string;
}

export type BriefBlok = { kop?: string; alineas: string[] } | { kop?: string; lijst: string[] };

export interface Brief {
  afzender: Afzender;
  /** `regels`: the address lines under the name; empty when the resident has no (known) address. */
  geadresseerde: { naam: string; regels: string[] };
  /** Date of the letter, 'YYYY-MM-DD' (never "now": the caller decides and stores it). */
  datum: string;
  kenmerk: string;
  onderwerp: string;
  aanhef: string;
  blokken: BriefBlok[];
  afsluiting: string;
  ondertekening: { naam: string; functie: string };
  voettekst?: string;
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const MM = 72 / 25.4;
const MARGES = { top: 25 * MM, bottom: 25 * MM, left: 25 * MM, right: 20 * MM };
/**
 * The window of the usual Dutch window envelopes (EA5/6 and 'Amerikaanse' envelop with the window
 * on the left, as in DIN 5008 form B): about 20–105 mm from the left and 45–90 mm from the top of a
 * letter folded in three. The address stays inside it, with the return address just above.
 */
const VENSTER = { x: 25 * MM, retourY: 50 * MM, y: 56 * MM, breedte: 80 * MM, hoogte: 33 * MM };
const KENMERKEN_Y = 100 * MM;
const LABELBREEDTE = 32 * MM;

const REGULIER = 'Helvetica';
const VET = 'Helvetica-Bold';
const TEKST = '#1a1a1a';
/** Grey for labels and footers; still 7:1 contrast on white (WCAG AAA). */
const GRIJS = '#555555';
const HUISKLEUR = '#154273';
const KORPS = 11;
const REGELAFSTAND = 2.5;

/** 'Deventer' → 'Gemeente Deventer'; a name that already says 'gemeente' is kept as it is. */
export function gemeenteTitel(gemeenteNaam: string): string {
  const naam = gemeenteNaam.trim();
  return /^gemeente\s/i.test(naam) ? naam : `Gemeente ${naam}`;
}

/** 'https://www.deventer.nl/' → 'www.deventer.nl': what a reader types, not what a browser needs. */
export function toonWebsite(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
}

/**
 * Draws the letter as a PDF in the calling thread; rejects (instead of producing half a letter) on
 * invalid input. Everything else uses `renderBrief` (./brief-renderer.ts), which runs this in a
 * worker thread.
 */
export async function tekenBrief(brief: Brief): Promise<Buffer> {
  const datumLang = formatDatumLang(brief.datum);
  const gemeente = gemeenteTitel(brief.afzender.gemeenteNaam);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGES,
    // All pages stay in memory until the end, so the footers can say "van y".
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    font: REGULIER,
    info: {
      Title: brief.onderwerp,
      Author: gemeente,
      Subject: `${brief.onderwerp} (kenmerk ${brief.kenmerk})`,
      Creator: 'Open Toegang',
    },
  });
  const delen: Buffer[] = [];
  doc.on('data', (deel: Buffer) => delen.push(deel));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  briefhoofd(doc, root, brief.afzender, gemeente);
  adres(doc, root, brief, gemeente);
  kenmerken(doc, root, brief, datumLang);
  romp(doc, root, brief);
  root.end();
  kopEnVoet(doc, brief, gemeente, datumLang);
  doc.end();
  return klaar;
}

interface Opmaak {
  x?: number;
  y?: number;
  breedte?: number;
  font?: string;
  grootte?: number;
  kleur?: string;
  uitlijning?: 'left' | 'right';
  hoogte?: number;
}

/** Writes tagged text (a structure element `tag` under `ouder`) and leaves doc.y below it. */
function schrijf(doc: Doc, ouder: Struct, tag: string, tekst: string, opmaak: Opmaak = {}): void {
  const x = opmaak.x ?? doc.page.margins.left;
  doc
    .font(opmaak.font ?? REGULIER)
    .fontSize(opmaak.grootte ?? KORPS)
    .fillColor(opmaak.kleur ?? TEKST);
  doc.text(tekst, x, opmaak.y ?? doc.y, {
    width: opmaak.breedte ?? doc.page.width - x - doc.page.margins.right,
    align: opmaak.uitlijning ?? 'left',
    lineGap: REGELAFSTAND,
    ...(opmaak.hoogte ? { height: opmaak.hoogte, ellipsis: true } : {}),
    structParent: ouder,
    structType: tag,
  });
}

/** Draws something screen readers should skip (decoration, repeated page furniture). */
function artefact(doc: Doc, tekenen: () => void): void {
  doc.markContent('Artifact', { type: 'Pagination' });
  tekenen();
  doc.endMarkedContent();
}

function briefhoofd(doc: Doc, root: Struct, afzender: Afzender, gemeente: string): void {
  const boven = 18 * MM;
  schrijf(doc, root, 'P', gemeente, {
    y: boven,
    breedte: 95 * MM,
    font: VET,
    grootte: 20,
    kleur: HUISKLEUR,
  });
  const contact = [
    afzender.postadres,
    `${afzender.postcode}  ${afzender.plaats}`,
    `Telefoon ${afzender.telefoon}`,
    toonWebsite(afzender.website),
  ];
  const breedte = 65 * MM;
  schrijf(doc, root, 'P', contact.join('\n'), {
    x: doc.page.width - doc.page.margins.right - breedte,
    y: boven + 2,
    breedte,
    grootte: 9,
    kleur: GRIJS,
    uitlijning: 'right',
  });
}

function adres(doc: Doc, root: Struct, brief: Brief, gemeente: string): void {
  const a = brief.afzender;
  artefact(doc, () => {
    doc.font(REGULIER).fontSize(7).fillColor(GRIJS);
    doc.text(
      `Retouradres: ${gemeente}, ${a.postadres}, ${a.postcode} ${a.plaats}`,
      VENSTER.x,
      VENSTER.retourY,
      {
        width: VENSTER.breedte,
        lineBreak: false,
      },
    );
  });
  // The window is a hard limit: a very long name or address is cut off with "…" instead of
  // running out of sight behind the envelope.
  schrijf(doc, root, 'P', [brief.geadresseerde.naam, ...brief.geadresseerde.regels].join('\n'), {
    x: VENSTER.x,
    y: VENSTER.y,
    breedte: VENSTER.breedte,
    hoogte: VENSTER.hoogte,
  });
}

function kenmerken(doc: Doc, root: Struct, brief: Brief, datumLang: string): void {
  const tabel = doc.struct('Table');
  root.add(tabel);
  const links = doc.page.margins.left;
  const waardeX = links + LABELBREEDTE;
  const waardeBreedte = doc.page.width - doc.page.margins.right - waardeX;
  let y = KENMERKEN_Y;
  const rijen: Array<[string, string, string]> = [
    ['Datum', datumLang, 'P'],
    ['Ons kenmerk', brief.kenmerk, 'P'],
    // The onderwerp is the title of the letter, so it is the document's one H1.
    ['Onderwerp', brief.onderwerp, 'H1'],
  ];
  for (const [label, waarde, tag] of rijen) {
    const rij = doc.struct('TR');
    tabel.add(rij);
    schrijf(doc, rij, 'TH', label, {
      x: links,
      y: y + 1,
      breedte: LABELBREEDTE - 4,
      grootte: 9,
      kleur: GRIJS,
    });
    const cel = doc.struct('TD');
    rij.add(cel);
    schrijf(doc, cel, tag, waarde, {
      x: waardeX,
      y,
      breedte: waardeBreedte,
      font: tag === 'H1' ? VET : REGULIER,
    });
    cel.end();
    rij.end();
    y = doc.y + 2;
  }
  tabel.end();
  doc.x = links;
  doc.y = y + 10 * MM;
}

function romp(doc: Doc, root: Struct, brief: Brief): void {
  const regel = doc.font(REGULIER).fontSize(KORPS).currentLineHeight(true) + REGELAFSTAND;
  schrijf(doc, root, 'P', brief.aanhef);
  doc.moveDown(0.7);
  for (const blok of brief.blokken) {
    const sectie = doc.struct('Sect');
    root.add(sectie);
    if (blok.kop) {
      // A heading alone at the bottom of a page reads badly: keep it with two lines of its text.
      ruimte(doc, regel * 3.5);
      schrijf(doc, sectie, 'H2', blok.kop, { font: VET });
      doc.moveDown(0.25);
    }
    if ('lijst' in blok) {
      const lijst = doc.struct('L');
      sectie.add(lijst);
      ruimte(doc, regel * 2);
      doc.font(REGULIER).fontSize(KORPS).fillColor(TEKST);
      doc.list(blok.lijst, doc.page.margins.left + 4, doc.y, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right - 4,
        lineGap: REGELAFSTAND,
        paragraphGap: 3,
        bulletRadius: 2.2,
        textIndent: 14,
        structParent: lijst,
      });
      lijst.end();
      doc.x = doc.page.margins.left;
      doc.moveDown(0.7);
    } else {
      for (const alinea of blok.alineas) {
        ruimte(doc, regel * 2);
        schrijf(doc, sectie, 'P', alinea);
        doc.moveDown(0.7);
      }
    }
    sectie.end();
  }
  // The closing and the signature belong together on one page.
  ruimte(doc, regel * 5);
  schrijf(doc, root, 'P', brief.afsluiting);
  doc.moveDown(1.5);
  schrijf(doc, root, 'P', `${brief.ondertekening.naam}\n${brief.ondertekening.functie}`);
}

/** Starts a new page unless `hoogte` points still fit above the bottom margin. */
function ruimte(doc: Doc, hoogte: number): void {
  if (doc.y + hoogte <= doc.page.maxY()) return;
  // Close the open marked content on this page first, as pdfkit does for its own page breaks.
  doc.endPageMarkings(doc.page);
  doc.addPage();
}

/** Page furniture, drawn once all pages exist: a short header on follow-up pages, "Pagina x van y". */
function kopEnVoet(doc: Doc, brief: Brief, gemeente: string, datumLang: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const pagina = doc.page;
    const links = pagina.margins.left;
    const breedte = pagina.width - links - pagina.margins.right;
    // Text in the margins would otherwise make pdfkit start yet another page.
    const onder = pagina.margins.bottom;
    pagina.margins.bottom = 0;
    artefact(doc, () => {
      doc.font(REGULIER).fontSize(8).fillColor(GRIJS);
      if (i > start) {
        doc.text(`${gemeente}  ·  Ons kenmerk ${brief.kenmerk}  ·  ${datumLang}`, links, 12 * MM, {
          width: breedte,
          lineBreak: false,
        });
      }
      const voetY = pagina.height - 14 * MM;
      if (brief.voettekst) {
        doc.text(brief.voettekst, links, voetY, { width: breedte - 35 * MM, height: 20, ellipsis: true });
      }
      doc.text(`Pagina ${i - start + 1} van ${count}`, links, voetY, {
        width: breedte,
        align: 'right',
        lineBreak: false,
      });
    });
    pagina.margins.bottom = onder;
  }
}
