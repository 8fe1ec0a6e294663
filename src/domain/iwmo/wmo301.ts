/**
 * WMO301 — Toewijzing Wmo-ondersteuning (iWmo 3.2, BerichtCode 414): a pure message builder.
 *
 * `bouwWmo301(input)` returns the XML of one toewijzingbericht (one client, one aanbieder).
 * `valideerWmo301Input(input)` returns the problems, in Dutch, that would make the message fail the
 * XSD (xsd/WMO301.xsd + basisschema.xsd) or the standard's rule checker
 * (iwmo-3.2-regels-TR-CD-CS.xsl, version 2.10.5); `bouwWmo301` refuses input with problems
 * (`Wmo301ValidatieFout`), so every message it returns is valid. `serialiseerWmo301` writes XML
 * without validating (for tests that need a broken message).
 *
 * Sources: WMO301.xsd, basisschema.xsd, voorbeeldberichten/WMO301.xml, the XSL, codelijsten/*.md.
 *
 * Structure and namespaces (as the XSD): root `wmo301:Bericht` (Header, Client); elements declared in
 * WMO301.xsd are in the wmo301 namespace, the children of basisschema complex types (CDT_*) in the
 * iwmo basisschema namespace. Header: BerichtCode 414, BerichtVersie 3, BerichtSubversie 2, Afzender
 * (gemeentecode), Ontvanger (AGB-code aanbieder), BerichtIdentificatie (Identificatie, Dagtekening),
 * XsdVersie (BasisschemaXsdVersie 1.0.0, BerichtXsdVersie 1.0.0 — the versions in the XSD appinfo).
 * Client: Bsn, Geboortedatum, Geslacht, Naam, Communicatie?, JuridischeStatus?,
 * WettelijkeVertegenwoordiging?, Commentaar?, Relaties?, Contactgegevens (≥1 Contact),
 * ToegewezenProducten (≥1 ToegewezenProduct: ToewijzingNummer, ReferentieAanbieder?, Product?,
 * Toewijzingsdatum, Toewijzingstijd, Ingangsdatum, Einddatum?, RedenWijziging?, Omvang?, Budget?,
 * Commentaar?).
 *
 * Not in WMO301 (iWmo 3.2), so not in the input: a Verwijzer (only in WMO315 verzoek om toewijzing;
 * COD327 is in codelijsten.ts for that message), a Beschikkingnummer/Beschikking (the XSL still has
 * templates for n5:Beschikking from older releases; the 3.2 XSD has no such element) and an
 * aanvraagdatum.
 *
 * Rules implemented in `valideerWmo301Input` (all the rule checker templates that match WMO301, plus
 * XSD facets and a few cross-message rules it cannot check):
 * - XSD: required elements, code lists (enumerations), lengths (in Unicode code points, after NFC),
 *   patterns (`.*[^\s].*`: not only whitespace and no line breaks; Voorletters [a-zA-ZÀ-ỳ]{1,6};
 *   AGB 8 digits; gemeente 4 digits; BSN 9 digits; Telefoonnummer digits), integer ranges
 *   (ToewijzingNummer 0–999999999, Volume/Budget 0–99999999, Huisnummer 0–99999, Volgorde 0–99),
 *   real calendar dates YYYY-MM-DD, Toewijzingstijd hh:mm:ss, characters XML 1.0 can represent.
 * - CS002 Bsn elfproef (stricter: also not 000000000) — via `isGeldigBsn`.
 * - CS003 Einddatum ≥ Ingangsdatum (ToegewezenProduct) and Einddatum ≥ Begindatum (Contact/Periode).
 * - TR134 Geboortedatum (client, relatie) and Toewijzingsdatum not after the Dagtekening.
 * - TR002 Geboortedatum at most 120 years before the Dagtekening, unless DatumGebruik 3 + 1900-01-01.
 * - CS139 DatumGebruik consistent with the date (1: day 01; 2: 01-01; 3: 1900-01-01).
 * - CS050 Partnernaam → NaamGebruik 1–4; no Partnernaam → NaamGebruik 1.
 * - CD007 Communicatie/Taal filled iff Vorm is 1 (tolk taal).
 * - TR061 Contactgegevens has a Contact of Soort 01, 02 or 03.
 * - TR101 no duplicates: Contact Soort within Contactgegevens, Relatie Nummer, ToewijzingNummer.
 * - TR006 every Contact has a Telefoon and/or (Huis and Postcode).
 * - CD005 Postcode and LandCode both or neither. CD025 LandCode NL → Huisnummer.
 *   CS089 LandCode NL → Postcode 1234AB (first digit 1–9). CD034 Soort 01/03 → Postcode.
 *   CD009 Periode only for Soort 04.
 * - CD041 Product/Code filled → Omvang. CD080 Omvang → Product/Code (when Einddatum empty or after
 *   2020-12-31). CD077/CD078 Budget and Omvang exclude each other. CD075 Budget → Einddatum.
 *   CD079 no Budget → Product. CD076 Frequentie 2 (per week) → Einddatum (the iWmo 3.2 rule as
 *   published: needed to convert weekly volumes to monthly declarations).
 *   CS338 Eenheid 14/16/83/84 → Frequentie 2, 4 or 6 (when Einddatum empty or after 2020-12-31).
 * - CS336 RedenWijziging 01 not used. CS335 RedenWijziging 13 (verwijderd) → Einddatum = Ingangsdatum
 *   (we also require the Einddatum then; the checker only compares when both are present).
 * - TR302 the same product (same Categorie and Code; same Categorie when one has no Code; or a
 *   toewijzing without Product) occurs more than once only with non-overlapping periods, except
 *   hulpmiddelen (categorie 11–14) and withdrawn toewijzingen (RedenWijziging 01/13 with
 *   Einddatum = Ingangsdatum) — ported from the XSL's tr302/isPeriodOverlay templates.
 * - TR378 gemeentecode exists in the CBS indeling (we use the 2026 list in codelijsten.ts; the checker
 *   does not check this).
 * - TR056 Identificatie unique per berichtsoort for the sender: only when the caller passes the
 *   identificaties already used (`opties.gebruikteBerichtIdentificaties`).
 * - Own checks: Commentaar at most 1000 characters (the 3.2 XSD sets no maximum); an Adres or
 *   Periode is not empty (the XSD allows <Adres/>, but it carries nothing).
 *
 * Cross-message rules the caller must guarantee: OP087 — a toewijzingbericht contains all current
 * toewijzingen of the client at that aanbieder (`groepeerToewijzingen` builds those groups); TR332 —
 * ToewijzingNummer unique per gemeente (the service's number sequence); RedenWijziging is filled when
 * a toewijzing that was sent before is changed (OP033x) — the builder cannot know what was sent
 * before; TR379 ReferentieAanbieder only when honouring a verzoek om toewijzing/wijziging; TR381
 * Productcode fits the Productcategorie in the product code list in use (regional, not available).
 */

import type { Wmo301Input } from './wmo301-typen.ts';
import { valideerWmo301Input, Wmo301ValidatieFout, type Wmo301ValidatieOpties } from './wmo301-validatie.ts';
import { serialiseerWmo301 } from './wmo301-xml.ts';

/**
 * The WMO301 toewijzingsbericht for `input`: validated (`valideerWmo301Input`, throws
 * `Wmo301ValidatieFout` listing every problem), then serialised. UTF-8 text without BOM.
 */
export function bouwWmo301(input: Wmo301Input, opties: Wmo301ValidatieOpties = {}): string {
  const fouten = valideerWmo301Input(input, opties);
  if (fouten.length) throw new Wmo301ValidatieFout(fouten);
  return serialiseerWmo301(input);
}
