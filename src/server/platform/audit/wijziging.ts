/**
 * Before/after values for the audit row of a change to roles, teams or accounts (issue 14).
 * Only the named fields, and only those that changed, go in: callers name ids, role names and
 * flags, never names, e-mail addresses or other personal data. The result is compact JSON in
 * the row's `toelichting`, which the hash chain already covers (ADR 0021).
 */
export function wijzigingsToelichting(
  voor: Record<string, unknown> | null,
  na: Record<string, unknown> | null,
  velden: readonly string[],
  extra: Record<string, unknown> = {},
): string {
  const v: Record<string, unknown> = {};
  const n: Record<string, unknown> = {};
  for (const veld of velden) {
    const a = voor?.[veld];
    const b = na?.[veld];
    if (voor && na && JSON.stringify(a) === JSON.stringify(b)) continue;
    if (voor && a !== undefined) v[veld] = a;
    if (na && b !== undefined) n[veld] = b;
  }
  return JSON.stringify({ ...(voor ? { voor: v } : {}), ...(na ? { na: n } : {}), ...extra });
}
