import { writeAudit } from '../../../platform/audit/audit.ts';
import { hashPassword } from '../../../platform/auth/passwords.ts';
import type { Herkomst } from '../../../platform/auth/principal.ts';
import { recordAttempt, throttleDelay } from '../../../platform/auth/throttle.ts';
import { wachtwoordBezwaar } from '../../../platform/auth/wachtwoordbeleid.ts';
import type { Database } from '../../../platform/db/types.ts';
import { AppError, errors } from '../../../platform/http/errors.ts';
import { activatiecodeHash } from './code.ts';

function codeOngeldig(): AppError {
  return new AppError(
    400,
    'activatiecode-ongeldig',
    'Activatiecode ongeldig',
    'De gebruikersnaam of activatiecode klopt niet, of de code is verlopen of al gebruikt. Vraag uw beheerder om een nieuwe code.',
    [{ name: 'activatiecode', code: 'ongeldig', reason: 'Deze activatiecode klopt niet of is verlopen.' }],
  );
}

/**
 * The user activates their account with the one-time code and chooses their own password. The
 * code works once; wrong codes count as failed logins (same throttle per account and address).
 */
export async function activeer(
  db: Database,
  input: { gebruikersnaam: string; activatiecode: string; wachtwoord: string },
  herkomst: Herkomst,
): Promise<void> {
  const naam = input.gebruikersnaam.trim().toLowerCase();
  const bezwaar = wachtwoordBezwaar(input.wachtwoord, [naam]);
  if (bezwaar) throw errors.field('wachtwoord', 'te-zwak', bezwaar);
  const delay = await db.systemTransaction((tx) => throttleDelay(tx, naam, herkomst.ip));
  if (delay > 0) throw errors.throttled(delay);
  const hash = await hashPassword(input.wachtwoord);
  const account = await db.systemTransaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; gemeente_code: string; organisatie_id: string }>(
      `UPDATE gebruikers g SET wachtwoord_hash = $3, activatiecode_hash = NULL, activatie_verloopt_op = NULL,
         versie = g.versie + 1, gewijzigd_op = now()
       FROM medewerkers m
       WHERE m.id = g.medewerker_id AND g.gebruikersnaam = $1 AND g.activatiecode_hash = $2
         AND g.activatie_verloopt_op > now() AND g.actief AND m.actief
       RETURNING g.id, m.gemeente_code, m.organisatie_id`,
      [naam, activatiecodeHash(input.activatiecode), hash],
    );
    const a = rows[0] ?? null;
    await recordAttempt(tx, naam, herkomst.ip, a !== null);
    await writeAudit(
      tx,
      {
        gebruikerId: a?.id ?? null,
        gebruikersnaam: a ? naam : null,
        rol: null,
        organisatieId: a?.organisatie_id ?? null,
        gemeenteCode: a?.gemeente_code ?? null,
        herkomst,
      },
      [
        {
          actie: 'update',
          objectType: 'gebruiker',
          objectId: a?.id,
          doel: 'toegangsbeheer',
          resultaat: a ? 'toegestaan' : 'mislukt',
          toelichting: 'activatie: eigen wachtwoord gekozen',
        },
      ],
    );
    return a;
  });
  if (!account) throw codeOngeldig();
}
