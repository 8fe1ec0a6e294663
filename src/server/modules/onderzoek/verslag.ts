import { LADDER_OMSCHRIJVING, type LadderStap } from '../../../domain/ladder.ts';
import { AFWEGINGEN, type AfwegingCode, STAP_TITELS, type Stappen } from '../../../domain/onderzoek.ts';
import { type AdresPersoon, aanhef, adresregels, naamOpBrief } from '../../platform/documents/adres.ts';
import type { Afzender, Brief, BriefBlok } from '../../platform/documents/brief.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';

export interface VerslagInput {
  gemeente: Afzender;
  persoon: AdresPersoon;
  kenmerk: string;
  briefdatum: string;
  gesprekken: Array<{ datum: string; locatie: string; deelnemers: string[] }>;
  stappen: Stappen;
  persoonlijkPlan: { samenvatting?: string | null; meegenomen?: string | null } | null;
  conclusie: { ladderUitkomst: LadderStap; samenvatting: string; advies: string | null; vervolg: string };
  contactpersoon: string | null;
}

const OPLOSSING: Record<string, string> = { ja: 'Ja, dit lost het op', deels: 'Gedeeltelijk', nee: 'Nee' };
const LOCATIE: Record<string, string> = {
  thuis: 'bij u thuis',
  wijklocatie: 'op de wijklocatie',
  telefonisch: 'telefonisch',
  video: 'via een videogesprek',
  anders: 'op een andere plek',
};
const DEELNEMER: Record<string, string> = {
  inwoner: 'u',
  familielid: 'een familielid',
  mantelzorger: 'uw mantelzorger',
  clientondersteuner: 'een cliëntondersteuner',
  tolk: 'een tolk',
  anders: 'een ander',
};

const tekst = (v: string | null | undefined) => (v?.trim() ? v.trim() : '—');

/**
 * The verslag of the onderzoek (Wmo 2015 art. 2.3.2 lid 8): what was discussed, the outcome of
 * each step, the conclusion, the advice, what happens next, and how to react.
 */
export function verslagBrief(v: VerslagInput): Brief {
  const s = v.stappen;
  const blokken: BriefBlok[] = [
    {
      alineas: [
        'Wij hebben met u gesproken over uw hulpvraag. In dit verslag leest u wat wij hebben besproken en wat wij hebben afgesproken. Lees het goed door. Klopt er iets niet, of wilt u iets toevoegen? Laat het ons weten; wij bewaren uw reactie bij dit verslag.',
      ],
    },
    {
      kop: 'De gesprekken',
      lijst: v.gesprekken.length
        ? v.gesprekken.map(
            (g) =>
              `${formatDatumLang(g.datum)}, ${LOCATIE[g.locatie] ?? g.locatie}, met ${g.deelnemers.map((d) => DEELNEMER[d] ?? d).join(', ')}`,
          )
        : ['Er is geen gesprek vastgelegd.'],
    },
    { kop: STAP_TITELS.hulpvraag, alineas: [tekst(s.hulpvraag?.hulpvraag)] },
    {
      kop: STAP_TITELS.beperkingen,
      alineas: [
        `Zelfredzaamheid: ${tekst(s.beperkingen?.zelfredzaamheid)}`,
        `Participatie: ${tekst(s.beperkingen?.participatie)}`,
      ],
    },
    {
      kop: STAP_TITELS.benodigdeHulp,
      alineas: [`Soort hulp: ${tekst(s.benodigdeHulp?.soort)}`, `Omvang: ${tekst(s.benodigdeHulp?.omvang)}`],
    },
    {
      kop: STAP_TITELS.afwegingen,
      lijst: (Object.keys(AFWEGINGEN) as AfwegingCode[]).map((c) => {
        const a = s.afwegingen?.[c];
        return `${AFWEGINGEN[c]}: ${OPLOSSING[a?.oplossing ?? ''] ?? '—'}. ${tekst(a?.motivering)}`;
      }),
    },
    {
      kop: STAP_TITELS.maatwerk,
      alineas: [
        s.maatwerk?.nodig
          ? `Een maatwerkvoorziening is nodig: ${tekst(s.maatwerk?.voorziening)}.`
          : 'Een maatwerkvoorziening is niet nodig.',
        tekst(s.maatwerk?.motivering),
      ],
    },
  ];
  if (v.persoonlijkPlan?.samenvatting || v.persoonlijkPlan?.meegenomen) {
    blokken.push({
      kop: 'Uw persoonlijk plan',
      alineas: [
        `Wat u ons schreef: ${tekst(v.persoonlijkPlan.samenvatting)}`,
        `Hoe wij dit hebben meegenomen: ${tekst(v.persoonlijkPlan.meegenomen)}`,
      ],
    });
  }
  blokken.push(
    {
      kop: 'Onze conclusie',
      alineas: [v.conclusie.samenvatting, `Uitkomst: ${LADDER_OMSCHRIJVING[v.conclusie.ladderUitkomst]}.`],
    },
    ...(v.conclusie.advies ? [{ kop: 'Ons advies', alineas: [v.conclusie.advies] }] : []),
    {
      kop: 'Wat gebeurt er nu?',
      alineas: [
        v.conclusie.vervolg,
        v.conclusie.ladderUitkomst === 'maatwerk'
          ? 'U kunt nu een aanvraag doen voor de maatwerkvoorziening. Na uw aanvraag nemen wij binnen twee weken een besluit (Wmo 2015, artikel 2.3.5).'
          : 'U hoeft geen aanvraag te doen. Wilt u toch een aanvraag doen voor een maatwerkvoorziening? Dat kan; neem dan contact met ons op.',
      ],
    },
    {
      kop: 'Uw reactie',
      alineas: [
        `Bent u het niet eens met dit verslag, of mist u iets? Laat het ons binnen twee weken weten${v.contactpersoon ? ` via uw contactpersoon ${v.contactpersoon}` : ''}, of bel ${v.gemeente.telefoon}. Uw opmerkingen en aanvullingen voegen wij toe aan dit verslag.`,
      ],
    },
  );
  return {
    afzender: v.gemeente,
    geadresseerde: { naam: naamOpBrief(v.persoon), regels: adresregels(v.persoon) },
    datum: v.briefdatum,
    kenmerk: v.kenmerk,
    onderwerp: 'Verslag van ons gesprek over uw hulpvraag',
    aanhef: aanhef(v.persoon),
    blokken,
    afsluiting: 'Met vriendelijke groet,',
    ondertekening: {
      naam: v.contactpersoon ?? 'Team Toegang',
      functie: v.contactpersoon ? 'Uw contactpersoon, Team Toegang' : `Gemeente ${v.gemeente.gemeenteNaam}`,
    },
    voettekst: `Noem bij contact altijd het nummer van uw melding: ${v.kenmerk}`,
  };
}
