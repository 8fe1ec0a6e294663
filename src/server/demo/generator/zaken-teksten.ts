import { CATEGORIEEN } from './parameters.ts';

const STAPPEN_MAATWERK = (c: string) =>
  JSON.stringify({
    hulpvraag: { hulpvraag: CATEGORIEEN[c]!.hulpvraag },
    beperkingen: {
      zelfredzaamheid: 'Beperkingen door gezondheid; zie de gespreksverslagen.',
      participatie: 'Minder contact met de buurt en activiteiten dan gewenst.',
    },
    benodigdeHulp: { soort: CATEGORIEEN[c]!.hulpvraag, omvang: 'Zie de beschikking.' },
    afwegingen: {
      eigenKracht: { oplossing: 'nee', motivering: 'Niet mogelijk door de beperkingen.' },
      gebruikelijkeHulp: { oplossing: 'deels', motivering: 'De huisgenoot doet wat gebruikelijk is.' },
      mantelzorg: { oplossing: 'nee', motivering: 'Mantelzorg is al maximaal of niet beschikbaar.' },
      sociaalNetwerk: { oplossing: 'nee', motivering: 'Het netwerk kan dit niet structureel.' },
      voorzieningen: { oplossing: 'nee', motivering: 'Geen passende algemene voorziening.' },
    },
    maatwerk: {
      nodig: true,
      voorziening: CATEGORIEEN[c]!.hulpvraag,
      motivering: 'Geen voorliggende oplossing.',
    },
  });
const STAPPEN_MAATWERK_CACHE = new Map<string, string>();
export const stappenMaatwerk = (c: string) => {
  let s = STAPPEN_MAATWERK_CACHE.get(c);
  if (!s) {
    s = STAPPEN_MAATWERK(c);
    STAPPEN_MAATWERK_CACHE.set(c, s);
  }
  return s;
};
export const STAPPEN_VOORLIGGEND = JSON.stringify({
  hulpvraag: { hulpvraag: 'Zoekt ondersteuning in het dagelijks leven.' },
  beperkingen: { zelfredzaamheid: 'Lichte beperkingen.', participatie: 'Wil meer onder de mensen komen.' },
  benodigdeHulp: { soort: 'Contact en activiteiten in de wijk', omvang: 'Wekelijks' },
  afwegingen: {
    eigenKracht: { oplossing: 'deels', motivering: 'Kan veel zelf.' },
    gebruikelijkeHulp: { oplossing: 'deels', motivering: 'Partner helpt.' },
    mantelzorg: { oplossing: 'deels', motivering: 'Kinderen komen wekelijks.' },
    sociaalNetwerk: { oplossing: 'ja', motivering: 'Buren en vereniging.' },
    voorzieningen: { oplossing: 'ja', motivering: 'Activiteiten van het wijkcentrum en de ouderenadviseur.' },
  },
  maatwerk: { nodig: false, motivering: 'Een algemene voorziening volstaat.' },
});

const conclusie = (ladder: string, samenvatting: string, vervolg: string) =>
  JSON.stringify({ ladderUitkomst: ladder, samenvatting, advies: null, vervolg });
export const CONCLUSIE_MAATWERK = conclusie(
  'maatwerk',
  'Een maatwerkvoorziening is nodig.',
  'Aanvraag en beschikking.',
);
export const CONCLUSIE_ADVIES = conclusie(
  'advies-doorverwijzing',
  'Advies en doorverwijzing naar een voorliggende voorziening volstaan.',
  'De inwoner neemt zelf contact op.',
);
export const CONCLUSIE_COLLECTIEF = conclusie(
  'collectief-preventie',
  'Een collectieve voorziening in de wijk past.',
  'Aangemeld bij de activiteit in de wijk.',
);

export type OverigeUitkomst =
  | 'informatievraag'
  | 'informatie-advies'
  | 'doorverwijzing'
  | 'preventie'
  | 'onderzoek-advies'
  | 'onderzoek-collectief'
  | 'signaal';

/** Outcomes of meldingen that end lower on the ladder (weights). */
export const OVERIGE: ReadonlyArray<readonly [OverigeUitkomst, number]> = [
  ['informatievraag', 14],
  ['informatie-advies', 22],
  ['doorverwijzing', 18],
  ['preventie', 16],
  ['onderzoek-advies', 12],
  ['onderzoek-collectief', 10],
  ['signaal', 8],
];

export const VERWIJZINGEN = [
  'Ouderenadviseur van de welzijnsorganisatie',
  'Schuldhulpverlening',
  'Huisarts en praktijkondersteuner',
  'Boodschappendienst van de vrijwilligerscentrale',
  'Maaltijdservice',
  'Woningcorporatie (aanpassing)',
];
