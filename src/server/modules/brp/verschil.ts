import type { BrpPersoon } from './mapping.ts';
import type { SignaalRow } from './repo-brp.ts';

/** Our person's address as stored, compared with the BRP's. */
export interface OnsAdres {
  straat: string | null;
  huisnummer: number | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
}

export interface Verschil {
  soort: SignaalRow['soort'];
  verschil: SignaalRow['verschil'];
}

const adresTekst = (a: OnsAdres | BrpPersoon['adres']): string | null =>
  a?.postcode && a.huisnummer
    ? `${a.straat ?? ''} ${a.huisnummer}${a.huisnummertoevoeging ? ` ${a.huisnummertoevoeging}` : ''}, ${a.postcode} ${a.woonplaats ?? ''}`.trim()
    : null;

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[\s-]+/g, '');

/**
 * What the nightly check reports for one person: nothing, or one difference. Pure, so the rules
 * are testable: not in the BRP; overleden; moved (another postcode/huisnummer, or no Dutch address
 * any more); the same dwelling written differently (street, toevoeging, woonplaats).
 */
export function vergelijkMetBrp(ons: OnsAdres, brp: BrpPersoon | undefined): Verschil | null {
  if (!brp) return { soort: 'niet-in-brp', verschil: { bsn: { bijOns: 'bekend', inBrp: null } } };
  if (brp.overleden)
    return { soort: 'overleden', verschil: { overleden: { bijOns: null, inBrp: brp.overleden } } };
  const bijOns = adresTekst(ons);
  const inBrp = adresTekst(brp.adres);
  if (bijOns === inBrp) return null;
  const adres = { adres: { bijOns, inBrp: inBrp ?? brp.verblijfplaatsSoort ?? null } };
  if (!bijOns) return { soort: 'adres-gewijzigd', verschil: adres };
  if (!brp.adres || ons.postcode !== brp.adres.postcode || ons.huisnummer !== brp.adres.huisnummer) {
    return { soort: 'verhuisd', verschil: adres };
  }
  if (
    norm(ons.straat) === norm(brp.adres.straat) &&
    norm(ons.huisnummertoevoeging) === norm(brp.adres.huisnummertoevoeging) &&
    norm(ons.woonplaats) === norm(brp.adres.woonplaats)
  ) {
    return null;
  }
  return { soort: 'adres-gewijzigd', verschil: adres };
}
