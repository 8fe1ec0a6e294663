import { audit } from '../../../platform/audit/audit.ts';
import { wijzigingsToelichting } from '../../../platform/audit/wijziging.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { ACTIVATIE_UREN, activatiecodeHash, nieuweActivatiecode } from './code.ts';

/**
 * A new activation code for an existing local account (forgotten password, lost phone): the
 * password and the second factor are cleared and every session ends, so the user sets both
 * again. The beheerder sees the code once and hands it over; they never choose the password.
 */
export async function geefActivatiecode(db: Database, actor: Actor, gebruikerId: string) {
  const code = nieuweActivatiecode();
  const result = await inTx(db, actor, async (tx) => {
    const { rows } = await tx.query<{
      medewerker_id: string;
      oidc_subject: string | null;
      gemeente_code: string;
    }>(
      `SELECT g.medewerker_id, g.oidc_subject, m.gemeente_code
       FROM gebruikers g JOIN medewerkers m ON m.id = g.medewerker_id WHERE g.id = $1`,
      [gebruikerId],
    );
    const g = rows[0];
    if (!g) throw errors.notFound('Het account');
    if (g.oidc_subject) {
      throw errors.conflict(
        'oidc-account',
        'Dit account logt in via de identiteitsprovider (OIDC); daar stelt de gebruiker het wachtwoord in.',
      );
    }
    const upd = await tx.query<{ activatie_verloopt_op: Date }>(
      `UPDATE gebruikers SET wachtwoord_hash = NULL, activatiecode_hash = $2,
         activatie_verloopt_op = now() + make_interval(hours => $3),
         totp_geheim = NULL, totp_actief = false, totp_laatste_stap = NULL,
         versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1 RETURNING activatie_verloopt_op`,
      [gebruikerId, activatiecodeHash(code), ACTIVATIE_UREN],
    );
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'gebruiker',
      objectId: gebruikerId,
      doel: 'toegangsbeheer',
      gemeenteCode: g.gemeente_code,
      toelichting: wijzigingsToelichting(
        { wachtwoord: 'ingesteld', tweedeFactor: 'mogelijk ingesteld' },
        { wachtwoord: 'activatiecode uitgegeven', tweedeFactor: 'gewist' },
        ['wachtwoord', 'tweedeFactor'],
      ),
    });
    return { activatieVerlooptOp: upd.rows[0]!.activatie_verloopt_op };
  });
  // Sessions are the owner's table: ended after the reset has committed.
  await db.systemTransaction((tx) => tx.query('DELETE FROM sessies WHERE gebruiker_id = $1', [gebruikerId]));
  return { activatiecode: code, ...result };
}
