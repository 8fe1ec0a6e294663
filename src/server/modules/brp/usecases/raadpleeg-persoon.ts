import type { Actor } from '../../../platform/auth/principal.ts';
import type { BrpConfig } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { naarHuishouden, naarPersoon } from '../mapping.ts';
import { brpRepo } from '../repo-brp.ts';
import { vraagBrp } from '../stappen.ts';
import { VELDEN } from '../velden.ts';

/**
 * One person from the BRP by BSN, mapped to our fields, with the wijk from the gemeente's
 * postcode table. The household's relations are asked only when a household is being built.
 */
export function raadpleegBrpPersoon(
  db: Database,
  actor: Actor,
  config: BrpConfig | null,
  bsn: string,
  metHuishouden: boolean,
) {
  const fields = metHuishouden ? [...VELDEN.persoon, ...VELDEN.huishouden] : [...VELDEN.persoon];
  return vraagBrp(
    db,
    actor,
    config,
    { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields },
    metHuishouden ? 'huishouden' : 'intake',
    null,
    async (personen, tx, eigen) => {
      const gevonden = personen[0];
      if (!gevonden) throw errors.notFound('Een persoon met dit BSN in de BRP');
      const p = naarPersoon(gevonden);
      const gemeente = actor.principal.gemeenteCode;
      const wijk = p.adres ? await brpRepo.wijkVanPostcode(tx, gemeente, p.adres.postcode) : null;
      const wijkToelichting = wijk
        ? null
        : p.adres
          ? 'De postcode valt niet in de wijkindeling van de gemeente; kies de wijk zelf.'
          : 'De BRP geeft geen Nederlands adres; er is geen wijk te bepalen.';
      return {
        bron: 'brp' as const,
        ...p,
        wijk,
        wijkToelichting,
        bekendePersoonId: eigen.find((e) => e.bsn === p.bsn)?.id ?? null,
        huishouden: metHuishouden ? naarHuishouden(gevonden) : null,
      };
    },
  );
}
