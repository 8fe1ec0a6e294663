import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { kopieVan, legeInhoud, veldNaam, verschillen } from '../../../domain/projecten/rapportage.ts';
import { isBewerkbaar, OVERGANG, type Overgang, overgangFout } from '../../../domain/projecten/workflow.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import {
  auditProject,
  maakExport,
  publicatiePaden,
  rapportageRij,
  rapportageRijen,
  schrijfWijziging,
  toRapportage,
  uitvoerderVan,
} from './opslag.ts';
import { rapportagePagina } from './pagina.ts';
import { rapportagePdf } from './pdf.ts';
import type { NieuweRapportage, RapportageWijzigen, Statusstap } from './schemas.ts';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export const rapportages = {
  /** Every rapportage of a project with all its fields, newest first. */
  lijst: (db: Database, actor: Actor, projectId: string) =>
    inTx(db, actor, async (tx) => {
      const p = await tx.query('SELECT 1 FROM projecten WHERE id = $1', [projectId]);
      if (!p.rows.length) throw errors.notFound('Het project');
      return (await rapportageRijen(tx, 'r.project_id = $1', [projectId])).map(toRapportage);
    }),

  get: (db: Database, actor: Actor, id: string) =>
    inTx(db, actor, async (tx) => toRapportage(await rapportageRij(tx, id))),

  /**
   * A new rapportage starts as a copy of the previous one (the newest before the new date, or else
   * the newest there is); the first one of a project starts from the project's own fields.
   */
  nieuw(db: Database, actor: Actor, projectId: string, input: z.output<typeof NieuweRapportage>) {
    return inTx(db, actor, async (tx) => {
      const project = await tx.query<{ gemeente_code: string; naam: string; portefeuillehouder: string }>(
        'SELECT gemeente_code, naam, portefeuillehouder FROM projecten WHERE id = $1',
        [projectId],
      );
      const p = project.rows[0];
      if (!p) throw errors.notFound('Het project');
      const bestaand = await tx.query(
        'SELECT 1 FROM project_rapportages WHERE project_id = $1 AND rapportagedatum = $2',
        [projectId, input.rapportagedatum],
      );
      if (bestaand.rows.length) {
        throw errors.conflict('bestaat-al', 'Dit project heeft al een rapportage met deze rapportagedatum.', [
          { name: 'rapportagedatum', code: 'uniek', reason: 'Er is al een rapportage op deze datum.' },
        ]);
      }
      const vorige = await tx.query<{
        id: string;
        inhoud: ReturnType<typeof legeInhoud>;
        rapportagedatum: string;
      }>(
        `SELECT id, inhoud, rapportagedatum FROM project_rapportages WHERE project_id = $1
         ORDER BY (rapportagedatum < $2) DESC, rapportagedatum DESC LIMIT 1`,
        [projectId, input.rapportagedatum],
      );
      const v = vorige.rows[0];
      const inhoud = v
        ? kopieVan(v.inhoud)
        : legeInhoud({ naam: p.naam, portefeuillehouder: p.portefeuillehouder });
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO project_rapportages (gemeente_code, project_id, rapportagedatum, inhoud, vorige_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [p.gemeente_code, projectId, input.rapportagedatum, JSON.stringify(inhoud), v?.id ?? null],
      );
      const id = rows[0]!.id;
      const wie = uitvoerderVan(actor);
      await schrijfWijziging(tx, wie, {
        rapportageId: id,
        gemeenteCode: p.gemeente_code,
        versie: 1,
        actie: 'aangemaakt',
        status: 'concept',
        velden: [],
        inhoud,
        toelichting: v
          ? `Kopie van de rapportage van ${v.rapportagedatum}.`
          : 'Eerste rapportage van het project.',
      });
      await auditProject(tx, wie, 'create', 'rapportage', id, p.gemeente_code);
      return toRapportage(await rapportageRij(tx, id));
    });
  },

  /** Only a concept can be edited; the history gets the changed fields with old and new values. */
  wijzig(db: Database, actor: Actor, id: string, input: z.output<typeof RapportageWijzigen>) {
    return inTx(db, actor, async (tx) => {
      const r = await rapportageRij(tx, id);
      if (!isBewerkbaar(r.status)) {
        throw errors.conflict(
          'niet-bewerkbaar',
          `Deze rapportage is ${r.status === 'ter-review' ? 'ter review aangeboden' : r.status} en kan niet meer worden gewijzigd. Alleen een concept is te bewerken.`,
        );
      }
      if (r.versie !== input.versie) throw errors.versionConflict('De rapportage');
      const velden = verschillen(r.inhoud, input.inhoud);
      const datum = input.rapportagedatum ?? r.rapportagedatum;
      if (datum !== r.rapportagedatum)
        velden.unshift({ veld: 'rapportagedatum', oud: r.rapportagedatum, nieuw: datum });
      if (!velden.length) return toRapportage(r);
      const upd = await tx.query<{ versie: number }>(
        `UPDATE project_rapportages SET inhoud = $3, rapportagedatum = $4, versie = versie + 1, gewijzigd_op = now()
         WHERE id = $1 AND versie = $2 RETURNING versie`,
        [id, input.versie, JSON.stringify(input.inhoud), datum],
      );
      if (!upd.rows[0]) throw errors.versionConflict('De rapportage');
      const wie = uitvoerderVan(actor);
      await schrijfWijziging(tx, wie, {
        rapportageId: id,
        gemeenteCode: r.gemeente_code,
        versie: upd.rows[0].versie,
        actie: 'gewijzigd',
        status: r.status,
        velden,
        inhoud: input.inhoud,
      });
      await auditProject(tx, wie, 'update', 'rapportage', id, r.gemeente_code);
      return toRapportage(await rapportageRij(tx, id));
    });
  },

  /**
   * A step in the life of the rapportage. Vaststelling freezes the export (report plus registers);
   * publicatie builds the static page and the PDF from it, once.
   */
  stap(db: Database, actor: Actor, id: string, overgang: Overgang, input: z.output<typeof Statusstap>) {
    return inTx(db, actor, async (tx) => {
      const r = await rapportageRij(tx, id);
      const fout = overgangFout(r.status, overgang);
      if (fout) throw errors.conflict('ongeldige-statusovergang', fout);
      if (r.versie !== input.versie) throw errors.versionConflict('De rapportage');
      const naar = OVERGANG[overgang].naar;
      const nu = new Date();
      let exportSet = '';
      const params: unknown[] = [id, input.versie, naar];
      if (overgang === 'vaststelling') {
        const exp = await maakExport(tx, r, nu);
        exportSet = ', export = $4, geexporteerd_op = $5, vastgesteld_door = $6';
        params.push(JSON.stringify(exp), nu, alsMedewerker(actor.principal).medewerkerId);
      }
      const upd = await tx.query<{ versie: number }>(
        `UPDATE project_rapportages SET status = $3${exportSet}, versie = versie + 1, gewijzigd_op = now()
         WHERE id = $1 AND versie = $2 RETURNING versie`,
        params,
      );
      if (!upd.rows[0]) throw errors.versionConflict('De rapportage');
      if (overgang === 'publicatie') {
        const exp = r.export!;
        const publicatieId = randomUUID();
        const paden = publicatiePaden(r.gemeente_code, publicatieId);
        const html = rapportagePagina(exp, {
          gebouwdOp: nu,
          pdfPad: paden.pdf,
          overzichtPad: paden.overzicht,
        });
        const pdf = await rapportagePdf(exp, nu);
        await tx.query(
          `INSERT INTO rapportage_publicaties (id, gemeente_code, rapportage_id, project_id, html, html_sha256, pdf, pdf_sha256, gebouwd_op, export_van, door)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            publicatieId,
            r.gemeente_code,
            id,
            r.project_id,
            html,
            sha256(html),
            pdf,
            sha256(pdf),
            nu,
            new Date(exp.geexporteerdOp),
            alsMedewerker(actor.principal).medewerkerId,
          ],
        );
      }
      const wie = uitvoerderVan(actor);
      await schrijfWijziging(tx, wie, {
        rapportageId: id,
        gemeenteCode: r.gemeente_code,
        versie: upd.rows[0].versie,
        actie: overgang,
        status: naar,
        velden: [{ veld: 'status', oud: r.status, nieuw: naar }],
        inhoud: r.inhoud,
        toelichting: input.toelichting ?? null,
      });
      await auditProject(tx, wie, 'update', 'rapportage', id, r.gemeente_code, overgang);
      return toRapportage(await rapportageRij(tx, id));
    });
  },

  wijzigingen: (db: Database, actor: Actor, id: string) =>
    inTx(db, actor, async (tx) => {
      await rapportageRij(tx, id);
      const { rows } = await tx.query<{
        id: string;
        versie: number;
        actie: string;
        status: 'concept' | 'ter-review' | 'vastgesteld' | 'gepubliceerd';
        velden: Array<{ veld: string; oud: unknown; nieuw: unknown }>;
        toelichting: string | null;
        door_naam: string;
        op: Date;
      }>('SELECT * FROM rapportage_wijzigingen WHERE rapportage_id = $1 ORDER BY versie DESC', [id]);
      return rows.map((w) => ({
        id: w.id,
        versie: w.versie,
        actie: w.actie,
        status: w.status,
        velden: w.velden.map((v) => ({ ...v, naam: v.veld === 'status' ? 'Status' : veldNaam(v.veld) })),
        toelichting: w.toelichting,
        door: w.door_naam,
        op: w.op,
      }));
    }),

  /** The page as it is or will be published: from the export once vastgesteld, otherwise a preview. */
  pagina: (db: Database, actor: Actor, id: string) =>
    inTx(db, actor, async (tx) => {
      const r = await rapportageRij(tx, id);
      if (r.publicatie_id) {
        const { rows } = await tx.query<{ html: string }>(
          'SELECT html FROM rapportage_publicaties WHERE id = $1',
          [r.publicatie_id],
        );
        return rows[0]!.html;
      }
      const exp = r.export ?? (await maakExport(tx, r, new Date()));
      return rapportagePagina(exp, {
        gebouwdOp: new Date(),
        pdfPad: null,
        overzichtPad: null,
        voorbeeld: true,
      });
    }),
};
