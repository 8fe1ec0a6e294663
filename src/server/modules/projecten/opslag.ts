/**
 * SQL of the projecten module: reading projects and rapportages into API shapes, writing the
 * history of a rapportage and building the export that vaststelling freezes.
 */
import { ASPECTEN, type RapportageInhoud, type Veldwijziging } from '../../../domain/projecten/rapportage.ts';
import {
  budgetTotalen,
  mijlpaalStand,
  risicoklasse,
  risicoScore,
} from '../../../domain/projecten/registers.ts';
import type { RapportageStatus } from '../../../domain/projecten/workflow.ts';
import { type AuditSubject, subjectOf, writeAudit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import type { RapportageExport } from './export.ts';

export const DOEL = 'projectverantwoording';

/** Who does something: a logged-in user, or the command line / demo loader (no medewerker). */
export interface Uitvoerder {
  medewerkerId: string | null;
  naam: string;
  audit: AuditSubject;
}

export function uitvoerderVan(actor: Actor): Uitvoerder {
  return {
    medewerkerId: alsMedewerker(actor.principal).medewerkerId,
    naam: alsMedewerker(actor.principal).naam,
    audit: subjectOf(actor),
  };
}

export function auditProject(
  tx: Sql,
  wie: Uitvoerder,
  actie: 'create' | 'update',
  objectType: string,
  objectId: string,
  gemeenteCode: string,
  toelichting?: string,
) {
  return writeAudit(tx, wie.audit, [{ actie, objectType, objectId, doel: DOEL, gemeenteCode, toelichting }]);
}

// Rapportages --------------------------------------------------------------------------------------

export interface RapportageRij {
  id: string;
  gemeente_code: string;
  project_id: string;
  projectnaam: string;
  rapportagedatum: string;
  status: RapportageStatus;
  inhoud: RapportageInhoud;
  vorige_id: string | null;
  bron: Record<string, string | null> | null;
  export: RapportageExport | null;
  geexporteerd_op: Date | null;
  vastgesteld_door_naam: string | null;
  publicatie_id: string | null;
  gebouwd_op: Date | null;
  export_van: Date | null;
  versie: number;
  aangemaakt_op: Date;
  gewijzigd_op: Date;
}

const RAPPORTAGE_SQL = `SELECT r.*, p.naam AS projectnaam, m.naam AS vastgesteld_door_naam,
    pub.id AS publicatie_id, pub.gebouwd_op, pub.export_van
  FROM project_rapportages r JOIN projecten p ON p.id = r.project_id
  LEFT JOIN medewerkers m ON m.id = r.vastgesteld_door
  LEFT JOIN rapportage_publicaties pub ON pub.rapportage_id = r.id`;

export async function rapportageRijen(tx: Sql, where: string, params: unknown[]): Promise<RapportageRij[]> {
  const { rows } = await tx.query<RapportageRij>(
    `${RAPPORTAGE_SQL} WHERE ${where} ORDER BY r.rapportagedatum DESC`,
    params,
  );
  return rows;
}

export async function rapportageRij(tx: Sql, id: string): Promise<RapportageRij> {
  const [rij] = await rapportageRijen(tx, 'r.id = $1', [id]);
  if (!rij) throw errors.notFound('De rapportage');
  return rij;
}

export function publicatiePaden(gemeenteCode: string, publicatieId: string) {
  const pagina = `/raad/${gemeenteCode}/rapportages/${publicatieId}`;
  return { pagina, pdf: `${pagina}.pdf`, overzicht: `/raad/${gemeenteCode}/projecten` };
}

export function toRapportage(r: RapportageRij) {
  return {
    id: r.id,
    projectId: r.project_id,
    projectnaam: r.projectnaam,
    gemeenteCode: r.gemeente_code,
    rapportagedatum: r.rapportagedatum,
    status: r.status,
    inhoud: r.inhoud,
    vorigeId: r.vorige_id,
    bron: r.bron
      ? {
          formaat: r.bron.formaat ?? '',
          bestandsnaam: r.bron.bestandsnaam ?? null,
          gebouwdOp: r.bron.gebouwdOp ?? null,
          exportVan: r.bron.exportVan ?? null,
          importId: r.bron.importId ?? null,
        }
      : null,
    geexporteerdOp: r.geexporteerd_op,
    vastgesteldDoor: r.vastgesteld_door_naam,
    publicatie:
      r.publicatie_id && r.gebouwd_op && r.export_van
        ? {
            id: r.publicatie_id,
            gebouwdOp: r.gebouwd_op,
            exportVan: r.export_van,
            ...publicatiePaden(r.gemeente_code, r.publicatie_id),
          }
        : null,
    versie: r.versie,
    aangemaaktOp: r.aangemaakt_op,
    gewijzigdOp: r.gewijzigd_op,
  };
}

export function aspectStatussen(inhoud: RapportageInhoud) {
  return Object.fromEntries(ASPECTEN.map((a) => [a, inhoud.voortgang[a]?.status ?? null])) as Record<
    (typeof ASPECTEN)[number],
    RapportageInhoud['voortgang']['scope']['status']
  >;
}

export type WijzigActie =
  | 'aangemaakt'
  | 'geimporteerd'
  | 'gewijzigd'
  | 'indiening'
  | 'terugzending'
  | 'vaststelling'
  | 'publicatie';

/** One line of history: who, when, what (the changed fields) and the full text after the change. */
export async function schrijfWijziging(
  tx: Sql,
  wie: Uitvoerder,
  w: {
    rapportageId: string;
    gemeenteCode: string;
    versie: number;
    actie: WijzigActie;
    status: RapportageStatus;
    velden: Veldwijziging[];
    inhoud: RapportageInhoud;
    toelichting?: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO rapportage_wijzigingen (gemeente_code, rapportage_id, versie, actie, status, velden, inhoud, toelichting, door, door_naam)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      w.gemeenteCode,
      w.rapportageId,
      w.versie,
      w.actie,
      w.status,
      JSON.stringify(w.velden),
      JSON.stringify(w.inhoud),
      w.toelichting ?? null,
      wie.medewerkerId,
      wie.naam,
    ],
  );
}

// Registers ----------------------------------------------------------------------------------------

export async function registers(tx: Sql, projectId: string) {
  const vandaag = today();
  const mijlpalen = (
    await tx.query<{
      id: string;
      fase: string;
      omschrijving: string;
      streefdatum: string | null;
      gereed_op: string | null;
      besluitorgaan: string;
      toelichting: string;
    }>('SELECT * FROM project_mijlpalen WHERE project_id = $1 ORDER BY volgorde', [projectId])
  ).rows.map((m) => ({
    id: m.id,
    fase: m.fase,
    omschrijving: m.omschrijving,
    streefdatum: m.streefdatum,
    gereedOp: m.gereed_op,
    besluitorgaan: m.besluitorgaan,
    toelichting: m.toelichting,
    stand: mijlpaalStand({ streefdatum: m.streefdatum, gereedOp: m.gereed_op }, vandaag),
  }));
  const risicos = (
    await tx.query<{
      id: string;
      ongewenste_situatie: string;
      risico: string;
      oorzaak: string;
      beheersmaatregel: string;
      kans: number;
      impact: number;
      eigenaar: string;
      status: 'open' | 'beheerst' | 'opgetreden' | 'vervallen';
    }>('SELECT * FROM project_risicos WHERE project_id = $1 ORDER BY volgorde', [projectId])
  ).rows.map((r) => {
    const score = risicoScore(r.kans, r.impact);
    return {
      id: r.id,
      ongewensteSituatie: r.ongewenste_situatie,
      risico: r.risico,
      oorzaak: r.oorzaak,
      beheersmaatregel: r.beheersmaatregel,
      kans: r.kans,
      impact: r.impact,
      eigenaar: r.eigenaar,
      status: r.status,
      score,
      klasse: risicoklasse(score),
    };
  });
  const budgetregels = (
    await tx.query<{
      id: string;
      post: string;
      soort: 'investering' | 'exploitatie';
      jaar: number;
      bedrag: number | null;
      dekking: string;
    }>('SELECT * FROM project_budgetregels WHERE project_id = $1 ORDER BY volgorde', [projectId])
  ).rows.map((b) => ({
    id: b.id,
    post: b.post,
    soort: b.soort,
    jaar: b.jaar,
    bedrag: b.bedrag,
    dekking: b.dekking,
  }));
  return { mijlpalen, risicos, budgetregels, budgettotalen: budgetTotalen(budgetregels) };
}

// Export -------------------------------------------------------------------------------------------

/** The rapportage plus the project's registers as they are now, frozen at vaststelling. */
export async function maakExport(tx: Sql, r: RapportageRij, op: Date): Promise<RapportageExport> {
  const { rows } = await tx.query<{
    naam: string;
    hoofdproject: string | null;
    portefeuillehouder: string;
    ambtelijk_opdrachtgever: string;
    projectleider: string;
    programma: string;
    gemeente_naam: string;
    website: string | null;
  }>(
    `SELECT p.*, h.naam AS hoofdproject, g.naam AS gemeente_naam, g.website
     FROM projecten p LEFT JOIN projecten h ON h.id = p.hoofdproject_id JOIN gemeenten g ON g.code = p.gemeente_code
     WHERE p.id = $1`,
    [r.project_id],
  );
  const p = rows[0]!;
  const reg = await registers(tx, r.project_id);
  return {
    rapportageId: r.id,
    rapportagedatum: r.rapportagedatum,
    geexporteerdOp: op.toISOString(),
    gemeente: { code: r.gemeente_code, naam: p.gemeente_naam, website: p.website ?? '' },
    project: {
      id: r.project_id,
      naam: p.naam,
      hoofdproject: p.hoofdproject,
      portefeuillehouder: p.portefeuillehouder,
      ambtelijkOpdrachtgever: p.ambtelijk_opdrachtgever,
      projectleider: p.projectleider,
      programma: p.programma,
    },
    inhoud: r.inhoud,
    mijlpalen: reg.mijlpalen.map(({ id: _i, stand: _s, ...m }) => m),
    risicos: reg.risicos.map(({ id: _i, score: _s, klasse: _k, ...x }) => x),
    budgetregels: reg.budgetregels.map(({ id: _i, ...b }) => b),
    budgettotalen: reg.budgettotalen,
  };
}
