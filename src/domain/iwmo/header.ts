/**
 * The Header of an outgoing iWmo message (gemeente → aanbieder: WMO301, WMO319): checked and written
 * the same way for each, only the berichtcode, the versions and the message's namespace differ.
 */
import type { IsoDatum } from '../termijnen/datum.ts';
import { isCbsGemeentecode } from './codelijsten.ts';
import type { Controleur } from './controleur.ts';
import type { Wmo301Header } from './wmo301-typen.ts';
import type { XmlSchrijver } from './xml.ts';

/**
 * Checks the header (XSD, TR378 gemeente in the CBS indeling, TR056 when the used identificaties are
 * known); returns the dagtekening when it is a valid date (other rules compare against it).
 */
export function controleerHeader(
  v: Controleur,
  h: Wmo301Header | undefined,
  gebruikteBerichtIdentificaties: ReadonlySet<string> | undefined,
  /** 'toewijzingsbericht', 'antwoordbericht': named in the TR056 message. */
  soortBericht: string,
): IsoDatum | undefined {
  if (!h) {
    v.fout('header', 'XSD', 'Header ontbreekt.');
    return undefined;
  }
  let dagtekening: IsoDatum | undefined;
  if (typeof h.gemeentecode !== 'string' || !/^[0-9]{4}$/.test(h.gemeentecode)) {
    v.fout(
      'header.gemeentecode',
      'XSD',
      `Gemeentecode moet uit 4 cijfers bestaan, kreeg ${JSON.stringify(h.gemeentecode)}.`,
    );
  } else if (!isCbsGemeentecode(h.gemeentecode)) {
    v.fout(
      'header.gemeentecode',
      'TR378',
      `Gemeentecode ${h.gemeentecode} komt niet voor in de CBS-gemeentelijke indeling.`,
    );
  }
  if (typeof h.aanbiederAgbCode !== 'string' || !/^[0-9]{8}$/.test(h.aanbiederAgbCode)) {
    v.fout(
      'header.aanbiederAgbCode',
      'XSD',
      `AGB-code van de aanbieder moet uit 8 cijfers bestaan, kreeg ${JSON.stringify(h.aanbiederAgbCode)}.`,
    );
  }
  const bi = h.berichtIdentificatie;
  if (!bi) {
    v.fout('header.berichtIdentificatie', 'XSD', 'Berichtidentificatie ontbreekt.');
    return undefined;
  }
  if (
    v.tekst('header.berichtIdentificatie.identificatie', 'Identificatie van het bericht', bi.identificatie, {
      max: 12,
    }) &&
    gebruikteBerichtIdentificaties?.has(bi.identificatie)
  ) {
    v.fout(
      'header.berichtIdentificatie.identificatie',
      'TR056',
      `Identificatie ${JSON.stringify(bi.identificatie)} is al gebruikt voor een eerder ${soortBericht}.`,
    );
  }
  if (v.datum('header.berichtIdentificatie.dagtekening', 'Dagtekening', bi.dagtekening))
    dagtekening = bi.dagtekening;
  return dagtekening;
}

/** What distinguishes one outgoing message's Header from another's. */
export interface Berichtkenmerken {
  /** Namespace prefix of the message's own elements, e.g. 'wmo301'. */
  prefix: string;
  berichtcode: string;
  versie: string;
  subversie: string;
  xsdVersie: { readonly basisschemaXsdVersie: string; readonly berichtXsdVersie: string };
}

/** Writes the Header element (the root `Bericht` is open; basisschema elements use prefix `iwmo`). */
export function schrijfHeader(x: XmlSchrijver, k: Berichtkenmerken, h: Wmo301Header): void {
  const eigen = (naam: string) => `${k.prefix}:${naam}`;
  const basis = (naam: string) => `iwmo:${naam}`;
  x.open(eigen('Header'))
    .tekst(eigen('BerichtCode'), k.berichtcode)
    .tekst(eigen('BerichtVersie'), k.versie)
    .tekst(eigen('BerichtSubversie'), k.subversie)
    .tekst(eigen('Afzender'), h.gemeentecode)
    .tekst(eigen('Ontvanger'), h.aanbiederAgbCode)
    .open(eigen('BerichtIdentificatie'))
    .tekst(basis('Identificatie'), h.berichtIdentificatie.identificatie)
    .tekst(basis('Dagtekening'), h.berichtIdentificatie.dagtekening)
    .sluit()
    .open(eigen('XsdVersie'))
    .tekst(basis('BasisschemaXsdVersie'), k.xsdVersie.basisschemaXsdVersie)
    .tekst(basis('BerichtXsdVersie'), k.xsdVersie.berichtXsdVersie)
    .sluit()
    .sluit();
}
