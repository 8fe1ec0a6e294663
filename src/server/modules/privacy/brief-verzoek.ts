import { type AdresPersoon, aanhef, adresregels, naamOpBrief } from '../../platform/documents/adres.ts';
import type { Afzender, Brief, BriefBlok } from '../../platform/documents/brief.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';
import { beschikking } from '../beschikking/index.ts';

const RECHT: Record<string, string> = {
  inzage: 'inzage in uw persoonsgegevens (AVG, artikel 15)',
  rectificatie: 'correctie van uw persoonsgegevens (AVG, artikel 16)',
  beperking: 'beperking van de verwerking van uw persoonsgegevens (AVG, artikel 18)',
  bezwaar: 'bezwaar tegen de verwerking van uw persoonsgegevens (AVG, artikel 21)',
  wissen: 'het wissen van uw persoonsgegevens (AVG, artikel 17)',
};

const BESLUIT: Record<string, string> = {
  toegewezen: 'Wij hebben besloten uw verzoek toe te wijzen.',
  'gedeeltelijk-toegewezen': 'Wij hebben besloten uw verzoek gedeeltelijk toe te wijzen.',
  afgewezen: 'Wij hebben besloten uw verzoek af te wijzen.',
};

export interface VerzoekBriefInput {
  gemeente: Afzender;
  persoon: AdresPersoon;
  kenmerk: string;
  datum: string;
  soort: string;
  ontvangstdatum: string;
  besluit: string;
  motivering: string;
  bezwaarUiterlijk: string;
}

/**
 * The decision on a data-subject request. It is a besluit (UAVG art. 34), so it carries the same
 * bezwaarclausule as a beschikking; the resident may also complain to the Autoriteit
 * Persoonsgegevens (AVG art. 77) or go to court (UAVG art. 34, 35).
 */
export function verzoekBrief(b: VerzoekBriefInput): Brief {
  const blokken: BriefBlok[] = [
    {
      alineas: [
        `Op ${formatDatumLang(b.ontvangstdatum)} hebben wij uw verzoek ontvangen om ${RECHT[b.soort] ?? b.soort}. In deze brief leest u ons besluit.`,
      ],
    },
    { kop: 'Ons besluit', alineas: [BESLUIT[b.besluit] ?? b.besluit] },
    { kop: 'Waarom', alineas: [b.motivering] },
    beschikking.api.bezwaarclausule(b.gemeente, b.kenmerk, b.bezwaarUiterlijk),
    {
      kop: 'Klacht bij de Autoriteit Persoonsgegevens',
      alineas: [
        'U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (AVG, artikel 77). Kijk op autoriteitpersoonsgegevens.nl.',
      ],
    },
  ];
  return {
    afzender: b.gemeente,
    geadresseerde: { naam: naamOpBrief(b.persoon), regels: adresregels(b.persoon) },
    datum: b.datum,
    kenmerk: b.kenmerk,
    onderwerp: 'Besluit op uw verzoek over uw persoonsgegevens',
    aanhef: aanhef(b.persoon),
    blokken,
    afsluiting: 'Met vriendelijke groet,',
    ondertekening: {
      naam: `Burgemeester en wethouders van ${b.gemeente.gemeenteNaam}`,
      functie: 'namens dezen, de privacy officer',
    },
    voettekst: `Kenmerk van dit besluit: ${b.kenmerk}`,
  };
}

/** The kenmerk of a request as letters show it. */
export function verzoekKenmerk(id: string): string {
  return `PV-${id.slice(0, 8).toUpperCase()}`;
}
