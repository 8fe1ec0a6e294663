import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
  Link as UtrechtLink,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { useInwoner } from './sessie.tsx';

/**
 * One offer of help from the sociale kaart (`GET /api/v1/inwoner/sociale-kaart`, module wijk):
 * only what is public — what it is, for whom, how to reach it and what it costs.
 */
export interface AanbodItem {
  id: string;
  naam: string;
  omschrijving: string;
  aanbieder?: string;
  voorWie?: string;
  waar?: string | null;
  bereikbaarheid?: string;
  telefoon?: string | null;
  website?: string | null;
  kosteloos?: boolean;
  kosten?: string | null;
}

/** Only a web address is a link: the entries are typed in by staff and partners. */
function isWebadres(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function Aanbod({ items }: { items: readonly AanbodItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="mijn-aanbod">
      {items.map((a) => (
        <li key={a.id} className="mijn-aanbod__item">
          <Heading level={3}>{a.naam}</Heading>
          {a.aanbieder ? <Paragraph className="mijn-aanbod__wie">{a.aanbieder}</Paragraph> : null}
          <Paragraph>{a.omschrijving}</Paragraph>
          <dl className="mijn-aanbod__gegevens">
            {a.voorWie ? (
              <div>
                <dt>Voor wie</dt>
                <dd>{a.voorWie}</dd>
              </div>
            ) : null}
            {a.waar ? (
              <div>
                <dt>Waar</dt>
                <dd>{a.waar}</dd>
              </div>
            ) : null}
            {a.bereikbaarheid ? (
              <div>
                <dt>Wanneer en hoe</dt>
                <dd>{a.bereikbaarheid}</dd>
              </div>
            ) : null}
            {a.kosteloos !== undefined ? (
              <div>
                <dt>Kosten</dt>
                <dd>{a.kosteloos ? 'Gratis' : (a.kosten ?? 'U betaalt zelf iets.')}</dd>
              </div>
            ) : null}
            {a.telefoon ? (
              <div>
                <dt>Telefoon</dt>
                <dd>
                  <UtrechtLink href={`tel:${a.telefoon.replace(/[^0-9+]/g, '')}`}>{a.telefoon}</UtrechtLink>
                </dd>
              </div>
            ) : null}
            {a.website ? (
              <div>
                <dt>Website</dt>
                <dd>
                  {isWebadres(a.website) ? (
                    <UtrechtLink href={a.website} rel="noopener noreferrer">
                      {a.website}
                    </UtrechtLink>
                  ) : (
                    a.website
                  )}
                </dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

const ZELF: ReadonlyArray<{ titel: string; tekst: string }> = [
  {
    titel: 'Vraag het aan mensen om u heen',
    tekst: 'Kunnen uw partner, kinderen, buren of vrienden helpen? Bijvoorbeeld met boodschappen of vervoer.',
  },
  {
    titel: 'Huishoudelijke hulp of een klusjesdienst',
    tekst: 'Veel bedrijven helpen met schoonmaken of kleine klussen. Dat betaalt u zelf.',
  },
  {
    titel: 'Hulpmiddelen kopen of lenen',
    tekst: 'Een rollator, douchekruk of handgrepen kunt u vaak lenen of kopen bij een thuiszorgwinkel.',
  },
  {
    titel: 'Activiteiten in de wijk',
    tekst:
      'In de buurthuizen zijn activiteiten om anderen te ontmoeten, te eten of te bewegen. U kunt gewoon binnenlopen.',
  },
  {
    titel: 'Gratis hulp bij uw vraag',
    tekst:
      'Een cliëntondersteuner helpt u gratis om uw vraag op een rij te zetten. Die werkt niet voor de gemeente.',
  },
];

/**
 * Hulp in uw buurt: the sociale kaart of the resident's gemeente (`GET /inwoner/sociale-kaart`),
 * searched by question words and wijk. Only for a logged-in inwoner (the route's policy).
 */
function Buurthulp() {
  const [woorden, setWoorden] = useState('');
  const [wijk, setWijk] = useState('');
  // What was searched for: the list reloads on "Zoeken", not on every key.
  const [gezocht, setGezocht] = useState({ zoek: '', wijk: '' });
  const kaart = useLaden(
    () =>
      gegevens(
        http.GET('/inwoner/sociale-kaart', {
          params: {
            query: {
              ...(gezocht.zoek.trim() ? { zoek: gezocht.zoek.trim() } : {}),
              ...(gezocht.wijk ? { wijk: gezocht.wijk } : {}),
            },
          },
        }),
      ),
    [gezocht],
  );
  const zoek = (e: FormEvent) => {
    e.preventDefault();
    setGezocht({ zoek: woorden, wijk });
  };
  const aantal = kaart.data?.voorzieningen.length ?? 0;
  return (
    <>
      <form aria-label="Hulp in uw buurt zoeken" onSubmit={zoek} noValidate>
        <Veld
          id="hulp-zoek"
          label="Waar gaat uw vraag over?"
          beschrijving="Bijvoorbeeld: eenzaam, schulden, eten, vervoer of mantelzorg."
          optioneel
        >
          {(k) => (
            <Textbox
              {...k}
              name="zoek"
              type="search"
              autoComplete="off"
              value={woorden}
              onChange={(e) => setWoorden(e.target.value)}
            />
          )}
        </Veld>
        <Veld id="hulp-wijk" label="In welke wijk woont u?" optioneel>
          {(k) => (
            <Select {...k} name="wijk" value={wijk} onChange={(e) => setWijk(e.target.value)}>
              <SelectOption value="">Alle wijken</SelectOption>
              {(kaart.data?.wijken ?? []).map((w) => (
                <SelectOption key={w.code} value={w.code}>
                  {w.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Zoeken
          </Button>
        </ButtonGroup>
      </form>
      {kaart.laden && !kaart.data ? <Laden tekst="Hulp in uw buurt wordt gezocht…" /> : null}
      {kaart.fout ? <ApiFoutMelding fout={kaart.fout} /> : null}
      <p className="mijn-aanbod__aantal" role="status">
        {kaart.data
          ? aantal === 0
            ? 'Wij hebben niets gevonden. Probeer een ander woord, of kies alle wijken.'
            : aantal === 1
              ? 'Wij hebben 1 plek gevonden.'
              : `Wij hebben ${aantal} plekken gevonden.`
          : ''}
      </p>
      <Aanbod items={kaart.data?.voorzieningen ?? []} />
    </>
  );
}

/**
 * Hulp zoeken (B1): what you can arrange yourself first, then help in your neighbourhood from the
 * sociale kaart, then a melding. The page itself needs no login; searching the sociale kaart does.
 */
export function HulpZoeken() {
  usePaginaTitel('Hulp zoeken – Mijn Wmo');
  const { staat } = useInwoner();
  return (
    <>
      <Heading level={1}>Hulp zoeken</Heading>
      <Paragraph>Soms kunt u zelf al iets regelen. Dat gaat vaak sneller.</Paragraph>
      <section aria-labelledby="zelf-kop">
        <Heading level={2} id="zelf-kop">
          Wat kan ik zelf regelen?
        </Heading>
        <ul className="mijn-zelf">
          {ZELF.map((z) => (
            <li key={z.titel}>
              <Heading level={3}>{z.titel}</Heading>
              <Paragraph>{z.tekst}</Paragraph>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="aanbod-kop">
        <Heading level={2} id="aanbod-kop">
          Hulp in uw buurt
        </Heading>
        <Paragraph>
          In uw gemeente zijn veel plekken waar u terecht kunt, vaak gratis en zonder afspraak. Zoek op waar
          uw vraag over gaat.
        </Paragraph>
        {staat.status === 'aangemeld' ? <Buurthulp /> : null}
        {staat.status === 'afgemeld' ? (
          <Paragraph>
            Om te zoeken logt u eerst in met DigiD. <Link to="/mijn/inloggen">Inloggen</Link>
          </Paragraph>
        ) : null}
      </section>
      <section aria-labelledby="melden-kop">
        <Heading level={2} id="melden-kop">
          Lukt het niet zelf?
        </Heading>
        <Paragraph>
          Doe dan een melding. Wij zoeken samen met u uit wat u nodig heeft.{' '}
          <Link to="/mijn/melden">Melding doen</Link>
        </Paragraph>
      </section>
    </>
  );
}
