import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { socialeKaartRepo } from '../repo-sociale-kaart.ts';
import type { SocialeKaartItem, ZoekSocialeKaart } from '../schemas.ts';
import { gemeenteVan } from '../wie.ts';

export type ZoekSocialeKaartInvoer = z.output<typeof ZoekSocialeKaart>;

/**
 * Search the sociale kaart by question words, wijk, leefgebied and soort: the most relevant first
 * (Dutch full-text search, ADR 0024). Only active entries; no personal data, so no audit row.
 */
export function zoekSocialeKaart(
  db: Database,
  actor: Actor,
  q: ZoekSocialeKaartInvoer,
): Promise<SocialeKaartItem[]> {
  const gemeente = gemeenteVan(actor, q.gemeente);
  return inTx(db, actor, (tx) =>
    socialeKaartRepo.zoek(tx, {
      gemeente,
      zoek: q.zoek,
      wijk: q.wijk,
      leefgebied: q.leefgebied,
      soort: q.soort,
      alleenActief: true,
    }),
  );
}
