import { maakTestBsnGenerator } from '../../domain/bsn/bsn.ts';
import { mulberry32 } from '../../domain/bsn/prng.ts';
import { plusDagen } from '../../domain/termijnen/index.ts';
import { registreerMelding } from '../modules/intake/usecases/registreer-melding.ts';
import { trieerMelding } from '../modules/intake/usecases/trieer-melding.ts';
import { bewaarOnderzoek } from '../modules/onderzoek/usecases/bewaar-onderzoek.ts';
import { registreerAanvraag } from '../modules/onderzoek/usecases/registreer-aanvraag.ts';
import { rondOnderzoekAf } from '../modules/onderzoek/usecases/rond-onderzoek-af.ts';
import { startOnderzoek } from '../modules/onderzoek/usecases/start-onderzoek.ts';
import { voegGesprekToe } from '../modules/onderzoek/usecases/voeg-gesprek-toe.ts';
import { verwijs } from '../modules/preventie/usecases/verwijs.ts';
import type { Actor, MedewerkerPrincipal } from '../platform/auth/principal.ts';
import { isRol } from '../platform/auth/rollen.ts';
import { today } from '../platform/clock.ts';
import type { Database } from '../platform/db/types.ts';
import { maakOpenstaandeDocumenten } from '../platform/documents/maken.ts';
import { loadDemoProjecten } from './projecten-demo.ts';
import { loadDemoRegioZaken } from './regio-demo.ts';

/** A use-case actor for a demo account, so demo cases go through the real services (audit, events, letters). */
export async function demoActor(db: Database, gebruikersnaam: string): Promise<Actor<MedewerkerPrincipal>> {
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{
      id: string;
      medewerker_id: string;
      naam: string;
      rollen: string[];
      gemeente_code: string;
      organisatie_id: string;
      team_id: string | null;
      gemeenten: string[];
    }>(
      `SELECT g.id, m.id AS medewerker_id, m.naam, m.rollen, m.gemeente_code, m.organisatie_id, m.team_id,
              coalesce((SELECT array_agg(tg.gemeente_code) FROM team_gemeenten tg WHERE tg.team_id = m.team_id), ARRAY[m.gemeente_code]) AS gemeenten
       FROM gebruikers g JOIN medewerkers m ON m.id = g.medewerker_id WHERE g.gebruikersnaam = $1`,
      [gebruikersnaam],
    ),
  );
  const r = rows[0];
  if (!r) throw new Error(`Demo-account ${gebruikersnaam} ontbreekt`);
  return {
    principal: {
      soort: 'medewerker',
      gebruikerId: r.id,
      gebruikersnaam,
      medewerkerId: r.medewerker_id,
      naam: r.naam,
      rollen: r.rollen.filter(isRol),
      gemeenteCode: r.gemeente_code,
      gemeenten: r.gemeenten,
      organisatieId: r.organisatie_id,
      teamId: r.team_id,
      sessieId: 'demo-data',
      csrfToken: '',
    },
    herkomst: { ip: 'demo-data', sessie: null, verzoekId: 'demo-data' },
  };
}

/** Demo: the resident chose advice or preventie over an onderzoek on the day of the melding (Wmo 2.3.2). */
const AFZIEN_DEMO = (op: string) =>
  ({ op, wijze: 'telefonisch', geinformeerdDoor: 'Klantcontactcentrum (demo)' }) as const;

const PERSONEN = [
  {
    voornamen: 'Gerda',
    achternaam: 'Hofstede',
    geboortedatum: '1941-02-14',
    straat: 'Brink',
    huisnummer: 12,
    postcode: '7411BT',
  },
  {
    voornamen: 'Mohamed',
    achternaam: 'Bakkali',
    geboortedatum: '1958-09-30',
    straat: 'Knutteldijk',
    huisnummer: 4,
    postcode: '7415AB',
  },
  {
    voornamen: 'Anneke',
    tussenvoegsel: 'van der',
    achternaam: 'Veen',
    geboortedatum: '1936-05-02',
    straat: 'Rembrandtkade',
    huisnummer: 77,
    postcode: '7412KC',
  },
  {
    voornamen: 'Piet',
    achternaam: 'Wessels',
    geboortedatum: '1949-12-11',
    straat: 'Hanzeweg',
    huisnummer: 101,
    postcode: '7418AH',
  },
  {
    voornamen: 'Sanne',
    achternaam: 'Kroeze',
    geboortedatum: '1987-03-22',
    straat: 'Colmschaterstraatweg',
    huisnummer: 8,
    postcode: '7423AA',
  },
  {
    voornamen: 'Jan',
    achternaam: 'Oldenhof',
    geboortedatum: '1944-07-19',
    straat: 'Dorpsstraat',
    huisnummer: 3,
    postcode: '7437AB',
  },
  {
    voornamen: 'Fenna',
    achternaam: 'Smit',
    geboortedatum: '1952-10-05',
    straat: 'Holterweg',
    huisnummer: 55,
    postcode: '7429AC',
  },
  {
    voornamen: 'Karel',
    achternaam: 'Jansen',
    geboortedatum: '1939-01-28',
    straat: 'Zwolseweg',
    huisnummer: 210,
    postcode: '7413AD',
  },
  {
    voornamen: 'Yara',
    achternaam: 'Haddad',
    geboortedatum: '1995-06-17',
    straat: 'Snipperlingsdijk',
    huisnummer: 44,
    postcode: '7417BE',
  },
  {
    voornamen: 'Wim',
    achternaam: 'Klein Gunnewiek',
    geboortedatum: '1947-04-09',
    straat: 'Kerkstraat',
    huisnummer: 9,
    postcode: '7433AA',
  },
];

/**
 * Demo cases on first start, so every screen has something to show: new meldingen, onderzoeken
 * with deadlines in every colour of the traffic light, a referral to a partner, an advice, a
 * signaal, and a concluded onderzoek with an aanvraag. All persons are synthetic (test BSNs).
 */
export async function loadDemoZaken(db: Database): Promise<number> {
  const kcc = await demoActor(db, 'kcc');
  const tm = await demoActor(db, 'toegangsmedewerker');
  const tm2 = await demoActor(db, 'toegangsmedewerker-2');
  const bsn = maakTestBsnGenerator(mulberry32(2019));
  const vandaag = today();
  const plan: Array<{
    dagenGeleden: number;
    hulpvraag: string;
    leefgebieden: string[];
    soort?: 'melding' | 'signaal';
    na?: 'onderzoek' | 'onderzoek-2' | 'advies' | 'preventie' | 'aanvraag';
    spoed?: boolean;
  }> = [
    {
      dagenGeleden: 1,
      hulpvraag: 'Mijn moeder valt steeds vaker en kan niet meer alleen douchen.',
      leefgebieden: ['basale-adl'],
      spoed: true,
    },
    {
      dagenGeleden: 3,
      hulpvraag: 'Ik red het huishouden niet meer sinds mijn knieoperatie.',
      leefgebieden: ['instrumentele-adl'],
    },
    {
      dagenGeleden: 9,
      hulpvraag: 'Ik zit veel alleen thuis en wil graag mensen ontmoeten.',
      leefgebieden: ['sociaal-netwerk'],
      na: 'preventie',
    },
    {
      dagenGeleden: 12,
      hulpvraag: 'Vraag over vervoer naar het ziekenhuis.',
      leefgebieden: ['maatschappelijke-participatie'],
      na: 'advies',
    },
    {
      dagenGeleden: 20,
      hulpvraag: 'Ik kan niet meer zelf boodschappen doen en koken.',
      leefgebieden: ['instrumentele-adl'],
      na: 'onderzoek',
    },
    {
      dagenGeleden: 38,
      hulpvraag: 'Mijn man heeft dementie; ik ben als mantelzorger overbelast.',
      leefgebieden: ['huiselijke-relaties', 'geestelijke-gezondheid'],
      na: 'onderzoek',
    },
    {
      dagenGeleden: 45,
      hulpvraag: 'Ik heb een traplift nodig, ik kom de trap niet meer op.',
      leefgebieden: ['huisvesting'],
      na: 'onderzoek',
    },
    {
      dagenGeleden: 6,
      hulpvraag: 'Ik heb begeleiding nodig bij mijn administratie.',
      leefgebieden: ['financien'],
      na: 'onderzoek-2',
    },
    {
      dagenGeleden: 30,
      hulpvraag: 'Hulp bij het schoonhouden van mijn woning.',
      leefgebieden: ['instrumentele-adl'],
      na: 'aanvraag',
    },
    {
      dagenGeleden: 2,
      hulpvraag: 'Huisarts maakt zich zorgen: meneer verwaarloost zichzelf.',
      leefgebieden: ['lichamelijke-gezondheid'],
      soort: 'signaal',
    },
  ];
  // MEE, for a referral with consent (issue 16): the verwijzing is what reaches the partner.
  const partner = await db.systemTransaction((tx) =>
    tx.query<{ id: string }>("SELECT id FROM partners WHERE code = 'mee'"),
  );
  let n = 0;
  for (const [i, p] of plan.entries()) {
    const persoon = PERSONEN[i]!;
    const m = await registreerMelding(db, kcc, {
      soort: p.soort ?? 'melding',
      nieuwePersoon: {
        gemeenteCode: '0150',
        bsn: bsn(),
        voornamen: persoon.voornamen,
        tussenvoegsel: persoon.tussenvoegsel ?? null,
        achternaam: persoon.achternaam,
        geboortedatum: persoon.geboortedatum,
        geslacht: 'onbekend',
        bron: 'handmatig',
        adres: {
          straat: persoon.straat,
          huisnummer: persoon.huisnummer,
          postcode: persoon.postcode,
          woonplaats: 'Deventer',
        },
      },
      ontvangstdatum: plusDagen(vandaag, -p.dagenGeleden),
      kanaal:
        p.soort === 'signaal'
          ? 'signaal'
          : (['telefoon', 'balie', 'online', 'email-brief', 'wijklocatie'] as const)[i % 5]!,
      melder:
        p.soort === 'signaal'
          ? { type: 'professional', organisatie: 'Huisartsenpraktijk' }
          : { type: 'inwoner' },
      hulpvraag: p.hulpvraag,
      leefgebieden: p.leefgebieden as never,
      spoed: p.spoed ?? false,
      spoedToelichting: p.spoed ? 'Valgevaar; alleen thuis.' : null,
      clientondersteuningAangeboden: true,
      clientondersteuningGeaccepteerd: i % 3 === 0,
      dubbeleMeldingBevestigd: false,
    });
    n++;
    if (p.na === 'advies') {
      await trieerMelding(db, kcc, m.id, {
        versie: m.versie,
        uitkomst: 'doorverwijzing',
        verwijzing: 'Regiotaxi en de vrijwillige vervoersdienst',
        afzienVanOnderzoek: AFZIEN_DEMO(m.ontvangstdatum),
      });
    } else if (p.na === 'preventie' && partner.rows[0]) {
      await verwijs(db, kcc, {
        meldingId: m.id,
        partnerId: partner.rows[0].id,
        dienst: 'clientondersteuning',
        reden: p.hulpvraag,
        urgentie: 'normaal',
        toestemming: {
          gegeven: true,
          wijze: 'mondeling',
          datum: m.ontvangstdatum,
          gegevens: ['contactgegevens', 'hulpvraag'],
          gegevenDoor: 'inwoner',
        },
        afzienVanOnderzoek: AFZIEN_DEMO(m.ontvangstdatum),
      });
    } else if (p.na === 'onderzoek' || p.na === 'onderzoek-2' || p.na === 'aanvraag') {
      const behandelaar = p.na === 'onderzoek-2' ? tm2 : tm;
      const t = await trieerMelding(db, kcc, m.id, {
        versie: m.versie,
        uitkomst: 'onderzoek',
        behandelaarId: behandelaar.principal.medewerkerId,
      });
      void t;
      const o = await startOnderzoek(db, behandelaar, m.id);
      if (p.na === 'aanvraag') {
        const afweging = (oplossing: 'ja' | 'deels' | 'nee', motivering: string) => ({
          oplossing,
          motivering,
        });
        await voegGesprekToe(db, behandelaar, o.id, {
          datum: plusDagen(vandaag, -20),
          locatie: 'thuis',
          deelnemers: ['inwoner', 'clientondersteuner'],
        });
        const bewaard = await bewaarOnderzoek(db, behandelaar, o.id, {
          versie: o.versie,
          stappen: {
            hulpvraag: { hulpvraag: p.hulpvraag },
            beperkingen: {
              zelfredzaamheid: 'Kan niet bukken en tillen.',
              participatie: 'Komt weinig buiten.',
            },
            benodigdeHulp: { soort: 'Schoonmaken van de woning', omvang: '2,5 uur per week' },
            afwegingen: {
              eigenKracht: afweging('nee', 'Fysiek niet mogelijk.'),
              gebruikelijkeHulp: afweging('nee', 'Woont alleen.'),
              mantelzorg: afweging('nee', 'Geen familie in de buurt.'),
              sociaalNetwerk: afweging('deels', 'Buurvrouw helpt met boodschappen.'),
              voorzieningen: afweging('nee', 'Geen passende algemene voorziening.'),
            },
            maatwerk: {
              nodig: true,
              voorziening: 'Hulp bij het huishouden',
              motivering: 'Geen voorliggende oplossing.',
            },
          },
        });
        await rondOnderzoekAf(db, behandelaar, o.id, {
          versie: bewaard.versie,
          ladderUitkomst: 'maatwerk',
          samenvatting: 'Hulp bij het huishouden is nodig.',
          advies: null,
          vervolg: 'Mevrouw doet een aanvraag voor hulp bij het huishouden.',
        });
        await registreerAanvraag(db, behandelaar, m.id, {
          aanvraagdatum: plusDagen(vandaag, -2),
          omschrijving: 'Hulp bij het huishouden',
        });
      }
    }
  }
  // Grote projecten (issue 8): the reference reports as demo projects.
  await loadDemoProjecten(db);
  // Regionale toegang (issue 20): a small wachtlijst and a few residents placed.
  await loadDemoRegioZaken(db, await demoActor(db, 'regio-bw'));
  // The demo's letters were stored to be made after commit (ADR 0020); the demo has no job queue
  // yet, so it makes them now: its cases open with their letters, and a broken PDF worker in a
  // build shows at the first start.
  await maakOpenstaandeDocumenten(db, { ouderDanSeconden: 0, max: 100_000 });
  return n;
}
