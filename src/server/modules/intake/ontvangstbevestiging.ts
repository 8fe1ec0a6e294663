/**
 * The ontvangstbevestiging: the letter that confirms a melding (Wmo 2015 art. 2.3.2 lid 1).
 *
 * Pure: it only builds the content (`Brief`); `renderBrief` turns it into a PDF and the intake
 * service stores it. Besides "we received it", the law wants the resident to hear three things at
 * the start, so all three are in here with their dates: the 6-week term of the onderzoek (lid 1),
 * the right to hand in a persoonlijk plan within 7 days (lid 2) and free cliëntondersteuning
 * (lid 3, art. 2.2.4). With spoed, the letter also says that a temporary provision can be arranged
 * straight away (art. 2.3.3). Written at language level B1: short sentences, "u" and "wij".
 */

import { aanhef, adresregels, naamOpBrief } from '../../platform/documents/adres.ts';
import type { Afzender, Brief, BriefBlok } from '../../platform/documents/brief.ts';
import { gemeenteTitel, toonWebsite } from '../../platform/documents/brief.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';

export interface OntvangstbevestigingInput {
  gemeente: Afzender;
  persoon: {
    voornamen?: string | null;
    tussenvoegsel?: string | null;
    achternaam: string;
    straat?: string | null;
    huisnummer?: number | string | null;
    huisnummertoevoeging?: string | null;
    postcode?: string | null;
    woonplaats?: string | null;
    geslacht?: string | null;
  };
  melding: {
    nummer: number;
    /** ISO dates ('YYYY-MM-DD'), like all dates here. */
    ontvangstdatum: string;
    hulpvraag: string;
    spoed: boolean;
    /** True when the resident already said yes to cliëntondersteuning at the melding. */
    clientondersteuningGeaccepteerd?: boolean | null;
  };
  termijnen: { onderzoekUiterlijk: string; persoonlijkPlanUiterlijk: string };
  contactpersoon?: { naam: string } | null;
  briefdatum: string;
}

/** How much of the hulpvraag the letter quotes: enough to recognise it, not the whole story. */
export const HULPVRAAG_CITAAT_MAX = 300;

/** The kenmerk of a melding: 123 → 'M-000123'. */
export function meldingKenmerk(nummer: number): string {
  if (!Number.isSafeInteger(nummer) || nummer < 1) {
    throw new RangeError(`Ongeldig meldingsnummer: ${nummer}`);
  }
  return `M-${String(nummer).padStart(6, '0')}`;
}

/** Shortens text to at most `max` characters, at a word boundary when there is one close by. */
export function kortAf(tekst: string, max = HULPVRAAG_CITAAT_MAX): string {
  const schoon = tekst.replace(/\s+/g, ' ').trim();
  if (schoon.length <= max) return schoon;
  const ruw = schoon.slice(0, max - 1);
  const spatie = ruw.lastIndexOf(' ');
  const knip = spatie > max * 0.8 ? ruw.slice(0, spatie) : ruw;
  return `${knip.replace(/[\s.,;:!?-]+$/, '')}…`;
}

export function ontvangstbevestigingBrief(input: OntvangstbevestigingInput): Brief {
  const { gemeente, persoon, melding, termijnen } = input;
  const kenmerk = meldingKenmerk(melding.nummer);
  const ontvangen = formatDatumLang(melding.ontvangstdatum);
  const onderzoekUiterlijk = formatDatumLang(termijnen.onderzoekUiterlijk);
  const planUiterlijk = formatDatumLang(termijnen.persoonlijkPlanUiterlijk);
  const website = toonWebsite(gemeente.website);
  const contactpersoon = input.contactpersoon?.naam.trim() || null;
  const naam = naamOpBrief(persoon);

  const blokken: BriefBlok[] = [
    {
      alineas: [
        `Op ${ontvangen} hebben wij uw melding ontvangen. U vraagt de gemeente om hulp of ondersteuning. ` +
          'In deze brief leest u wat er nu gaat gebeuren.',
        `U schreef ons: “${kortAf(melding.hulpvraag)}”`,
        `Het nummer van uw melding is ${kenmerk}. Wilt u dit nummer noemen als u contact met ons opneemt?`,
      ],
    },
  ];

  if (melding.spoed) {
    blokken.push({
      kop: 'U heeft snel hulp nodig',
      alineas: [
        'U heeft ons laten weten dat uw situatie niet kan wachten. Daarom kijken wij meteen of u tijdelijk ' +
          'hulp nodig heeft. Is dat zo, dan regelen wij die hulp zonder te wachten op het onderzoek ' +
          '(Wmo 2015, artikel 2.3.3).',
      ],
    });
  }

  blokken.push(
    {
      kop: 'Wat gebeurt er nu?',
      alineas: [
        (contactpersoon
          ? `Uw contactpersoon bij de gemeente is ${contactpersoon}. ${contactpersoon} neemt contact met u op `
          : 'Een medewerker van de gemeente neemt contact met u op ') +
          'om een afspraak te maken voor een gesprek. In dat gesprek onderzoeken wij samen met u welke hulp ' +
          'u nodig heeft. Het gesprek is vaak bij u thuis. Daarom heet het ook wel het keukentafelgesprek.',
        'In het gesprek praten wij onder andere over:',
      ],
    },
    {
      lijst: [
        'wat u nodig heeft en wat u zelf wilt;',
        'wat u zelf kunt doen en wat lastig is;',
        'wie u kan helpen, zoals uw familie, vrienden of buren;',
        'welke hulp er al is in uw buurt, zonder dat u daarvoor een aanvraag hoeft te doen.',
      ],
    },
    {
      kop: 'Wanneer is het onderzoek klaar?',
      alineas: [
        `Wij ronden het onderzoek uiterlijk af op ${onderzoekUiterlijk}. De wet geeft ons daarvoor 6 weken ` +
          '(Wmo 2015, artikel 2.3.2 lid 1). Na het gesprek krijgt u een verslag. Daarin staat wat wij samen ' +
          'hebben besproken.',
      ],
    },
    {
      kop: melding.clientondersteuningGeaccepteerd ? 'Uw cliëntondersteuner' : 'Gratis cliëntondersteuning',
      alineas: melding.clientondersteuningGeaccepteerd
        ? [
            // Offering what was already accepted confused residents (issue 15, item 9).
            'U heeft gezegd dat u hulp wilt van een gratis, onafhankelijke cliëntondersteuner. Wij regelen ' +
              'dat voor u; de cliëntondersteuner kan bij het gesprek zijn (Wmo 2015, artikel 2.3.2 lid 3).',
            'U mag ook iemand die u kent vragen om bij het gesprek te zijn, bijvoorbeeld een familielid of een buur.',
          ]
        : [
            'U kunt gratis hulp krijgen van een cliëntondersteuner. Een cliëntondersteuner is onafhankelijk: ' +
              'hij of zij staat naast u en beslist niet over uw hulp. De cliëntondersteuner denkt met u mee, ' +
              'geeft informatie en kan bij het gesprek zijn (Wmo 2015, artikel 2.3.2 lid 3). Wilt u dit? ' +
              'Laat het ons weten, dan regelen wij het.',
            'U mag ook iemand die u kent vragen om bij het gesprek te zijn, bijvoorbeeld een familielid of een buur.',
          ],
    },
    {
      kop: 'Uw eigen persoonlijk plan',
      alineas: [
        'U mag ons een persoonlijk plan geven. Daarin schrijft u zelf wat uw situatie is, wat u nodig ' +
          `heeft en welke hulp u graag wilt. Dat hoeft niet. Wilt u het wel? Geef of stuur ons uw plan dan ` +
          `uiterlijk ${planUiterlijk}, met het nummer van uw melding. Wij nemen uw plan mee in het ` +
          'onderzoek (Wmo 2015, artikel 2.3.2 lid 2).',
      ],
    },
    {
      kop: 'Heeft u vragen?',
      alineas: [
        `Bel ons op ${gemeente.telefoon} of kijk op ${website}. Noem dan het nummer van uw melding: ${kenmerk}.` +
          (contactpersoon ? ` U kunt ook vragen naar uw contactpersoon ${contactpersoon}.` : ''),
      ],
    },
    {
      kop: 'Uw gegevens',
      alineas: [
        'Wij gebruiken uw gegevens alleen om uw melding te behandelen. Hoe wij met uw gegevens omgaan, ' +
          `leest u in onze privacyverklaring op ${website}.`,
      ],
    },
  );

  return {
    afzender: gemeente,
    geadresseerde: { naam, regels: adresregels(persoon) },
    datum: input.briefdatum,
    kenmerk,
    onderwerp: 'Wij hebben uw melding ontvangen',
    aanhef: aanhef(persoon),
    blokken,
    afsluiting: 'Met vriendelijke groet,',
    ondertekening: { naam: 'Team Toegang', functie: gemeenteTitel(gemeente.gemeenteNaam) },
    voettekst: `Noem bij contact altijd het nummer van uw melding: ${kenmerk}`,
  };
}
