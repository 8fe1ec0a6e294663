import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router-dom';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

/**
 * One offer of help from the sociale kaart. The sociale kaart (module preventie,
 * `GET /api/v1/sociale-kaart?zoek=`) is built elsewhere; until it is there, the list is empty and
 * this page shows what you can arrange yourself. When it lands, `HulpZoeken` loads the list and
 * passes it to `Aanbod` — nothing else on the page changes.
 */
export interface AanbodItem {
  id: string;
  naam: string;
  omschrijving: string;
  contact?: string;
}

export function Aanbod({ items }: { items: readonly AanbodItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="aanbod-kop">
      <Heading level={2} id="aanbod-kop">
        Hulp in uw buurt
      </Heading>
      <ul className="mijn-aanbod">
        {items.map((a) => (
          <li key={a.id}>
            <Heading level={3}>{a.naam}</Heading>
            <Paragraph>{a.omschrijving}</Paragraph>
            {a.contact ? <Paragraph>{a.contact}</Paragraph> : null}
          </li>
        ))}
      </ul>
    </section>
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

/** Hulp zoeken: what you can arrange yourself first, then a melding (B1). */
export function HulpZoeken({ aanbod = [] }: { aanbod?: readonly AanbodItem[] }) {
  usePaginaTitel('Hulp zoeken – Mijn Wmo');
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
      <Aanbod items={aanbod} />
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
