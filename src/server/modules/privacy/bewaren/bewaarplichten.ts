import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import type { BewaarplichtInvoer } from './schemas.ts';

const DOEL = 'archivering';

interface Rij {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  naam: string;
  reden: string;
  aangemaakt_op: Date;
  opgeheven_op: Date | null;
}

const SELECT = `SELECT b.id, b.gemeente_code, b.persoon_id, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS naam,
  b.reden, b.aangemaakt_op, b.opgeheven_op FROM bewaarplichten b JOIN personen p ON p.id = b.persoon_id`;

const view = (r: Rij) => ({
  id: r.id,
  gemeenteCode: r.gemeente_code,
  persoonId: r.persoon_id,
  persoonNaam: r.naam,
  reden: r.reden,
  aangemaaktOp: r.aangemaakt_op.toISOString(),
  opgehevenOp: r.opgeheven_op?.toISOString() ?? null,
});

async function een(tx: Sql, id: string) {
  const { rows } = await tx.query<Rij>(`${SELECT} WHERE b.id = $1`, [id]);
  if (!rows[0]) throw errors.notFound('De bewaarplicht');
  return view(rows[0]);
}

/** A manual hold (a court case, the archivist's request): the person is not destroyed while it holds. */
export function legBewaarplichtOp(db: Database, actor: Actor, input: z.output<typeof BewaarplichtInvoer>) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const p = await tx.query<{ gemeente_code: string }>('SELECT gemeente_code FROM personen WHERE id = $1', [
      input.persoonId,
    ]);
    if (!p.rows[0])
      throw errors.field('persoonId', 'onbekend', 'Deze persoon is niet gevonden in uw gemeente.');
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO bewaarplichten (gemeente_code, persoon_id, reden, geregistreerd_door) VALUES ($1, $2, $3, $4) RETURNING id`,
      [p.rows[0].gemeente_code, input.persoonId, input.reden, mw.medewerkerId],
    );
    const id = rows[0]!.id;
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'bewaarplicht',
      objectId: id,
      doel: DOEL,
      gemeenteCode: p.rows[0].gemeente_code,
      personen: [input.persoonId],
    });
    return een(tx, id);
  });
}

export function hefBewaarplichtOp(db: Database, actor: Actor, id: string) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const b = await een(tx, id);
    await tx.query(
      'UPDATE bewaarplichten SET opgeheven_op = now(), opgeheven_door = $2 WHERE id = $1 AND opgeheven_op IS NULL',
      [id, mw.medewerkerId],
    );
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'bewaarplicht',
      objectId: id,
      doel: DOEL,
      gemeenteCode: b.gemeenteCode,
      personen: [b.persoonId],
    });
    return een(tx, id);
  });
}

export function toonBewaarplichten(db: Database, actor: Actor) {
  return inTx(db, actor, async (tx) => {
    const { rows } = await tx.query<Rij>(
      `${SELECT} ORDER BY b.opgeheven_op IS NOT NULL, b.aangemaakt_op DESC LIMIT 500`,
    );
    const items = rows.map(view);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'bewaarplicht',
      doel: DOEL,
      personen: items.map((b) => b.persoonId),
    });
    return { items };
  });
}
