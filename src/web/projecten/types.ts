/** What the projecten API returns (see src/server/modules/projecten/schemas.ts). */
import type { AspectCode, AspectStatus, RapportageInhoud } from '../../domain/projecten/rapportage.ts';
import type { Score } from '../../domain/projecten/varianten.ts';
import type { RapportageStatus } from '../../domain/projecten/workflow.ts';

export type { AspectCode, AspectStatus, RapportageInhoud, RapportageStatus, Score };

export interface RapportageKort {
  id: string;
  rapportagedatum: string;
  status: RapportageStatus;
  aspecten: Record<AspectCode, AspectStatus | null>;
}

export interface ProjectSamenvatting {
  id: string;
  gemeenteCode: string;
  naam: string;
  hoofdprojectId: string | null;
  hoofdproject: string | null;
  omschrijving: string;
  portefeuillehouder: string;
  ambtelijkOpdrachtgever: string;
  projectleider: string;
  programma: string;
  laatsteRapportage: RapportageKort | null;
  aantalRapportages: number;
  versie: number;
}

export interface Mijlpaal {
  id?: string;
  fase: string;
  omschrijving: string;
  streefdatum: string | null;
  gereedOp: string | null;
  besluitorgaan: string;
  toelichting: string;
  stand?: 'gereed' | 'verlopen' | 'gepland' | 'zonder-datum';
}

export interface Risico {
  id?: string;
  ongewensteSituatie: string;
  risico: string;
  oorzaak: string;
  beheersmaatregel: string;
  kans: number;
  impact: number;
  eigenaar: string;
  status: 'open' | 'beheerst' | 'opgetreden' | 'vervallen';
  score?: number;
  klasse?: 'laag' | 'midden' | 'hoog';
}

export interface Budgetregel {
  id?: string;
  post: string;
  soort: 'investering' | 'exploitatie';
  jaar: number;
  bedrag: number | null;
  dekking: string;
}

export interface Project extends ProjectSamenvatting {
  deelprojecten: Array<{ id: string; naam: string }>;
  rapportages: RapportageKort[];
  mijlpalen: Mijlpaal[];
  risicos: Risico[];
  budgetregels: Budgetregel[];
  budgettotalen: Array<{ jaar: number; soort: string; totaal: number; pmPosten: number }>;
  variantvergelijkingen: Array<{ id: string; titel: string }>;
}

export interface Rapportage {
  id: string;
  projectId: string;
  projectnaam: string;
  gemeenteCode: string;
  rapportagedatum: string;
  status: RapportageStatus;
  inhoud: RapportageInhoud;
  vorigeId: string | null;
  bron: {
    formaat: string;
    bestandsnaam: string | null;
    gebouwdOp: string | null;
    exportVan: string | null;
  } | null;
  geexporteerdOp: string | null;
  vastgesteldDoor: string | null;
  publicatie: { id: string; gebouwdOp: string; exportVan: string; pagina: string; pdf: string } | null;
  versie: number;
}

export interface Wijziging {
  id: string;
  versie: number;
  actie: string;
  status: RapportageStatus;
  velden: Array<{ veld: string; naam: string; oud: unknown; nieuw: unknown }>;
  toelichting: string | null;
  door: string;
  op: string;
}

export interface ImportResultaat {
  id: string;
  formaat: 'regels' | 'pijptabel' | 'varianttabel';
  project: { id: string; naam: string; nieuw: boolean };
  rapportage: Rapportage | null;
  variantvergelijking: { id: string; titel: string } | null;
  meldingen: Array<{ regel: number | null; tekst: string }>;
  nietGemapt: Array<{ regel: number; tekst: string; reden: string }>;
}

export interface Variantvergelijking {
  id: string;
  projectId: string;
  titel: string;
  bron: string;
  puntentelling: Array<{ score: Score; punten: number; omschrijving: string }>;
  varianten: Array<{ naam: string; opgegevenTotaal: number | null; opgegevenPercentage: number | null }>;
  groepen: Array<{ naam: string; criteria: Array<{ naam: string; scores: Array<Score | null> }> }>;
  gevoeligheid: Array<{
    groep: string;
    gewicht: number;
    totalen: number[];
    percentages: number[];
    hoogste: number[];
    andereUitkomst: boolean;
  }>;
  versie: number;
}
