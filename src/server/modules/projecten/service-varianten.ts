import type { z } from 'zod';
import {
  bereken,
  controleer,
  gevoeligheid,
  STANDAARD_PUNTENTELLING,
  type Vergelijking,
} from '../../../domain/projecten/varianten.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { auditProject, type Uitvoerder, uitvoerderVan } from './opslag.ts';
import type { VergelijkingGegevens, VergelijkingWijzigen } from './schemas.ts';

type Gegevens = z.output<typeof VergelijkingGegevens>;

function alsVergelijking(g: Gegevens): Vergelijking {
  return {
    puntentelling: g.puntentelling ?? STANDAARD_PUNTENTELLING,
    varianten: g.varianten,
    groepen: g.groepen,
  };
}

function controleerOfWeiger(v: Vergelijking): void {
  const fouten = controleer(v);
  if (fouten.length)
    throw errors.invalid(fouten.map((f) => ({ name: f.veld, code: 'ongeldig', reason: f.reden })));
}

/** Stores a comparison (scores and stated totals as data); the computation happens on every read. */
export async function maakVergelijking(
  tx: Sql,
  wie: Uitvoerder,
  projectId: string,
  gemeenteCode: string,
  g: Gegevens,
): Promise<string> {
  const v = alsVergelijking(g);
  controleerOfWeiger(v);
  const { rows } = await tx.query<{ id: string }>(
    'INSERT INTO variantvergelijkingen (gemeente_code, project_id, titel, bron, inhoud) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [gemeenteCode, projectId, g.titel, g.bron ?? '', JSON.stringify(v)],
  );
  await auditProject(tx, wie, 'create', 'variantvergelijking', rows[0]!.id, gemeenteCode);
  return rows[0]!.id;
}

export async function vergelijkingView(tx: Sql, id: string) {
  const { rows } = await tx.query<{
    id: string;
    project_id: string;
    titel: string;
    bron: string;
    inhoud: Vergelijking;
    versie: number;
  }>('SELECT * FROM variantvergelijkingen WHERE id = $1', [id]);
  const r = rows[0];
  if (!r) throw errors.notFound('De variantvergelijking');
  return {
    id: r.id,
    projectId: r.project_id,
    titel: r.titel,
    bron: r.bron,
    ...r.inhoud,
    uitkomst: bereken(r.inhoud),
    gevoeligheid: gevoeligheid(r.inhoud),
    versie: r.versie,
  };
}

export const varianten = {
  get: (db: Database, actor: Actor, id: string) => inTx(db, actor, (tx) => vergelijkingView(tx, id)),

  maak: (db: Database, actor: Actor, projectId: string, g: Gegevens) =>
    inTx(db, actor, async (tx) => {
      const p = await tx.query<{ gemeente_code: string }>(
        'SELECT gemeente_code FROM projecten WHERE id = $1',
        [projectId],
      );
      if (!p.rows[0]) throw errors.notFound('Het project');
      const id = await maakVergelijking(tx, uitvoerderVan(actor), projectId, p.rows[0].gemeente_code, g);
      return vergelijkingView(tx, id);
    }),

  wijzig: (db: Database, actor: Actor, id: string, g: z.output<typeof VergelijkingWijzigen>) =>
    inTx(db, actor, async (tx) => {
      const v = alsVergelijking(g);
      controleerOfWeiger(v);
      const { rows } = await tx.query<{ gemeente_code: string }>(
        `UPDATE variantvergelijkingen SET titel = $3, bron = $4, inhoud = $5, versie = versie + 1, gewijzigd_op = now()
         WHERE id = $1 AND versie = $2 RETURNING gemeente_code`,
        [id, g.versie, g.titel, g.bron ?? '', JSON.stringify(v)],
      );
      if (!rows[0]) {
        const e = await tx.query('SELECT 1 FROM variantvergelijkingen WHERE id = $1', [id]);
        throw e.rows[0]
          ? errors.versionConflict('De variantvergelijking')
          : errors.notFound('De variantvergelijking');
      }
      await auditProject(
        tx,
        uitvoerderVan(actor),
        'update',
        'variantvergelijking',
        id,
        rows[0].gemeente_code,
      );
      return vergelijkingView(tx, id);
    }),
};
