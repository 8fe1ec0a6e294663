import { audit, writeAudit } from '../../platform/audit/audit.ts';
import { wijzigingsToelichting } from '../../platform/audit/wijziging.ts';
import { verifyPassword } from '../../platform/auth/passwords.ts';
import type {
  Actor,
  Herkomst,
  MedewerkerPrincipal,
  PartnerPrincipal,
} from '../../platform/auth/principal.ts';
import { gebruikerIdVan, toegangscontext } from '../../platform/auth/principal.ts';
import { destroySession, type SessionSettings } from '../../platform/auth/sessions.ts';
import { recordAttempt, throttleDelay } from '../../platform/auth/throttle.ts';
import type { Database } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { ACTIVATIE_UREN, activatiecodeHash, nieuweActivatiecode } from './activatie/code.ts';
import { type Inlogstap, startInlogstap } from './mfa/inlogstap.ts';
import { tweedeFactorNodig } from './mfa/totp.ts';
import { startSession } from './sessie-starten.ts';

export { startSession };

const DOEL = 'toegangsbeheer';

interface AccountRow {
  id: string;
  wachtwoord_hash: string | null;
  gebruikersnaam: string;
  gemeente_code: string;
  organisatie_id: string;
  rollen: string[];
  totp_actief: boolean;
  soort: 'medewerker' | 'partner';
}

/**
 * Password login. The password is always checked against a hash (a dummy one when the account
 * does not exist) so that timing does not reveal which usernames exist; failures are counted
 * per account and per address and the account is throttled after a few.
 */
export async function login(
  db: Database,
  settings: SessionSettings,
  input: { gebruikersnaam: string; wachtwoord: string },
  herkomst: Herkomst,
  /** The key for TOTP secrets when a second factor is required (config MFA=verplicht), else null. */
  mfaSleutel: Buffer | null = null,
): Promise<{ token: string; principal: MedewerkerPrincipal | PartnerPrincipal } | { stap: Inlogstap }> {
  const naam = input.gebruikersnaam.trim().toLowerCase();
  const { delay, account } = await db.systemTransaction(async (tx) => {
    const delay = await throttleDelay(tx, naam, herkomst.ip);
    const { rows } = await tx.query<AccountRow>(
      `SELECT g.id, g.wachtwoord_hash, g.gebruikersnaam, m.gemeente_code, m.organisatie_id, m.rollen, g.totp_actief,
              'medewerker' AS soort
       FROM gebruikers g JOIN medewerkers m ON m.id = g.medewerker_id
       WHERE g.gebruikersnaam = $1 AND g.actief AND m.actief
       UNION ALL
       -- A partner's medewerker (issue 16): same password, throttling and second factor rules.
       SELECT g.id, g.wachtwoord_hash, g.gebruikersnaam, p.gemeente_code, p.id, pm.rollen, g.totp_actief, 'partner'
       FROM gebruikers g JOIN partner_medewerkers pm ON pm.id = g.partner_medewerker_id
       JOIN partners p ON p.id = pm.partner_id
       WHERE g.gebruikersnaam = $1 AND g.actief AND pm.actief AND p.actief`,
      [naam],
    );
    return { delay, account: rows[0] ?? null };
  });
  const subject = {
    gebruikerId: account?.id ?? null,
    gebruikersnaam: account?.gebruikersnaam ?? null,
    rol: null,
    organisatieId: account?.organisatie_id ?? null,
    gemeenteCode: account?.gemeente_code ?? null,
    // The audit row names the kind of actor (ADR 0018): a partner's login is not a medewerker's.
    soort: account?.soort ?? null,
    herkomst,
  };
  if (delay > 0) {
    await db.systemTransaction((tx) =>
      writeAudit(tx, subject, [
        {
          actie: 'login',
          objectType: 'gebruiker',
          objectId: account?.id,
          doel: DOEL,
          resultaat: 'geweigerd',
          toelichting: 'te veel pogingen',
        },
      ]),
    );
    throw errors.throttled(delay);
  }
  const ok = await verifyPassword(account?.wachtwoord_hash ?? null, input.wachtwoord);
  await db.systemTransaction(async (tx) => {
    await recordAttempt(tx, naam, herkomst.ip, ok && account !== null);
    await writeAudit(tx, subject, [
      {
        actie: 'login',
        objectType: 'gebruiker',
        objectId: account?.id,
        doel: DOEL,
        resultaat: ok ? 'toegestaan' : 'mislukt',
      },
    ]);
  });
  if (!ok || !account) throw errors.badCredentials();
  // BIO 5.17: the password alone does not open personal data; the session starts after the code.
  if (mfaSleutel && tweedeFactorNodig(account.rollen)) {
    return { stap: await startInlogstap(db, mfaSleutel, account, herkomst) };
  }
  return startSession(db, settings, account.id, herkomst.ip, 'wachtwoord');
}

export async function logout(db: Database, actor: Actor): Promise<void> {
  await destroySession(db, actor.principal.sessieId);
  await db.transaction(toegangscontext(actor.principal), (tx) =>
    audit(tx, actor, {
      actie: 'logout',
      objectType: 'gebruiker',
      objectId: gebruikerIdVan(actor.principal),
      doel: DOEL,
    }),
  );
}

export interface GebruikerRow {
  id: string;
  medewerker_id: string;
  gebruikersnaam: string;
  oidc_subject: string | null;
  actief: boolean;
  laatst_ingelogd_op: Date | null;
  versie: number;
}

const GEBRUIKER_COLUMNS =
  'id, medewerker_id, gebruikersnaam, oidc_subject, actief, laatst_ingelogd_op, versie';

export function toGebruiker(r: GebruikerRow) {
  return {
    id: r.id,
    medewerkerId: r.medewerker_id,
    gebruikersnaam: r.gebruikersnaam,
    oidcSubject: r.oidc_subject,
    actief: r.actief,
    laatstIngelogdOp: r.laatst_ingelogd_op,
    versie: r.versie,
  };
}

/**
 * Creates an account for a medewerker the caller can see (row-level security decides). A local
 * account gets a one-time activation code, shown once, with which the user chooses their own
 * password (the beheerder never knows it); an OIDC account logs in through its provider.
 */
export async function createGebruiker(
  db: Database,
  actor: Actor,
  input: { medewerkerId: string; gebruikersnaam: string; oidcSubject?: string },
) {
  const code = input.oidcSubject ? null : nieuweActivatiecode();
  return db.transaction(toegangscontext(actor.principal), async (tx) => {
    const m = await tx.query<{ gemeente_code: string }>(
      'SELECT gemeente_code FROM medewerkers WHERE id = $1',
      [input.medewerkerId],
    );
    if (!m.rows[0]) throw errors.field('medewerkerId', 'bestaat-niet', 'Deze medewerker bestaat niet.');
    const { rows } = await tx.query<GebruikerRow & { activatie_verloopt_op: Date | null }>(
      `INSERT INTO gebruikers (medewerker_id, gebruikersnaam, oidc_subject, activatiecode_hash, activatie_verloopt_op)
       VALUES ($1, $2, $3, $4, CASE WHEN $4::text IS NULL THEN NULL ELSE now() + make_interval(hours => $5) END)
       RETURNING ${GEBRUIKER_COLUMNS}, activatie_verloopt_op`,
      [
        input.medewerkerId,
        input.gebruikersnaam,
        input.oidcSubject ?? null,
        code ? activatiecodeHash(code) : null,
        ACTIVATIE_UREN,
      ],
    );
    const row = rows[0]!;
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'gebruiker',
      objectId: row.id,
      doel: DOEL,
      gemeenteCode: m.rows[0].gemeente_code,
      toelichting: wijzigingsToelichting(
        null,
        { medewerkerId: input.medewerkerId, inloggen: code ? 'activatiecode' : 'oidc' },
        ['medewerkerId', 'inloggen'],
      ),
    });
    return { ...toGebruiker(row), activatiecode: code, activatieVerlooptOp: row.activatie_verloopt_op };
  });
}

export async function listGebruikers(db: Database, actor: Actor) {
  return db.transaction(toegangscontext(actor.principal), async (tx) => {
    const { rows } = await tx.query<GebruikerRow>(
      `SELECT ${GEBRUIKER_COLUMNS} FROM gebruikers ORDER BY gebruikersnaam LIMIT 1000`,
    );
    await audit(tx, actor, { actie: 'search', objectType: 'gebruiker', doel: DOEL });
    return rows.map(toGebruiker);
  });
}
