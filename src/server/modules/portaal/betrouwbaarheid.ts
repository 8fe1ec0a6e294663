/**
 * Levels of assurance of a DigiD login as a broker reports them in the OIDC `acr` claim (ADR 0026).
 * Brokers pass either DigiD's own SAML AuthnContextClassRef (Logius, "Koppelvlakspecificatie
 * DigiD SAML Authenticatie") or the eIDAS level (NL GOV Assurance profile for OpenID Connect).
 * DigiD Basis and Midden are both eIDAS "low", so an eIDAS "low" counts as Basis only: it does not
 * say whether a second factor was used.
 */
export const NIVEAUS = ['basis', 'midden', 'substantieel', 'hoog'] as const;
export type Niveau = (typeof NIVEAUS)[number];

export const ACR_NAAR_NIVEAU: Readonly<Record<string, Niveau>> = {
  'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport': 'basis',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract': 'midden',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard': 'substantieel',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI': 'hoog',
  'http://eidas.europa.eu/LoA/low': 'basis',
  'http://eidas.europa.eu/LoA/substantial': 'substantieel',
  'http://eidas.europa.eu/LoA/high': 'hoog',
  // The same eIDAS levels in the Dutch eID namespace (stelsel Toegang, used by some brokers).
  'urn:nl-eid-gdi:1.0:LoA:substantial': 'substantieel',
  'urn:nl-eid-gdi:1.0:LoA:high': 'hoog',
};

/** The acr the portal asks the broker for: at least DigiD Midden (case data, Wmo dossier). */
export const ACR_MINIMAAL = 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract';

/** 1 Basis … 4 Hoog; 0 for an unknown or missing acr (never enough). */
export function niveauVan(acr: unknown): number {
  if (typeof acr !== 'string') return 0;
  const n = ACR_NAAR_NIVEAU[acr];
  return n ? NIVEAUS.indexOf(n) + 1 : 0;
}

/** Case data (meldingen, verslagen, beschikkingen) needs at least DigiD Midden. */
export const MINIMUM_NIVEAU_ZAAKGEGEVENS = 2;

export function genoegVoorZaakgegevens(acr: unknown): boolean {
  return niveauVan(acr) >= MINIMUM_NIVEAU_ZAAKGEGEVENS;
}
