/**
 * iWmo 3.2 code lists used by the WMO301 (toewijzing) message, taken from the standard's own files in
 * shared/standards/iwmo-3.2: the `codelijsten/*.md` tables (codes and Dutch names) and, where the XSD
 * enumerates the allowed values (basisschema.xsd, LDT_*), checked against that enumeration. The XSD is
 * authoritative for which codes a message may contain; the .md files give the names.
 *
 * Every list is a `const` record code → omschrijving, with a derived union type of its codes and a
 * type guard. Codes are strings, exactly as they appear in the XML ('01', not 1).
 */

function isSleutel<T extends Record<string, string>>(lijst: T, waarde: unknown): waarde is keyof T & string {
  return typeof waarde === 'string' && Object.hasOwn(lijst, waarde);
}

/** WMO020 Productcategorie (LDT_ProductCategorie). 11–14 are hulpmiddelen (see TR302). */
export const PRODUCTCATEGORIEEN = {
  '01': 'Hulp bij het huishouden',
  '02': 'Begeleiding',
  '03': 'Persoonlijke verzorging',
  '04': 'Kortdurend verblijf',
  '05': 'Woondiensten',
  '06': 'Overige ondersteuning gericht op het individu of huishouden/gezin',
  '07': 'Dagbesteding',
  '08': 'Vervoerdiensten',
  '09': 'Overige groepsgerichte ondersteuning',
  '10': 'Overige maatwerk arrangementen',
  '11': 'Rolstoelen',
  '12': 'Vervoervoorzieningen',
  '13': 'Woonvoorzieningen',
  '14': 'Overige hulpmiddelen',
  '15': 'Beschermd wonen',
  '16': 'Opvang',
  '17': 'Spoedopvang',
  '18': 'Overige beschermd wonen en opvang',
} as const;
export type Productcategorie = keyof typeof PRODUCTCATEGORIEEN;
export const isProductcategorie = (w: unknown): w is Productcategorie => isSleutel(PRODUCTCATEGORIEEN, w);

/**
 * The hulpmiddelen categories (11 Rolstoelen … 14 Overige hulpmiddelen): the same product may occur
 * more than once with overlapping periods in one message (TR302).
 */
export const HULPMIDDELEN_CATEGORIEEN: ReadonlySet<Productcategorie> = new Set(['11', '12', '13', '14']);

/** WJ756 Eenheid (LDT_Eenheid). */
export const EENHEDEN = {
  '01': 'Minuut',
  '04': 'Uur',
  '14': 'Etmaal',
  '16': 'Dagdeel (4 uur)',
  '82': 'Stuks (output)',
  '83': "Euro's",
  '84': 'Stuks (inspanning)',
} as const;
export type Eenheid = keyof typeof EENHEDEN;
export const isEenheid = (w: unknown): w is Eenheid => isSleutel(EENHEDEN, w);

/** WMO757 Frequentie (LDT_Frequentie). */
export const FREQUENTIES = {
  '1': 'Per dag',
  '2': 'Per week',
  '4': 'Per maand',
  '6': 'Totaal binnen geldigheidsduur toewijzing',
} as const;
export type Frequentie = keyof typeof FREQUENTIES;
export const isFrequentie = (w: unknown): w is Frequentie => isSleutel(FREQUENTIES, w);

/**
 * WMO002 Reden wijziging toewijzing (LDT_RedenWijziging). 01 is in the list (and the XSD) but may not
 * be used (CS336); 13 means the toewijzing is withdrawn as if never sent, with Einddatum = Ingangsdatum
 * (CS335).
 */
export const REDENEN_WIJZIGING = {
  '01': 'Administratieve correctie (vervallen)',
  '02': 'Cliënt overleden',
  '03': 'Contractwijziging',
  '04': 'Herbeoordeling: verlenging toewijzing',
  '05': 'Herbeoordeling: verkorting toewijzing',
  '06': 'Uitstroom naar ander domein',
  '07': 'Verhuizing naar een andere gemeente',
  '08': 'Wijziging leveringsvorm',
  '09': 'Overstap naar andere aanbieder',
  '10': 'Overgang naar nieuwe bekostigingssystematiek',
  '11': 'Gemeentelijke herindeling',
  '12': 'Geïnitieerd door de aanbieder',
  '13': 'Verwijderd',
  '14': 'Administratieve correctie',
} as const;
export type RedenWijziging = keyof typeof REDENEN_WIJZIGING;
export const isRedenWijziging = (w: unknown): w is RedenWijziging => isSleutel(REDENEN_WIJZIGING, w);

/** COD046 Geslacht (LDT_Geslacht). */
export const GESLACHTEN = {
  '0': 'Onbekend',
  '1': 'Mannelijk',
  '2': 'Vrouwelijk',
} as const;
export type Geslacht = keyof typeof GESLACHTEN;
export const isGeslacht = (w: unknown): w is Geslacht => isSleutel(GESLACHTEN, w);

/**
 * COD700 Naamgebruik (LDT_NaamGebruik). Note CS050: with a Partnernaam only 1–4 are allowed, without
 * one only 1; so 5 and 6 are in the list but never pass the rule checker.
 */
export const NAAMGEBRUIK = {
  '1': 'Eigen naam',
  '2': 'Naam echtgenoot of geregistreerd partner of alternatieve naam',
  '3': 'Naam echtgenoot of geregistreerd partner gevolgd door eigen naam',
  '4': 'Eigen naam gevolgd door naam echtgenoot of geregistreerd partner',
  '5': 'Pseudoniem',
  '6': 'Niet-natuurlijk persoon',
} as const;
export type Naamgebruik = keyof typeof NAAMGEBRUIK;
export const isNaamgebruik = (w: unknown): w is Naamgebruik => isSleutel(NAAMGEBRUIK, w);

/**
 * COD327 Code verwijzer (LDT_TypeVerwijzer). Used in WMO315/316 (verzoek om toewijzing), not in
 * WMO301: the iWmo 3.2 toewijzing has no Verwijzer element.
 */
export const VERWIJZERS = {
  '01': 'Gemeente',
  '02': 'Huisarts',
  '03': 'Jeugdarts',
  '04': 'Gecertificeerde instelling',
  '05': 'Medisch specialist',
  '06': 'Zelfverwijzer / geen verwijzer',
  '08': 'Rechter, Officier van Justitie, functionaris Justitiële jeugdinrichting',
} as const;
export type TypeVerwijzer = keyof typeof VERWIJZERS;
export const isTypeVerwijzer = (w: unknown): w is TypeVerwijzer => isSleutel(VERWIJZERS, w);

/** COD170 Datumgebruik (LDT_DatumGebruik): which part of a Geboortedatum is unknown (CS139). */
export const DATUMGEBRUIK = {
  '1': 'Dag onbekend (alleen maand en jaar gebruiken)',
  '2': 'Dag en maand onbekend (alleen jaar gebruiken)',
  '3': 'Dag, maand en jaar onbekend (onbekende datum)',
} as const;
export type Datumgebruik = keyof typeof DATUMGEBRUIK;
export const isDatumgebruik = (w: unknown): w is Datumgebruik => isSleutel(DATUMGEBRUIK, w);

/** COD757 Soort adres (LDT_AdresSoort). */
export const SOORTEN_ADRES = {
  '01': 'BRP-adres',
  '02': 'Correspondentie-adres',
  '03': 'Verblijfadres',
  '04': 'Tijdelijk verblijfadres',
} as const;
export type SoortAdres = keyof typeof SOORTEN_ADRES;
export const isSoortAdres = (w: unknown): w is SoortAdres => isSleutel(SOORTEN_ADRES, w);

/** COD747 Communicatievorm (LDT_Communicatievorm). */
export const COMMUNICATIEVORMEN = {
  '1': 'Tolk taal',
  '2': 'Doventolk',
  '3': 'Doofblindentolk',
} as const;
export type Communicatievorm = keyof typeof COMMUNICATIEVORMEN;
export const isCommunicatievorm = (w: unknown): w is Communicatievorm => isSleutel(COMMUNICATIEVORMEN, w);

/** WJ232 Juridische status (LDT_JuridischeStatus). */
export const JURIDISCHE_STATUSSEN = {
  '01': 'Rechterlijke machtiging (rm) voorlopig / voortgezette machtiging',
  '02': 'RM op eigen verzoek',
  '03': 'RM met voorwaardelijk ontslag',
  '04': 'Onder toezichtstelling (ots)',
  '05': 'In bewaring stelling (ibs)',
  '11': 'Strafrechterlijke justitiële contacten (tbs)',
  '12': 'Strafrechterlijke justitiële contacten (overig)',
} as const;
export type JuridischeStatus = keyof typeof JURIDISCHE_STATUSSEN;
export const isJuridischeStatus = (w: unknown): w is JuridischeStatus => isSleutel(JURIDISCHE_STATUSSEN, w);

/** WJ003 Wettelijke vertegenwoordiging (LDT_WettelijkeVertegenwoordiging). */
export const WETTELIJKE_VERTEGENWOORDIGINGEN = {
  '06': 'Voogdij',
  '07': 'Bewindvoering',
  '08': 'Mentorschap',
  '09': 'Onder curatele stelling',
  '10': 'Zaakwaarneming',
} as const;
export type WettelijkeVertegenwoordiging = keyof typeof WETTELIJKE_VERTEGENWOORDIGINGEN;
export const isWettelijkeVertegenwoordiging = (w: unknown): w is WettelijkeVertegenwoordiging =>
  isSleutel(WETTELIJKE_VERTEGENWOORDIGINGEN, w);

/** COD472 Soort relatie (LDT_SoortRelatie). */
export const SOORTEN_RELATIE = {
  '03': 'Curator (juridisch)',
  '04': 'Financieel (gemachtigd)',
  '05': 'Financieel (toetsing)',
  '06': 'Leefeenheid',
  '07': 'Hulpverlener',
  '08': 'Specialist',
  '09': 'Anders',
  '10': 'Ouder',
  '11': 'Voogd',
  '12': 'Partner/echtgeno(o)t(e)',
  '13': 'Pleegouder',
  '14': 'Bewindvoerder',
  '15': 'Mentor',
  '16': 'Zoon/dochter',
  '17': 'Familielid',
  '18': 'Gezinslid',
  '19': 'Buur',
  '20': 'Vriend(in)/kennis',
  '21': 'Cliëntondersteuner',
  '22': 'Huisarts',
  '23': 'Erven van',
  '24': 'Werkgever',
  '25': 'Wijkcoach',
} as const;
export type SoortRelatie = keyof typeof SOORTEN_RELATIE;
export const isSoortRelatie = (w: unknown): w is SoortRelatie => isSleutel(SOORTEN_RELATIE, w);

/** NUM061 Aanduiding woonadres (LDT_AanduidingWoonadres). */
export const AANDUIDINGEN_WOONADRES = {
  AB: 'Aan boord',
  BY: 'Bij',
  TO: 'Tegenover',
  WW: 'Woonwagen',
} as const;
export type AanduidingWoonadres = keyof typeof AANDUIDINGEN_WOONADRES;
export const isAanduidingWoonadres = (w: unknown): w is AanduidingWoonadres =>
  isSleutel(AANDUIDINGEN_WOONADRES, w);

/**
 * COD032 Land as far as the XSD allows it: the 249 ISO 3166-1 alpha-2 codes enumerated in
 * basisschema.xsd LDT_LandCode (copied from the XSD, which is stricter than the full COD032 list).
 */
export const LANDCODES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
    'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
    'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
    'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
    'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
    'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);
export const isLandCode = (w: unknown): w is string => typeof w === 'string' && LANDCODES.has(w);

/**
 * CBS gemeentecodes, gemeentelijke indeling op 1 januari 2026 (codelijsten/CBS_Gemeentecodes.md, 342
 * gemeenten). TR378 asks for a code that is current on the Ingangsdatum; we check against this one
 * list (the rule checker itself does not check it: its validGemeente template always returns true).
 */
export const CBS_GEMEENTECODES: ReadonlySet<string> = new Set(
  (
    '0014 0034 0037 0047 0050 0059 0060 0072 0074 0080 0085 0086 0088 0090 0093 0096 0098 0106 0109 0114 ' +
    '0118 0119 0141 0147 0148 0150 0153 0158 0160 0163 0164 0166 0168 0171 0173 0175 0177 0180 0183 0184 ' +
    '0189 0193 0197 0200 0202 0203 0209 0213 0214 0216 0221 0222 0225 0226 0228 0230 0232 0233 0243 0244 ' +
    '0246 0252 0262 0263 0267 0268 0269 0273 0274 0275 0277 0279 0281 0285 0289 0293 0294 0296 0297 0299 ' +
    '0301 0302 0303 0307 0308 0310 0312 0313 0317 0321 0327 0331 0335 0339 0340 0342 0344 0345 0351 0352 ' +
    '0353 0355 0356 0358 0361 0362 0363 0373 0375 0376 0377 0383 0384 0385 0388 0392 0394 0396 0397 0399 ' +
    '0400 0402 0405 0406 0415 0417 0420 0431 0432 0437 0439 0441 0448 0450 0451 0453 0473 0479 0482 0484 ' +
    '0489 0498 0502 0503 0505 0512 0513 0518 0523 0531 0532 0534 0537 0542 0546 0547 0553 0556 0569 0575 ' +
    '0579 0589 0590 0597 0599 0603 0606 0610 0613 0622 0626 0627 0629 0632 0637 0638 0642 0654 0664 0668 ' +
    '0677 0678 0687 0703 0715 0716 0717 0718 0736 0737 0743 0744 0748 0753 0755 0757 0758 0762 0765 0766 ' +
    '0770 0772 0777 0779 0784 0785 0794 0796 0797 0798 0809 0820 0823 0824 0826 0828 0840 0845 0847 0848 ' +
    '0851 0852 0855 0858 0861 0865 0866 0867 0873 0879 0880 0882 0888 0889 0893 0899 0907 0917 0928 0935 ' +
    '0938 0944 0946 0957 0965 0971 0981 0983 0984 0986 0988 0994 0995 1507 1509 1525 1581 1586 1598 1621 ' +
    '1640 1641 1652 1655 1658 1659 1667 1669 1674 1676 1680 1681 1690 1695 1696 1699 1700 1701 1705 1706 ' +
    '1708 1709 1711 1714 1719 1721 1723 1724 1728 1729 1730 1731 1734 1735 1740 1742 1771 1773 1774 1783 ' +
    '1842 1859 1876 1883 1884 1891 1892 1894 1895 1896 1900 1901 1903 1904 1911 1916 1924 1926 1930 1931 ' +
    '1940 1942 1945 1948 1949 1950 1952 1954 1955 1959 1960 1961 1963 1966 1969 1970 1978 1979 1980 1982 ' +
    '1991 1992'
  ).split(' '),
);
export const isCbsGemeentecode = (w: unknown): w is string =>
  typeof w === 'string' && CBS_GEMEENTECODES.has(w);
