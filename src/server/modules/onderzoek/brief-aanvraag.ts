import { type AdresPersoon, aanhef, adresregels, naamOpBrief } from '../../platform/documents/adres.ts';
import type { Afzender, Brief, BriefBlok } from '../../platform/documents/brief.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';

export interface AanvraagBriefBasis {
  gemeente: Afzender;
  persoon: AdresPersoon;
  /** Kenmerk of the melding the aanvraag belongs to. */
  kenmerk: string;
  datum: string;
  aanvraagdatum: string;
}

function brief(b: AanvraagBriefBasis, onderwerp: string, blokken: BriefBlok[]): Brief {
  return {
    afzender: b.gemeente,
    geadresseerde: { naam: naamOpBrief(b.persoon), regels: adresregels(b.persoon) },
    datum: b.datum,
    kenmerk: b.kenmerk,
    onderwerp,
    aanhef: aanhef(b.persoon),
    blokken,
    afsluiting: 'Met vriendelijke groet,',
    ondertekening: {
      naam: `Burgemeester en wethouders van ${b.gemeente.gemeenteNaam}`,
      functie: 'namens dezen, Team Wmo',
    },
    voettekst: `Kenmerk van uw melding: ${b.kenmerk}`,
  };
}

/** "€ 1.442,00" (the letters' formatter: no Intl, whole cents). */
export function euro(cent: number): string {
  const euros = Math.floor(cent / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${euros},${String(cent % 100).padStart(2, '0')}`;
}

/** Awb 4:14 lid 3: the aanvrager is told before the term ends when the decision will come. */
export function verdagingAanvraagBrief(
  b: AanvraagBriefBasis & { wasUiterlijk: string; nieuweDatum: string; reden: string },
): Brief {
  return brief(b, 'Wij hebben meer tijd nodig voor het besluit over uw aanvraag', [
    {
      alineas: [
        `Op ${formatDatumLang(b.aanvraagdatum)} hebben wij uw aanvraag voor Wmo-ondersteuning ontvangen. Wij zouden uiterlijk op ${formatDatumLang(b.wasUiterlijk)} beslissen.`,
        `Dat lukt niet. Wij beslissen uiterlijk op ${formatDatumLang(b.nieuweDatum)} (Algemene wet bestuursrecht, artikel 4:14 lid 3).`,
      ],
    },
    { kop: 'Waarom', alineas: [b.reden] },
    {
      kop: 'Beslissen wij niet op tijd?',
      alineas: [
        'Dan kunt u ons schriftelijk in gebreke stellen. Beslissen wij daarna niet binnen twee weken, dan moeten wij u een dwangsom betalen (Algemene wet bestuursrecht, artikel 4:17).',
      ],
    },
  ]);
}

/** Awb 4:18: the beschikking that sets the dwangsom owed, with its days and amount. */
export function dwangsomBeschikkingBrief(
  b: AanvraagBriefBasis & {
    ontvangstIngebrekestelling: string;
    vanaf: string;
    laatsteDag: string;
    dagen: number;
    bedragCent: number;
    bezwaarUiterlijk: string;
  },
): Brief {
  return brief(b, 'Besluit over de dwangsom bij uw aanvraag', [
    {
      alineas: [
        `Op ${formatDatumLang(b.aanvraagdatum)} hebben wij uw aanvraag voor Wmo-ondersteuning ontvangen. Wij hebben niet op tijd beslist. Op ${formatDatumLang(b.ontvangstIngebrekestelling)} hebben wij uw ingebrekestelling ontvangen.`,
        'Daarom moeten wij u een dwangsom betalen (Algemene wet bestuursrecht, artikel 4:17). In deze brief leest u hoe hoog die is (artikel 4:18).',
      ],
    },
    {
      kop: 'Ons besluit',
      alineas: [
        `De dwangsom liep van ${formatDatumLang(b.vanaf)} tot en met ${formatDatumLang(b.laatsteDag)}: ${b.dagen} ${b.dagen === 1 ? 'dag' : 'dagen'}.`,
        `Wij stellen de dwangsom vast op ${euro(b.bedragCent)}. Dat is € 23 per dag voor de eerste 14 dagen, € 35 per dag voor de volgende 14 dagen en € 45 per dag daarna, met een maximum van 42 dagen (artikel 4:17 lid 2).`,
        'Wij maken het bedrag binnen zes weken over op uw rekening.',
      ],
    },
    {
      kop: 'Bent u het niet eens met dit besluit?',
      alineas: [
        `Dan kunt u bezwaar maken. Stuur uw bezwaarschrift uiterlijk op ${formatDatumLang(b.bezwaarUiterlijk)} naar ons (Algemene wet bestuursrecht, artikel 6:7). Een bezwaarschrift dat u op tijd op de post doet, is ook op tijd als wij het binnen een week na die datum ontvangen (artikel 6:9).`,
      ],
    },
  ]);
}
