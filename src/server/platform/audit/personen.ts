import { sqlLiteral } from '../db/types.ts';

/**
 * "Wie heeft deze persoon gezien?" (NEN 7513; issue 14, finding 3): every audit row names the
 * persons whose data the request showed, in `audit_log.personen`. A search, list or export passes
 * the ids of its result (`AuditEntry.personen`); a read or change of one object (a melding, a
 * beschikking, a huishouden …) names the object, and the persons it concerns are looked up in the
 * same INSERT through the sources that modules/privacy registers here (the platform knows no
 * domain tables).
 */

/** objectType → a query over `$id` (the object id, a uuid) returning the persons it concerns. */
const bronnen = new Map<string, string>();

export function registreerPersoonBronnen(b: Readonly<Record<string, string>>): void {
  for (const [objectType, sql] of Object.entries(b)) bronnen.set(objectType, sql);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Unique, valid ids in first-seen order. */
export function uniekePersonen(ids: Iterable<string | null | undefined>): string[] {
  const uit = new Set<string>();
  for (const id of ids) if (id && UUID.test(id)) uit.add(id.toLowerCase());
  return [...uit];
}

/**
 * The SQL expression for the personen column of one audit row: the ids given, else the persons of
 * the object (NULL when none are found or the object type names no person).
 */
export function personenExpressie(
  personen: ReadonlyArray<string | null | undefined> | null | undefined,
  objectType: string,
  objectId: string | null | undefined,
): string {
  if (personen) return `${sqlLiteral(`{${uniekePersonen(personen).join(',')}}`)}::uuid[]`;
  if (!objectId || !UUID.test(objectId)) return 'NULL';
  if (objectType === 'persoon') return `ARRAY[${sqlLiteral(objectId)}]::uuid[]`;
  const bron = bronnen.get(objectType);
  if (!bron) return 'NULL';
  return `NULLIF(ARRAY(${bron.replaceAll('$id', `${sqlLiteral(objectId)}::uuid`)}), '{}')`;
}
