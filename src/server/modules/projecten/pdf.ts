/**
 * The published rapportage as PDF: the same content as the static page, for the council's archive
 * and for print. Tagged PDF (headings, paragraphs, lists) with language nl-NL and its title shown,
 * like the letters of platform/documents/brief.ts; page furniture is an artifact. The registers are
 * written as labelled lines per item rather than wide tables, which read better on A4 and in a
 * screen reader.
 */
import PDFDocument from 'pdfkit';
import {
  AFWIJKING_SOORTEN,
  AFWIJKING_TITEL,
  ASPECT_STATUS_TEKST,
  ASPECT_TITEL,
  ASPECTEN,
  PROJECTFASE_TEKST,
  STUK_SOORT_TEKST,
} from '../../../domain/projecten/rapportage.ts';
import {
  MIJLPAAL_STAND_TEKST,
  mijlpaalStand,
  RISICO_STATUS_TEKST,
  RISICOKLASSE_TEKST,
  risicoklasse,
  risicoScore,
} from '../../../domain/projecten/registers.ts';
import { tekstblokken } from '../../../domain/projecten/tekst.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';
import { dagNl, type RapportageExport, tijdstipNl } from './export.ts';
import { STATUS_STIJL } from './pagina.ts';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const MM = 72 / 25.4;
const HUISKLEUR = '#154273';
const TEKST = '#1a1a1a';
const GRIJS = '#555555';
const REGULIER = 'Helvetica';
const VET = 'Helvetica-Bold';

/**
 * The 14 standard PDF fonts only know WinAnsi: characters outside it (such as ▲ or ’ in some
 * fonts) would print as garbage. Typographic quotes are in WinAnsi; the shapes of the web page are
 * replaced by words, which the status already has.
 */
function winAnsi(tekst: string): string {
  return tekst.replace(/[^\t\n\u0020-\u00ff\u2018\u2019\u201c\u201d\u2013\u2014\u2022\u20ac\u2026]/g, '?');
}

function schrijf(
  doc: Doc,
  ouder: Struct,
  tag: string,
  tekst: string,
  font = REGULIER,
  grootte = 10.5,
  kleur = TEKST,
) {
  doc.font(font).fontSize(grootte).fillColor(kleur);
  doc.text(winAnsi(tekst), doc.page.margins.left, doc.y, {
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    lineGap: 2,
    structParent: ouder,
    structType: tag,
  });
}

function ruimte(doc: Doc, hoogte: number): void {
  if (doc.y + hoogte <= doc.page.maxY()) return;
  doc.endPageMarkings(doc.page);
  doc.addPage();
}

function kop(doc: Doc, ouder: Struct, niveau: 2 | 3, tekst: string): void {
  ruimte(doc, 60);
  doc.moveDown(niveau === 2 ? 0.8 : 0.5);
  schrijf(doc, ouder, `H${niveau}`, tekst, VET, niveau === 2 ? 14 : 11.5, niveau === 2 ? HUISKLEUR : TEKST);
  doc.moveDown(0.3);
}

function tekst(doc: Doc, ouder: Struct, waarde: string): void {
  const blokken = tekstblokken(waarde);
  if (!blokken.length) {
    schrijf(doc, ouder, 'P', 'Geen.');
    return;
  }
  for (const b of blokken) {
    ruimte(doc, 30);
    if (b.soort === 'alinea') {
      schrijf(doc, ouder, 'P', b.regels.join('\n'));
    } else {
      const lijst = doc.struct('L');
      ouder.add(lijst);
      doc.font(REGULIER).fontSize(10.5).fillColor(TEKST);
      doc.list(b.items.map(winAnsi), doc.page.margins.left + 4, doc.y, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right - 4,
        lineGap: 2,
        paragraphGap: 2,
        bulletRadius: 2,
        textIndent: 12,
        structParent: lijst,
      });
      lijst.end();
      doc.x = doc.page.margins.left;
    }
    doc.moveDown(0.5);
  }
}

/** A list of items, each written as "Label: waarde" lines. */
function items(doc: Doc, ouder: Struct, rijen: string[][]): void {
  for (const regels of rijen) {
    ruimte(doc, 50);
    schrijf(doc, ouder, 'P', regels.filter(Boolean).join('\n'));
    doc.moveDown(0.5);
  }
}

const euro = (n: number | null) =>
  n === null
    ? 'p.m.'
    : `€ ${n
        .toFixed(2)
        .replace('.', ',')
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.')
        .replace(/,00$/, '')}`;

export async function rapportagePdf(e: RapportageExport, gebouwdOp: Date): Promise<Buffer> {
  const i = e.inhoud;
  const titel = `${i.projectnaam} – rapportage ${formatDatumLang(e.rapportagedatum)}`;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 22 * MM, bottom: 22 * MM, left: 22 * MM, right: 20 * MM },
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    font: REGULIER,
    info: {
      Title: winAnsi(titel),
      Author: `Gemeente ${e.gemeente.naam}`,
      Subject: 'Kwartaalrapportage grote projecten aan de gemeenteraad',
      Creator: 'Open Toegang',
    },
  });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  schrijf(doc, root, 'P', `Gemeente ${e.gemeente.naam}`, VET, 16, HUISKLEUR);
  doc.moveDown(0.3);
  schrijf(
    doc,
    root,
    'P',
    `Deze rapportage is gebouwd op ${tijdstipNl(gebouwdOp)} met de export van ${tijdstipNl(e.geexporteerdOp)}.`,
    REGULIER,
    9,
    GRIJS,
  );
  doc.moveDown(0.6);
  if (i.titel) schrijf(doc, root, 'P', i.titel);
  schrijf(doc, root, 'H1', i.projectnaam, VET, 18, HUISKLEUR);
  doc.moveDown(0.4);
  schrijf(
    doc,
    root,
    'P',
    [
      e.project.hoofdproject ? `Deelproject van: ${e.project.hoofdproject}` : '',
      `Portefeuillehouder: ${i.portefeuillehouder}`,
      e.project.ambtelijkOpdrachtgever ? `Ambtelijk opdrachtgever: ${e.project.ambtelijkOpdrachtgever}` : '',
      e.project.programma ? `Programma: ${e.project.programma}` : '',
      `Rapportagedatum: ${formatDatumLang(e.rapportagedatum)}`,
      `Projectfase: ${i.projectfase ? PROJECTFASE_TEKST[i.projectfase] : 'niet opgegeven'}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );

  kop(doc, root, 2, 'Basisinformatie project');
  tekst(doc, root, i.basisinformatie);
  kop(doc, root, 2, 'Besluitvorming');
  if (i.besluitvorming.toelichting) tekst(doc, root, i.besluitvorming.toelichting);
  if (i.besluitvorming.stukken.length) {
    tekst(
      doc,
      root,
      i.besluitvorming.stukken
        .map(
          (s) =>
            `- ${STUK_SOORT_TEKST[s.soort]} ${s.nummer} ${s.onderwerp}${s.datum ? ` (${formatDatumLang(s.datum)})` : ''}`,
        )
        .join('\n'),
    );
  }
  if (!i.besluitvorming.toelichting && !i.besluitvorming.stukken.length) tekst(doc, root, '');
  kop(doc, root, 2, 'Stand van zaken');
  tekst(doc, root, i.standVanZaken);

  kop(doc, root, 2, 'Voortgang');
  for (const code of ASPECTEN) {
    const a = i.voortgang[code];
    kop(doc, root, 3, ASPECT_TITEL[code]);
    if (a.status) {
      // Colour bar plus the words: the status never depends on colour alone.
      doc.markContent('Artifact', { type: 'Layout' });
      doc.rect(doc.page.margins.left, doc.y, 4, 12).fill(STATUS_STIJL[a.status].kleur);
      doc.endMarkedContent();
      const y = doc.y;
      doc.font(VET).fontSize(10.5).fillColor(TEKST);
      doc.text(`Status: ${ASPECT_STATUS_TEKST[a.status]}`, doc.page.margins.left + 10, y, {
        structParent: root,
        structType: 'P',
      });
      doc.x = doc.page.margins.left;
    } else {
      schrijf(doc, root, 'P', 'Status: geen status');
    }
    doc.moveDown(0.3);
    if (a.toelichting) tekst(doc, root, a.toelichting);
    const afw = AFWIJKING_SOORTEN.filter((s) => a.afwijkingen[s]).map((s) => {
      const x = a.afwijkingen[s]!;
      const jn = x.afwijking === null ? 'niet opgegeven' : x.afwijking ? 'ja' : 'nee';
      return `${AFWIJKING_TITEL[s]} ${jn}${x.toelichting ? ` – ${x.toelichting}` : ''}`;
    });
    if (afw.length) {
      schrijf(doc, root, 'P', afw.join('\n'));
      doc.moveDown(0.4);
    }
  }

  const dag = dagNl(e.geexporteerdOp);
  if (e.mijlpalen.length) {
    kop(doc, root, 2, 'Mijlpalen');
    items(
      doc,
      root,
      e.mijlpalen.map((m) => [
        `${m.fase ? `${m.fase}: ` : ''}${m.omschrijving}`,
        `Streefdatum: ${m.streefdatum ? formatDatumLang(m.streefdatum) : 'geen'}; ${
          m.gereedOp
            ? `gereed op ${formatDatumLang(m.gereedOp)}`
            : MIJLPAAL_STAND_TEKST[mijlpaalStand(m, dag)].toLowerCase()
        }`,
        m.besluitorgaan ? `Besluitorgaan: ${m.besluitorgaan}` : '',
        m.toelichting,
      ]),
    );
  }
  if (e.risicos.length) {
    kop(doc, root, 2, 'Risicoregister');
    items(
      doc,
      root,
      e.risicos.map((r) => {
        const score = risicoScore(r.kans, r.impact);
        return [
          r.ongewensteSituatie ? `Ongewenste situatie: ${r.ongewensteSituatie}` : '',
          `Risico: ${r.risico}`,
          r.oorzaak ? `Oorzaak: ${r.oorzaak}` : '',
          r.beheersmaatregel ? `Beheersmaatregel: ${r.beheersmaatregel}` : '',
          `Kans ${r.kans} × impact ${r.impact} = ${score} (${RISICOKLASSE_TEKST[risicoklasse(score)].toLowerCase()}); status ${RISICO_STATUS_TEKST[r.status].toLowerCase()}${r.eigenaar ? `; eigenaar ${r.eigenaar}` : ''}`,
        ];
      }),
    );
  }
  if (e.budgetregels.length) {
    kop(doc, root, 2, 'Budget');
    items(
      doc,
      root,
      e.budgetregels.map((b) => [
        `${b.post}: ${euro(b.bedrag)} (${b.soort} ${b.jaar})${b.dekking ? `; dekking: ${b.dekking}` : ''}`,
      ]),
    );
    schrijf(
      doc,
      root,
      'P',
      e.budgettotalen
        .map(
          (t) =>
            `Totaal ${t.soort} ${t.jaar}: ${euro(t.totaal)}${t.pmPosten ? ` exclusief ${t.pmPosten} p.m.` : ''}`,
        )
        .join('\n'),
      VET,
    );
  }
  kop(doc, root, 2, 'Overige informatie');
  tekst(doc, root, i.overigeInformatie);
  root.end();

  const { start, count } = doc.bufferedPageRange();
  for (let p = start; p < start + count; p++) {
    doc.switchToPage(p);
    const onder = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(REGULIER).fontSize(8).fillColor(GRIJS);
    doc.text(
      winAnsi(
        `${i.projectnaam} – ${formatDatumLang(e.rapportagedatum)}   ·   Pagina ${p - start + 1} van ${count}`,
      ),
      doc.page.margins.left,
      doc.page.height - 13 * MM,
      {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'right',
        lineBreak: false,
      },
    );
    doc.endMarkedContent();
    doc.page.margins.bottom = onder;
  }
  doc.end();
  return klaar;
}
