import { demoTotpGeheim } from '../modules/accounts/mfa/totp.ts';
import { versleutel } from '../platform/auth/geheimen.ts';
import type { Sql } from '../platform/db/types.ts';
import { REGIO } from './organisatie-demo.ts';

/**
 * The preventie partners of Deventer (procesplan §4–5, issue 16): MEE, Raster and De Kern with a
 * subsidy, Solis' wijkverpleging paid by the health insurer. Synthetic staff, no real persons.
 * `organisatie` is the name of the organisaties row the gemeente already knows (PARTNERS).
 */
export const PREVENTIE_PARTNERS: ReadonlyArray<{
  code: string;
  naam: string;
  organisatie: string;
  soort: 'subsidie' | 'zorgverzekeraar';
  diensten: readonly string[];
  telefoon: string;
  /** Deventer wijken (codes of DEVENTER_WIJKEN) with a team of this partner. */
  wijken: readonly string[];
  gemeenten: readonly string[];
}> = [
  {
    code: 'mee',
    naam: 'MEE IJsseloevers',
    organisatie: 'MEE IJsseloevers',
    soort: 'subsidie',
    diensten: ['clientondersteuning', 'mantelzorgondersteuning'],
    telefoon: '0570 000 100',
    wijken: ['A', 'C', 'F', 'H'],
    gemeenten: REGIO,
  },
  {
    code: 'raster',
    naam: 'Raster',
    organisatie: 'Raster',
    soort: 'subsidie',
    diensten: ['samenlevingsopbouw', 'jongerenwerk', 'maatschappelijk-werk'],
    telefoon: '0570 000 200',
    wijken: ['A', 'B', 'D', 'G'],
    gemeenten: ['0150'],
  },
  {
    code: 'dekern',
    naam: 'De Kern',
    organisatie: 'De Kern',
    soort: 'subsidie',
    diensten: ['maatschappelijk-werk', 'schuldhulpverlening'],
    telefoon: '0570 000 300',
    wijken: ['E', 'F', 'I', 'J'],
    gemeenten: ['0150'],
  },
  {
    code: 'solis',
    naam: 'Solis wijkverpleging',
    organisatie: 'Solis',
    soort: 'zorgverzekeraar',
    diensten: ['wijkverpleging'],
    telefoon: '0570 000 400',
    wijken: ['H', 'J', 'K', 'L', 'O'],
    gemeenten: ['0150'],
  },
];

/** One login per partner, and a coördinator at MEE. The username names the partner. */
export const PARTNER_ACCOUNTS: ReadonlyArray<{
  gebruikersnaam: string;
  partner: string;
  naam: string;
  functie: string;
  rollen: string[];
  /** Wijk code of the team the person works in. */
  wijk: string;
}> = [
  {
    gebruikersnaam: 'mee',
    partner: 'mee',
    naam: 'Marloes Eefting',
    functie: 'Onafhankelijk cliëntondersteuner',
    rollen: ['preventiemedewerker'],
    wijk: 'A',
  },
  {
    gebruikersnaam: 'mee-coordinator',
    partner: 'mee',
    naam: 'Coen Meulenbelt',
    functie: 'Coördinator cliëntondersteuning',
    rollen: ['partner-coordinator', 'preventiemedewerker'],
    wijk: 'A',
  },
  {
    gebruikersnaam: 'raster',
    partner: 'raster',
    naam: 'Rik Asbroek',
    functie: 'Opbouwwerker',
    rollen: ['preventiemedewerker'],
    wijk: 'B',
  },
  {
    gebruikersnaam: 'dekern',
    partner: 'dekern',
    naam: 'Dewi Kerkhof',
    functie: 'Maatschappelijk werker',
    rollen: ['preventiemedewerker'],
    wijk: 'E',
  },
  {
    gebruikersnaam: 'solis',
    partner: 'solis',
    naam: 'Sanne Olthof',
    functie: 'Wijkverpleegkundige',
    rollen: ['preventiemedewerker'],
    wijk: 'H',
  },
];

/**
 * Loads the partners, their services, teams per wijk and staff accounts (inside the demo's
 * transaction). With `totpSleutel` the accounts are enrolled for the second factor like the others.
 */
export async function loadDemoPreventie(
  tx: Sql,
  opts: {
    hash: string;
    password: string;
    totpSleutel?: Buffer;
    wijkIds: ReadonlyMap<string, string>;
    wijkNamen: ReadonlyMap<string, string>;
    organisaties: ReadonlyMap<string, string>;
  },
): Promise<void> {
  const partnerIds = new Map<string, string>();
  const teamIds = new Map<string, string>();
  for (const p of PREVENTIE_PARTNERS) {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO partners (code, naam, soort, gemeente_code, organisatie_id, telefoon, email)
       VALUES ($1, $2, $3, '0150', $4, $5, $6) RETURNING id`,
      [
        p.code,
        p.naam,
        p.soort,
        opts.organisaties.get(p.organisatie) ?? null,
        p.telefoon,
        `info@${p.code}.demo.nl`,
      ],
    );
    const id = rows[0]!.id;
    partnerIds.set(p.code, id);
    await tx.query(
      'INSERT INTO partner_gemeenten (partner_id, gemeente_code) SELECT $1, unnest($2::text[])',
      [id, p.gemeenten],
    );
    await tx.query('INSERT INTO partner_diensten (partner_id, dienst) SELECT $1, unnest($2::text[])', [
      id,
      p.diensten,
    ]);
    for (const w of p.wijken) {
      const team = await tx.query<{ id: string }>(
        `INSERT INTO partner_teams (partner_id, gemeente_code, wijk_id, naam, telefoon)
         VALUES ($1, '0150', $2, $3, $4) RETURNING id`,
        [id, opts.wijkIds.get(w), `${p.naam} ${opts.wijkNamen.get(w) ?? w}`, p.telefoon],
      );
      teamIds.set(`${p.code}:${w}`, team.rows[0]!.id);
    }
  }
  for (const a of PARTNER_ACCOUNTS) {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO partner_medewerkers (partner_id, team_id, naam, email, telefoon, functie, rollen)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        partnerIds.get(a.partner),
        teamIds.get(`${a.partner}:${a.wijk}`) ?? null,
        a.naam,
        `${a.gebruikersnaam}@${a.partner}.demo.nl`,
        PREVENTIE_PARTNERS.find((p) => p.code === a.partner)?.telefoon ?? null,
        a.functie,
        a.rollen,
      ],
    );
    const totp = opts.totpSleutel
      ? versleutel(opts.totpSleutel, demoTotpGeheim(opts.password, a.gebruikersnaam))
      : null;
    await tx.query(
      `INSERT INTO gebruikers (partner_medewerker_id, gebruikersnaam, wachtwoord_hash, totp_geheim, totp_actief)
       VALUES ($1, $2, $3, $4, $5)`,
      [rows[0]!.id, a.gebruikersnaam, opts.hash, totp, totp !== null],
    );
  }
}
