import { randomBytes } from 'node:crypto';
import { writeAudit } from '../../server/platform/audit/audit.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../server/platform/auth/passwords.ts';
import { isRol } from '../../server/platform/auth/rollen.ts';
import { apiClient, CLI_HERKOMST, withDatabase } from './shared.ts';

interface Options {
  gebruikersnaam?: string;
  naam?: string;
  rol?: string[];
  gemeente?: string;
  team?: string;
  wachtwoord?: string;
  als?: string;
}

export async function runUsersCreate(server: string | null, o: Options): Promise<number> {
  const gebruikersnaam = o.gebruikersnaam?.trim().toLowerCase();
  const rollen = o.rol ?? [];
  const gemeente = o.gemeente ?? '0150';
  const errors: string[] = [];
  if (!gebruikersnaam || !/^[a-z0-9][a-z0-9._-]{1,62}$/.test(gebruikersnaam))
    errors.push('--gebruikersnaam ontbreekt of is ongeldig');
  if (!o.naam) errors.push('--naam ontbreekt');
  if (rollen.length === 0) errors.push('--rol ontbreekt');
  for (const r of rollen) if (!isRol(r)) errors.push(`onbekende rol: ${r}`);
  if (!/^\d{4}$/.test(gemeente)) errors.push('--gemeente moet een CBS-code van 4 cijfers zijn');
  const generated = !o.wachtwoord && !process.env.OPEN_TOEGANG_NEW_PASSWORD;
  const wachtwoord =
    o.wachtwoord ?? process.env.OPEN_TOEGANG_NEW_PASSWORD ?? randomBytes(12).toString('base64url');
  if (wachtwoord.length < MIN_PASSWORD_LENGTH)
    errors.push(`het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben`);
  if (errors.length) {
    for (const e of errors) console.error(`Fout: ${e}`);
    return 64;
  }
  const done = () => {
    console.log(`Account '${gebruikersnaam}' aangemaakt (${rollen.join(', ')}).`);
    if (generated) console.log(`Wachtwoord: ${wachtwoord}`);
    return 0;
  };

  if (server) {
    const call = await apiClient(server, o.als ?? null);
    const teams = await call('GET', `/teams?gemeente=${gemeente}`);
    const team = o.team
      ? (teams.body as Array<{ id: string; naam: string; organisatieId: string }>).find(
          (t) => t.naam === o.team,
        )
      : null;
    if (o.team && !team) throw new Error(`Team '${o.team}' bestaat niet in gemeente ${gemeente}.`);
    const orgs = await call('GET', `/organisaties?gemeente=${gemeente}`);
    const organisatieId =
      team?.organisatieId ??
      (orgs.body as Array<{ id: string; soort: string }>).find((x) => x.soort === 'gemeente')?.id;
    const m = await call('POST', '/medewerkers', {
      gemeenteCode: gemeente,
      organisatieId,
      teamId: team?.id ?? null,
      naam: o.naam,
      rollen,
    });
    if (m.status !== 201)
      throw new Error(`Medewerker aanmaken mislukt (${m.status}): ${JSON.stringify(m.body)}`);
    const g = await call('POST', '/gebruikers', { medewerkerId: m.body.id, gebruikersnaam, wachtwoord });
    if (g.status !== 201)
      throw new Error(`Account aanmaken mislukt (${g.status}): ${JSON.stringify(g.body)}`);
    return done();
  }

  const hash = await hashPassword(wachtwoord);
  await withDatabase((db) =>
    db.systemTransaction(async (tx) => {
      const team = o.team
        ? (
            await tx.query<{ id: string; organisatie_id: string }>(
              'SELECT id, organisatie_id FROM teams WHERE gemeente_code = $1 AND naam = $2',
              [gemeente, o.team],
            )
          ).rows[0]
        : null;
      if (o.team && !team) throw new Error(`Team '${o.team}' bestaat niet in gemeente ${gemeente}.`);
      const org =
        team?.organisatie_id ??
        (
          await tx.query<{ id: string }>(
            "SELECT id FROM organisaties WHERE gemeente_code = $1 AND soort = 'gemeente' LIMIT 1",
            [gemeente],
          )
        ).rows[0]?.id;
      if (!org)
        throw new Error(`Gemeente ${gemeente} heeft nog geen organisatie; laad eerst de organisatie.`);
      const exists = await tx.query('SELECT 1 FROM gebruikers WHERE gebruikersnaam = $1', [gebruikersnaam]);
      if (exists.rows.length) throw new Error(`De gebruikersnaam '${gebruikersnaam}' is al in gebruik.`);
      const m = await tx.query<{ id: string }>(
        'INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, rollen) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [gemeente, org, team?.id ?? null, o.naam, rollen],
      );
      const g = await tx.query<{ id: string }>(
        'INSERT INTO gebruikers (medewerker_id, gebruikersnaam, wachtwoord_hash) VALUES ($1, $2, $3) RETURNING id',
        [m.rows[0]!.id, gebruikersnaam, hash],
      );
      await writeAudit(
        tx,
        {
          gebruikerId: null,
          gebruikersnaam: 'cli',
          rol: 'beheer',
          organisatieId: null,
          gemeenteCode: gemeente,
          herkomst: CLI_HERKOMST,
        },
        [{ actie: 'create', objectType: 'gebruiker', objectId: g.rows[0]!.id, doel: 'toegangsbeheer' }],
      );
    }),
  );
  return done();
}
