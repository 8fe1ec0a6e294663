/**
 * The demo sociale kaart of Deventer (issue 16): voorliggende and algemene voorzieningen with a plain
 * (B1) description. Synthetic: invented phone numbers and example.nl addresses; the aanbieders are
 * the demo partners and a few plausible local organisations.
 */

export interface DemoVoorziening {
  naam: string;
  aanbieder: string;
  soort: 'voorliggend' | 'algemeen';
  omschrijving: string;
  voorWie: string;
  waar: string | null;
  bereikbaarheid: string;
  telefoon?: string;
  website?: string;
  kosteloos: boolean;
  kosten?: string;
  wijken: string[];
  leefgebieden: string[];
  trefwoorden: string;
  /** The partner that maintains it; absent: functioneel beheer of the gemeente. */
  partner?: string;
}

export const SOCIALE_KAART_DEMO: readonly DemoVoorziening[] = [
  {
    naam: 'Onafhankelijke cliëntondersteuning',
    aanbieder: 'MEE IJsseloevers',
    partner: 'MEE IJsseloevers',
    soort: 'algemeen',
    omschrijving:
      'Een cliëntondersteuner helpt u gratis bij uw vraag aan de gemeente. Hij gaat mee naar het gesprek en denkt met u mee.',
    voorWie: 'Iedereen die hulp vraagt bij de gemeente, en zijn familie.',
    waar: 'Bij u thuis of op de wijklocatie',
    bereikbaarheid: 'Bel of mail MEE. U krijgt binnen een week een afspraak.',
    telefoon: '0570 000 101',
    website: 'https://mee.example.nl',
    kosteloos: true,
    wijken: [],
    leefgebieden: ['maatschappelijke-participatie', 'huiselijke-relaties', 'financien'],
    trefwoorden: 'clientondersteuning gesprek keukentafel meedenken onafhankelijk',
  },
  {
    naam: 'Maatschappelijk werk',
    aanbieder: 'De Kern',
    partner: 'De Kern',
    soort: 'algemeen',
    omschrijving:
      'Een maatschappelijk werker praat met u over zorgen thuis, over geld, rouw of relaties, en zoekt met u een oplossing.',
    voorWie: 'Volwassenen en gezinnen in Deventer.',
    waar: 'Op de wijklocatie of bij u thuis',
    bereikbaarheid: 'Loop binnen op het spreekuur of bel voor een afspraak.',
    telefoon: '0570 000 202',
    kosteloos: true,
    wijken: [],
    leefgebieden: ['huiselijke-relaties', 'geestelijke-gezondheid', 'financien'],
    trefwoorden: 'zorgen relatie rouw stress gezin problemen',
  },
  {
    naam: 'Geldzaken-spreekuur',
    aanbieder: 'Gemeente Deventer, schuldhulpverlening',
    soort: 'voorliggend',
    omschrijving:
      'Heeft u schulden of lukt het niet om rond te komen? Op het spreekuur kijken we samen naar uw geld en wat u kunt doen.',
    voorWie: 'Inwoners van Deventer met geldzorgen of schulden.',
    waar: 'Stadhuis Deventer en wijklocatie Rivierenwijk',
    bereikbaarheid: 'Elke dinsdag van 9 tot 12 uur, zonder afspraak.',
    telefoon: '14 0570',
    kosteloos: true,
    wijken: [],
    leefgebieden: ['financien'],
    trefwoorden: 'schulden schuldhulp rekeningen betalen budget geld armoede',
  },
  {
    naam: 'Formulierenhulp',
    aanbieder: 'Raster',
    partner: 'Raster',
    soort: 'algemeen',
    omschrijving: 'Vrijwilligers helpen u met formulieren, brieven en toeslagen invullen.',
    voorWie: 'Iedereen die hulp nodig heeft bij formulieren.',
    waar: 'Bibliotheek Binnenstad en wijklocatie Keizerslanden',
    bereikbaarheid: 'Loop binnen op maandag- of donderdagmiddag.',
    kosteloos: true,
    wijken: [],
    leefgebieden: ['financien', 'maatschappelijke-participatie'],
    trefwoorden: 'formulieren brieven toeslagen belasting aangifte digitaal',
  },
  {
    naam: 'Boodschappenhulp door vrijwilligers',
    aanbieder: 'Raster',
    partner: 'Raster',
    soort: 'voorliggend',
    omschrijving:
      'Een vrijwilliger doet één keer per week boodschappen voor u of gaat met u mee naar de winkel.',
    voorWie: 'Ouderen en mensen met een beperking die zelf geen boodschappen kunnen doen.',
    waar: 'Bij u thuis',
    bereikbaarheid: 'Bel Raster; binnen twee weken is er een vrijwilliger.',
    telefoon: '0570 000 303',
    kosteloos: true,
    wijken: [],
    leefgebieden: ['instrumentele-adl'],
    trefwoorden: 'boodschappen winkel vrijwilliger huishouden',
  },
  {
    naam: 'Maaltijdservice',
    aanbieder: 'Maaltijdservice Salland',
    soort: 'voorliggend',
    omschrijving: 'Elke dag een warme maaltijd aan huis. U kiest zelf uit het menu.',
    voorWie: 'Iedereen die niet meer zelf kan of wil koken.',
    waar: 'Aan huis in heel Deventer',
    bereikbaarheid: 'Bestellen per telefoon of website, de dag ervoor.',
    website: 'https://maaltijdservice.example.nl',
    kosteloos: false,
    kosten: 'Ongeveer € 8 per maaltijd',
    wijken: [],
    leefgebieden: ['instrumentele-adl', 'lichamelijke-gezondheid'],
    trefwoorden: 'maaltijd eten koken warm',
  },
  {
    naam: 'Deeltaxi en ouderenvervoer',
    aanbieder: 'Vervoer Salland',
    soort: 'voorliggend',
    omschrijving: 'Vervoer van deur tot deur in de regio, ook met rolstoel of rollator.',
    voorWie: 'Iedereen; met een Wmo-pas betaalt u minder.',
    waar: 'Regio Deventer',
    bereikbaarheid: 'Bel een uur van tevoren.',
    kosteloos: false,
    kosten: 'Een vast bedrag per rit',
    wijken: [],
    leefgebieden: ['maatschappelijke-participatie'],
    trefwoorden: 'vervoer taxi rolstoel ziekenhuis reizen',
  },
  {
    naam: 'Steunpunt mantelzorg',
    aanbieder: 'Mantelzorg Deventer',
    soort: 'voorliggend',
    omschrijving:
      'Zorgt u voor iemand? Het steunpunt geeft advies, een luisterend oor en regelt zo nodig vervanging zodat u even vrij bent.',
    voorWie: 'Mantelzorgers van alle leeftijden.',
    waar: 'Stadhuis Deventer',
    bereikbaarheid: 'Bel of mail voor een gesprek.',
    telefoon: '0570 000 404',
    kosteloos: true,
    wijken: [],
    leefgebieden: ['huiselijke-relaties', 'geestelijke-gezondheid'],
    trefwoorden: 'mantelzorg overbelast respijt vervanging dementie',
  },
  {
    naam: 'Buurtkamer Rivierenwijk',
    aanbieder: 'Raster',
    partner: 'Raster',
    soort: 'algemeen',
    omschrijving: 'Koffie drinken, samen eten en andere buurtbewoners ontmoeten. Iedereen is welkom.',
    voorWie: 'Bewoners van de Rivierenwijk en Bergweide.',
    waar: 'Wijklocatie Rivierenwijk',
    bereikbaarheid: 'Open op werkdagen van 10 tot 16 uur; gewoon binnenlopen.',
    kosteloos: true,
    wijken: ['G'],
    leefgebieden: ['sociaal-netwerk', 'tijdsbesteding'],
    trefwoorden: 'eenzaamheid ontmoeten koffie buurthuis samen eten alleen',
  },
  {
    naam: 'Wandelgroep Colmschate',
    aanbieder: 'De Kern',
    partner: 'De Kern',
    soort: 'algemeen',
    omschrijving: 'Elke woensdag een rustige wandeling van een uur, met koffie na afloop.',
    voorWie: 'Ouderen en iedereen die graag in beweging blijft.',
    waar: 'Start bij wijklocatie Colmschate',
    bereikbaarheid: 'Woensdag 10 uur; aanmelden hoeft niet.',
    kosteloos: true,
    wijken: ['H', 'J'],
    leefgebieden: ['sociaal-netwerk', 'lichamelijke-gezondheid'],
    trefwoorden: 'wandelen bewegen ouderen eenzaamheid ontmoeten',
  },
  {
    naam: 'Taalcafé',
    aanbieder: 'Bibliotheek Deventer',
    soort: 'algemeen',
    omschrijving: 'Oefen Nederlands praten in een kleine groep, met een vrijwilliger.',
    voorWie: 'Iedereen die beter Nederlands wil spreken.',
    waar: 'Bibliotheek Binnenstad',
    bereikbaarheid: 'Dinsdagavond en vrijdagochtend, zonder aanmelden.',
    kosteloos: true,
    wijken: ['A', 'C', 'D'],
    leefgebieden: ['werk-opleiding', 'maatschappelijke-participatie'],
    trefwoorden: 'taal nederlands leren lezen schrijven inburgering',
  },
  {
    naam: 'Klussendienst',
    aanbieder: 'Raster',
    partner: 'Raster',
    soort: 'voorliggend',
    omschrijving:
      'Vrijwilligers doen kleine klussen in huis: een lamp ophangen, een beugel plaatsen, een drempel weghalen.',
    voorWie: 'Ouderen en mensen met een beperking met een klein inkomen.',
    waar: 'Bij u thuis',
    bereikbaarheid: 'Bel Raster voor een afspraak.',
    telefoon: '0570 000 303',
    kosteloos: false,
    kosten: 'U betaalt alleen het materiaal',
    wijken: [],
    leefgebieden: ['huisvesting', 'instrumentele-adl'],
    trefwoorden: 'klussen beugel drempel woning aanpassen',
  },
  {
    naam: 'Wijkverpleging',
    aanbieder: 'Solis',
    partner: 'Solis wijkverpleging',
    soort: 'algemeen',
    omschrijving:
      'De wijkverpleegkundige helpt bij verzorging en verpleging thuis en kijkt met u wat u zelf kunt.',
    voorWie: 'Iedereen die thuis verpleging of verzorging nodig heeft.',
    waar: 'Bij u thuis',
    bereikbaarheid: 'Bel de wijkverpleging; ook uw huisarts kan u aanmelden.',
    telefoon: '0570 000 505',
    kosteloos: true,
    kosten: 'Betaald door de zorgverzekering, zonder eigen risico',
    wijken: [],
    leefgebieden: ['lichamelijke-gezondheid', 'basale-adl'],
    trefwoorden: 'verpleging verzorging douchen wondzorg thuiszorg',
  },
  {
    naam: 'Thuisadministratie door vrijwilligers',
    aanbieder: 'De Kern',
    partner: 'De Kern',
    soort: 'voorliggend',
    omschrijving:
      'Een vrijwilliger komt een paar keer bij u thuis en helpt u uw papieren en rekeningen te ordenen.',
    voorWie: 'Iedereen die het overzicht over de post en rekeningen kwijt is.',
    waar: 'Bij u thuis',
    bereikbaarheid: 'Meld u aan via het maatschappelijk werk.',
    kosteloos: true,
    wijken: [],
    leefgebieden: ['financien'],
    trefwoorden: 'administratie post rekeningen schulden papieren overzicht',
  },
];
