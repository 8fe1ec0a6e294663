import { GEGEVENSCATEGORIEEN, type GegevensCategorie } from '../../platform/module.ts';

/**
 * The register of processing activities (AVG art. 30 lid 1), kept with the code that does the
 * processing so that it cannot silently drift: each module declares the categories of personal data
 * it processes (`persoonsgegevens` in its descriptor) and verwerkingsregister.test.ts fails when a
 * module declares a category that no processing of that module lists here.
 *
 * `id` is the `doel` the audit trail records for each access (NEN 7513), so an audit row points at
 * the processing it belongs to. Legal bases were written from the code and the law; the privacy
 * officer (FG) confirms them before go-live (docs/privacy.md).
 *
 * Retention: the terms below are enforced by the vernietigingslijsten (bewaren/, ADR 0031).
 */
export interface Verwerking {
  /** The audit `doel` of this processing. */
  id: string;
  naam: string;
  doel: string;
  /** Legal bases: AVG art. 6 (and art. 9 for health data) with the national law that sets the task. */
  grondslagen: readonly string[];
  categorieenBetrokkenen: readonly string[];
  categorieenGegevens: readonly GegevensCategorie[];
  ontvangers: readonly string[];
  bewaartermijn: string;
  /** The modules (src/server/modules/<naam>) that carry out this processing. */
  modules: readonly string[];
}

const AVG_6E = 'AVG art. 6 lid 1 sub e (taak van algemeen belang: uitvoering Wmo 2015)';
const AVG_6C = 'AVG art. 6 lid 1 sub c (wettelijke verplichting)';
const GEZONDHEID =
  'AVG art. 9 lid 2 sub g en h met UAVG art. 30 lid 3 sub b (gezondheidsgegevens voor aanspraken die afhangen van de gezondheid)';
const BSN = 'Wet algemene bepalingen burgerservicenummer art. 10 en UAVG art. 46 (BSN)';
const WMO_GEGEVENS = 'Wmo 2015 art. 5.1.1 (gegevensverwerking door het college)';
const BEWAREN_WMO =
  'Volgens de Selectielijst gemeenten en intergemeentelijke organen, per gemeente ingesteld door beheer (standaard 15 jaar na het einde van de voorziening, 5 jaar na afsluiting als niets is verstrekt; te bevestigen door de archivaris). Daarna vernietigd na goedkeuring van archivaris en privacy officer (docs/privacy.md).';

const INWONERS = 'Inwoners met een melding of aanvraag Wmo';
const HUISGENOTEN = 'Leden van hun huishouden';

export const VERWERKINGSREGISTER: readonly Verwerking[] = [
  {
    id: 'wmo-toegang-intake',
    naam: 'Melding en intake Wmo',
    doel: 'Een hulpvraag vastleggen, de inwoner en het huishouden identificeren en de melding verdelen.',
    grondslagen: ['Wmo 2015 art. 2.3.2 lid 1 (melding)', WMO_GEGEVENS, AVG_6E, GEZONDHEID, BSN],
    categorieenBetrokkenen: [INWONERS, HUISGENOTEN, 'Melders en mantelzorgers'],
    categorieenGegevens: [
      'identificatie',
      'bsn',
      'contact',
      'huishouden',
      'hulpvraag',
      'gezondheid',
      'documenten',
    ],
    ontvangers: ['Medewerkers toegang en KCC van de gemeente'],
    bewaartermijn: BEWAREN_WMO,
    modules: ['intake', 'imports', 'brp', 'werk', 'regio'],
  },
  {
    id: 'wmo-onderzoek',
    naam: 'Onderzoek en ondersteuningsplan',
    doel: 'Het onderzoek naar de behoefte aan ondersteuning, het gespreksverslag en het plan.',
    grondslagen: ['Wmo 2015 art. 2.3.2 (onderzoek, verslag lid 8)', WMO_GEGEVENS, AVG_6E, GEZONDHEID],
    categorieenBetrokkenen: [INWONERS, HUISGENOTEN],
    categorieenGegevens: ['identificatie', 'huishouden', 'hulpvraag', 'gezondheid', 'documenten'],
    ontvangers: ['Medewerkers toegang van de gemeente', 'De inwoner (verslag)'],
    bewaartermijn: BEWAREN_WMO,
    modules: ['onderzoek'],
  },
  {
    id: 'wmo-aanvraag',
    naam: 'Aanvraag maatwerkvoorziening',
    doel: 'De aanvraag na het onderzoek vastleggen als basis voor het besluit.',
    grondslagen: ['Wmo 2015 art. 2.3.5 lid 1 (aanvraag)', WMO_GEGEVENS, AVG_6E, GEZONDHEID],
    categorieenBetrokkenen: [INWONERS],
    categorieenGegevens: ['identificatie', 'hulpvraag', 'gezondheid', 'besluit'],
    ontvangers: ['Backoffice beschikkingen van de gemeente'],
    bewaartermijn: BEWAREN_WMO,
    modules: ['onderzoek'],
  },
  {
    id: 'wmo-beschikking',
    naam: 'Beschikking en voorzieningen',
    doel: 'Besluiten op aanvragen, wijziging, intrekking en herindicatie van maatwerkvoorzieningen.',
    grondslagen: [
      'Wmo 2015 art. 2.3.5 (besluit), 2.3.6 (pgb), 2.3.10 (herziening en intrekking)',
      'Awb titel 4.1 (beschikkingen)',
      WMO_GEGEVENS,
      AVG_6E,
      GEZONDHEID,
      BSN,
    ],
    categorieenBetrokkenen: [INWONERS],
    categorieenGegevens: [
      'identificatie',
      'bsn',
      'contact',
      'besluit',
      'financieel',
      'gezondheid',
      'documenten',
    ],
    ontvangers: [
      'De inwoner (beschikking)',
      'Aanbieders (via iWmo)',
      'CAK (eigen bijdrage, buiten deze software)',
    ],
    bewaartermijn: BEWAREN_WMO,
    modules: ['beschikking'],
  },
  {
    id: 'wmo-toewijzing',
    naam: 'Berichtenverkeer met aanbieders (iWmo)',
    doel: 'Zorg toewijzen aan de aanbieder en start, stop en declaraties ontvangen (iWmo via het GGK).',
    grondslagen: [
      WMO_GEGEVENS,
      'Wmo 2015 art. 5.1.1 en de Regeling maatschappelijke ondersteuning (berichtenstandaard iWmo)',
      AVG_6C,
      AVG_6E,
      GEZONDHEID,
      BSN,
    ],
    categorieenBetrokkenen: [INWONERS],
    categorieenGegevens: ['identificatie', 'bsn', 'contact', 'besluit', 'zorglevering', 'financieel'],
    ontvangers: ['Gecontracteerde aanbieders (via het Gemeentelijk Gegevensknooppunt)'],
    bewaartermijn: BEWAREN_WMO,
    modules: ['iwmo', 'beschikking'],
  },
  {
    id: 'preventie-verwijzing',
    naam: 'Verwijzing naar preventie en terugkoppeling',
    doel: 'De inwoner licht helpen via een preventieve of algemene voorziening en de uitkomst terugkoppelen (docs/preventie.md).',
    grondslagen: [
      'AVG art. 6 lid 1 sub a (toestemming, als eigen record vastgelegd)',
      'Wmo 2015 art. 2.3.2 lid 4 (eerst eigen kracht, netwerk en algemene voorzieningen)',
    ],
    categorieenBetrokkenen: [INWONERS, 'Vertegenwoordigers die toestemming gaven'],
    categorieenGegevens: ['identificatie', 'contact', 'hulpvraag', 'toestemming'],
    ontvangers: [
      'De gekozen preventiepartner (alleen de categorieën uit de toestemming; geen BSN of gezondheid)',
    ],
    bewaartermijn:
      'Als de melding waarbij de verwijzing hoort; na intrekking of verlopen van de toestemming niet meer leesbaar voor de partner.',
    modules: ['preventie', 'intake'],
  },
  {
    id: 'inwonerportaal',
    naam: 'Inwonerportaal (DigiD)',
    doel: 'De inwoner of diens vertegenwoordiger online laten melden, meelezen en reageren.',
    grondslagen: [AVG_6E, WMO_GEGEVENS, GEZONDHEID, BSN, 'Wet digitale overheid (DigiD, DigiD Machtigen)'],
    categorieenBetrokkenen: [INWONERS, 'Gemachtigden en wettelijk vertegenwoordigers'],
    categorieenGegevens: [
      'identificatie',
      'bsn',
      'contact',
      'hulpvraag',
      'gezondheid',
      'besluit',
      'vertegenwoordiging',
      'documenten',
    ],
    ontvangers: ['De inwoner zelf en diens vertegenwoordiger'],
    bewaartermijn: `Sessies: tot het verlopen van de sessie. Overige gegevens: ${BEWAREN_WMO}`,
    modules: ['portaal'],
  },
  {
    id: 'regionale-toegang-bw-mo',
    naam: 'Regionale toegang beschermd wonen en opvang',
    doel: 'Aanmeldingen voor beschermd wonen en maatschappelijke opvang (ook door derden) vastleggen, de wachtlijst en de plaatsing op een locatie bijhouden en de doorstroom warm overdragen aan de lokale toegang.',
    grondslagen: [
      'Wmo 2015 art. 1.2.1 (ingezetenen van Nederland: landelijke toegankelijkheid) en art. 2.3.2 (melding)',
      'Awb titel 10.1 (mandaat aan de centrumgemeente)',
      WMO_GEGEVENS,
      AVG_6E,
      BSN,
    ],
    categorieenBetrokkenen: [INWONERS, 'Aanmelders (partners, GGZ, politie, opvang)'],
    categorieenGegevens: ['identificatie', 'bsn', 'hulpvraag', 'besluit', 'financieel', 'medewerker'],
    ontvangers: [
      'Het regionale team van de centrumgemeente',
      'De lokale toegang van de gemeente waar de inwoner gaat wonen (alleen de overdracht)',
      'Aanbieders van de locatie (buiten deze software)',
    ],
    bewaartermijn: BEWAREN_WMO,
    modules: ['regio'],
  },
  {
    id: 'monitoring-sturing',
    naam: 'Monitoring en sturing',
    doel: 'Kerncijfers, doorlooptijden en werkdruk voor beleid en teamleiders, alleen als aantallen.',
    grondslagen: [AVG_6E, 'AVG art. 89 (statistische doeleinden; alleen geaggregeerde uitkomsten)'],
    categorieenBetrokkenen: [INWONERS, 'Medewerkers (werkvoorraad per team)'],
    categorieenGegevens: ['identificatie', 'hulpvraag', 'besluit', 'financieel', 'medewerker'],
    ontvangers: ['Beleid, teamleiders, control; partners en de gemeenteraad alleen cijfers'],
    bewaartermijn: 'Geen eigen opslag van persoonsgegevens: cijfers worden uit de dossiers berekend.',
    modules: ['monitoring', 'wijk', 'financien'],
  },
  {
    id: 'toezicht-op-gegevensverwerking',
    naam: 'Audittrail en toezicht',
    doel: 'Vastleggen wie welke gegevens zag of wijzigde (NEN 7513, BIO) en dat laten controleren.',
    grondslagen: [
      AVG_6C,
      'AVG art. 5 lid 2 en art. 32 (verantwoording, beveiliging)',
      'BIO 8.15/8.16 (logging)',
    ],
    categorieenBetrokkenen: ['Medewerkers', INWONERS],
    categorieenGegevens: ['toegangsgegevens', 'medewerker', 'identificatie', 'bsn'],
    ontvangers: ['Privacy officer / auditor', 'Autoriteit Persoonsgegevens op verzoek'],
    bewaartermijn:
      'Het audittrail blijft bewaard met een hash-keten; bij vernietiging van een dossier worden personen gepseudonimiseerd, regels niet verwijderd (issue 18, onderdeel 5).',
    modules: ['privacy'],
  },
  {
    id: 'rechten-betrokkene',
    naam: 'Verzoeken van betrokkenen (AVG art. 15–22)',
    doel: 'Verzoeken om inzage, rectificatie, beperking, bezwaar en wissen registreren, termijnbewaking en besluit.',
    grondslagen: [AVG_6C, 'AVG art. 12 t/m 22', 'UAVG art. 34 (besluit in de zin van de Awb)'],
    categorieenBetrokkenen: [INWONERS],
    categorieenGegevens: ['identificatie', 'contact', 'privacyverzoek', 'documenten'],
    ontvangers: ['Privacy officer', 'De betrokkene (besluit en inzage-export)'],
    bewaartermijn: BEWAREN_WMO,
    modules: ['privacy'],
  },
  {
    id: 'archivering',
    naam: 'Bewaren en vernietigen van dossiers',
    doel: 'Dossiers bewaren zolang de Selectielijst voorschrijft, daarna vernietigen met een verklaring; anonieme tellingen blijven.',
    grondslagen: [AVG_6C, 'Archiefwet 1995 art. 3 en 5', 'AVG art. 5 lid 1 sub e (opslagbeperking)'],
    categorieenBetrokkenen: [INWONERS, HUISGENOTEN],
    categorieenGegevens: ['identificatie', 'bsn', 'documenten'],
    ontvangers: ['Archivaris', 'Privacy officer'],
    bewaartermijn:
      'Vernietigingslijsten en -verklaringen blijvend (alleen pseudoniemen); de persoonsverwijzing op een lijst wordt bij vernietiging gewist.',
    modules: ['privacy'],
  },
  {
    id: 'gegevensmigratie',
    naam: 'Overname van dossiers uit het vorige systeem',
    doel: 'Lopende en afgesloten Wmo-dossiers eenmalig overnemen bij de overstap naar deze software.',
    grondslagen: [WMO_GEGEVENS, AVG_6E, GEZONDHEID, BSN],
    categorieenBetrokkenen: [INWONERS, HUISGENOTEN],
    categorieenGegevens: ['identificatie', 'bsn', 'contact', 'huishouden', 'hulpvraag', 'besluit'],
    ontvangers: ['Functioneel beheer (controle van de import)'],
    bewaartermijn: BEWAREN_WMO,
    modules: ['imports'],
  },
  {
    id: 'toegangsbeheer',
    naam: 'Accounts, rollen en inloggen',
    doel: 'Medewerkers en partnermedewerkers laten inloggen met de juiste rollen (vier ogen, tweede factor).',
    grondslagen: [AVG_6C, 'AVG art. 32 (beveiliging)', 'BIO 5.15–5.18 (toegangsbeveiliging)'],
    categorieenBetrokkenen: ['Medewerkers van de gemeente en van partners'],
    categorieenGegevens: ['medewerker', 'toegangsgegevens'],
    ontvangers: ['Functioneel beheer'],
    bewaartermijn: 'Zolang het account bestaat; inlogpogingen en sessies kort (zie accounts).',
    modules: ['accounts', 'organisatie', 'preventie', 'regio'],
  },
  {
    id: 'klachtbehandeling',
    naam: 'Klachten over de behandeling',
    doel: 'Een klacht over hoe de gemeente iemand behandelde registreren, horen en binnen de termijn afhandelen.',
    grondslagen: ['Awb hoofdstuk 9 (klachtbehandeling, art. 9:1 en 9:11)', AVG_6C],
    categorieenBetrokkenen: [
      'Klagers (inwoners en hun vertegenwoordigers)',
      'Medewerkers over wie geklaagd wordt',
    ],
    categorieenGegevens: ['identificatie', 'contact', 'documenten'],
    ontvangers: ['Klachtcoördinator; een klachtadviescommissie als die wordt ingeschakeld'],
    bewaartermijn: BEWAREN_WMO,
    modules: ['klachten'],
  },
  {
    id: 'wmo-verantwoording-cbs',
    naam: 'Levering aan CBS (Monitor Sociaal Domein Wmo)',
    doel: 'Periodieke gegevens over maatwerkvoorzieningen aan CBS voor de landelijke statistiek.',
    grondslagen: [
      'Wet op het Centraal bureau voor de statistiek art. 33 (gegevens voor statistiek)',
      AVG_6C,
      'AVG art. 89 (statistiek); het BSN wordt vooraf gepseudonimiseerd (docs/cbs-monitor.md)',
      'te bevestigen door de FG tegen de actuele leveringsbeschrijving van CBS',
    ],
    categorieenBetrokkenen: [INWONERS],
    categorieenGegevens: ['bsn', 'besluit', 'zorglevering'],
    ontvangers: ['Centraal Bureau voor de Statistiek'],
    bewaartermijn: 'Het leveringsbestand wordt niet bewaard; het wordt bij elke levering opnieuw gemaakt.',
    modules: ['cbs'],
  },
];

/** The register as the API shows it: categories with their description. */
export function registerJson() {
  return VERWERKINGSREGISTER.map((v) => ({
    ...v,
    grondslagen: [...v.grondslagen],
    categorieenBetrokkenen: [...v.categorieenBetrokkenen],
    ontvangers: [...v.ontvangers],
    modules: [...v.modules],
    categorieenGegevens: v.categorieenGegevens.map((c) => ({
      code: c,
      omschrijving: GEGEVENSCATEGORIEEN[c],
    })),
  }));
}
