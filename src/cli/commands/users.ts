import { writeAudit } from '../../server/platform/audit/audit.ts';
import { wijzigingsToelichting } from '../../server/platform/audit/wijziging.ts';
import { hashPassword } from '../../server/platform/auth/passwords.ts';
import { isRol } from '../../server/platform/auth/rollen.ts';
import { wachtwoordBezwaar } from '../../server/platform/auth/wachtwoordbeleid.ts';
import { apiClient, CLI_HERKOMST, withDatabase } from './shared.ts';
import { leesNieuwWachtwoord } from './wachtwoord-lezen.ts';

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
  if (o.wachtwoord !== undefined) {
    errors.push(
      '--wachtwoord bestaat niet meer: een wachtwoord op de opdrachtregel staat in de proceslijst en de ' +
        'shellgeschiedenis. Typ het als de opdracht erom vraagt, of geef het via stdin ' +
        '(printf \'%s\\n\' "$WACHTWOORD" | npm run cli -- users create …).',
    );
  }
  if (errors.length) {
    for (const e of errors) console.error(`Fout: ${e}`);
    return 64;
  }
  const done = (activatiecode?: string) => {
    console.log(`Account '${gebruikersnaam}' aangemaakt (${rollen.join(', ')}).`);
    if (activatiecode) {
      console.log(`Activatiecode (eenmalig, geef hem persoonlijk aan de gebruiker): ${activatiecode}`);
    }
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
    // Through the API the rules of beheer apply: roles with access to personal data wait for a
    // second beheerder, and the user chooses the password with the activation code.
    const g = await call('POST', '/gebruikers', { medewerkerId: m.body.id, gebruikersnaam });
    if (g.status !== 201)
      throw new Error(`Account aanmaken mislukt (${g.status}): ${JSON.stringify(g.body)}`);
    const wacht = rollen.filter((r) => !(m.body.rollen as string[]).includes(r));
    if (wacht.length) console.log(`Wacht op goedkeuring door een tweede beheerder: ${wacht.join(', ')}.`);
    return done(g.body.activatiecode as string);
  }

  // Directly on the database: the operator of the server (a system action, audited as such), e.g.
  // the first beheerder of a new installation. The password is read, never taken from an argument.
  const wachtwoord = await leesNieuwWachtwoord();
  const bezwaar = wachtwoordBezwaar(wachtwoord, [gebruikersnaam!]);
  if (bezwaar) {
    console.error(`Fout: ${bezwaar}`);
    return 64;
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
      await tx.query(
        `INSERT INTO rolwijzigingen (gemeente_code, medewerker_id, rollen_voor, rollen_na, status)
         VALUES ($1, $2, '{}', $3, 'doorgevoerd')`,
        [gemeente, m.rows[0]!.id, rollen],
      );
      await writeAudit(
        tx,
        {
          gebruikerId: null,
          gebruikersnaam: 'cli',
          rol: 'systeem',
          organisatieId: null,
          gemeenteCode: gemeente,
          herkomst: CLI_HERKOMST,
        },
        [
          {
            actie: 'create',
            objectType: 'medewerker',
            objectId: m.rows[0]!.id,
            doel: 'toegangsbeheer',
            toelichting: wijzigingsToelichting(null, { rollen, teamId: team?.id ?? null }, [
              'rollen',
              'teamId',
            ]),
          },
          {
            actie: 'create',
            objectType: 'gebruiker',
            objectId: g.rows[0]!.id,
            doel: 'toegangsbeheer',
            toelichting: wijzigingsToelichting(null, { inloggen: 'wachtwoord' }, ['inloggen']),
          },
        ],
      );
    }),
  );
  return done();
}
