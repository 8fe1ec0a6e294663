import type { IsoDatum } from '../termijnen/datum.ts';
import { isEenheid, isFrequentie, isProductcategorie, isRedenWijziging } from './codelijsten.ts';

import { ClientControleur } from './wmo301-client-controle.ts';
import type { Wmo301Toewijzing } from './wmo301-typen.ts';

const TIJD = /^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$/;
const GRENS_2020 = '2020-12-31';

export class Wmo301Controleur extends ClientControleur {
  toewijzing(veld: string, t: Wmo301Toewijzing, dagtekening: IsoDatum | undefined): void {
    this.geheelGetal(`${veld}.toewijzingNummer`, 'Toewijzingnummer', t.toewijzingNummer, 0, 999_999_999);
    if (t.referentieAanbieder !== undefined) {
      this.tekst(`${veld}.referentieAanbieder`, 'Referentie aanbieder', t.referentieAanbieder, { max: 36 });
    }
    if (t.product !== undefined) {
      this.code(
        `${veld}.product.categorie`,
        'Productcategorie',
        t.product.categorie,
        isProductcategorie,
        'WMO020',
      );
      if (t.product.code !== undefined)
        this.tekst(`${veld}.product.code`, 'Productcode', t.product.code, { max: 5 });
    }
    const toewijzingsdatumOk = this.datum(`${veld}.toewijzingsdatum`, 'Toewijzingsdatum', t.toewijzingsdatum);
    if (typeof t.toewijzingstijd !== 'string' || !TIJD.test(t.toewijzingstijd)) {
      this.fout(
        `${veld}.toewijzingstijd`,
        'XSD',
        `Toewijzingstijd moet de vorm uu:mm:ss hebben, kreeg ${JSON.stringify(t.toewijzingstijd)}.`,
      );
    }
    const ingangOk = this.datum(`${veld}.ingangsdatum`, 'Ingangsdatum', t.ingangsdatum);
    const eindOk = t.einddatum === undefined || this.datum(`${veld}.einddatum`, 'Einddatum', t.einddatum);
    const einddatum = eindOk ? t.einddatum : undefined;
    if (toewijzingsdatumOk && dagtekening && t.toewijzingsdatum > dagtekening) {
      this.fout(
        `${veld}.toewijzingsdatum`,
        'TR134',
        `Toewijzingsdatum (${t.toewijzingsdatum}) ligt na de dagtekening van het bericht (${dagtekening}).`,
      );
    }
    if (ingangOk && einddatum !== undefined && einddatum < t.ingangsdatum) {
      this.fout(
        `${veld}.einddatum`,
        'CS003',
        `Einddatum (${einddatum}) ligt vóór de ingangsdatum (${t.ingangsdatum}).`,
      );
    }
    if (t.redenWijziging !== undefined) {
      if (
        this.code(`${veld}.redenWijziging`, 'Reden wijziging', t.redenWijziging, isRedenWijziging, 'WMO002')
      ) {
        if (t.redenWijziging === '01') {
          this.fout(
            `${veld}.redenWijziging`,
            'CS336',
            'Reden wijziging 01 (administratieve correctie, vervallen) mag niet meer worden gebruikt; gebruik 14.',
          );
        }
        if (t.redenWijziging === '13' && (t.einddatum === undefined || t.einddatum !== t.ingangsdatum)) {
          this.fout(
            `${veld}.einddatum`,
            'CS335',
            'Bij reden wijziging 13 (verwijderd) is de einddatum gelijk aan de ingangsdatum.',
          );
        }
      }
    }
    // Omvang / Budget / Product
    const na2020 = einddatum === undefined || einddatum > GRENS_2020;
    if (t.omvang !== undefined) {
      const o = t.omvang;
      this.geheelGetal(`${veld}.omvang.volume`, 'Volume', o.volume, 0, 99_999_999);
      const eenheidOk = this.code(`${veld}.omvang.eenheid`, 'Eenheid', o.eenheid, isEenheid, 'WJ756');
      const frequentieOk = this.code(
        `${veld}.omvang.frequentie`,
        'Frequentie',
        o.frequentie,
        isFrequentie,
        'WMO757',
      );
      if (frequentieOk && o.frequentie === '2' && t.einddatum === undefined) {
        this.fout(
          `${veld}.einddatum`,
          'CD076',
          'Bij een omvang per week (frequentie 2) is de einddatum verplicht (nodig om per maand te kunnen declareren).',
        );
      }
      if (
        eenheidOk &&
        frequentieOk &&
        na2020 &&
        ['14', '16', '83', '84'].includes(o.eenheid) &&
        o.frequentie === '1'
      ) {
        this.fout(
          `${veld}.omvang.frequentie`,
          'CS338',
          'Bij eenheid etmaal, dagdeel, euro of stuks (inspanning) is de frequentie per week, per maand of totaal binnen de toewijzing.',
        );
      }
      if (na2020 && t.product?.code === undefined) {
        this.fout(`${veld}.product.code`, 'CD080', 'Bij een omvang is een productcode verplicht.');
      }
    } else if (t.product?.code !== undefined) {
      this.fout(
        `${veld}.omvang`,
        'CD041',
        'Bij een productcode is de omvang (volume, eenheid, frequentie) verplicht.',
      );
    }
    if (t.budget !== undefined) {
      this.geheelGetal(`${veld}.budget`, 'Budget (eurocent)', t.budget, 0, 99_999_999);
      if (t.omvang !== undefined) {
        this.fout(`${veld}.budget`, 'CD077', 'Een toewijzing heeft een omvang of een budget, niet allebei.');
      }
      if (t.einddatum === undefined) {
        this.fout(`${veld}.einddatum`, 'CD075', 'Bij een budget is de einddatum verplicht.');
      }
    } else if (t.product === undefined) {
      this.fout(
        `${veld}.product`,
        'CD079',
        'Zonder budget is het product (ten minste de productcategorie) verplicht.',
      );
    }
    if (t.commentaar !== undefined) this.commentaar(`${veld}.commentaar`, t.commentaar);
  }
}
