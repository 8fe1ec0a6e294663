/**
 * What the council and everyone else may see without logging in: the published rapportages and
 * the overview of all projects. Reads run as the application role for exactly one gemeente (the
 * one in the address), so row-level security still applies; only published reports are read.
 */
import { ASPECT_STATUS_TEKST, ASPECT_TITEL } from '../../../domain/projecten/rapportage.ts';
import { aspectReeksen, TREND_TEKST } from '../../../domain/projecten/trend.ts';
import type { Database } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import type { RapportageExport } from './export.ts';
import { publicatiePaden } from './opslag.ts';

const alsGemeente = (code: string) => ({ gebruikerId: null, gemeenten: [code] });

export async function openbareProjecten(db: Database, gemeente: string) {
  return db.transaction(alsGemeente(gemeente), async (tx) => {
    const g = await tx.query<{ naam: string }>('SELECT naam FROM gemeenten WHERE code = $1', [gemeente]);
    if (!g.rows[0]) throw errors.notFound('De gemeente');
    const { rows } = await tx.query<{
      publicatie_id: string;
      project_id: string;
      rapportagedatum: string;
      gebouwd_op: Date;
      export: RapportageExport;
    }>(
      `SELECT pub.id AS publicatie_id, pub.project_id, r.rapportagedatum, pub.gebouwd_op, r.export
       FROM rapportage_publicaties pub JOIN project_rapportages r ON r.id = pub.rapportage_id
       WHERE pub.gemeente_code = $1 ORDER BY r.rapportagedatum`,
      [gemeente],
    );
    const perProject = new Map<string, typeof rows>();
    for (const r of rows) perProject.set(r.project_id, [...(perProject.get(r.project_id) ?? []), r]);
    const projecten = [...perProject.values()].map((pubs) => {
      const laatste = pubs.at(-1)!;
      const paden = publicatiePaden(gemeente, laatste.publicatie_id);
      const e = laatste.export;
      return {
        id: laatste.project_id,
        naam: e.project.naam,
        hoofdproject: e.project.hoofdproject,
        portefeuillehouder: e.inhoud.portefeuillehouder,
        projectfase: e.inhoud.projectfase,
        laatste: {
          rapportagedatum: laatste.rapportagedatum,
          pagina: paden.pagina,
          pdf: paden.pdf,
          gebouwdOp: laatste.gebouwd_op,
        },
        aspecten: aspectReeksen(
          pubs.map((p) => ({ rapportagedatum: p.rapportagedatum, inhoud: p.export.inhoud })),
        ).map((a) => {
          const status = a.reeks.at(-1)?.status ?? null;
          return {
            aspect: a.aspect,
            titel: ASPECT_TITEL[a.aspect],
            status,
            statusTekst: status ? ASPECT_STATUS_TEKST[status] : 'Geen status',
            trend: a.trend,
            trendTekst: TREND_TEKST[a.trend],
            reeks: a.reeks,
          };
        }),
        publicaties: pubs
          .map((p) => ({
            id: p.publicatie_id,
            rapportagedatum: p.rapportagedatum,
            ...publicatiePaden(gemeente, p.publicatie_id),
          }))
          .map(({ overzicht: _o, ...p }) => p)
          .reverse(),
      };
    });
    projecten.sort(
      (a, b) =>
        (a.hoofdproject ?? a.naam).localeCompare(b.hoofdproject ?? b.naam, 'nl') ||
        a.naam.localeCompare(b.naam, 'nl'),
    );
    return { gemeente: g.rows[0].naam, projecten };
  });
}

export async function publicatie(db: Database, gemeente: string, id: string) {
  return db.transaction(alsGemeente(gemeente), async (tx) => {
    const { rows } = await tx.query<{ html: string; pdf: Uint8Array; naam: string; rapportagedatum: string }>(
      `SELECT pub.html, pub.pdf, p.naam, r.rapportagedatum FROM rapportage_publicaties pub
       JOIN projecten p ON p.id = pub.project_id JOIN project_rapportages r ON r.id = pub.rapportage_id
       WHERE pub.id = $1 AND pub.gemeente_code = $2`,
      [id, gemeente],
    );
    if (!rows[0]) throw errors.notFound('De gepubliceerde rapportage');
    return { ...rows[0], pdf: Buffer.from(rows[0].pdf) };
  });
}
