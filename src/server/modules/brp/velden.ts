import type { BrpDoel } from './client.ts';

/**
 * The fields we ask the BRP for, per question (data minimisation: `fields` is mandatory in BRP
 * Personen 2.x, and a field we do not use is not asked). Changing a list is a privacy decision:
 * docs/brp.md lists them with the reason.
 */
export const VELDEN = {
  /** Intake: name, birth date, sex and address to pre-fill; overlijden to warn. */
  persoon: [
    'burgerservicenummer',
    'naam.voornamen',
    'naam.voorvoegsel',
    'naam.geslachtsnaam',
    'geboorte.datum',
    'geslacht',
    'verblijfplaats.verblijfadres',
    'verblijfplaats.datumVan',
    'overlijden.datum',
  ],
  /** Only when a household is being built: who the partner, kinderen and ouders are. */
  huishouden: [
    'partners.burgerservicenummer',
    'partners.naam',
    'partners.geboorte.datum',
    'kinderen.burgerservicenummer',
    'kinderen.naam',
    'kinderen.geboorte.datum',
    'ouders.burgerservicenummer',
    'ouders.naam',
    'ouders.geboorte.datum',
  ],
  /** Search by postcode and huisnummer answers a limited person (PersoonBeperkt). */
  zoeken: [
    'burgerservicenummer',
    'naam.voornamen',
    'naam.voorvoegsel',
    'naam.geslachtsnaam',
    'geboorte.datum',
    'adressering.adresregel1',
    'adressering.adresregel2',
  ],
  /** The nightly check: only what tells us a person moved or died. */
  verschil: [
    'burgerservicenummer',
    'verblijfplaats.verblijfadres',
    'verblijfplaats.datumVan',
    'overlijden.datum',
  ],
} as const;

/** The purposes for which staff may ask the BRP (doelbinding), with their processing activity. */
export const DOELEN = {
  intake: { doelbinding: 'wmo-toegang-intake', verwerking: 'Intake: persoon opzoeken in de BRP' },
  huishouden: {
    doelbinding: 'wmo-toegang-intake',
    verwerking: 'Intake: samenstelling huishouden uit de BRP',
  },
  verschil: { doelbinding: 'wmo-toegang-intake', verwerking: 'Controle verschil met BRP bij open zaken' },
  portaal: {
    doelbinding: 'wmo-toegang-intake',
    verwerking: 'Inwonerportaal: eigen gegevens bij de eerste melding',
  },
} as const satisfies Record<string, Omit<BrpDoel, 'gebruiker'>>;

export type DoelNaam = keyof typeof DOELEN;
