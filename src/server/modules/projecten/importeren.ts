/**
 * Import of existing reports (plain text) into structured rapportages, and of variant tables into
 * variant comparisons. One function for the API, the command line and the demo data: it runs in the
 * caller's transaction and stores the source text and the report with every import, so that what
 * could not be mapped is never lost.
 */
import { createHash, randomUUID } from 'node:crypto';
import { herkenFormaat, leesRapportage } from '../../../domain/projecten/import.ts';
import { isVariantTabel, leesVariantTabel } from '../../../domain/projecten/varianten-import.ts';
import type { Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { auditProject, schrijfWijziging, type Uitvoerder } from './opslag.ts';
import { RapportageInhoud } from './schemas.ts';
import { maakVergelijking } from './service-varianten.ts';

export interface ImportOpdracht {
  gemeenteCode: string;
  tekst: string;
  bestandsnaam: string | null;
  /** For a variant table: the project it belongs to. */
  projectId: string | null;
}

export interface ImportUitkomst {
  id: string;
  formaat: 'regels' | 'pijptabel' | 'varianttabel';
  project: { id: string; naam: string; nieuw: boolean };
  rapportageId: string | null;
  variantvergelijkingId: string | null;
  meldingen: Array<{ regel: number | null; tekst: string }>;
  nietGemapt: Array<{ regel: number; tekst: string; reden: string }>;
}

async function bewaarImport(
  tx: Sql,
  wie: Uitvoerder,
  opdracht: ImportOpdracht,
  u: ImportUitkomst,
): Promise<void> {
  await tx.query(
    `INSERT INTO project_imports (id, gemeente_code, formaat, bestandsnaam, bron_tekst, sha256, rapport, project_id, rapportage_id,
       variantvergelijking_id, door, door_naam)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      u.id,
      opdracht.gemeenteCode,
      u.formaat,
      opdracht.bestandsnaam,
      opdracht.tekst,
      createHash('sha256').update(opdracht.tekst).digest('hex'),
      JSON.stringify({ meldingen: u.meldingen, nietGemapt: u.nietGemapt }),
      u.project.id,
      u.rapportageId,
      u.variantvergelijkingId,
      wie.medewerkerId,
      wie.naam,
    ],
  );
}

export async function importeer(tx: Sql, wie: Uitvoerder, opdracht: ImportOpdracht): Promise<ImportUitkomst> {
  const id = randomUUID();
  if (!opdracht.tekst.trim()) {
    throw errors.field('body', 'leeg', 'Het bestand is leeg.');
  }
  if (isVariantTabel(opdracht.tekst)) return importeerVarianten(tx, wie, opdracht, id);

  const gelezen = leesRapportage(opdracht.tekst, herkenFormaat(opdracht.tekst));
  const naam = gelezen.inhoud.projectnaam.trim();
  if (!naam) {
    throw errors.field(
      'body',
      'geen-rapportage',
      "Geen projectnaam gevonden. Een rapportage heeft de velden van de leidraad grote projecten ('Projectnaam', 'Rapportagedatum', …), één per regel of als tabel met '|'.",
    );
  }
  if (!gelezen.rapportagedatum) {
    throw errors.invalid(
      [
        {
          name: 'rapportagedatum',
          code: 'ontbreekt',
          reason: 'Geen rapportagedatum die te lezen is (bijvoorbeeld 31-12-2021 of 1 juli 2019).',
        },
      ],
      'De rapportage heeft geen leesbare rapportagedatum.',
    );
  }
  const geldig = RapportageInhoud.safeParse(gelezen.inhoud);
  if (!geldig.success) {
    throw errors.invalid(
      geldig.error.issues.map((i) => ({
        name: `inhoud.${i.path.join('.')}`,
        code: 'ongeldig',
        reason: i.message,
      })),
      'De rapportage past niet in het format (te lange tekst of ongeldige waarde).',
    );
  }

  let project = (
    await tx.query<{ id: string; naam: string }>(
      'SELECT id, naam FROM projecten WHERE gemeente_code = $1 AND lower(naam) = lower($2)',
      [opdracht.gemeenteCode, naam],
    )
  ).rows[0];
  const nieuw = !project;
  if (!project) {
    project = (
      await tx.query<{ id: string; naam: string }>(
        'INSERT INTO projecten (gemeente_code, naam, portefeuillehouder) VALUES ($1, $2, $3) RETURNING id, naam',
        [opdracht.gemeenteCode, naam, gelezen.inhoud.portefeuillehouder],
      )
    ).rows[0]!;
    await auditProject(tx, wie, 'create', 'project', project.id, opdracht.gemeenteCode, 'import');
  }
  const dubbel = await tx.query(
    'SELECT 1 FROM project_rapportages WHERE project_id = $1 AND rapportagedatum = $2',
    [project.id, gelezen.rapportagedatum],
  );
  if (dubbel.rows.length) {
    throw errors.conflict(
      'bestaat-al',
      `Project '${project.naam}' heeft al een rapportage van ${gelezen.rapportagedatum}; deze is niet opnieuw ingelezen.`,
      [{ name: 'rapportagedatum', code: 'uniek', reason: 'Er is al een rapportage op deze datum.' }],
    );
  }
  const bron = {
    formaat: gelezen.formaat,
    bestandsnaam: opdracht.bestandsnaam,
    gebouwdOp: gelezen.bron.gebouwdOp,
    exportVan: gelezen.bron.exportVan,
    importId: id,
  };
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO project_rapportages (gemeente_code, project_id, rapportagedatum, inhoud, bron)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      opdracht.gemeenteCode,
      project.id,
      gelezen.rapportagedatum,
      JSON.stringify(geldig.data),
      JSON.stringify(bron),
    ],
  );
  const rapportageId = rows[0]!.id;
  await schrijfWijziging(tx, wie, {
    rapportageId,
    gemeenteCode: opdracht.gemeenteCode,
    versie: 1,
    actie: 'geimporteerd',
    status: 'concept',
    velden: [],
    inhoud: geldig.data,
    toelichting: `Ingelezen uit ${opdracht.bestandsnaam ?? 'tekst'} (${gelezen.formaat === 'pijptabel' ? 'tabel' : 'één veld per regel'}).`,
  });
  await auditProject(tx, wie, 'create', 'rapportage', rapportageId, opdracht.gemeenteCode, 'import');
  const uitkomst: ImportUitkomst = {
    id,
    formaat: gelezen.formaat,
    project: { id: project.id, naam: project.naam, nieuw },
    rapportageId,
    variantvergelijkingId: null,
    meldingen: gelezen.meldingen,
    nietGemapt: gelezen.nietGemapt,
  };
  await bewaarImport(tx, wie, opdracht, uitkomst);
  return uitkomst;
}

async function importeerVarianten(
  tx: Sql,
  wie: Uitvoerder,
  opdracht: ImportOpdracht,
  id: string,
): Promise<ImportUitkomst> {
  const gelezen = leesVariantTabel(opdracht.tekst)!;
  if (!opdracht.projectId) {
    throw errors.field(
      'projectId',
      'verplicht',
      'Dit is een variantvergelijking: geef het project waar die bij hoort (projectId).',
    );
  }
  const p = await tx.query<{ id: string; naam: string; gemeente_code: string }>(
    'SELECT id, naam, gemeente_code FROM projecten WHERE id = $1',
    [opdracht.projectId],
  );
  const project = p.rows[0];
  if (!project)
    throw errors.field(
      'projectId',
      'bestaat-niet',
      'Het project bestaat niet of u heeft er geen toegang toe.',
    );
  const vergelijkingId = await maakVergelijking(tx, wie, project.id, project.gemeente_code, {
    titel: gelezen.titel,
    bron: opdracht.bestandsnaam ?? '',
    ...gelezen.vergelijking,
  });
  const uitkomst: ImportUitkomst = {
    id,
    formaat: 'varianttabel',
    project: { id: project.id, naam: project.naam, nieuw: false },
    rapportageId: null,
    variantvergelijkingId: vergelijkingId,
    meldingen: gelezen.meldingen,
    nietGemapt: gelezen.nietGemapt,
  };
  await bewaarImport(tx, wie, { ...opdracht, gemeenteCode: project.gemeente_code }, uitkomst);
  return uitkomst;
}
