import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatDatum } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { WijkNavigatie } from './Navigatie.tsx';
import { EenvoudigeTabel } from './Tabel.tsx';
import { useWijken, WijkKeuze } from './WijkKeuze.tsx';

const LADDER: Record<string, string> = {
  'advies-doorverwijzing': 'Advies of doorverwijzing',
  'collectief-preventie': 'Collectief / preventie',
  maatwerk: 'Maatwerk',
  'nog-open': 'Nog open',
};

/**
 * One page per wijk for "werken vanuit wijkanalyses": the Wmo figures, the instroom of meldingen,
 * the ladder, referrals to preventie, the signals and the collective activities of a year.
 */
export function Wijkprofiel() {
  const { code = 'A' } = useParams();
  const [zoek] = useSearchParams();
  const jaarParam = zoek.get('jaar');
  const navigate = useNavigate();
  const wijken = useWijken();
  const [jaar, setJaar] = useState(jaarParam ?? String(new Date().getFullYear()));
  const profiel = useLaden(
    () =>
      gegevens(
        http.GET('/wijken/{code}/profiel', {
          params: { path: { code }, query: { jaar: jaarParam ? Number(jaarParam) : undefined } },
        }),
      ),
    [code, jaarParam],
  );
  const p = profiel.data;
  usePaginaTitel(p ? `Wijkprofiel ${p.wijk.naam}` : 'Wijkprofiel');

  function toepassen(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    navigate(`/wijken/profiel/${code}?jaar=${encodeURIComponent(jaar)}`);
  }

  return (
    <>
      <Heading level={1}>{p ? `Wijkprofiel ${p.wijk.naam} ${p.jaar}` : 'Wijkprofiel'}</Heading>
      <WijkNavigatie wijk={code} />
      <form onSubmit={toepassen} aria-label="Wijk en jaar kiezen">
        {wijken.data ? (
          <WijkKeuze
            id="profiel-wijk"
            label="Wijk"
            waarde={code}
            wijken={wijken.data}
            onWijzig={(c) => c && navigate(`/wijken/profiel/${c}${jaarParam ? `?jaar=${jaarParam}` : ''}`)}
          />
        ) : null}
        <TekstVeld id="profiel-jaar" label="Jaar" waarde={jaar} onWijzig={setJaar} inputMode="numeric" />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Toepassen
          </Button>
        </ButtonGroup>
      </form>
      {profiel.fout ? <ApiFoutMelding fout={profiel.fout} /> : null}
      {!p ? (
        !profiel.fout && <Laden />
      ) : (
        <>
          <Heading level={2}>Wmo-cijfers</Heading>
          {p.wmo ? (
            <>
              <Paragraph>
                {p.wmo.clienten} unieke cliënten met een maatwerkvoorziening, {p.wmo.geldigeBeschikkingen}{' '}
                geldige en {p.wmo.afgegevenBeschikkingen} afgegeven beschikkingen.
              </Paragraph>
              <EenvoudigeTabel
                titel={`Cliënten en afgegeven beschikkingen per productcategorie, ${p.wijk.naam} ${p.jaar}`}
                koppen={['Productcategorie', 'Cliënten', 'Afgegeven beschikkingen']}
                rijen={p.wmo.perCategorie.map((c) => [c.categorie, c.clienten, c.afgegeven])}
              />
            </>
          ) : (
            <Paragraph>Geen kerncijfers voor dit jaar.</Paragraph>
          )}
          <EenvoudigeTabel
            titel={`Instroom: meldingen per maand, ${p.wijk.naam} ${p.jaar}`}
            koppen={['Maand', 'Meldingen']}
            rijen={p.instroom.map((r) => [r.periode, r.aantal])}
          />
          <EenvoudigeTabel
            titel={`Meldingen naar trede van de ladder, ${p.wijk.naam} ${p.jaar}`}
            koppen={['Uitkomst', 'Meldingen']}
            rijen={p.ladder.map((r) => [LADDER[r.uitkomst] ?? r.uitkomst, r.aantal])}
          />
          <Heading level={2}>Verwijzingen naar preventie</Heading>
          <Paragraph>
            {p.verwijzingen.totaal} verwijzingen (bron: {p.verwijzingen.bron}).
          </Paragraph>
          <Heading level={2}>Signalen</Heading>
          <EenvoudigeTabel
            titel={`Signalen per status, ${p.wijk.naam}`}
            koppen={['Status', 'Signalen']}
            rijen={p.signalen.perStatus.map((r) => [r.status, r.aantal])}
          />
          <EenvoudigeTabel
            titel={`Recente signalen, ${p.wijk.naam}`}
            koppen={['Signaal', 'Van', 'Datum', 'Status']}
            rijen={p.signalen.recent.map((s) => [s.titel, s.bronNaam, formatDatum(s.datum), s.status])}
          />
          <Heading level={2}>Preventieve activiteiten</Heading>
          <EenvoudigeTabel
            titel={`Activiteiten en deelnemers per kwartaal, ${p.wijk.naam} ${p.jaar}`}
            koppen={['Kwartaal', 'Activiteiten', 'Deelnemers']}
            rijen={p.activiteiten.perKwartaal.map((r) => [r.periode, r.activiteiten, r.deelnemers])}
          />
          <EenvoudigeTabel
            titel={`Activiteiten per soort, ${p.wijk.naam} ${p.jaar}`}
            koppen={['Soort', 'Activiteiten', 'Deelnemers']}
            rijen={p.activiteiten.perSoort.map((r) => [r.soort, r.activiteiten, r.deelnemers])}
          />
          <Paragraph>{p.voorzieningen} voorzieningen op de sociale kaart zijn er voor deze wijk.</Paragraph>
        </>
      )}
    </>
  );
}
