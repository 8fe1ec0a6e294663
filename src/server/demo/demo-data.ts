import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { demoTotpGeheim } from '../modules/accounts/mfa/totp.ts';
import { writeAudit } from '../platform/audit/audit.ts';
import { wijzigingsToelichting } from '../platform/audit/wijziging.ts';
import { versleutel } from '../platform/auth/geheimen.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Database, Sql } from '../platform/db/types.ts';
import {
  AANBIEDERS,
  DEMO_ACCOUNTS,
  DEVENTER_LOCATIES,
  DEVENTER_POSTCODES,
  DEVENTER_WIJKEN,
  GEMEENTEN,
  PARTNERS,
  PRODUCTEN,
  TEAMS,
  toegangCollegas,
} from './organisatie-demo.ts';
import { loadDemoPreventie, PARTNER_ACCOUNTS } from './preventie-demo.ts';
import { loadDemoRegio } from './regio-demo.ts';
import { loadDemoWijk } from './wijk-demo.ts';

export interface DemoLogin {
  gebruikersnaam: string;
  rollen: string[];
  naam: string;
}

export async function hasData(db: Database): Promise<boolean> {
  const { rows } = await db.systemTransaction((tx) => tx.query('SELECT 1 FROM gemeenten LIMIT 1'));
  return rows.length > 0;
}

/**
 * The demo password: OPEN_TOEGANG_DEMO_PASSWORD when set, otherwise generated once and kept in
 * the data folder (mode 0600) so that it can be printed at every start of this demo.
 */
export function demoPassword(dataDir: string, fromEnv: string | null): string {
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, 'demo-wachtwoord.txt');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const generated = randomBytes(12).toString('base64url');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
}

async function insertReturningId(tx: Sql, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(sql, params);
  return rows[0]!.id;
}

/**
 * Loads the demo organisation and one account per role, in one transaction. With `totpSleutel`
 * (MFA on) the accounts are enrolled for the second factor with a secret derived from the demo
 * password, so `npm run cli -- demo-totp <gebruikersnaam>` gives the code (ADR 0021).
 */
export async function loadDemoOrganisation(
  db: Database,
  password: string,
  totpSleutel?: Buffer,
): Promise<DemoLogin[]> {
  const hash = await hashPassword(password);
  return db.systemTransaction(async (tx) => {
    for (const g of GEMEENTEN) {
      await tx.query(
        `INSERT INTO gemeenten (code, naam, postadres, postcode, plaats, telefoon, website) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (code) DO NOTHING`,
        [g.code, g.naam, g.postadres, g.postcode, g.plaats, g.telefoon, g.website],
      );
    }
    const wijkIds = new Map<string, string>();
    for (const [code, naam] of DEVENTER_WIJKEN) {
      wijkIds.set(
        code,
        await insertReturningId(
          tx,
          "INSERT INTO wijken (gemeente_code, code, naam) VALUES ('0150', $1, $2) RETURNING id",
          [code, naam],
        ),
      );
    }
    for (const [van, tot, wijk] of DEVENTER_POSTCODES) {
      await tx.query(
        "INSERT INTO postcodegebieden (gemeente_code, postcode_van, postcode_tot, wijk_id) VALUES ('0150', $1, $2, $3)",
        [van, tot, wijkIds.get(wijk)],
      );
    }
    for (const l of DEVENTER_LOCATIES) {
      await tx.query(
        "INSERT INTO locaties (gemeente_code, naam, soort, plaats, wijk_id) VALUES ('0150', $1, $2, 'Deventer', $3)",
        [l.naam, l.soort, l.wijk ? wijkIds.get(l.wijk) : null],
      );
    }
    const organisaties = new Map<string, string>();
    for (const g of GEMEENTEN) {
      const naam = `Gemeente ${g.naam}`;
      organisaties.set(
        naam,
        await insertReturningId(
          tx,
          "INSERT INTO organisaties (gemeente_code, naam, soort) VALUES ($1, $2, 'gemeente') RETURNING id",
          [g.code, naam],
        ),
      );
    }
    for (const naam of PARTNERS) {
      organisaties.set(
        naam,
        await insertReturningId(
          tx,
          "INSERT INTO organisaties (gemeente_code, naam, soort) VALUES ('0150', $1, 'partner') RETURNING id",
          [naam],
        ),
      );
    }
    for (const a of AANBIEDERS) {
      organisaties.set(
        a.naam,
        await insertReturningId(
          tx,
          "INSERT INTO organisaties (gemeente_code, naam, soort, agb_code) VALUES ('0150', $1, 'aanbieder', $2) RETURNING id",
          [a.naam, a.agb],
        ),
      );
    }
    for (const p of PRODUCTEN) {
      const productId = await insertReturningId(
        tx,
        `INSERT INTO producten (gemeente_code, productcategorie, productcode, naam, eenheid, frequentie, tarief, pgb_tarief)
         VALUES ('0150', $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [p.categorie, p.code, p.naam, p.eenheid, p.frequentie, p.tarief, p.pgbTarief],
      );
      for (const a of p.aanbieders) {
        await tx.query(
          "INSERT INTO product_contracten (gemeente_code, product_id, aanbieder_id) VALUES ('0150', $1, $2)",
          [productId, organisaties.get(a)],
        );
      }
    }
    const teams = new Map<string, { id: string; gemeente: string; organisatie: string }>();
    for (const t of TEAMS) {
      const organisatie = organisaties.get(t.organisatie)!;
      const id = await insertReturningId(
        tx,
        'INSERT INTO teams (gemeente_code, organisatie_id, naam, soort) VALUES ($1, $2, $3, $4) RETURNING id',
        [t.gemeente, organisatie, t.naam, t.soort],
      );
      await tx.query('INSERT INTO team_gemeenten (team_id, gemeente_code) SELECT $1, unnest($2::text[])', [
        id,
        t.gemeenten,
      ]);
      teams.set(t.key, { id, gemeente: t.gemeente, organisatie });
    }
    const logins: DemoLogin[] = [];
    const toegekend: Array<{ medewerkerId: string; gemeente: string; rollen: string[] }> = [];
    const regioMedewerkers: string[] = [];
    for (const a of DEMO_ACCOUNTS) {
      const team = teams.get(a.team)!;
      const medewerkerId = await insertReturningId(
        tx,
        `INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, email, functie, fte, rollen)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          team.gemeente,
          team.organisatie,
          team.id,
          a.naam,
          `${a.gebruikersnaam}@demo.open-toegang.nl`,
          a.functie,
          a.fte,
          a.rollen,
        ],
      );
      const totp = totpSleutel ? versleutel(totpSleutel, demoTotpGeheim(password, a.gebruikersnaam)) : null;
      await tx.query(
        `INSERT INTO gebruikers (medewerker_id, gebruikersnaam, wachtwoord_hash, totp_geheim, totp_actief)
         VALUES ($1, $2, $3, $4, $5)`,
        [medewerkerId, a.gebruikersnaam, hash, totp, totp !== null],
      );
      logins.push({ gebruikersnaam: a.gebruikersnaam, rollen: a.rollen, naam: a.naam });
      toegekend.push({ medewerkerId, gemeente: team.gemeente, rollen: a.rollen });
      if (a.team === 'regio') regioMedewerkers.push(medewerkerId);
    }
    // The demo grants its roles directly: a system action, recorded and audited as such (ADR 0021).
    for (const r of toegekend) {
      await tx.query(
        `INSERT INTO rolwijzigingen (gemeente_code, medewerker_id, rollen_voor, rollen_na, status)
         VALUES ($1, $2, '{}', $3, 'doorgevoerd')`,
        [r.gemeente, r.medewerkerId, r.rollen],
      );
    }
    await writeAudit(
      tx,
      {
        gebruikerId: null,
        gebruikersnaam: 'demodata',
        rol: 'systeem',
        organisatieId: null,
        gemeenteCode: null,
        herkomst: { ip: 'systeem', sessie: null, verzoekId: 'demodata' },
      },
      toegekend.map((r) => ({
        actie: 'create' as const,
        objectType: 'medewerker',
        objectId: r.medewerkerId,
        doel: 'toegangsbeheer',
        gemeenteCode: r.gemeente,
        toelichting: wijzigingsToelichting(null, { rollen: r.rollen }, ['rollen'], {
          systeemactie: 'demodata',
        }),
      })),
    );
    // Preventie (issue 16): the partners with their teams per wijk and their own logins.
    await loadDemoPreventie(tx, {
      hash,
      password,
      totpSleutel,
      wijkIds,
      wijkNamen: new Map(DEVENTER_WIJKEN),
      organisaties,
    });
    const toegang = teams.get('toegang')!;
    for (const c of toegangCollegas()) {
      await tx.query(
        `INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, functie, fte, rollen)
         VALUES ($1, $2, $3, $4, 'Consulent Wmo', $5, ARRAY['toegangsmedewerker'])`,
        [toegang.gemeente, toegang.organisatie, toegang.id, c.naam, c.fte],
      );
    }
    // Regionale toegang (issue 20): BW/MO products, the mandates of the five gemeenten, staff history.
    await loadDemoRegio(tx, { regioTeamId: teams.get('regio')!.id, organisaties, regioMedewerkers });
    // Preventie in de wijk: sociale kaart, opdrachten, activiteiten and signalen (no personal data).
    await loadDemoWijk(tx, wijkIds);
    for (const a of PARTNER_ACCOUNTS)
      logins.push({ gebruikersnaam: a.gebruikersnaam, rollen: a.rollen, naam: a.naam });
    return logins;
  });
}

export function listDemoLogins(): DemoLogin[] {
  return [
    ...DEMO_ACCOUNTS.map((a) => ({ gebruikersnaam: a.gebruikersnaam, rollen: a.rollen, naam: a.naam })),
    // Partner staff (issue 16): their own accounts at MEE, Raster, De Kern and Solis.
    ...PARTNER_ACCOUNTS.map((a) => ({ gebruikersnaam: a.gebruikersnaam, rollen: a.rollen, naam: a.naam })),
  ];
}
