import { isGeldigBsn } from '../../../domain/bsn/bsn.ts';
import type { OidcConfig } from '../../platform/config.ts';
import type { Database } from '../../platform/db/types.ts';
import { API_PREFIX } from '../../platform/http/openapi.ts';
import { accounts, type OidcClient, type OidcIdentity } from '../accounts/index.ts';
import { ACR_MINIMAAL, niveauVan } from './betrouwbaarheid.ts';

/** Register `${publicUrl}${DIGID_CALLBACK_PATH}` at the broker. */
export const DIGID_CALLBACK_PATH = `${API_PREFIX}/inwoner/sessies/oidc/callback`;

/**
 * The DigiD broker as an OpenID Connect provider (NL GOV Assurance profile): scope `openid`,
 * the BSN as claim `bsn`, the minimum level asked with `acr_values`.
 */
export function maakDigidClient(config: OidcConfig, publicUrl: string): Promise<OidcClient> {
  return accounts.api.createOidcClient(config, publicUrl, {
    callbackPath: DIGID_CALLBACK_PATH,
    scope: 'openid',
    acrValues: ACR_MINIMAAL,
    claimNodig: 'bsn',
  });
}

/** Who logged in, as the broker says: the acting person and, with machtigen, the represented one. */
export interface DigidIdentiteit {
  /** The broker's pseudonymous subject of the acting person: names them in audit rows. */
  pseudoniem: string;
  /** BSN of the acting person (who logged in). */
  bsn: string;
  acr: string;
  niveau: number;
  /** With DigiD Machtigen: the BSN of whom they act for. */
  namensBsn: string | null;
}

function bsnUit(v: unknown): string | null {
  return typeof v === 'string' && /^\d{9}$/.test(v) && isGeldigBsn(v) ? v : null;
}

/**
 * Reads the claims. Representation follows the NL GOV profile (RFC 8693 `act`): the top-level
 * `bsn` is the represented person (whose affairs), `act.bsn` the acting person (who logged in).
 * Null when the broker gave no valid BSN: the pseudonym alone cannot find a person's case.
 */
export function identiteitUitClaims(identity: OidcIdentity): DigidIdentiteit | null {
  const c = identity.claims;
  const act = c.act && typeof c.act === 'object' ? (c.act as Record<string, unknown>) : null;
  const hoofd = bsnUit(c.bsn);
  if (!hoofd) return null;
  const acr = typeof c.acr === 'string' ? c.acr : '';
  if (act) {
    const handelend = bsnUit(act.bsn);
    if (!handelend || handelend === hoofd) return null;
    return {
      pseudoniem: identity.sub,
      bsn: handelend,
      acr,
      niveau: niveauVan(acr),
      namensBsn: hoofd,
    };
  }
  return { pseudoniem: identity.sub, bsn: hoofd, acr, niveau: niveauVan(acr), namensBsn: null };
}

/** The demo organisation is in the database: the DigiD simulator may be on (ADR 0026). */
export async function isDemoDatabase(db: Database): Promise<boolean> {
  const { rows } = await db.systemQuery(
    "SELECT 1 FROM gebruikers WHERE gebruikersnaam = 'toegangsmedewerker' AND EXISTS (SELECT 1 FROM gemeenten WHERE code = '0150')",
  );
  return rows.length > 0;
}

/** A few demo persons with a melding, to pick in the DigiD simulator (synthetic data only). */
export async function demoPersonen(db: Database): Promise<{ bsn: string; naam: string }[]> {
  const { rows } = await db.systemQuery<{ bsn: string; naam: string }>(
    `SELECT p.bsn, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS naam
     FROM personen p WHERE p.bsn IS NOT NULL AND EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = p.id)
     ORDER BY p.aangemaakt_op, p.id LIMIT 6`,
  );
  return rows;
}
