import type { z } from 'zod';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { toColumns, updateVersioned } from '../../platform/db/versioned.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { aspectStatussen, auditProject, registers, uitvoerderVan } from './opslag.ts';
import type {
  ProjectInvoer,
  ProjectWijzigen,
  RegisterBudget,
  RegisterMijlpalen,
  RegisterRisicos,
} from './schemas.ts';

interface ProjectRij {
  id: string;
  gemeente_code: string;
  naam: string;
  hoofdproject_id: string | null;
  hoofdproject: string | null;
  omschrijving: string;
  portefeuillehouder: string;
  ambtelijk_opdrachtgever: string;
  projectleider: string;
  programma: string;
  versie: number;
  aantal: number;
  laatste: {
    id: string;
    rapportagedatum: string;
    status: 'concept' | 'ter-review' | 'vastgesteld' | 'gepubliceerd';
    inhoud: Parameters<typeof aspectStatussen>[0];
  } | null;
}

const PROJECT_SQL = `SELECT p.*, h.naam AS hoofdproject,
    (SELECT count(*)::int FROM project_rapportages r WHERE r.project_id = p.id) AS aantal,
    (SELECT json_build_object('id', r.id, 'rapportagedatum', r.rapportagedatum, 'status', r.status, 'inhoud', r.inhoud)
       FROM project_rapportages r WHERE r.project_id = p.id ORDER BY r.rapportagedatum DESC LIMIT 1) AS laatste
  FROM projecten p LEFT JOIN projecten h ON h.id = p.hoofdproject_id`;

function samenvatting(p: ProjectRij) {
  return {
    id: p.id,
    gemeenteCode: p.gemeente_code,
    naam: p.naam,
    hoofdprojectId: p.hoofdproject_id,
    hoofdproject: p.hoofdproject,
    omschrijving: p.omschrijving,
    portefeuillehouder: p.portefeuillehouder,
    ambtelijkOpdrachtgever: p.ambtelijk_opdrachtgever,
    projectleider: p.projectleider,
    programma: p.programma,
    aantalRapportages: p.aantal,
    laatsteRapportage: p.laatste
      ? {
          id: p.laatste.id,
          rapportagedatum: p.laatste.rapportagedatum,
          status: p.laatste.status,
          aspecten: aspectStatussen(p.laatste.inhoud),
        }
      : null,
    versie: p.versie,
  };
}

export async function projectDetail(tx: Sql, id: string) {
  const { rows } = await tx.query<ProjectRij>(`${PROJECT_SQL} WHERE p.id = $1`, [id]);
  const p = rows[0];
  if (!p) throw errors.notFound('Het project');
  const deelprojecten = await tx.query<{ id: string; naam: string }>(
    'SELECT id, naam FROM projecten WHERE hoofdproject_id = $1 ORDER BY naam',
    [id],
  );
  const rapportages = await tx.query<{
    id: string;
    rapportagedatum: string;
    status: 'concept' | 'ter-review' | 'vastgesteld' | 'gepubliceerd';
    inhoud: Parameters<typeof aspectStatussen>[0];
  }>(
    'SELECT id, rapportagedatum, status, inhoud FROM project_rapportages WHERE project_id = $1 ORDER BY rapportagedatum DESC',
    [id],
  );
  const vergelijkingen = await tx.query<{ id: string; titel: string }>(
    'SELECT id, titel FROM variantvergelijkingen WHERE project_id = $1 ORDER BY aangemaakt_op',
    [id],
  );
  return {
    ...samenvatting(p),
    deelprojecten: deelprojecten.rows,
    rapportages: rapportages.rows.map((r) => ({
      id: r.id,
      rapportagedatum: r.rapportagedatum,
      status: r.status,
      aspecten: aspectStatussen(r.inhoud),
    })),
    ...(await registers(tx, id)),
    variantvergelijkingen: vergelijkingen.rows,
  };
}

/** A hoofdproject must exist in the same gemeente, and a project cannot end up under itself. */
async function controleerHoofdproject(tx: Sql, projectId: string | null, hoofdId: string, gemeente: string) {
  const { rows } = await tx.query<{ gemeente_code: string }>(
    'SELECT gemeente_code FROM projecten WHERE id = $1',
    [hoofdId],
  );
  if (!rows[0] || rows[0].gemeente_code !== gemeente) {
    throw errors.field('hoofdprojectId', 'bestaat-niet', 'Kies een bestaand project van dezelfde gemeente.');
  }
  if (!projectId) return;
  const kring = await tx.query(
    `WITH RECURSIVE boven(id, hoofd) AS (
       SELECT id, hoofdproject_id FROM projecten WHERE id = $1
       UNION SELECT p.id, p.hoofdproject_id FROM projecten p JOIN boven b ON p.id = b.hoofd)
     SELECT 1 FROM boven WHERE id = $2`,
    [hoofdId, projectId],
  );
  if (kring.rows.length) {
    throw errors.field(
      'hoofdprojectId',
      'kringverwijzing',
      'Een project kan geen deelproject van zichzelf zijn.',
    );
  }
}

export const projecten = {
  lijst: (db: Database, actor: Actor, gemeente?: string) =>
    inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<ProjectRij>(
        `${PROJECT_SQL} WHERE ($1::text IS NULL OR p.gemeente_code = $1) ORDER BY coalesce(h.naam, p.naam), p.hoofdproject_id NULLS FIRST, p.naam`,
        [gemeente ?? null],
      );
      return rows.map(samenvatting);
    }),

  get: (db: Database, actor: Actor, id: string) => inTx(db, actor, (tx) => projectDetail(tx, id)),

  maak(db: Database, actor: Actor, input: z.output<typeof ProjectInvoer>) {
    const gemeente = input.gemeenteCode ?? actor.principal.gemeenteCode;
    requireGemeente(actor, gemeente);
    return inTx(db, actor, async (tx) => {
      if (input.hoofdprojectId) await controleerHoofdproject(tx, null, input.hoofdprojectId, gemeente);
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO projecten (gemeente_code, naam, hoofdproject_id, omschrijving, portefeuillehouder, ambtelijk_opdrachtgever, projectleider, programma)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          gemeente,
          input.naam,
          input.hoofdprojectId,
          input.omschrijving,
          input.portefeuillehouder,
          input.ambtelijkOpdrachtgever,
          input.projectleider,
          input.programma,
        ],
      );
      const id = rows[0]!.id;
      await auditProject(tx, uitvoerderVan(actor), 'create', 'project', id, gemeente);
      return projectDetail(tx, id);
    });
  },

  wijzig(db: Database, actor: Actor, id: string, input: z.output<typeof ProjectWijzigen>) {
    return inTx(db, actor, async (tx) => {
      const huidig = await tx.query<{ gemeente_code: string }>(
        'SELECT gemeente_code FROM projecten WHERE id = $1',
        [id],
      );
      if (!huidig.rows[0]) throw errors.notFound('Het project');
      if (input.hoofdprojectId)
        await controleerHoofdproject(tx, id, input.hoofdprojectId, huidig.rows[0].gemeente_code);
      await updateVersioned(tx, {
        table: 'projecten',
        id,
        versie: input.versie,
        set: toColumns(input, {
          naam: 'naam',
          hoofdprojectId: 'hoofdproject_id',
          omschrijving: 'omschrijving',
          portefeuillehouder: 'portefeuillehouder',
          ambtelijkOpdrachtgever: 'ambtelijk_opdrachtgever',
          projectleider: 'projectleider',
          programma: 'programma',
        }),
        returning: 'id',
        what: 'Het project',
      });
      await auditProject(tx, uitvoerderVan(actor), 'update', 'project', id, huidig.rows[0].gemeente_code);
      return projectDetail(tx, id);
    });
  },

  /** Saves a whole register (the list as shown), as one versioned change of the project. */
  slaRegisterOp(
    db: Database,
    actor: Actor,
    id: string,
    register: 'mijlpalen' | 'risicos' | 'budgetregels',
    input:
      | z.output<typeof RegisterMijlpalen>
      | z.output<typeof RegisterRisicos>
      | z.output<typeof RegisterBudget>,
  ) {
    return inTx(db, actor, async (tx) => {
      const { gemeente_code: gemeente } = await updateVersioned<{ gemeente_code: string }>(tx, {
        table: 'projecten',
        id,
        versie: input.versie,
        set: {},
        returning: 'gemeente_code',
        what: 'Het project',
      });
      const tabel = {
        mijlpalen: 'project_mijlpalen',
        risicos: 'project_risicos',
        budgetregels: 'project_budgetregels',
      }[register];
      await tx.query(`DELETE FROM ${tabel} WHERE project_id = $1`, [id]);
      if ('mijlpalen' in input) {
        for (const [i, m] of input.mijlpalen.entries()) {
          await tx.query(
            `INSERT INTO project_mijlpalen (gemeente_code, project_id, volgorde, fase, omschrijving, streefdatum, gereed_op, besluitorgaan, toelichting)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              gemeente,
              id,
              i,
              m.fase,
              m.omschrijving,
              m.streefdatum,
              m.gereedOp,
              m.besluitorgaan,
              m.toelichting,
            ],
          );
        }
      } else if ('risicos' in input) {
        for (const [i, r] of input.risicos.entries()) {
          await tx.query(
            `INSERT INTO project_risicos (gemeente_code, project_id, volgorde, ongewenste_situatie, risico, oorzaak, beheersmaatregel, kans, impact, eigenaar, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
            [
              gemeente,
              id,
              i,
              r.ongewensteSituatie,
              r.risico,
              r.oorzaak,
              r.beheersmaatregel,
              r.kans,
              r.impact,
              r.eigenaar,
              r.status,
            ],
          );
        }
      } else {
        for (const [i, b] of input.budgetregels.entries()) {
          await tx.query(
            `INSERT INTO project_budgetregels (gemeente_code, project_id, volgorde, post, soort, jaar, bedrag, dekking)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [gemeente, id, i, b.post, b.soort, b.jaar, b.bedrag, b.dekking],
          );
        }
      }
      await auditProject(tx, uitvoerderVan(actor), 'update', 'project', id, gemeente, register);
      return projectDetail(tx, id);
    });
  },
};
