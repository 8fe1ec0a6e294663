import type { Actor } from '../../../platform/auth/principal.ts';
import type { BrpConfig } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/types.ts';
import { naarZoekresultaat } from '../mapping.ts';
import { vraagBrp } from '../stappen.ts';
import { VELDEN } from '../velden.ts';

/** Search the BRP by postcode and huisnummer, optionally narrowed by birth date (BRP 2.x). */
export function zoekBrpPersonen(
  db: Database,
  actor: Actor,
  config: BrpConfig | null,
  q: { postcode: string; huisnummer: number; geboortedatum?: string | undefined },
) {
  const vraag = {
    type: 'ZoekMetPostcodeEnHuisnummer' as const,
    postcode: q.postcode,
    huisnummer: q.huisnummer,
    ...(q.geboortedatum ? { geboortedatum: q.geboortedatum } : {}),
    fields: [...VELDEN.zoeken],
  };
  return vraagBrp(db, actor, config, vraag, 'intake', { ...q }, async (personen, _tx, eigen) => ({
    items: personen.map((p) => {
      const z = naarZoekresultaat(p);
      return { ...z, bekendePersoonId: eigen.find((e) => e.bsn === z.bsn)?.id ?? null };
    }),
  }));
}
