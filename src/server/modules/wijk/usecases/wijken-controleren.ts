import type { Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { wijkRepo } from '../repo-wijk.ts';

/** Every wijk code must be a wijk of the gemeente: a field error names the first unknown one. */
export async function controleerWijken(tx: Sql, gemeente: string, codes: readonly string[]): Promise<void> {
  for (const [i, code] of codes.entries()) {
    if (!(await wijkRepo.wijk(tx, gemeente, code)))
      throw errors.field(
        `wijken.${i}`,
        'onbekende-wijk',
        `Wijk ${code} bestaat niet in gemeente ${gemeente}.`,
      );
  }
}
