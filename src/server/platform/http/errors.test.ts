import { describe, expect, it } from 'vitest';
import { fromDatabaseError } from './errors.ts';

describe('databasefouten naar problem details', () => {
  it.each([
    [{ code: '23505', constraint: 'wijken_gemeente_code_code_key' }, 409, 'bestaat-al', 'gemeenteCodeCode'],
    [{ code: '23503', constraint: 'medewerkers_team_id_fkey' }, 400, 'ongeldige-invoer', 'teamId'],
    [{ code: '23514', constraint: 'medewerkers_fte_check' }, 400, 'ongeldige-invoer', 'fte'],
  ])('%o', (err, status, code, field) => {
    const e = fromDatabaseError(err)!;
    expect(e.status).toBe(status);
    expect(e.code).toBe(code);
    expect(e.invalidParams?.[0]?.name).toBe(field);
  });

  it('weigering door row-level security is 403', () => {
    expect(fromDatabaseError({ code: '42501' })?.status).toBe(403);
  });

  it('andere fouten worden niet vertaald', () => {
    expect(fromDatabaseError(new Error('x'))).toBeNull();
  });
});
