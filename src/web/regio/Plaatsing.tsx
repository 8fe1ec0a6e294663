import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { aantal, vandaagIso } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { SOORT, URGENTIE } from './teksten.ts';

const VELDEN = [
  ['locatieId', 'plaatsing-locatie', 'Locatie'],
  ['van', 'plaatsing-van', 'Eerste dag'],
  ['aanmeldingId', 'plaatsing-locatie', 'Aanmelding'],
] as const;

/**
 * Places a person from the wachtlijst on a location. Full locations stay in the list (marked
 * "vol") so the worker sees them; the server refuses a placement there with the reason at the field.
 */
export function Plaatsing() {
  usePaginaTitel('Plaatsen op een locatie');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const data = useLaden(
    () =>
      Promise.all([
        gegevens(http.GET('/regio/aanmeldingen/{id}', { params: { path: { id } } })),
        gegevens(http.GET('/regio/plaatsen')),
      ]),
    [id],
  );
  const [locatie, setLocatie] = useState<string | null>(null);
  const [van, setVan] = useState(vandaagIso());
  const versturen = useVersturen(VELDEN.map(([n]) => n));
  const f = versturen.fout?.velden.velden ?? {};

  if (data.fout) return <ApiFoutMelding fout={data.fout} kopNiveau={1} />;
  if (!data.data) return <Laden />;
  const [a, p] = data.data;
  const locaties = p.locaties.filter((l) => l.soort === a.soort);
  const gekozen = locatie ?? a.voorkeurLocatie?.id ?? '';

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const pl = await gegevens(
        http.POST('/regio/plaatsingen', {
          body: { aanmeldingId: a.id, versie: a.versie, locatieId: gekozen, van },
        }),
      );
      navigate(`/regio/plaatsen/${pl.locatie.id}`);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="plaatsing-kop">
      <Heading level={1} id="plaatsing-kop">
        {a.persoon.naam} plaatsen
      </Heading>
      <Paragraph>
        {SOORT[a.soort]}, urgentie {URGENTIE[a.urgentie]?.toLowerCase()}
        {a.wachttijdDagen !== null ? `, wacht ${aantal(a.wachttijdDagen, 'dag', 'dagen')}` : ''}.
      </Paragraph>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={Object.keys(f).length ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={Object.keys(f).length ? undefined : versturen.fout.fout.detail}
          velden={VELDEN.filter(([n]) => f[n]).map(([n, vid, label]) => ({ id: vid, label, reden: f[n]! }))}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <Veld id="plaatsing-locatie" label="Locatie" fout={f.locatieId ?? f.aanmeldingId}>
        {(k) => (
          <Select {...k} value={gekozen} onChange={(e) => setLocatie(e.target.value)}>
            <SelectOption value="">Kies een locatie</SelectOption>
            {locaties.map((l) => (
              <SelectOption key={l.id} value={l.id}>
                {l.naam}, {l.aanbieder}: {l.vrij > 0 ? aantal(l.vrij, 'plek vrij', 'plekken vrij') : 'vol'}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id="plaatsing-van"
        label="Eerste dag"
        type="date"
        waarde={van}
        onWijzig={setVan}
        fout={f.van}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Plaatsen
        </Button>
      </ButtonGroup>
    </form>
  );
}
