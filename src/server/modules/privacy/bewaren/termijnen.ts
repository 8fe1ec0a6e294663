import {
  type Bewaartermijn,
  DOSSIERSOORTEN,
  type Dossiersoort,
  STANDAARD_BEWAARTERMIJNEN,
} from '../../../../domain/privacy/bewaartermijnen.ts';
import type { Sql } from '../../../platform/db/types.ts';

export interface IngesteldeTermijn extends Bewaartermijn {
  /** false: no row for the gemeente, the default applies. */
  ingesteld: boolean;
  versie: number;
  gewijzigdOp: string | null;
}

/** The retention terms of a gemeente: its own rows, the defaults for the kinds it did not set. */
export async function laadTermijnen(
  tx: Sql,
  gemeente: string,
): Promise<Record<Dossiersoort, IngesteldeTermijn>> {
  const { rows } = await tx.query<{
    dossiersoort: Dossiersoort;
    jaren: number;
    bron: string;
    versie: number;
    gewijzigd_op: Date;
  }>('SELECT dossiersoort, jaren, bron, versie, gewijzigd_op FROM bewaartermijnen WHERE gemeente_code = $1', [
    gemeente,
  ]);
  const uit = {} as Record<Dossiersoort, IngesteldeTermijn>;
  for (const soort of DOSSIERSOORTEN) {
    const r = rows.find((x) => x.dossiersoort === soort);
    uit[soort] = r
      ? {
          dossiersoort: soort,
          jaren: r.jaren,
          bron: r.bron,
          ingesteld: true,
          versie: r.versie,
          gewijzigdOp: r.gewijzigd_op.toISOString(),
        }
      : { ...STANDAARD_BEWAARTERMIJNEN[soort], ingesteld: false, versie: 0, gewijzigdOp: null };
  }
  return uit;
}

/** Sets one term (optimistic: versie 0 inserts, otherwise the stored version must match). */
export async function bewaarTermijn(
  tx: Sql,
  t: {
    gemeente: string;
    dossiersoort: Dossiersoort;
    jaren: number;
    bron: string;
    versie: number;
    door: string;
  },
): Promise<boolean> {
  if (t.versie === 0) {
    const r = await tx.query(
      `INSERT INTO bewaartermijnen (gemeente_code, dossiersoort, jaren, bron, gewijzigd_door)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [t.gemeente, t.dossiersoort, t.jaren, t.bron, t.door],
    );
    return r.rowCount === 1;
  }
  const r = await tx.query(
    `UPDATE bewaartermijnen SET jaren = $3, bron = $4, gewijzigd_door = $5, gewijzigd_op = now(), versie = versie + 1
     WHERE gemeente_code = $1 AND dossiersoort = $2 AND versie = $6`,
    [t.gemeente, t.dossiersoort, t.jaren, t.bron, t.door, t.versie],
  );
  return r.rowCount === 1;
}
