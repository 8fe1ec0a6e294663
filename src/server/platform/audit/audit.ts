import type { Actor, PrincipalSoort } from '../auth/principal.ts';
import { type Sql, sqlLiteral } from '../db/types.ts';
import { personenExpressie } from './personen.ts';

export type AuditActie =
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'search'
  | 'export'
  | 'print'
  | 'login'
  | 'logout';
export type AuditResultaat = 'toegestaan' | 'geweigerd' | 'mislukt';

/**
 * One access to personal data (NEN 7513): who (actor), on behalf of which gemeente, what
 * (actie + object), result, from where (herkomst), and why (doel: the processing activity).
 * No personal data goes in here beyond references: object ids, never names or BSNs.
 */
export interface AuditEntry {
  actie: AuditActie;
  objectType: string;
  objectId?: string | null;
  /** The processing activity from the verwerkingsregister, e.g. 'organisatiebeheer'. */
  doel: string;
  resultaat?: AuditResultaat;
  gemeenteCode?: string | null;
  toelichting?: string | null;
  /**
   * The persons whose data the request showed: the result of a search, list page or export. Without
   * it, the persons are derived from objectType + objectId (personen.ts).
   */
  personen?: ReadonlyArray<string | null | undefined> | null;
}

export interface AuditSubject {
  gebruikerId: string | null;
  gebruikersnaam: string | null;
  rol: string | null;
  organisatieId: string | null;
  gemeenteCode: string | null;
  /**
   * The kind of actor (ADR 0018). Absent: a medewerker when there is an account (every account
   * today is a medewerker's), otherwise no actor at all (e.g. a login with an unknown name).
   */
  soort?: PrincipalSoort | null;
  /** Names an actor without an account: an inwoner's pseudonym from the broker, never a BSN. */
  ref?: string | null;
  herkomst: { ip: string; sessie: string | null; verzoekId: string };
}

export function subjectOf(actor: Actor): AuditSubject {
  const p = actor.principal;
  switch (p.soort) {
    case 'medewerker':
    case 'partner':
      return {
        soort: p.soort,
        gebruikerId: p.gebruikerId,
        gebruikersnaam: p.gebruikersnaam,
        rol: p.rollen.join(','),
        organisatieId: p.organisatieId,
        gemeenteCode: p.gemeenteCode,
        herkomst: actor.herkomst,
      };
    case 'inwoner':
      return {
        soort: 'inwoner',
        gebruikerId: null,
        gebruikersnaam: null,
        // Acting for someone else shows as the ground for it; the represented person is the object.
        rol: p.namens ? p.namens.grondslag : 'inwoner',
        organisatieId: null,
        gemeenteCode: p.gemeenteCode,
        ref: p.pseudoniem,
        herkomst: actor.herkomst,
      };
  }
}

/** Process-wide switch for the benchmark's "audit off" comparison (issue 9); always on otherwise. */
export const auditSettings = { enabled: true };

const KOLOMMEN =
  'gemeente_code, gebruiker_id, gebruikersnaam, rol, organisatie_id, actie, object_type, object_id, resultaat, doel, herkomst_ip, sessie, verzoek_id, toelichting, actor_soort, actor_ref, personen';

/**
 * Writes audit rows as part of the caller's transaction, so the record and the change commit or
 * fail together. The insert travels with the transaction's COMMIT (`Sql.defer`): one round trip less
 * on every request that touches personal data. Several entries go in one statement.
 */
export async function writeAudit(tx: Sql, subject: AuditSubject, entries: AuditEntry[]): Promise<void> {
  if (!auditSettings.enabled || entries.length === 0) return;
  const soort = subject.soort ?? (subject.gebruikerId ? 'medewerker' : null);
  const rijen = entries.map((e) => {
    const waarden = [
      e.gemeenteCode ?? subject.gemeenteCode,
      subject.gebruikerId,
      subject.gebruikersnaam,
      subject.rol,
      subject.organisatieId,
      e.actie,
      e.objectType,
      e.objectId ?? null,
      e.resultaat ?? 'toegestaan',
      e.doel,
      subject.herkomst.ip,
      subject.herkomst.sessie,
      subject.herkomst.verzoekId,
      e.toelichting ?? null,
      soort,
      subject.ref ?? null,
    ];
    return `(${waarden.map(sqlLiteral).join(', ')}, ${personenExpressie(e.personen, e.objectType, e.objectId)})`;
  });
  await tx.defer(`INSERT INTO audit_log (${KOLOMMEN}) VALUES ${rijen.join(', ')}`);
}

export function audit(tx: Sql, actor: Actor, ...entries: AuditEntry[]): Promise<void> {
  return writeAudit(tx, subjectOf(actor), entries);
}

const alGeaudit = new WeakSet<object>();

/**
 * Marks an error whose failure the use case has audited itself (e.g. a refused import), so that
 * the error handler does not add a second `mislukt` row for the same request.
 */
export function markeerGeaudit<T>(err: T): T {
  if (typeof err === 'object' && err !== null) alGeaudit.add(err);
  return err;
}

export function isGeaudit(err: unknown): boolean {
  return typeof err === 'object' && err !== null && alGeaudit.has(err);
}
