import { type AdresPersoon, aanhef, adresregels, naamOpBrief } from '../../platform/documents/adres.ts';
import type { Afzender, Brief, BriefBlok } from '../../platform/documents/brief.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';

export interface BezwaarBriefBasis {
  gemeente: Afzender;
  persoon: AdresPersoon;
  /** Kenmerk of the beschikking objected to. */
  kenmerk: string;
  datum: string;
  ontvangstdatum: string;
}

function brief(b: BezwaarBriefBasis, onderwerp: string, blokken: BriefBlok[]): Brief {
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
      functie: 'namens dezen, Team Bezwaar',
    },
    voettekst: `Kenmerk van het besluit waartegen u bezwaar maakte: ${b.kenmerk}`,
  };
}

/** Awb 7:10 lid 3: the verdaging is made known in writing, before the term ends. */
export function verdagingBrief(
  b: BezwaarBriefBasis & { nieuweDatum: string; reden: string; uitstel: boolean },
): Brief {
  return brief(
    b,
    b.uitstel ? 'Uitstel van de beslissing op uw bezwaar' : 'Wij hebben meer tijd nodig voor uw bezwaar',
    [
      {
        alineas: [
          `Op ${formatDatumLang(b.ontvangstdatum)} hebben wij uw bezwaarschrift ontvangen.`,
          b.uitstel
            ? `U heeft ermee ingestemd dat wij later beslissen (Algemene wet bestuursrecht, artikel 7:10 lid 4). Wij beslissen uiterlijk op ${formatDatumLang(b.nieuweDatum)}.`
            : `Wij kunnen niet binnen de gewone termijn op uw bezwaar beslissen. Daarom stellen wij de beslissing uit met zes weken (Algemene wet bestuursrecht, artikel 7:10 lid 3). Wij beslissen uiterlijk op ${formatDatumLang(b.nieuweDatum)}.`,
        ],
      },
      { kop: 'Waarom', alineas: [b.reden] },
      {
        kop: 'Beslissen wij niet op tijd?',
        alineas: [
          'Dan kunt u ons schriftelijk in gebreke stellen. Beslissen wij daarna niet binnen twee weken, dan kunt u beroep instellen bij de rechtbank en moeten wij u mogelijk een dwangsom betalen (Algemene wet bestuursrecht, artikel 4:17 en 6:12).',
        ],
      },
    ],
  );
}

const UITKOMST: Record<'gegrond' | 'ongegrond' | 'niet-ontvankelijk', string> = {
  gegrond:
    'Uw bezwaar is gegrond. Dat betekent dat u gelijk krijgt. Wij herroepen het besluit en nemen een nieuw besluit; dat krijgt u apart.',
  ongegrond: 'Uw bezwaar is ongegrond. Dat betekent dat het besluit blijft zoals het was.',
  'niet-ontvankelijk':
    'Wij kunnen uw bezwaar niet behandelen (niet-ontvankelijk). Het besluit blijft zoals het was.',
};

/** Awb 7:11, 7:12: the beslissing op bezwaar, with its reasons and the right to beroep (8:1, 6:7). */
export function beslissingOpBezwaarBrief(
  b: BezwaarBriefBasis & {
    uitkomst: 'gegrond' | 'ongegrond' | 'niet-ontvankelijk';
    motivering: string;
    adviescommissie: boolean;
  },
): Brief {
  return brief(b, 'Beslissing op uw bezwaar', [
    {
      alineas: [
        `Op ${formatDatumLang(b.ontvangstdatum)} hebben wij uw bezwaarschrift ontvangen tegen ons besluit met kenmerk ${b.kenmerk}. In deze brief leest u onze beslissing (Algemene wet bestuursrecht, artikel 7:11).`,
      ],
    },
    { kop: 'Onze beslissing', alineas: [UITKOMST[b.uitkomst]] },
    {
      kop: 'Waarom',
      alineas: [
        b.motivering,
        ...(b.adviescommissie
          ? [
              'Wij hebben het advies van de bezwaarcommissie gevolgd of vermelden hierboven waarom niet (artikel 7:13).',
            ]
          : []),
      ],
    },
    {
      kop: 'Bent u het niet eens met deze beslissing?',
      alineas: [
        'Dan kunt u beroep instellen bij de rechtbank, binnen zes weken na de dag waarop wij deze brief hebben verstuurd (Algemene wet bestuursrecht, artikel 6:7, 6:8 en 8:1). De rechtbank vraagt griffierecht.',
      ],
    },
  ]);
}
