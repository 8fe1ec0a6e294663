import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { WijkNavigatie } from './Navigatie.tsx';
import { useWijken, WijkKeuze } from './WijkKeuze.tsx';

/** Search the sociale kaart by question words and wijk; each result says who, what, where and how. */
export function SocialeKaart() {
  usePaginaTitel('Sociale kaart');
  const [zoek, setZoek] = useSearchParams();
  const [woorden, setWoorden] = useState(zoek.get('zoek') ?? '');
  const [wijk, setWijk] = useState(zoek.get('wijk') ?? '');
  const wijken = useWijken();
  const q = zoek.get('zoek') ?? '';
  const w = zoek.get('wijk') ?? '';
  const resultaat = useLaden(
    () =>
      gegevens(
        http.GET('/sociale-kaart', { params: { query: { zoek: q || undefined, wijk: w || undefined } } }),
      ),
    [q, w],
  );

  function zoeken(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setZoek({ ...(woorden ? { zoek: woorden } : {}), ...(wijk ? { wijk } : {}) });
  }

  return (
    <>
      <Heading level={1}>Sociale kaart</Heading>
      <WijkNavigatie />
      <form onSubmit={zoeken} aria-label="Voorzieningen zoeken">
        <TekstVeld
          id="kaart-zoek"
          label="Waar zoekt u hulp bij?"
          beschrijving="Bijvoorbeeld: eenzaam, schulden, boodschappen, mantelzorg."
          waarde={woorden}
          onWijzig={setWoorden}
          optioneel
        />
        {wijken.data ? (
          <WijkKeuze
            id="kaart-wijk"
            label="Wijk"
            leeg="Alle wijken"
            waarde={wijk}
            onWijzig={setWijk}
            wijken={wijken.data}
          />
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Zoeken
          </Button>
        </ButtonGroup>
      </form>
      {resultaat.fout ? <ApiFoutMelding fout={resultaat.fout} /> : null}
      {resultaat.data ? (
        <section aria-labelledby="kaart-resultaat">
          <Heading level={2} id="kaart-resultaat">
            {resultaat.data.length === 1 ? '1 voorziening' : `${resultaat.data.length} voorzieningen`}
          </Heading>
          {resultaat.data.length === 0 ? (
            <Paragraph>Niets gevonden. Probeer andere woorden.</Paragraph>
          ) : null}
          {resultaat.data.map((v) => (
            <article key={v.id} aria-labelledby={`kaart-${v.id}`} className="ot-kaart-item">
              <Heading level={3} id={`kaart-${v.id}`}>
                {v.naam}
              </Heading>
              <Paragraph>
                {v.aanbieder} ·{' '}
                {v.soort === 'voorliggend' ? 'voorliggende voorziening' : 'algemene voorziening'} ·{' '}
                {v.kosteloos ? 'gratis' : (v.kosten ?? 'niet gratis')}
              </Paragraph>
              <Paragraph>{v.omschrijving}</Paragraph>
              <Paragraph>Voor wie: {v.voorWie}</Paragraph>
              {v.waar ? <Paragraph>Waar: {v.waar}</Paragraph> : null}
              <Paragraph>
                Hoe: {v.bereikbaarheid}
                {v.telefoon ? ` Telefoon: ${v.telefoon}.` : ''}
              </Paragraph>
            </article>
          ))}
        </section>
      ) : (
        !resultaat.fout && <Laden />
      )}
    </>
  );
}
