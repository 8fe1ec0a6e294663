import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Route, Routes, useParams } from 'react-router-dom';
import type { Antwoord } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatDatum } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { RegioTabel } from './Tabel.tsx';
import { euro, getal, SOORT } from './teksten.ts';

type Bewoner = Antwoord<'/regio/plaatsen'>['bewoners'][number];

function Overzicht() {
  usePaginaTitel('Plaatsen per locatie');
  const p = useLaden(() => gegevens(http.GET('/regio/plaatsen')), []);
  if (p.fout) return <ApiFoutMelding fout={p.fout} kopNiveau={1} />;
  if (!p.data) return <Laden />;
  const l = p.data.locaties;
  const som = (k: 'plaatsen' | 'bezet' | 'vrij' | 'wachtend') => getal(l.reduce((s, x) => s + x[k], 0));
  return (
    <>
      <Heading level={1}>Plaatsen per locatie</Heading>
      <Paragraph>
        Capaciteit van beschermd wonen en opvang bij de aanbieders op {formatDatum(p.data.peildatum)}.
        "Wachtend" telt wie deze locatie als voorkeur heeft.
      </Paragraph>
      <RegioTabel
        titel={`Plaatsen op ${formatDatum(p.data.peildatum)}`}
        koppen={[
          'Locatie',
          'Soort',
          'Aanbieder',
          'Gemeente',
          'Plaatsen',
          'Bezet',
          'Vrij',
          'Wachtend',
          'Tarief per etmaal',
        ]}
        getallen={[4, 5, 6, 7, 8]}
        sleutels={l.map((x) => x.id)}
        rijen={l.map((x) => [
          <AppLink key="n" to={`/regio/plaatsen/${x.id}`}>
            {x.naam}
          </AppLink>,
          SOORT[x.soort],
          x.aanbieder,
          x.gemeente.naam,
          getal(x.plaatsen),
          getal(x.bezet),
          x.vrij > 0 ? getal(x.vrij) : 'vol',
          getal(x.wachtend),
          euro(x.tariefPerEtmaal),
        ])}
        voet={['Totaal', '', '', '', som('plaatsen'), som('bezet'), som('vrij'), som('wachtend'), '']}
      />
    </>
  );
}

const DOORSTROOM_VELDEN = [
  ['doorstroomDatum', 'doorstroom-datum', 'Geplande datum zelfstandig wonen'],
  ['vervolgGemeenteCode', 'doorstroom-gemeente', 'Gemeente waar de inwoner gaat wonen'],
  ['vervolgVoorziening', 'doorstroom-voorziening', 'Vervolgondersteuning'],
] as const;

/** Doorstroom: the planned date of independent living and the warm handover to the local toegang. */
function Doorstroom({ bewoners, klaar }: { bewoners: readonly Bewoner[]; klaar(t: string): void }) {
  const gebruiker = useGebruiker();
  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  const [plaatsing, setPlaatsing] = useState(bewoners[0]?.id ?? '');
  const [datum, setDatum] = useState('');
  const [gemeente, setGemeente] = useState('');
  const [voorziening, setVoorziening] = useState('');
  const versturen = useVersturen(DOORSTROOM_VELDEN.map(([n]) => n));
  const f = versturen.fout?.velden.velden ?? {};
  const gekozen = bewoners.find((b) => b.id === plaatsing);

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      if (!gekozen) return;
      const p = await gegevens(
        http.POST('/regio/plaatsingen/{id}/doorstroom', {
          params: { path: { id: gekozen.id } },
          body: {
            versie: gekozen.versie,
            doorstroomDatum: datum,
            vervolgGemeenteCode: gemeente,
            vervolgVoorziening: voorziening,
          },
        }),
      );
      klaar(
        `Doorstroom van ${p.persoon.naam} gepland op ${formatDatum(p.doorstroomDatum ?? datum)}. De lokale toegang van ${p.vervolgGemeente?.naam ?? 'de gemeente'} ziet de overdracht op haar werklijst.`,
      );
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="doorstroom-kop">
      <Heading level={2} id="doorstroom-kop">
        Doorstroom naar zelfstandig wonen
      </Heading>
      <Paragraph>
        De lokale toegang van de gemeente waar de inwoner gaat wonen krijgt een overdracht op haar werklijst,
        met u als contactpersoon (warme overdracht).
      </Paragraph>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={Object.keys(f).length ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={Object.keys(f).length ? undefined : versturen.fout.fout.detail}
          velden={DOORSTROOM_VELDEN.filter(([n]) => f[n]).map(([n, id, label]) => ({
            id,
            label,
            reden: f[n]!,
          }))}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <Veld id="doorstroom-bewoner" label="Bewoner">
        {(k) => (
          <Select {...k} value={plaatsing} onChange={(e) => setPlaatsing(e.target.value)}>
            {bewoners.map((b) => (
              <SelectOption key={b.id} value={b.id}>
                {b.persoon.naam}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id="doorstroom-datum"
        label="Geplande datum zelfstandig wonen"
        type="date"
        waarde={datum}
        onWijzig={setDatum}
        fout={f.doorstroomDatum}
      />
      <Veld id="doorstroom-gemeente" label="Gemeente waar de inwoner gaat wonen" fout={f.vervolgGemeenteCode}>
        {(k) => (
          <Select {...k} value={gemeente} onChange={(e) => setGemeente(e.target.value)}>
            <SelectOption value="">Kies een gemeente</SelectOption>
            {(gemeenten.data ?? [])
              .filter((g) => gebruiker.gemeenten.includes(g.code))
              .map((g) => (
                <SelectOption key={g.code} value={g.code}>
                  {g.naam}
                </SelectOption>
              ))}
          </Select>
        )}
      </Veld>
      <TekstVeld
        id="doorstroom-voorziening"
        label="Vervolgondersteuning"
        beschrijving="Bijvoorbeeld: ambulante begeleiding thuis, 3 uur per week."
        waarde={voorziening}
        onWijzig={setVoorziening}
        fout={f.vervolgVoorziening}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Doorstroom plannen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Locatie() {
  const { id = '' } = useParams();
  const p = useLaden(
    () => gegevens(http.GET('/regio/plaatsen', { params: { query: { locatie: id } } })),
    [id],
  );
  const [melding, setMelding] = useState<string | null>(null);
  usePaginaTitel(p.data?.locaties[0]?.naam ?? 'Locatie');
  if (p.fout) return <ApiFoutMelding fout={p.fout} kopNiveau={1} />;
  if (!p.data) return <Laden />;
  const l = p.data.locaties[0]!;
  const b = p.data.bewoners;
  return (
    <>
      <Heading level={1}>{l.naam}</Heading>
      <Paragraph>
        {SOORT[l.soort]} van {l.aanbieder} in {l.gemeente.naam}: {getal(l.plaatsen)} plaatsen,{' '}
        {getal(l.bezet)} bezet, {l.vrij > 0 ? `${getal(l.vrij)} vrij` : 'vol'}, {getal(l.wachtend)} wachtend.
      </Paragraph>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}
      <RegioTabel
        titel={`Bewoners op ${formatDatum(p.data.peildatum)}`}
        koppen={['Bewoner', 'Sinds', 'Doorstroom gepland', 'Naar gemeente', 'Vervolgondersteuning']}
        sleutels={b.map((x) => x.id)}
        leeg="Er woont nu niemand."
        rijen={b.map((x) => [
          x.persoon.naam,
          formatDatum(x.van),
          x.doorstroomDatum ? formatDatum(x.doorstroomDatum) : 'Nog niet gepland',
          x.vervolgGemeente?.naam ?? '—',
          x.vervolgVoorziening ?? '—',
        ])}
      />
      {b.length > 0 ? (
        <Doorstroom
          bewoners={b}
          klaar={(t) => {
            setMelding(t);
            p.opnieuw();
          }}
        />
      ) : null}
      <Paragraph>
        <AppLink to="/regio/plaatsen">Terug naar alle locaties</AppLink>
      </Paragraph>
    </>
  );
}

/** /regio/plaatsen: capacity per location, and one location with its residents and their doorstroom. */
export function Plaatsen() {
  return (
    <Routes>
      <Route index element={<Overzicht />} />
      <Route path=":id" element={<Locatie />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
