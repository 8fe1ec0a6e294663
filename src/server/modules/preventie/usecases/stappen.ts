/** Steps the verwijzing use cases share. */
import { audit, markeerGeaudit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_PREVENTIE } from '../diensten.ts';
import { type VerwijzingRow, verwijzingenRepo } from '../repo-verwijzingen.ts';

/** Who looked, for the audit trail: the partner organisation by name, and why (issue 16, item 8). */
export async function toelichting(tx: Sql, actor: Actor, doel: string, extra?: string): Promise<string> {
  let organisatie = 'gemeente';
  if (actor.principal.soort === 'partner') {
    const { rows } = await tx.query<{ naam: string }>('SELECT naam FROM partners WHERE id = $1', [
      actor.principal.organisatieId,
    ]);
    organisatie = rows[0]?.naam ?? 'partner';
  }
  return [`organisatie: ${organisatie}`, `doel: ${doel}`, extra].filter(Boolean).join('; ');
}

/**
 * Runs `fn` on the referral when the caller may see it. When not (another organisation's referral,
 * a withdrawn consent, another gemeente, or no such id), the refusal is audited in a transaction of
 * its own (the use case's rolled back) and the answer is 404: a partner learns nothing about
 * households that were not referred to it.
 */
export async function metVerwijzing<T>(
  db: Database,
  actor: Actor,
  id: string,
  opts: { doel: string; actie: 'read' | 'update'; forUpdate?: boolean },
  fn: (tx: Sql, v: VerwijzingRow) => Promise<T>,
): Promise<T> {
  const r = await inTx(db, actor, async (tx) => {
    const v = await verwijzingenRepo.get(tx, id, opts.forUpdate ?? false);
    if (!v) return { gevonden: false as const };
    return { gevonden: true as const, waarde: await fn(tx, v) };
  });
  if (r.gevonden) return r.waarde;
  await inTx(db, actor, async (tx) =>
    audit(tx, actor, {
      actie: opts.actie,
      objectType: 'verwijzing',
      objectId: id,
      doel: DOEL_PREVENTIE,
      resultaat: 'geweigerd',
      personen: [],
      toelichting: await toelichting(
        tx,
        actor,
        opts.doel,
        'niet verwezen naar deze organisatie of geen toegang',
      ),
    }),
  );
  throw markeerGeaudit(errors.notFound('De verwijzing'));
}

export function checkVersie(v: VerwijzingRow, versie: number | undefined): void {
  if (versie !== undefined && v.versie !== versie) throw errors.versionConflict('De verwijzing');
}
