import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { WijkNavigatie } from './Navigatie.tsx';
import { SocialeKaartBewerken } from './SocialeKaartBewerken.tsx';
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
  const beheren = useMag()('wijk.sociale-kaart-beheren');
  const gebruiker = useGebruiker();
  // Partner staff keep only their own organisation's entries up to date (the API refuses others).
  const magBewerken = (v: { partnerId: string | null }) =>
    beheren && (gebruiker.soort !== 'partner' || v.partnerId === gebruiker.organisatieId);
  // The entry being edited ('' = a new one); the form opens on request.
  const [bewerk, setBewerk] = useState<string | null>(null);
  const [bericht, setBericht] = useState<string | null>(null);
  const klaar = (t: string) => {
    setBericht(t);
    setBewerk(null);
    resultaat.opnieuw();
  };

  function zoeken(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setZoek({ ...(woorden ? { zoek: woorden } : {}), ...(wijk ? { wijk } : {}) });
  }

  return (
    <>
      <Heading level={1}>Sociale kaart</Heading>
      <WijkNavigatie />
      <div role="status">
        {bericht ? (
          <Alert type="ok" role="presentation">
            <Paragraph>{bericht}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {beheren && bewerk === null ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setBewerk('')}>
            Voorziening toevoegen
          </Button>
        </ButtonGroup>
      ) : null}
      {beheren && bewerk !== null ? (
        <>
          <SocialeKaartBewerken
            key={bewerk}
            item={resultaat.data?.find((v) => v.id === bewerk) ?? null}
            klaar={klaar}
          />
          <ButtonGroup>
            <Button appearance="subtle-button" onClick={() => setBewerk(null)}>
              Annuleren
            </Button>
          </ButtonGroup>
        </>
      ) : null}
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
              {magBewerken(v) ? (
                <ButtonGroup>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => {
                      setBewerk(v.id);
                      window.scrollTo(0, 0);
                    }}
                  >
                    {v.naam} bewerken
                  </Button>
                </ButtonGroup>
              ) : null}
            </article>
          ))}
        </section>
      ) : (
        !resultaat.fout && <Laden />
      )}
    </>
  );
}
