import type { IsoDatum } from '../termijnen/datum.ts';
import {
  isAanduidingWoonadres,
  isDatumgebruik,
  isLandCode,
  isNaamgebruik,
  isSoortAdres,
} from './codelijsten.ts';

import { Controleur } from './controleur.ts';
import { lengte } from './waarden.ts';
import type { Achternaam, Contact, Geboortedatum, Telefoon, VolledigeNaam } from './wmo301-typen.ts';
import { MAX_COMMENTAAR_LENGTE } from './wmo301-typen.ts';
import { nfc } from './xml.ts';

const VOORLETTERS = /^[a-zA-Z\u00C0-\u1EF3]{1,6}$/u;
const NL_POSTCODE = /^[1-9][0-9]{3}[A-Za-z]{2}$/;

function alsGetal(datum: IsoDatum): number {
  return Number(datum.replaceAll('-', ''));
}

export class ClientControleur extends Controleur {
  commentaar(veld: string, waarde: unknown): void {
    if (
      this.tekst(veld, 'Commentaar', waarde, { eenRegel: false }) &&
      lengte(nfc(waarde)) > MAX_COMMENTAAR_LENGTE
    ) {
      this.fout(
        veld,
        'eigen grens',
        `Commentaar is te lang: maximaal ${MAX_COMMENTAAR_LENGTE} tekens, nu ${lengte(nfc(waarde))}.`,
      );
    }
  }

  geboortedatum(veld: string, g: Geboortedatum | undefined, dagtekening: IsoDatum | undefined): void {
    if (!g) {
      this.fout(veld, 'XSD', 'Geboortedatum ontbreekt.');
      return;
    }
    const datumOk = this.datum(`${veld}.datum`, 'Geboortedatum', g.datum);
    const gebruikOk =
      g.datumGebruik === undefined ||
      this.code(`${veld}.datumGebruik`, 'Datumgebruik', g.datumGebruik, isDatumgebruik, 'COD170');
    if (!datumOk) return;
    if (gebruikOk) {
      if (g.datumGebruik === '3' && g.datum !== '1900-01-01') {
        this.fout(veld, 'CS139', 'Bij een onbekende geboortedatum (datumgebruik 3) is de datum 1900-01-01.');
      } else if (g.datumGebruik === '2' && g.datum.slice(5) !== '01-01') {
        this.fout(
          veld,
          'CS139',
          'Bij alleen een bekend geboortejaar (datumgebruik 2) is de datum 1 januari.',
        );
      } else if (g.datumGebruik === '1' && g.datum.slice(8) !== '01') {
        this.fout(veld, 'CS139', 'Bij een onbekende geboortedag (datumgebruik 1) is de dag 01.');
      }
    }
    if (dagtekening) {
      if (g.datum > dagtekening) {
        this.fout(
          veld,
          'TR134',
          `Geboortedatum (${g.datum}) ligt na de dagtekening van het bericht (${dagtekening}).`,
        );
      }
      const onbekend = g.datumGebruik === '3' && g.datum === '1900-01-01';
      if (!onbekend && alsGetal(g.datum) + 1_200_000 < alsGetal(dagtekening)) {
        this.fout(
          veld,
          'TR002',
          `Geboortedatum (${g.datum}) ligt meer dan 120 jaar voor de dagtekening; gebruik datumgebruik 3 (1900-01-01) als de datum onbekend is.`,
        );
      }
    }
  }

  achternaam(veld: string, label: string, a: Achternaam | undefined): void {
    if (!a) {
      this.fout(veld, 'XSD', `${label} ontbreekt.`);
      return;
    }
    this.tekst(`${veld}.achternaam`, `${label}: achternaam`, a.achternaam, { max: 200 });
    if (a.voorvoegsel !== undefined)
      this.tekst(`${veld}.voorvoegsel`, `${label}: voorvoegsel`, a.voorvoegsel, { max: 10 });
  }

  naam(veld: string, n: VolledigeNaam | undefined): void {
    if (!n) {
      this.fout(veld, 'XSD', 'Naam ontbreekt.');
      return;
    }
    this.achternaam(`${veld}.geslachtsnaam`, 'Geslachtsnaam', n.geslachtsnaam);
    if (n.partnernaam !== undefined) this.achternaam(`${veld}.partnernaam`, 'Partnernaam', n.partnernaam);
    if (n.voornamen !== undefined) this.tekst(`${veld}.voornamen`, 'Voornamen', n.voornamen, { max: 200 });
    if (n.voorletters !== undefined) {
      if (typeof n.voorletters !== 'string' || !VOORLETTERS.test(nfc(n.voorletters))) {
        this.fout(
          `${veld}.voorletters`,
          'XSD',
          `Voorletters moeten 1 tot 6 letters zijn, zonder punten of spaties (bijvoorbeeld 'JH'), kreeg ${JSON.stringify(n.voorletters)}.`,
        );
      }
    }
    if (this.code(`${veld}.naamgebruik`, 'Naamgebruik', n.naamgebruik, isNaamgebruik, 'COD700')) {
      if (n.partnernaam !== undefined && !['1', '2', '3', '4'].includes(n.naamgebruik)) {
        this.fout(`${veld}.naamgebruik`, 'CS050', 'Met een partnernaam is het naamgebruik 1, 2, 3 of 4.');
      } else if (n.partnernaam === undefined && n.naamgebruik !== '1') {
        this.fout(
          `${veld}.naamgebruik`,
          'CS050',
          'Zonder partnernaam is het naamgebruik 1 (eigen naam); vul de partnernaam in voor naamgebruik 2, 3 of 4.',
        );
      }
    }
  }

  telefoon(veld: string, t: Telefoon | undefined): void {
    if (!t) {
      this.fout(veld, 'XSD', 'Telefoonnummer ontbreekt.');
      return;
    }
    if (typeof t.telefoonnummer !== 'string' || !/^[0-9]{1,15}$/.test(t.telefoonnummer)) {
      this.fout(
        `${veld}.telefoonnummer`,
        'XSD',
        `Telefoonnummer moet uit 1 tot 15 cijfers bestaan (zonder spaties of streepjes), kreeg ${JSON.stringify(t.telefoonnummer)}.`,
      );
    }
    this.tekst(`${veld}.landnummer`, 'Landnummer', t.landnummer, { max: 4 });
  }

  contact(veld: string, c: Contact | undefined): void {
    if (!c) {
      this.fout(veld, 'XSD', 'Contact ontbreekt.');
      return;
    }
    this.code(`${veld}.soort`, 'Soort adres', c.soort, isSoortAdres, 'COD757');
    const a = c.adres;
    if (a !== undefined) {
      const velden = [a.huis, a.postcode, a.straatnaam, a.plaatsnaam, a.landCode];
      if (velden.every((v) => v === undefined)) this.fout(`${veld}.adres`, 'onvolledig', 'Adres is leeg.');
      if (a.huis !== undefined) {
        this.geheelGetal(`${veld}.adres.huis.huisnummer`, 'Huisnummer', a.huis.huisnummer, 0, 99999);
        if (a.huis.huisletter !== undefined) {
          this.tekst(`${veld}.adres.huis.huisletter`, 'Huisletter', a.huis.huisletter, { max: 1 });
        }
        if (a.huis.huisnummerToevoeging !== undefined) {
          this.tekst(
            `${veld}.adres.huis.huisnummerToevoeging`,
            'Huisnummertoevoeging',
            a.huis.huisnummerToevoeging,
            {
              max: 4,
            },
          );
        }
        if (a.huis.aanduidingWoonadres !== undefined) {
          this.code(
            `${veld}.adres.huis.aanduidingWoonadres`,
            'Aanduiding woonadres',
            a.huis.aanduidingWoonadres,
            isAanduidingWoonadres,
            'NUM061',
          );
        }
      }
      if (a.postcode !== undefined) this.tekst(`${veld}.adres.postcode`, 'Postcode', a.postcode, { max: 8 });
      if (a.straatnaam !== undefined && this.tekst(`${veld}.adres.straatnaam`, 'Straatnaam', a.straatnaam)) {
        if (lengte(nfc(a.straatnaam)) > 24) {
          this.fout(
            `${veld}.adres.straatnaam`,
            'XSD',
            `Straatnaam is te lang (maximaal 24 tekens, nu ${lengte(nfc(a.straatnaam))}); gebruik de verkorte straatnaam (NEN 5825) uit de BAG.`,
          );
        }
      }
      if (a.plaatsnaam !== undefined)
        this.tekst(`${veld}.adres.plaatsnaam`, 'Plaatsnaam', a.plaatsnaam, { max: 80 });
      if (a.landCode !== undefined && !isLandCode(a.landCode)) {
        this.fout(
          `${veld}.adres.landCode`,
          'XSD',
          `Landcode ${JSON.stringify(a.landCode)} is onbekend (ISO 3166, bijvoorbeeld NL).`,
        );
      }
      if ((a.postcode === undefined) !== (a.landCode === undefined)) {
        this.fout(
          `${veld}.adres`,
          'CD005',
          'Postcode en landcode worden allebei of geen van beide ingevuld.',
        );
      }
      if (a.landCode === 'NL') {
        if (a.huis === undefined)
          this.fout(`${veld}.adres.huis`, 'CD025', 'Bij een Nederlands adres is het huisnummer verplicht.');
        if (a.postcode !== undefined && !NL_POSTCODE.test(a.postcode)) {
          this.fout(
            `${veld}.adres.postcode`,
            'CS089',
            `Een Nederlandse postcode heeft de vorm 1234AB (zonder spatie), kreeg ${JSON.stringify(a.postcode)}.`,
          );
        }
      }
    }
    if ((c.soort === '01' || c.soort === '03') && a?.postcode === undefined) {
      this.fout(
        `${veld}.adres.postcode`,
        'CD034',
        'Bij een BRP-adres of verblijfadres is de postcode verplicht.',
      );
    }
    if (c.organisatie !== undefined)
      this.tekst(`${veld}.organisatie`, 'Organisatie', c.organisatie, { max: 35 });
    if (c.telefoon !== undefined) {
      this.telefoon(`${veld}.telefoon.telefoon01`, c.telefoon.telefoon01);
      if (c.telefoon.telefoon02 !== undefined)
        this.telefoon(`${veld}.telefoon.telefoon02`, c.telefoon.telefoon02);
    }
    if (c.emailadres !== undefined)
      this.tekst(`${veld}.emailadres`, 'E-mailadres', c.emailadres, { max: 80 });
    if (c.telefoon === undefined && (a?.huis === undefined || a.postcode === undefined)) {
      this.fout(
        veld,
        'TR006',
        'Een contact heeft een telefoonnummer en/of een adres met huisnummer en postcode.',
      );
    }
    if (c.periode !== undefined) {
      if (c.soort !== '04') {
        this.fout(
          `${veld}.periode`,
          'CD009',
          'Een periode mag alleen bij een tijdelijk verblijfadres (soort 04).',
        );
      }
      const { begindatum, einddatum } = c.periode;
      if (begindatum === undefined && einddatum === undefined)
        this.fout(`${veld}.periode`, 'onvolledig', 'Periode is leeg.');
      const beginOk =
        begindatum === undefined || this.datum(`${veld}.periode.begindatum`, 'Begindatum', begindatum);
      const eindOk =
        einddatum === undefined || this.datum(`${veld}.periode.einddatum`, 'Einddatum', einddatum);
      if (
        beginOk &&
        eindOk &&
        begindatum !== undefined &&
        einddatum !== undefined &&
        einddatum < begindatum
      ) {
        this.fout(
          `${veld}.periode.einddatum`,
          'CS003',
          `Einddatum (${einddatum}) ligt vóór de begindatum (${begindatum}).`,
        );
      }
    }
  }
}
