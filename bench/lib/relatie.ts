import pg from 'pg';
import type { BenchDatabase } from './voorbereiding.ts';

/**
 * The "before" of issue 18's budget (relationship checks may cost the mixed workload at most 15%):
 * the same data, the same code, but every medewerker treated as if free of the relationship rule.
 * The functions the row-level security asks first (`ot_relatie_vrij`, `ot_besluiten_vrij`: "may read
 * gemeente-wide") answer true for the run, so no policy and no code check looks up a relationship;
 * the tenancy per gemeente stays. The original definitions are put back afterwards, also on failure.
 */
const VRIJ = ['ot_relatie_vrij()', 'ot_besluiten_vrij()'];

export async function zonderRelatieregel<T>(bd: BenchDatabase, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: bd.env.DATABASE_URL });
  await client.connect();
  try {
    const origineel: string[] = [];
    for (const f of VRIJ) {
      const r = await client.query<{ def: string | null }>(
        'SELECT pg_get_functiondef(to_regprocedure($1)) AS def',
        [f],
      );
      const def = r.rows[0]?.def;
      if (!def) continue;
      origineel.push(def);
      const naam = f.replace('()', '');
      await client.query(
        `CREATE OR REPLACE FUNCTION ${naam}() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
         SET search_path = public AS $$ SELECT true $$`,
      );
    }
    try {
      return await fn();
    } finally {
      for (const def of origineel) await client.query(def);
    }
  } finally {
    await client.end();
  }
}
