import { hashPassword } from '../../src/server/platform/auth/passwords.ts';
import type { TestApp } from './app.ts';
import { TEST_PASSWORD } from './app.ts';

/** An extra account in the beheer team of Deventer, made directly (a system action, like the demo). */
export async function maakAccount(
  t: TestApp,
  gebruikersnaam: string,
  rollen: string[],
  wachtwoord = TEST_PASSWORD,
): Promise<{ medewerkerId: string; gebruikerId: string }> {
  const hash = await hashPassword(wachtwoord);
  return t.database.db.systemTransaction(async (tx) => {
    const { rows } = await tx.query<{
      id: string;
      gemeente_code: string;
      organisatie_id: string;
      team_id: string;
    }>(
      `SELECT m.id, m.gemeente_code, m.organisatie_id, m.team_id FROM medewerkers m
       JOIN gebruikers g ON g.medewerker_id = m.id WHERE g.gebruikersnaam = 'beheer'`,
    );
    const b = rows[0]!;
    const m = await tx.query<{ id: string }>(
      `INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, rollen)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [b.gemeente_code, b.organisatie_id, b.team_id, `Test ${gebruikersnaam}`, rollen],
    );
    const g = await tx.query<{ id: string }>(
      'INSERT INTO gebruikers (medewerker_id, gebruikersnaam, wachtwoord_hash) VALUES ($1, $2, $3) RETURNING id',
      [m.rows[0]!.id, gebruikersnaam, hash],
    );
    return { medewerkerId: m.rows[0]!.id, gebruikerId: g.rows[0]!.id };
  });
}
