import { IWMO_BASISSCHEMA_NAMESPACE } from './berichtsoorten.ts';

import { schrijfHeader } from './header.ts';
import type {
  Achternaam,
  Contact,
  Geboortedatum,
  Telefoon,
  VolledigeNaam,
  Wmo301Input,
  Wmo301Toewijzing,
} from './wmo301-typen.ts';
import {
  WMO301_BERICHTCODE,
  WMO301_BERICHTSUBVERSIE,
  WMO301_BERICHTVERSIE,
  WMO301_NAMESPACE,
  WMO301_XSD_VERSIE,
} from './wmo301-typen.ts';
import { XmlSchrijver } from './xml.ts';

const W = (naam: string) => `wmo301:${naam}`;
const B = (naam: string) => `iwmo:${naam}`;

function schrijfGeboortedatum(x: XmlSchrijver, g: Geboortedatum): void {
  x.open(W('Geboortedatum')).tekst(B('Datum'), g.datum).optioneel(B('DatumGebruik'), g.datumGebruik).sluit();
}

function schrijfAchternaam(x: XmlSchrijver, naam: string, a: Achternaam): void {
  x.open(B(naam)).tekst(B('Achternaam'), a.achternaam).optioneel(B('Voorvoegsel'), a.voorvoegsel).sluit();
}

function schrijfNaam(x: XmlSchrijver, n: VolledigeNaam): void {
  x.open(W('Naam'));
  schrijfAchternaam(x, 'Geslachtsnaam', n.geslachtsnaam);
  if (n.partnernaam) schrijfAchternaam(x, 'Partnernaam', n.partnernaam);
  x.optioneel(B('Voornamen'), n.voornamen)
    .optioneel(B('Voorletters'), n.voorletters)
    .tekst(B('NaamGebruik'), n.naamgebruik);
  x.sluit();
}

function schrijfTelefoon(x: XmlSchrijver, naam: string, t: Telefoon): void {
  x.open(B(naam)).tekst(B('Telefoonnummer'), t.telefoonnummer).tekst(B('Landnummer'), t.landnummer).sluit();
}

function schrijfContact(x: XmlSchrijver, c: Contact): void {
  x.open(W('Contact')).tekst(W('Soort'), c.soort);
  if (c.adres) {
    const a = c.adres;
    x.open(W('Adres'));
    if (a.huis) {
      x.open(B('Huis'))
        .tekst(B('Huisnummer'), a.huis.huisnummer)
        .optioneel(B('Huisletter'), a.huis.huisletter)
        .optioneel(B('HuisnummerToevoeging'), a.huis.huisnummerToevoeging)
        .optioneel(B('AanduidingWoonadres'), a.huis.aanduidingWoonadres)
        .sluit();
    }
    x.optioneel(B('Postcode'), a.postcode)
      .optioneel(B('Straatnaam'), a.straatnaam)
      .optioneel(B('Plaatsnaam'), a.plaatsnaam)
      .optioneel(B('LandCode'), a.landCode)
      .sluit();
  }
  x.optioneel(W('Organisatie'), c.organisatie);
  if (c.telefoon) {
    x.open(W('Telefoon'));
    schrijfTelefoon(x, 'Telefoon01', c.telefoon.telefoon01);
    if (c.telefoon.telefoon02) schrijfTelefoon(x, 'Telefoon02', c.telefoon.telefoon02);
    x.sluit();
  }
  x.optioneel(W('Emailadres'), c.emailadres);
  if (c.periode) {
    x.open(W('Periode'))
      .optioneel(B('Begindatum'), c.periode.begindatum)
      .optioneel(B('Einddatum'), c.periode.einddatum)
      .sluit();
  }
  x.sluit();
}

function schrijfToewijzing(x: XmlSchrijver, t: Wmo301Toewijzing): void {
  x.open(W('ToegewezenProduct'))
    .tekst(W('ToewijzingNummer'), t.toewijzingNummer)
    .optioneel(W('ReferentieAanbieder'), t.referentieAanbieder);
  if (t.product)
    x.open(W('Product'))
      .tekst(B('Categorie'), t.product.categorie)
      .optioneel(B('Code'), t.product.code)
      .sluit();
  x.tekst(W('Toewijzingsdatum'), t.toewijzingsdatum)
    .tekst(W('Toewijzingstijd'), t.toewijzingstijd)
    .tekst(W('Ingangsdatum'), t.ingangsdatum)
    .optioneel(W('Einddatum'), t.einddatum)
    .optioneel(W('RedenWijziging'), t.redenWijziging);
  if (t.omvang) {
    x.open(W('Omvang'))
      .tekst(B('Volume'), t.omvang.volume)
      .tekst(B('Eenheid'), t.omvang.eenheid)
      .tekst(B('Frequentie'), t.omvang.frequentie)
      .sluit();
  }
  x.optioneel(W('Budget'), t.budget).optioneel(W('Commentaar'), t.commentaar).sluit();
}

/**
 * Writes the WMO301 XML for `input` WITHOUT validating it (element order and namespaces as the XSD;
 * text escaped and NFC-normalised). Use `bouwWmo301` unless you need an invalid message on purpose.
 * Throws only for text that XML cannot represent.
 */
export function serialiseerWmo301(input: Wmo301Input): string {
  const { header: h, client: c } = input;
  const x = new XmlSchrijver().openRoot(W('Bericht'), {
    iwmo: IWMO_BASISSCHEMA_NAMESPACE,
    wmo301: WMO301_NAMESPACE,
  });
  schrijfHeader(
    x,
    {
      prefix: 'wmo301',
      berichtcode: WMO301_BERICHTCODE,
      versie: WMO301_BERICHTVERSIE,
      subversie: WMO301_BERICHTSUBVERSIE,
      xsdVersie: WMO301_XSD_VERSIE,
    },
    h,
  );

  x.open(W('Client')).tekst(W('Bsn'), c.bsn);
  schrijfGeboortedatum(x, c.geboortedatum);
  x.tekst(W('Geslacht'), c.geslacht);
  schrijfNaam(x, c.naam);
  if (c.communicatie)
    x.open(W('Communicatie'))
      .tekst(B('Vorm'), c.communicatie.vorm)
      .optioneel(B('Taal'), c.communicatie.taal)
      .sluit();
  x.optioneel(W('JuridischeStatus'), c.juridischeStatus)
    .optioneel(W('WettelijkeVertegenwoordiging'), c.wettelijkeVertegenwoordiging)
    .optioneel(W('Commentaar'), c.commentaar);
  if (c.relaties?.length) {
    x.open(W('Relaties'));
    for (const r of c.relaties) {
      x.open(W('Relatie'))
        .tekst(W('Nummer'), r.nummer)
        .optioneel(W('Volgorde'), r.volgorde)
        .tekst(W('Soort'), r.soort);
      if (r.geboortedatum) schrijfGeboortedatum(x, r.geboortedatum);
      x.optioneel(W('Geslacht'), r.geslacht);
      schrijfNaam(x, r.naam);
      schrijfContact(x, r.contact);
      x.sluit();
    }
    x.sluit();
  }
  x.open(W('Contactgegevens'));
  for (const contact of c.contactgegevens) schrijfContact(x, contact);
  x.sluit();
  x.open(W('ToegewezenProducten'));
  for (const t of input.toewijzingen) schrijfToewijzing(x, t);
  x.sluit();
  x.sluit(); // Client
  x.sluit(); // Bericht
  return x.resultaat();
}
