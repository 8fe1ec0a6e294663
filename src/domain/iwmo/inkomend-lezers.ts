/** The readers per incoming message: a message that passed the standard's checks → a typed object. */

import {
  type InkomendeBerichtsoort,
  iwmoNamespace,
  JA_NEE,
  REDENEN_BEEINDIGING,
  REDENEN_VERZOEK,
  STATUSSEN_AANLEVERING,
} from './berichtsoorten.ts';
import {
  DATUMGEBRUIK,
  EENHEDEN,
  FREQUENTIES,
  GESLACHTEN,
  PRODUCTCATEGORIEEN,
  VERWIJZERS,
} from './codelijsten.ts';
import type {
  InkomendBericht,
  InkomendeClient,
  Product,
  VerkorteNaam,
  Verwijzer,
  Wmo305Bericht,
  Wmo305StartProduct,
  Wmo307Bericht,
  Wmo307StopProduct,
  Wmo315AangevraagdProduct,
  Wmo315Bericht,
  Wmo317Bericht,
  Wmo317NieuwProduct,
  Wmo317TeWijzigenProduct,
} from './inkomend-typen.ts';
import {
  AGB,
  B,
  BSN,
  codeVan,
  datumVan,
  delenIn,
  geheelGetalVan,
  type Inhoud,
  leesBericht,
  leesInhoud,
  patroonVan,
  tekstVan,
} from './structuur.ts';
import type { Achternaam, Geboortedatum, Omvang } from './wmo301-typen.ts';
import type { XmlElement } from './xml-lezer.ts';

const MAX_NUMMER = 999_999_999;
const MAX_BEDRAG = 99_999_999;

function leesProduct(el: XmlElement): Product {
  const p = leesInhoud(el, [B('Categorie'), B('Code', 0)]);
  const product: Product = { categorie: codeVan(p.een('Categorie'), PRODUCTCATEGORIEEN, 'WMO020') };
  const code = p.optioneel('Code');
  if (code) product.code = tekstVan(code);
  return product;
}

function leesOmvang(el: XmlElement): Omvang {
  const o = leesInhoud(el, [B('Volume'), B('Eenheid'), B('Frequentie')]);
  return {
    volume: geheelGetalVan(o.een('Volume'), 0, MAX_BEDRAG),
    eenheid: codeVan(o.een('Eenheid'), EENHEDEN, 'WJ756'),
    frequentie: codeVan(o.een('Frequentie'), FREQUENTIES, 'WMO757'),
  };
}

function leesGeboortedatum(el: XmlElement): Geboortedatum {
  const g = leesInhoud(el, [B('Datum'), B('DatumGebruik', 0)]);
  const resultaat: Geboortedatum = { datum: datumVan(g.een('Datum')) };
  const gebruik = g.optioneel('DatumGebruik');
  if (gebruik) resultaat.datumGebruik = codeVan(gebruik, DATUMGEBRUIK, 'COD170');
  return resultaat;
}

function leesAchternaam(el: XmlElement): Achternaam {
  const a = leesInhoud(el, [B('Achternaam'), B('Voorvoegsel', 0)]);
  const naam: Achternaam = { achternaam: tekstVan(a.een('Achternaam')) };
  const vv = a.optioneel('Voorvoegsel');
  if (vv) naam.voorvoegsel = tekstVan(vv);
  return naam;
}

function leesVerkorteNaam(el: XmlElement): VerkorteNaam {
  const n = leesInhoud(el, [B('Geslachtsnaam'), B('Voornamen', 0), B('Voorletters', 0)]);
  const naam: VerkorteNaam = { geslachtsnaam: leesAchternaam(n.een('Geslachtsnaam')) };
  const voornamen = n.optioneel('Voornamen');
  if (voornamen) naam.voornamen = tekstVan(voornamen);
  const voorletters = n.optioneel('Voorletters');
  if (voorletters) naam.voorletters = tekstVan(voorletters);
  return naam;
}

function leesClientgegevens(c: Inhoud): InkomendeClient {
  return {
    bsn: patroonVan(c.een('Bsn'), BSN, 'een BSN van 9 cijfers'),
    geboortedatum: leesGeboortedatum(c.een('Geboortedatum')),
    geslacht: codeVan(c.een('Geslacht'), GESLACHTEN, 'COD046'),
    naam: leesVerkorteNaam(c.een('Naam')),
  };
}

/** The content of a wrapper such as StartProducten: one or more `kind` elements. */
function lijst(el: XmlElement, ns: string, kind: string): XmlElement[] {
  return leesInhoud(el, [delenIn(ns)(kind, 1, Number.POSITIVE_INFINITY)]).alle(kind);
}

/** Calls `lees` with the optional element, or returns undefined. */
function als<T>(el: XmlElement | undefined, lees: (el: XmlElement) => T): T | undefined {
  return el === undefined ? undefined : lees(el);
}

/** Copies the defined values of `extra` onto `doel` (keeps absent optional fields absent). */
function metOptioneel<T extends object>(doel: T, extra: { [K in keyof T]?: T[K] | undefined }): T {
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (doel as Record<string, unknown>)[k] = v;
  return doel;
}

/** Reads a WMO305 (start levering). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo305(xml: string): Wmo305Bericht {
  const ns = iwmoNamespace('WMO305');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO305', 'Client');
  const c = leesInhoud(hoofd, [M('Bsn'), M('Geboortedatum'), M('Geslacht'), M('Naam'), M('StartProducten')]);
  const startProducten = lijst(c.een('StartProducten'), ns, 'StartProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ToewijzingNummer', 0),
      M('Product', 0),
      M('ToewijzingIngangsdatum', 0),
      M('Begindatum'),
      M('StatusAanlevering'),
    ]);
    return metOptioneel<Wmo305StartProduct>(
      {
        begindatum: datumVan(p.een('Begindatum')),
        statusAanlevering: codeVan(p.een('StatusAanlevering'), STATUSSEN_AANLEVERING, 'COD467'),
      },
      {
        toewijzingNummer: als(p.optioneel('ToewijzingNummer'), (e) => geheelGetalVan(e, 0, MAX_NUMMER)),
        product: als(p.optioneel('Product'), leesProduct),
        toewijzingIngangsdatum: als(p.optioneel('ToewijzingIngangsdatum'), datumVan),
      },
    );
  });
  return { berichtcode: 'WMO305', header, client: leesClientgegevens(c), startProducten };
}

/** Reads a WMO307 (stop levering). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo307(xml: string): Wmo307Bericht {
  const ns = iwmoNamespace('WMO307');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO307', 'Client');
  const c = leesInhoud(hoofd, [M('Bsn'), M('Geboortedatum'), M('Geslacht'), M('Naam'), M('StopProducten')]);
  const stopProducten = lijst(c.een('StopProducten'), ns, 'StopProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ToewijzingNummer', 0),
      M('Product', 0),
      M('ToewijzingIngangsdatum', 0),
      M('Begindatum'),
      M('RedenBeeindiging'),
      M('Einddatum'),
      M('StatusAanlevering'),
    ]);
    return metOptioneel<Wmo307StopProduct>(
      {
        begindatum: datumVan(p.een('Begindatum')),
        redenBeeindiging: codeVan(p.een('RedenBeeindiging'), REDENEN_BEEINDIGING, 'WMO588'),
        einddatum: datumVan(p.een('Einddatum')),
        statusAanlevering: codeVan(p.een('StatusAanlevering'), STATUSSEN_AANLEVERING, 'COD467'),
      },
      {
        toewijzingNummer: als(p.optioneel('ToewijzingNummer'), (e) => geheelGetalVan(e, 0, MAX_NUMMER)),
        product: als(p.optioneel('Product'), leesProduct),
        toewijzingIngangsdatum: als(p.optioneel('ToewijzingIngangsdatum'), datumVan),
      },
    );
  });
  return { berichtcode: 'WMO307', header, client: leesClientgegevens(c), stopProducten };
}

function leesVerwijzer(el: XmlElement): Verwijzer {
  const v = leesInhoud(el, [B('Type'), B('Naam', 0), B('ZorgverlenerCode', 0)]);
  return metOptioneel<Verwijzer>(
    { type: codeVan(v.een('Type'), VERWIJZERS, 'COD327') },
    {
      naam: als(v.optioneel('Naam'), tekstVan),
      zorgverlenerCode: als(v.optioneel('ZorgverlenerCode'), (e) =>
        patroonVan(e, AGB, 'een AGB-code van 8 cijfers'),
      ),
    },
  );
}

/** Reads a WMO315 (verzoek om toewijzing). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo315(xml: string): Wmo315Bericht {
  const ns = iwmoNamespace('WMO315');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO315', 'Client');
  const c = leesInhoud(hoofd, [
    M('Bsn'),
    M('Geboortedatum'),
    M('Geslacht'),
    M('Naam'),
    M('Commentaar', 0),
    M('AangevraagdeProducten'),
  ]);
  const aangevraagdeProducten = lijst(c.een('AangevraagdeProducten'), ns, 'AangevraagdProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ReferentieAanbieder'),
      M('BeschikkingNummer', 0),
      M('Product', 0),
      M('BeschikkingIngangsdatum', 0),
      M('ToewijzingIngangsdatum'),
      M('ToewijzingEinddatum', 0),
      M('Omvang', 0),
      M('Budget', 0),
      M('Verwijzer'),
      M('Raamcontract', 0),
      M('Commentaar', 0),
    ]);
    return metOptioneel<Wmo315AangevraagdProduct>(
      {
        referentieAanbieder: tekstVan(p.een('ReferentieAanbieder')),
        toewijzingIngangsdatum: datumVan(p.een('ToewijzingIngangsdatum')),
        verwijzer: leesVerwijzer(p.een('Verwijzer')),
      },
      {
        beschikkingNummer: als(p.optioneel('BeschikkingNummer'), (e) => geheelGetalVan(e, 0, MAX_NUMMER)),
        product: als(p.optioneel('Product'), leesProduct),
        beschikkingIngangsdatum: als(p.optioneel('BeschikkingIngangsdatum'), datumVan),
        toewijzingEinddatum: als(p.optioneel('ToewijzingEinddatum'), datumVan),
        omvang: als(p.optioneel('Omvang'), leesOmvang),
        budget: als(p.optioneel('Budget'), (e) => geheelGetalVan(e, 0, MAX_BEDRAG)),
        raamcontract: als(p.optioneel('Raamcontract'), (e) => codeVan(e, JA_NEE, 'COD260') === '1'),
        commentaar: als(p.optioneel('Commentaar'), tekstVan),
      },
    );
  });
  const client = metOptioneel<Wmo315Bericht['client']>(leesClientgegevens(c), {
    commentaar: als(c.optioneel('Commentaar'), tekstVan),
  });
  return { berichtcode: 'WMO315', header, client, aangevraagdeProducten };
}

/** Reads a WMO317 (verzoek om wijziging). Throws `XmlLeesFout` / `IwmoLeesFout` on deviations. */
export function leesWmo317(xml: string): Wmo317Bericht {
  const ns = iwmoNamespace('WMO317');
  const M = delenIn(ns);
  const { header, hoofd } = leesBericht(xml, 'WMO317', 'Client');
  const c = leesInhoud(hoofd, [M('Bsn'), M('Verzoek')]);
  const v = leesInhoud(c.een('Verzoek'), [
    M('ReferentieAanbieder'),
    M('RedenVerzoek'),
    M('OngewijzigdeProducten', 0),
    M('TeWijzigenProducten', 0),
    M('NieuweProducten', 0),
  ]);
  const optioneleLijst = (naam: string, kind: string) => {
    const el = v.optioneel(naam);
    return el ? lijst(el, ns, kind) : [];
  };
  const ongewijzigdeProducten = optioneleLijst('OngewijzigdeProducten', 'OngewijzigdProduct').map((el) => ({
    toewijzingNummer: geheelGetalVan(
      leesInhoud(el, [M('ToewijzingNummer')]).een('ToewijzingNummer'),
      0,
      MAX_NUMMER,
    ),
  }));
  const wijziging = (p: Inhoud) => ({
    einddatum: als(p.optioneel('Einddatum'), datumVan),
    omvang: als(p.optioneel('Omvang'), leesOmvang),
    budget: als(p.optioneel('Budget'), (e) => geheelGetalVan(e, 0, MAX_BEDRAG)),
  });
  const teWijzigenProducten = optioneleLijst('TeWijzigenProducten', 'TeWijzigenProduct').map((el) => {
    const p = leesInhoud(el, [
      M('ToewijzingNummer'),
      M('GewensteIngangsdatum'),
      M('Einddatum', 0),
      M('Omvang', 0),
      M('Budget', 0),
    ]);
    return metOptioneel<Wmo317TeWijzigenProduct>(
      {
        toewijzingNummer: geheelGetalVan(p.een('ToewijzingNummer'), 0, MAX_NUMMER),
        gewensteIngangsdatum: datumVan(p.een('GewensteIngangsdatum')),
      },
      wijziging(p),
    );
  });
  const nieuweProducten = optioneleLijst('NieuweProducten', 'NieuwProduct').map((el) => {
    const p = leesInhoud(el, [
      M('Product', 0),
      M('GewensteIngangsdatum'),
      M('Einddatum', 0),
      M('Omvang', 0),
      M('Budget', 0),
    ]);
    return metOptioneel<Wmo317NieuwProduct>(
      { gewensteIngangsdatum: datumVan(p.een('GewensteIngangsdatum')) },
      { product: als(p.optioneel('Product'), leesProduct), ...wijziging(p) },
    );
  });
  return {
    berichtcode: 'WMO317',
    header,
    client: { bsn: patroonVan(c.een('Bsn'), BSN, 'een BSN van 9 cijfers') },
    verzoek: {
      referentieAanbieder: tekstVan(v.een('ReferentieAanbieder')),
      redenVerzoek: codeVan(v.een('RedenVerzoek'), REDENEN_VERZOEK, 'WJ758'),
      ongewijzigdeProducten,
      teWijzigenProducten,
      nieuweProducten,
    },
  };
}

export const LEZERS: {
  [S in InkomendeBerichtsoort]: (xml: string) => Extract<InkomendBericht, { berichtcode: S }>;
} = {
  WMO305: leesWmo305,
  WMO307: leesWmo307,
  WMO315: leesWmo315,
  WMO317: leesWmo317,
};
