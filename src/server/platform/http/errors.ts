/**
 * Typed application errors with stable codes. Services throw these; one error handler maps them
 * to RFC 9457 problem+json (see problem.ts). Codes are part of the API contract.
 */
export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly headers?: Record<string, string>,
    /** Extra members of the problem (RFC 9457 extension members), e.g. `persoonId` of doorbraak-nodig. */
    readonly extra?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export const errors = {
  invalid(invalidParams: InvalidParam[], detail = 'Een of meer velden zijn ongeldig.'): AppError {
    return new AppError(400, 'ongeldige-invoer', 'Ongeldige invoer', detail, invalidParams);
  },
  field(name: string, code: string, reason: string): AppError {
    return new AppError(400, 'ongeldige-invoer', 'Ongeldige invoer', reason, [{ name, code, reason }]);
  },
  unauthenticated(detail = 'U bent niet ingelogd of uw sessie is verlopen.'): AppError {
    return new AppError(401, 'niet-ingelogd', 'Niet ingelogd', detail);
  },
  badCredentials(): AppError {
    return new AppError(
      401,
      'onjuiste-inloggegevens',
      'Onjuiste inloggegevens',
      'Gebruikersnaam of wachtwoord is onjuist.',
    );
  },
  forbidden(detail = 'U heeft geen toegang tot deze functie.'): AppError {
    return new AppError(403, 'geen-toegang', 'Geen toegang', detail);
  },
  csrf(): AppError {
    return new AppError(
      403,
      'csrf-token-ongeldig',
      'Verzoek geweigerd',
      'Het CSRF-token ontbreekt of is ongeldig.',
    );
  },
  notFound(what: string): AppError {
    return new AppError(
      404,
      'niet-gevonden',
      'Niet gevonden',
      `${what} bestaat niet of u heeft er geen toegang toe.`,
    );
  },
  versionConflict(what: string): AppError {
    return new AppError(
      409,
      'versieconflict',
      'Gelijktijdige wijziging',
      `${what} is intussen door iemand anders gewijzigd. Laad de nieuwste versie en voer uw wijziging opnieuw in.`,
    );
  },
  conflict(code: string, detail: string, invalidParams?: InvalidParam[]): AppError {
    return new AppError(409, code, 'Conflict', detail, invalidParams);
  },
  throttled(retryAfterSeconds: number): AppError {
    return new AppError(
      429,
      'te-veel-pogingen',
      'Te veel pogingen',
      `Te veel mislukte inlogpogingen. Probeer het over ${Math.ceil(retryAfterSeconds / 60)} minuten opnieuw.`,
      undefined,
      { 'retry-after': String(retryAfterSeconds) },
    );
  },
  /**
   * A read of case data without a relationship with the household (issue 18, ADR 0030): the caller
   * may open it with a doorbraak (`POST /doorbraken` with this `persoonId`), audited and reviewed.
   */
  doorbraakNodig(persoonId: string): AppError {
    return new AppError(
      403,
      'doorbraak-nodig',
      'Doorbraak nodig',
      'U heeft geen relatie met dit huishouden. Openen kan alleen met een doorbraak: geef de reden op; de privacy officer beoordeelt hem.',
      undefined,
      undefined,
      { persoonId },
    );
  },
  unavailable(detail: string): AppError {
    return new AppError(503, 'niet-beschikbaar', 'Dienst niet beschikbaar', detail);
  },
};

/** Maps a PostgreSQL constraint violation to a field error where we know the field. */
export function fromDatabaseError(err: unknown): AppError | null {
  const e = err as { code?: string; constraint?: string; detail?: string };
  if (e?.code === '23505') {
    return errors.conflict('bestaat-al', 'Er bestaat al een record met deze gegevens.', [
      { name: constraintField(e.constraint), code: 'uniek', reason: 'Deze waarde is al in gebruik.' },
    ]);
  }
  if (e?.code === '23503') {
    return errors.field(constraintField(e.constraint), 'bestaat-niet', 'Het verwezen record bestaat niet.');
  }
  if (e?.code === '42501') {
    // Row-level security refused the row: it belongs to a gemeente outside the user's.
    return errors.forbidden('Dit gegeven hoort bij een gemeente waarvoor u niet bevoegd bent.');
  }
  if (e?.code === '23514') {
    return errors.field(constraintField(e.constraint), 'ongeldig', 'De waarde voldoet niet aan de regels.');
  }
  return null;
}

function constraintField(constraint: string | undefined): string {
  if (!constraint) return 'body';
  // <table>_<column>_<suffix> is PostgreSQL's default constraint naming.
  const m = /^[a-z]+_(.+?)_(key|fkey|check)$/.exec(constraint);
  return m?.[1]?.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) ?? 'body';
}
