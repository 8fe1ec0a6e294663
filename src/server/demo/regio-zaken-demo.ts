import { maakTestBsnGenerator } from '../../domain/bsn/bsn.ts';
import { mulberry32 } from '../../domain/bsn/prng.ts';
import { plusDagen } from '../../domain/termijnen/index.ts';
import { registreerMelding } from '../modules/intake/usecases/registreer-melding.ts';
import { trieerMelding } from '../modules/intake/usecases/trieer-melding.ts';
import { startOnderzoek } from '../modules/onderzoek/usecases/start-onderzoek.ts';
import { today } from '../platform/clock.ts';
import type { Database } from '../platform/db/types.ts';
import { demoActor } from './zaken-demo.ts';

/**
 * BW/MO cases of the regional team (issue 20), so `regio-bw` sees work after `npm start`: meldingen
 * of four of the five gemeenten, registered by the team itself (the database marks them regional,
 * migration 043), two of them in onderzoek. Local accounts see only that these residents have a
 * regional case and who the contactpersoon is. Synthetic persons (test BSNs).
 */
const ZAKEN = [
  {
    gemeente: '0301',
    woonplaats: 'Zutphen',
    achternaam: 'Brinkhorst',
    voornamen: 'Sander',
    geboortedatum: '1986-02-11',
    hulpvraag: 'Sinds twee weken dakloos na een uitzetting; slaapt bij wisselende kennissen.',
    dagenGeleden: 4,
    spoed: true,
    melder: { type: 'professional', organisatie: 'Nachtopvang De Overloop' },
    onderzoek: 'regio-bw',
  },
  {
    gemeente: '0177',
    woonplaats: 'Raalte',
    achternaam: 'Kamphuis',
    voornamen: 'Ilse',
    geboortedatum: '1994-09-30',
    hulpvraag: 'Na een opname in de GGZ lukt zelfstandig wonen niet; zoekt een plek met begeleiding.',
    dagenGeleden: 15,
    spoed: false,
    melder: { type: 'professional', organisatie: 'GGZ-instelling' },
    onderzoek: 'regio-bw-2',
  },
  {
    gemeente: '0150',
    woonplaats: 'Deventer',
    postcode: '7415AB',
    achternaam: 'Oosterveld',
    voornamen: 'Mark',
    geboortedatum: '1979-05-03',
    hulpvraag: 'Kan door psychische problemen niet meer alleen wonen; familie maakt zich zorgen.',
    dagenGeleden: 2,
    spoed: false,
    melder: { type: 'familielid' },
    onderzoek: null,
  },
  {
    gemeente: '0262',
    woonplaats: 'Lochem',
    achternaam: 'Wolters',
    voornamen: 'Nadia',
    geboortedatum: '2001-12-19',
    hulpvraag: 'Moet op korte termijn weg uit huis na huiselijk geweld; zoekt opvang.',
    dagenGeleden: 1,
    spoed: true,
    melder: { type: 'professional', organisatie: 'Politie' },
    onderzoek: null,
  },
] as const;

export async function loadDemoRegioZaken(db: Database): Promise<number> {
  const regio = await demoActor(db, 'regio-bw');
  // Its own seed: regio-demo.ts (the BW/MO aanmeldingen) draws from 2020.
  const bsn = maakTestBsnGenerator(mulberry32(2021));
  const vandaag = today();
  for (const [i, z] of ZAKEN.entries()) {
    const m = await registreerMelding(db, regio, {
      soort: 'melding',
      nieuwePersoon: {
        gemeenteCode: z.gemeente,
        bsn: bsn(),
        voornamen: z.voornamen,
        tussenvoegsel: null,
        achternaam: z.achternaam,
        geboortedatum: z.geboortedatum,
        geslacht: 'onbekend',
        bron: 'handmatig',
        adres:
          'postcode' in z
            ? { straat: 'Brinkgreverweg', huisnummer: 20 + i, postcode: z.postcode, woonplaats: z.woonplaats }
            : undefined,
      },
      ontvangstdatum: plusDagen(vandaag, -z.dagenGeleden),
      kanaal: z.melder.type === 'professional' ? 'telefoon' : 'balie',
      melder: z.melder,
      hulpvraag: z.hulpvraag,
      leefgebieden: ['huisvesting', 'geestelijke-gezondheid'],
      spoed: z.spoed,
      spoedToelichting: z.spoed ? 'Geen veilige slaapplek.' : null,
      clientondersteuningAangeboden: true,
      clientondersteuningGeaccepteerd: null,
      dubbeleMeldingBevestigd: false,
    });
    if (z.onderzoek) {
      const behandelaar = await demoActor(db, z.onderzoek);
      await trieerMelding(db, regio, m.id, {
        versie: m.versie,
        uitkomst: 'onderzoek',
        behandelaarId: behandelaar.principal.medewerkerId,
      });
      await startOnderzoek(db, behandelaar, m.id);
    }
  }
  return ZAKEN.length;
}
