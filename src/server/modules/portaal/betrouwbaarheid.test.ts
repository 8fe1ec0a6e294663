import { describe, expect, it } from 'vitest';
import { genoegVoorZaakgegevens, niveauVan } from './betrouwbaarheid.ts';

describe('betrouwbaarheidsniveau uit de acr van de DigiD-makelaar', () => {
  it.each([
    ['urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport', 1, false],
    ['urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract', 2, true],
    ['urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard', 3, true],
    ['urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI', 4, true],
    // eIDAS low covers DigiD Basis and Midden: taken as Basis (no proof of a second factor).
    ['http://eidas.europa.eu/LoA/low', 1, false],
    ['http://eidas.europa.eu/LoA/substantial', 3, true],
    ['http://eidas.europa.eu/LoA/high', 4, true],
    ['onbekend', 0, false],
    [undefined, 0, false],
    [2, 0, false],
  ])('%s → niveau %i, zaakgegevens %s', (acr, niveau, genoeg) => {
    expect(niveauVan(acr)).toBe(niveau);
    expect(genoegVoorZaakgegevens(acr)).toBe(genoeg);
  });
});
