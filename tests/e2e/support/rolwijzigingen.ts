import { hashPassword } from '../../../src/server/platform/auth/passwords.ts';
import { apiKlant } from './onderzoek.ts';
import { E2E_WACHTWOORD, type E2eServer } from './server.ts';

/**
 * A second beheerder approves every grant that waits (four eyes, ADR 0021), as a colleague would
 * in the Rolwijzigingen screen. The second beheerder is made once, directly (a system action).
 */
export async function tweedeBeheerderKeurtGoed(server: E2eServer): Promise<void> {
  const hash = await hashPassword(E2E_WACHTWOORD);
  await server.db.systemTransaction(async (tx) => {
    const bestaat = await tx.query("SELECT 1 FROM gebruikers WHERE gebruikersnaam = 'beheer-e2e'");
    if (bestaat.rows.length) return;
    const m = await tx.query<{ id: string }>(
      `INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, rollen)
       SELECT m.gemeente_code, m.organisatie_id, m.team_id, 'Tweede Beheerder', ARRAY['beheer']
       FROM medewerkers m JOIN gebruikers g ON g.medewerker_id = m.id WHERE g.gebruikersnaam = 'beheer'
       RETURNING id`,
    );
    await tx.query(
      'INSERT INTO gebruikers (medewerker_id, gebruikersnaam, wachtwoord_hash) VALUES ($1, $2, $3)',
      [m.rows[0]!.id, 'beheer-e2e', hash],
    );
  });
  const beheer2 = await apiKlant(server.baseUrl, 'beheer-e2e');
  try {
    const open = await beheer2.get<Array<{ id: string; versie: number }>>(
      '/rolwijzigingen?status=wacht-op-goedkeuring',
    );
    for (const r of open) await beheer2.post(`/rolwijzigingen/${r.id}/goedkeuring`, { versie: r.versie });
  } finally {
    await beheer2.sluit();
  }
}
