import { createHash, randomBytes } from 'node:crypto';
import { writeAudit } from '../../../platform/audit/audit.ts';
import { ontsleutel, versleutel } from '../../../platform/auth/geheimen.ts';
import type { Herkomst, Principal } from '../../../platform/auth/principal.ts';
import type { SessionSettings } from '../../../platform/auth/sessions.ts';
import { recordAttempt, throttleDelay } from '../../../platform/auth/throttle.ts';
import type { Database } from '../../../platform/db/types.ts';
import { AppError, errors } from '../../../platform/http/errors.ts';
import { startSession } from '../sessie-starten.ts';
import { geldigeStap, inschrijving, nieuwTotpGeheim } from './totp.ts';

/** The time to type a code after the password. */
const STAP_MINUTEN = 5;
/** Wrong codes per step; then the password is needed again (and each counts as a failed login). */
const MAX_POGINGEN = 5;

export interface Inlogstap {
  vervolgstap: 'totp' | 'totp-inschrijven';
  inlogstap: string;
  verlooptOp: Date;
  /** Only when enrolling: shown this once, never returned again. */
  inschrijving?: { geheim: string; otpauthUri: string; qrSvg: string };
}

const hash = (token: string) => createHash('sha256').update(`inlogstap:${token}`).digest('hex');

/** After a correct password, when a second factor is needed: ask a code, or enrol first. */
export async function startInlogstap(
  db: Database,
  sleutel: Buffer,
  account: { id: string; gebruikersnaam: string; totp_actief: boolean },
  herkomst: Herkomst,
): Promise<Inlogstap> {
  const token = randomBytes(32).toString('base64url');
  const nieuw = account.totp_actief ? null : nieuwTotpGeheim();
  const verlooptOp = new Date(Date.now() + STAP_MINUTEN * 60_000);
  await db.systemTransaction(async (tx) => {
    await tx.query('DELETE FROM inlogstappen WHERE gebruiker_id = $1 OR verloopt_op < now()', [account.id]);
    await tx.query(
      `INSERT INTO inlogstappen (id, gebruiker_id, soort, totp_geheim, herkomst_ip, verloopt_op)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        hash(token),
        account.id,
        nieuw ? 'totp-inschrijven' : 'totp',
        nieuw ? versleutel(sleutel, nieuw) : null,
        herkomst.ip,
        verlooptOp,
      ],
    );
  });
  return {
    vervolgstap: nieuw ? 'totp-inschrijven' : 'totp',
    inlogstap: token,
    verlooptOp,
    ...(nieuw ? { inschrijving: await inschrijving(nieuw, account.gebruikersnaam) } : {}),
  };
}

function codeOnjuist(): AppError {
  return new AppError(
    401,
    'code-onjuist',
    'Code onjuist',
    'De code klopt niet of is al gebruikt. Wacht op de volgende code en probeer het opnieuw.',
    [{ name: 'code', code: 'onjuist', reason: 'Deze code klopt niet of is al gebruikt.' }],
  );
}

function stapVerlopen(): AppError {
  return new AppError(
    401,
    'inlogstap-verlopen',
    'Opnieuw inloggen',
    'Deze inlogpoging is verlopen. Log opnieuw in met uw wachtwoord.',
  );
}

interface StapRow {
  gebruiker_id: string;
  gebruikersnaam: string;
  soort: 'totp' | 'totp-inschrijven';
  stap_geheim: string | null;
  account_geheim: string | null;
  totp_laatste_stap: string | null;
  pogingen: number;
  gemeente_code: string;
  organisatie_id: string;
  /** A partner's medewerker or the gemeente's (the audit row names the kind, ADR 0018). */
  actor_soort: 'medewerker' | 'partner';
}

/** The code from the authenticator app: enrols the secret when new, and starts the session. */
export async function voltooiInlogstap(
  db: Database,
  settings: SessionSettings,
  sleutel: Buffer,
  input: { inlogstap: string; code: string },
  herkomst: Herkomst,
): Promise<{ token: string; principal: Principal }> {
  const id = hash(input.inlogstap);
  const uitkomst = await db.systemTransaction(async (tx) => {
    const { rows } = await tx.query<StapRow>(
      `SELECT s.gebruiker_id, g.gebruikersnaam, s.soort, s.totp_geheim AS stap_geheim, g.totp_geheim AS account_geheim,
              g.totp_laatste_stap, s.pogingen, m.gemeente_code, m.organisatie_id, m.actor_soort
       FROM inlogstappen s JOIN gebruikers g ON g.id = s.gebruiker_id
       LEFT JOIN medewerkers m0 ON m0.id = g.medewerker_id
       -- A partner's medewerker (issue 16) names the partner as organisation and home gemeente.
       LEFT JOIN partner_medewerkers pm ON pm.id = g.partner_medewerker_id
       LEFT JOIN partners p ON p.id = pm.partner_id,
       LATERAL (SELECT coalesce(m0.gemeente_code, p.gemeente_code) AS gemeente_code,
                       coalesce(m0.organisatie_id, p.id) AS organisatie_id,
                       coalesce(m0.actief, pm.actief AND p.actief) AS actief,
                       CASE WHEN pm.id IS NULL THEN 'medewerker' ELSE 'partner' END AS actor_soort) m
       WHERE s.id = $1 AND s.verloopt_op > now() AND g.actief AND m.actief FOR UPDATE OF s`,
      [id],
    );
    const s = rows[0];
    if (!s) return { fout: stapVerlopen() };
    const delay = await throttleDelay(tx, s.gebruikersnaam, herkomst.ip);
    if (delay > 0) return { fout: errors.throttled(delay) };
    const versleuteld = s.soort === 'totp-inschrijven' ? s.stap_geheim : s.account_geheim;
    const stap = versleuteld ? geldigeStap(ontsleutel(sleutel, versleuteld), input.code) : null;
    const ok = stap !== null && (s.totp_laatste_stap === null || stap > Number(s.totp_laatste_stap));
    await recordAttempt(tx, s.gebruikersnaam, herkomst.ip, ok);
    await writeAudit(
      tx,
      {
        gebruikerId: s.gebruiker_id,
        gebruikersnaam: s.gebruikersnaam,
        rol: null,
        organisatieId: s.organisatie_id,
        gemeenteCode: s.gemeente_code,
        soort: s.actor_soort,
        herkomst,
      },
      [
        {
          actie: 'login',
          objectType: 'gebruiker',
          objectId: s.gebruiker_id,
          doel: 'toegangsbeheer',
          resultaat: ok ? 'toegestaan' : 'mislukt',
          toelichting: s.soort === 'totp-inschrijven' ? 'tweede factor: inschrijving' : 'tweede factor',
        },
      ],
    );
    if (!ok) {
      if (s.pogingen + 1 >= MAX_POGINGEN) await tx.query('DELETE FROM inlogstappen WHERE id = $1', [id]);
      else await tx.query('UPDATE inlogstappen SET pogingen = pogingen + 1 WHERE id = $1', [id]);
      return { fout: codeOnjuist() };
    }
    await tx.query(
      `UPDATE gebruikers SET totp_laatste_stap = $2, totp_actief = true,
         totp_geheim = coalesce($3, totp_geheim) WHERE id = $1`,
      [s.gebruiker_id, stap, s.soort === 'totp-inschrijven' ? s.stap_geheim : null],
    );
    await tx.query('DELETE FROM inlogstappen WHERE id = $1', [id]);
    return { gebruikerId: s.gebruiker_id };
  });
  if ('fout' in uitkomst) throw uitkomst.fout;
  return startSession(db, settings, uitkomst.gebruikerId, herkomst.ip, 'wachtwoord');
}
