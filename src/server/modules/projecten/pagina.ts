/**
 * The published rapportage as one static, self-contained HTML page (no scripts, styles inline, so
 * it can be archived and served as it is), and the council overview of all projects. Municipal style:
 * the gemeente's name and colour in the header, the report format's headings, and every status as a
 * shape plus words next to its colour — never colour alone (WCAG 1.4.1). Pure functions: data in,
 * HTML out; every text goes through `esc`.
 */

import {
  AFWIJKING_SOORTEN,
  AFWIJKING_TITEL,
  ASPECT_STATUS_TEKST,
  ASPECT_TITEL,
  ASPECTEN,
  type AspectStatus,
  PROJECTFASE_TEKST,
  STUK_SOORT_TEKST,
  type Stuk,
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
import { TREND_TEKST, type Trend } from '../../../domain/projecten/trend.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';
import { dagNl, type RapportageExport, tijdstipNl } from './export.ts';

export function esc(tekst: string): string {
  return tekst
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const HUISKLEUR = '#154273';

/** Colour, shape and words: each status is recognisable without seeing colour. */
export const STATUS_STIJL: Record<AspectStatus, { kleur: string; vorm: string }> = {
  'op-koers': { kleur: '#1e7b34', vorm: '●' },
  'behoeft-aandacht': { kleur: '#a35200', vorm: '▲' },
  'actie-vereist': { kleur: '#b3261e', vorm: '■' },
};

const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.0625rem;line-height:1.55;color:#1a1a1a;background:#fff}
header.kop{background:${HUISKLEUR};color:#fff;padding:1rem 1.5rem}
header.kop p{margin:0;font-size:1.5rem;font-weight:bold}
header.kop a{color:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 2rem}
h1{font-size:1.9rem;line-height:1.25;color:${HUISKLEUR};margin:1rem 0}
h2{font-size:1.4rem;color:${HUISKLEUR};border-bottom:2px solid ${HUISKLEUR};padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:${HUISKLEUR}}
a:focus{outline:3px solid #ffb612;outline-offset:2px}
.bron{font-size:.95rem;color:#444;border-left:4px solid #ccc;padding-left:.75rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #999;padding:.4rem .5rem;text-align:left;vertical-align:top}
thead th{background:#e8eef5}
th[scope=row]{background:#f4f6f9;width:14rem}
td.getal,th.getal{text-align:right;white-space:nowrap}
.status{display:inline-block;border:2px solid;border-radius:4px;padding:.05rem .5rem;font-weight:bold;background:#fff;white-space:nowrap}
.status .vorm{margin-right:.35rem}
.geen-status{font-style:italic}
.trend{display:block;font-size:.9rem;color:#333}
ol.reeks{list-style:none;margin:.25rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
ol.reeks li{font-size:.85rem;border:1px solid #999;border-radius:3px;padding:0 .3rem}
dl.afwijkingen{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
dl.afwijkingen dt{font-weight:bold}
dl.afwijkingen dd{margin:0}
footer{max-width:60rem;margin:0 auto;padding:1rem 1.5rem;border-top:1px solid #ccc;font-size:.9rem;color:#444}
.visueel-verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media print{header.kop{background:none;color:${HUISKLEUR}}a{color:#1a1a1a}}
`;

function document(titel: string, gemeente: string, inhoud: string, voet: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(titel)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="kop"><p>Gemeente ${esc(gemeente)}</p></header>
<main>
${inhoud}
</main>
<footer>${voet}</footer>
</body>
</html>
`;
}

/** Plain text with paragraphs and lists, as HTML. */
export function tekstHtml(tekst: string): string {
  const blokken = tekstblokken(tekst);
  if (!blokken.length) return '<p>Geen.</p>';
  return blokken
    .map((b) =>
      b.soort === 'lijst'
        ? `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`
        : `<p>${b.regels.map(esc).join('<br>')}</p>`,
    )
    .join('\n');
}

export function statusHtml(status: AspectStatus | null): string {
  if (!status) return '<span class="geen-status">Geen status</span>';
  const s = STATUS_STIJL[status];
  return `<span class="status" style="border-color:${s.kleur}"><span class="vorm" style="color:${s.kleur}" aria-hidden="true">${s.vorm}</span>${esc(ASPECT_STATUS_TEKST[status])}</span>`;
}

const datum = (iso: string | null) => (iso ? formatDatumLang(iso) : '—');
const euro = (n: number | null) =>
  n === null
    ? 'p.m.'
    : `€ ${n
        .toFixed(2)
        .replace('.', ',')
        .replace(/\B(?=(\d{3})+(?!\d))/g, '.')
        .replace(/,00$/, '')}`;

function stukHtml(s: Stuk): string {
  const d = s.datum ? ` (${esc(formatDatumLang(s.datum))})` : '';
  return `<li>${esc(STUK_SOORT_TEKST[s.soort])} ${esc(s.nummer)} ${esc(s.onderwerp)}${d}</li>`;
}

function registers(e: RapportageExport): string {
  const dag = dagNl(e.geexporteerdOp);
  const delen: string[] = [];
  if (e.mijlpalen.length) {
    delen.push(`<h2>Mijlpalen</h2>
<table><caption>Mijlpalen van ${esc(e.project.naam)}, stand ${esc(formatDatumLang(dag))}</caption>
<thead><tr><th scope="col">Fase</th><th scope="col">Mijlpaal</th><th scope="col">Streefdatum</th><th scope="col">Gereed</th><th scope="col">Besluitorgaan</th><th scope="col">Toelichting</th></tr></thead>
<tbody>${e.mijlpalen
      .map(
        (m) =>
          `<tr><td>${esc(m.fase)}</td><td>${esc(m.omschrijving)}</td><td>${esc(datum(m.streefdatum))}</td><td>${
            m.gereedOp ? esc(formatDatumLang(m.gereedOp)) : esc(MIJLPAAL_STAND_TEKST[mijlpaalStand(m, dag)])
          }</td><td>${esc(m.besluitorgaan)}</td><td>${esc(m.toelichting)}</td></tr>`,
      )
      .join('\n')}</tbody></table>`);
  }
  if (e.risicos.length) {
    delen.push(`<h2>Risicoregister</h2>
<table><caption>Risico's van ${esc(e.project.naam)}: kans en impact op een schaal van 1 tot 5, score = kans × impact</caption>
<thead><tr><th scope="col">Ongewenste situatie</th><th scope="col">Risico</th><th scope="col">Oorzaak</th><th scope="col">Beheersmaatregel</th><th scope="col" class="getal">Kans</th><th scope="col" class="getal">Impact</th><th scope="col">Score</th><th scope="col">Eigenaar</th><th scope="col">Status</th></tr></thead>
<tbody>${e.risicos
      .map((r) => {
        const score = risicoScore(r.kans, r.impact);
        return `<tr><td>${esc(r.ongewensteSituatie)}</td><td>${esc(r.risico)}</td><td>${tekstHtml(r.oorzaak)}</td><td>${tekstHtml(r.beheersmaatregel)}</td><td class="getal">${r.kans}</td><td class="getal">${r.impact}</td><td>${score} (${esc(RISICOKLASSE_TEKST[risicoklasse(score)].toLowerCase())})</td><td>${esc(r.eigenaar)}</td><td>${esc(RISICO_STATUS_TEKST[r.status])}</td></tr>`;
      })
      .join('\n')}</tbody></table>`);
  }
  if (e.budgetregels.length) {
    const totalen = e.budgettotalen
      .map(
        (t) =>
          `<tr><th scope="row">Totaal ${esc(t.soort)} ${t.jaar}${t.pmPosten ? ' (exclusief p.m.)' : ''}</th><td class="getal">${esc(euro(t.totaal))}</td><td colspan="2">${t.pmPosten ? `${t.pmPosten} post${t.pmPosten === 1 ? '' : 'en'} p.m.` : ''}</td></tr>`,
      )
      .join('\n');
    delen.push(`<h2>Budget</h2>
<table><caption>Budget van ${esc(e.project.naam)} per jaar, met dekking (p.m.: bedrag nog niet bekend)</caption>
<thead><tr><th scope="col">Post</th><th scope="col" class="getal">Bedrag</th><th scope="col">Soort en jaar</th><th scope="col">Dekking</th></tr></thead>
<tbody>${e.budgetregels
      .map(
        (b) =>
          `<tr><td>${esc(b.post)}</td><td class="getal">${esc(euro(b.bedrag))}</td><td>${esc(b.soort)} ${b.jaar}</td><td>${esc(b.dekking)}</td></tr>`,
      )
      .join('\n')}
${totalen}</tbody></table>`);
  }
  return delen.join('\n');
}

export interface PaginaOpties {
  gebouwdOp: Date;
  /** Where the PDF and the overview live (relative links work in an archive too). */
  pdfPad: string | null;
  overzichtPad: string | null;
  /** Internal preview of a not yet published report. */
  voorbeeld?: boolean;
}

/** The published rapportage, built from the export. */
export function rapportagePagina(e: RapportageExport, o: PaginaOpties): string {
  const i = e.inhoud;
  const titel = `${i.projectnaam} – rapportage ${formatDatumLang(e.rapportagedatum)}`;
  const gegevens: Array<[string, string]> = [
    ['Projectnaam', i.projectnaam],
    ...(e.project.hoofdproject
      ? ([['Deelproject van', e.project.hoofdproject]] as Array<[string, string]>)
      : []),
    ['Portefeuillehouder', i.portefeuillehouder],
    ...(e.project.ambtelijkOpdrachtgever
      ? ([['Ambtelijk opdrachtgever', e.project.ambtelijkOpdrachtgever]] as Array<[string, string]>)
      : []),
    ...(e.project.programma ? ([['Programma', e.project.programma]] as Array<[string, string]>) : []),
    ['Rapportagedatum', formatDatumLang(e.rapportagedatum)],
    ['Projectfase', i.projectfase ? PROJECTFASE_TEKST[i.projectfase] : 'Niet opgegeven'],
  ];
  const aspecten = ASPECTEN.map((code) => {
    const a = i.voortgang[code];
    const afw = AFWIJKING_SOORTEN.filter((s) => a.afwijkingen[s]).map((s) => {
      const x = a.afwijkingen[s]!;
      const jn = x.afwijking === null ? 'Niet opgegeven' : x.afwijking ? 'Ja' : 'Nee';
      return `<dt>${esc(AFWIJKING_TITEL[s])}</dt><dd>${esc(jn)}${x.toelichting ? ` — ${esc(x.toelichting).replaceAll('\n', '<br>')}` : ''}</dd>`;
    });
    return `<h3>${esc(ASPECT_TITEL[code])}</h3>
<p>${statusHtml(a.status)}</p>
${a.toelichting ? tekstHtml(a.toelichting) : ''}
${afw.length ? `<dl class="afwijkingen">${afw.join('')}</dl>` : ''}`;
  }).join('\n');
  const bv = i.besluitvorming;
  const besluitvorming = [
    bv.toelichting ? tekstHtml(bv.toelichting) : '',
    bv.stukken.length ? `<ul>${bv.stukken.map(stukHtml).join('\n')}</ul>` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const bron = o.voorbeeld
    ? `<p class="bron"><strong>Voorbeeld:</strong> deze rapportage is nog niet gepubliceerd.</p>`
    : `<p class="bron">Deze pagina is gebouwd op ${esc(tijdstipNl(o.gebouwdOp))} met de export van ${esc(tijdstipNl(e.geexporteerdOp))}.</p>`;
  const links = [
    o.pdfPad ? `<a href="${esc(o.pdfPad)}">Deze rapportage als PDF</a>` : '',
    o.overzichtPad ? `<a href="${esc(o.overzichtPad)}">Overzicht van alle grote projecten</a>` : '',
  ].filter(Boolean);
  const inhoud = `${bron}
${i.titel ? `<p>${esc(i.titel)}</p>` : ''}
<h1>${esc(i.projectnaam)}</h1>
<table><caption>Projectgegevens</caption><tbody>
${gegevens.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('\n')}
</tbody></table>
<h2>Basisinformatie project</h2>
${tekstHtml(i.basisinformatie)}
<h2>Besluitvorming</h2>
${besluitvorming || '<p>Geen.</p>'}
<h2>Stand van zaken</h2>
${tekstHtml(i.standVanZaken)}
<h2>Voortgang</h2>
${aspecten}
${registers(e)}
<h2>Overige informatie</h2>
${tekstHtml(i.overigeInformatie)}
${links.length ? `<nav aria-label="Meer over dit project"><ul>${links.map((l) => `<li>${l}</li>`).join('')}</ul></nav>` : ''}`;
  return document(
    `${titel} – Gemeente ${e.gemeente.naam}`,
    e.gemeente.naam,
    inhoud,
    `Kwartaalrapportage grote projecten aan de gemeenteraad. Gemeente ${esc(e.gemeente.naam)}${
      e.gemeente.website
        ? ` – <a href="${esc(e.gemeente.website)}">${esc(e.gemeente.website.replace(/^https?:\/\//, ''))}</a>`
        : ''
    }`,
  );
}

export interface OverzichtProject {
  naam: string;
  hoofdproject: string | null;
  portefeuillehouder: string;
  laatste: { rapportagedatum: string; pagina: string; pdf: string };
  aspecten: Array<{
    titel: string;
    status: AspectStatus | null;
    trend: Trend;
    reeks: Array<{ rapportagedatum: string; status: AspectStatus | null }>;
  }>;
}

const TREND_PIJL: Record<Trend, string> = {
  beter: '↑',
  gelijk: '→',
  slechter: '↓',
  eerste: '',
  onbekend: '',
};

/** The council overview: per project the newest published status of each aspect, with its trend. */
export function overzichtPagina(gemeente: string, projecten: OverzichtProject[], gebouwdOp: Date): string {
  const aspectTitels = ASPECTEN.map((a) => ASPECT_TITEL[a]);
  const rijen = projecten
    .map((p) => {
      const cellen = p.aspecten.map((a) => {
        const eerder = a.reeks.slice(0, -1);
        return `<td>${statusHtml(a.status)}<span class="trend"><span aria-hidden="true">${TREND_PIJL[a.trend]} </span>${esc(
          TREND_TEKST[a.trend],
        )}</span>${
          eerder.length
            ? `<ol class="reeks" aria-label="Eerdere rapportages">${eerder
                .map(
                  (r) =>
                    `<li>${esc(formatDatumLang(r.rapportagedatum))}: ${esc(r.status ? ASPECT_STATUS_TEKST[r.status] : 'geen status')}</li>`,
                )
                .join('')}</ol>`
            : ''
        }</td>`;
      });
      return `<tr><th scope="row"><a href="${esc(p.laatste.pagina)}">${esc(p.naam)}</a>${
        p.hoofdproject ? `<br><span class="trend">Deelproject van ${esc(p.hoofdproject)}</span>` : ''
      }<span class="trend">Rapportage ${esc(formatDatumLang(p.laatste.rapportagedatum))} (<a href="${esc(p.laatste.pdf)}">PDF<span class="visueel-verborgen"> van ${esc(p.naam)}</span></a>)</span></th>${cellen.join('')}</tr>`;
    })
    .join('\n');
  const inhoud = `<h1>Grote projecten: voortgang</h1>
<p>De gemeenteraad krijgt elk kwartaal een rapportage over de grote projecten. Per project staat hier de stand van de nieuwste
gepubliceerde rapportage: per aspect de status (op koers, behoeft aandacht of actie vereist) en of die verbeterd,
gelijk gebleven of verslechterd is ten opzichte van de rapportage daarvoor.</p>
${
  projecten.length
    ? `<table><caption>Grote projecten en de status per aspect</caption>
<thead><tr><th scope="col">Project</th>${aspectTitels.map((t) => `<th scope="col">${esc(t)}</th>`).join('')}</tr></thead>
<tbody>${rijen}</tbody></table>`
    : '<p>Er zijn nog geen rapportages gepubliceerd.</p>'
}
<p class="bron">Dit overzicht is gebouwd op ${esc(tijdstipNl(gebouwdOp))} uit de gepubliceerde rapportages.</p>`;
  return document(`Grote projecten – Gemeente ${gemeente}`, gemeente, inhoud, `Gemeente ${esc(gemeente)}`);
}
