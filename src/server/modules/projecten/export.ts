/**
 * What the council gets is fixed at vaststelling: the rapportage together with the project's
 * registers as they were at that moment (the "export"). The published page and PDF are built from
 * this export, and say so: "gebouwd op … met de export van …", as the municipality's own pages do.
 */
import type { RapportageInhoud } from '../../../domain/projecten/rapportage.ts';
import type { BudgetSoort, Jaartotaal, RisicoStatus } from '../../../domain/projecten/registers.ts';

export interface ExportMijlpaal {
  fase: string;
  omschrijving: string;
  streefdatum: string | null;
  gereedOp: string | null;
  besluitorgaan: string;
  toelichting: string;
}

export interface ExportRisico {
  ongewensteSituatie: string;
  risico: string;
  oorzaak: string;
  beheersmaatregel: string;
  kans: number;
  impact: number;
  eigenaar: string;
  status: RisicoStatus;
}

export interface ExportBudgetregel {
  post: string;
  soort: BudgetSoort;
  jaar: number;
  bedrag: number | null;
  dekking: string;
}

export interface RapportageExport {
  rapportageId: string;
  rapportagedatum: string;
  /** ISO timestamp of the vaststelling. */
  geexporteerdOp: string;
  gemeente: { code: string; naam: string; website: string };
  project: {
    id: string;
    naam: string;
    hoofdproject: string | null;
    portefeuillehouder: string;
    ambtelijkOpdrachtgever: string;
    projectleider: string;
    programma: string;
  };
  inhoud: RapportageInhoud;
  mijlpalen: ExportMijlpaal[];
  risicos: ExportRisico[];
  budgetregels: ExportBudgetregel[];
  budgettotalen: Jaartotaal[];
}

const amsterdam = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** '03/03/2022 13:30:46' in Dutch time: the notation of the municipality's exported pages (document 000). */
export function tijdstipNl(tijd: Date | string): string {
  const d = typeof tijd === 'string' ? new Date(tijd) : tijd;
  const p = Object.fromEntries(amsterdam.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/** The calendar day in Dutch time of a timestamp, 'YYYY-MM-DD'. */
export function dagNl(tijd: Date | string): string {
  const d = typeof tijd === 'string' ? new Date(tijd) : tijd;
  const p = Object.fromEntries(amsterdam.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
