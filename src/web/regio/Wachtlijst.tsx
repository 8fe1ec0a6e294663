import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Route, Routes, useNavigate, useParams } from 'react-router-dom';
import type { Antwoord } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { NietGevonden } from '../fout/NietGevonden.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { aantal, formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { Plaatsing } from './Plaatsing.tsx';
import { RegioTabel } from './Tabel.tsx';
import { SOORT, STATUS, URGENTIE } from './teksten.ts';

type Aanmelding = Antwoord<'/regio/aanmeldingen/{id}'>;

const herkomst = (a: Pick<Aanmelding, 'herkomst' | 'herkomstWoonplaats'>) =>
  a.herkomst?.naam ?? `Buiten de regio (${a.herkomstWoonplaats ?? 'onbekend'})`;

/** Puts a new aanmelding on the wachtlijst, with its urgency and (optionally) a preferred location. */
export function OpWachtlijst({ aanmelding, klaar }: { aanmelding: Aanmelding; klaar?(): void }) {
  const navigate = useNavigate();
  const plaatsen = useLaden(() => gegevens(http.GET('/regio/plaatsen')), []);
  const [urgentie, setUrgentie] = useState(aanmelding.urgentie);
  const [locatie, setLocatie] = useState('');
  const versturen = useVersturen(['urgentie', 'voorkeurLocatieId']);
  const f = versturen.fout?.velden.velden ?? {};

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/regio/aanmeldingen/{id}/wachtlijst', {
          params: { path: { id: aanmelding.id } },
          body: { versie: aanmelding.versie, urgentie, voorkeurLocatieId: locatie || null },
        }),
      );
      klaar?.();
      navigate('/regio/wachtlijst');
    });
  }

  const locaties = (plaatsen.data?.locaties ?? []).filter((l) => l.soort === aanmelding.soort);
  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="wachtlijst-form-kop">
      <Heading level={2} id="wachtlijst-form-kop">
        Op de wachtlijst zetten
      </Heading>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={versturen.fout.fout.title}
          detail={versturen.fout.fout.detail}
          velden={[
            ...(f.urgentie ? [{ id: 'wachtlijst-urgentie', label: 'Urgentie', reden: f.urgentie }] : []),
            ...(f.voorkeurLocatieId
              ? [{ id: 'wachtlijst-locatie', label: 'Voorkeurslocatie', reden: f.voorkeurLocatieId }]
              : []),
          ]}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <Veld id="wachtlijst-urgentie" label="Urgentie" fout={f.urgentie}>
        {(k) => (
          <Select {...k} value={urgentie} onChange={(e) => setUrgentie(e.target.value as typeof urgentie)}>
            {Object.entries(URGENTIE).map(([code, label]) => (
              <SelectOption key={code} value={code}>
                {label}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <Veld
        id="wachtlijst-locatie"
        label="Voorkeurslocatie"
        optioneel
        beschrijving="Leeg: de eerste vrije plek van deze soort."
        fout={f.voorkeurLocatieId}
      >
        {(k) => (
          <Select {...k} value={locatie} onChange={(e) => setLocatie(e.target.value)}>
            <SelectOption value="">Geen voorkeur</SelectOption>
            {locaties.map((l) => (
              <SelectOption key={l.id} value={l.id}>
                {l.naam} ({aantal(l.vrij, 'plek vrij', 'plekken vrij')})
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Op de wachtlijst zetten
        </Button>
      </ButtonGroup>
    </form>
  );
}

function AanmeldingDetail() {
  const { id = '' } = useParams();
  const a = useLaden(
    () => gegevens(http.GET('/regio/aanmeldingen/{id}', { params: { path: { id } } })),
    [id],
  );
  usePaginaTitel('Aanmelding beschermd wonen of opvang');
  if (a.fout) return <ApiFoutMelding fout={a.fout} kopNiveau={1} />;
  if (!a.data) return <Laden />;
  const d = a.data;
  return (
    <>
      <Heading level={1}>Aanmelding van {d.persoon.naam}</Heading>
      <RegioTabel
        titel="Gegevens van de aanmelding"
        koppen={['Gegeven', 'Waarde']}
        rijen={[
          ['Soort', SOORT[d.soort]],
          ['Status', STATUS[d.status]],
          ['Geboortedatum', formatDatum(d.persoon.geboortedatum)],
          ['Herkomst', herkomst(d)],
          ['Aangemeld op', formatDatum(d.aanmeldingsdatum)],
          ['Aangemeld door', d.aanmelder ?? 'De inwoner zelf'],
          ['Urgentie', URGENTIE[d.urgentie]],
          ['Contactpersoon', d.contactpersoon ?? '—'],
        ]}
      />
      {d.status === 'aangemeld' ? <OpWachtlijst aanmelding={d} /> : null}
      {d.status === 'wachtlijst' ? (
        <Paragraph>
          <AppLink to={`/regio/wachtlijst/${d.id}/plaatsing`}>Plaatsen op een locatie</AppLink>
        </Paragraph>
      ) : null}
    </>
  );
}

function Lijst() {
  usePaginaTitel('Wachtlijst beschermd wonen en opvang');
  const lijst = useLaden(() => gegevens(http.GET('/regio/wachtlijst')), []);
  const nieuw = useLaden(
    () => gegevens(http.GET('/regio/aanmeldingen', { params: { query: { status: 'aangemeld' } } })),
    [],
  );
  if (lijst.fout) return <ApiFoutMelding fout={lijst.fout} kopNiveau={1} />;
  if (!lijst.data) return <Laden />;
  const w = lijst.data.wachtenden;
  return (
    <>
      <Heading level={1}>Wachtlijst beschermd wonen en opvang</Heading>
      <Paragraph>
        {aantal(w.length, 'inwoner wacht', 'inwoners wachten')}. De volgorde: eerst crisis, dan hoog, dan
        regulier; bij gelijke urgentie wie het langst wacht.
      </Paragraph>
      <RegioTabel
        titel={`Wachtlijst op ${formatDatum(lijst.data.peildatum)}`}
        koppen={[
          'Plaats',
          'Inwoner',
          'Soort',
          'Herkomst',
          'Urgentie',
          'Wacht sinds',
          'Wachttijd',
          'Voorkeur',
          'Actie',
        ]}
        getallen={[6]}
        sleutels={w.map((a) => a.id)}
        leeg="Niemand wacht."
        rijen={w.map((a) => [
          a.positie,
          <AppLink key="n" to={`/regio/wachtlijst/${a.id}`}>
            {a.persoon.naam}
          </AppLink>,
          SOORT[a.soort],
          herkomst(a),
          URGENTIE[a.urgentie],
          a.wachtlijstSinds ? formatDatum(a.wachtlijstSinds) : '—',
          aantal(a.wachttijdDagen ?? 0, 'dag', 'dagen'),
          a.voorkeurLocatie?.naam ?? 'Geen voorkeur',
          <AppLink
            key="p"
            to={`/regio/wachtlijst/${a.id}/plaatsing`}
            aria-label={`Plaatsen: ${a.persoon.naam}`}
          >
            Plaatsen
          </AppLink>,
        ])}
      />
      <Heading level={2}>Nieuwe aanmeldingen</Heading>
      {nieuw.fout ? <ApiFoutMelding fout={nieuw.fout} kopNiveau={3} /> : null}
      {nieuw.data ? (
        <RegioTabel
          titel="Nog niet op de wachtlijst"
          koppen={['Inwoner', 'Soort', 'Herkomst', 'Urgentie', 'Aangemeld op']}
          sleutels={nieuw.data.map((a) => a.id)}
          leeg="Geen nieuwe aanmeldingen."
          rijen={nieuw.data.map((a) => [
            <AppLink key="n" to={`/regio/wachtlijst/${a.id}`}>
              {a.persoon.naam}
            </AppLink>,
            SOORT[a.soort],
            herkomst(a),
            URGENTIE[a.urgentie],
            formatDatum(a.aanmeldingsdatum),
          ])}
        />
      ) : (
        <Laden />
      )}
    </>
  );
}

/** /regio/wachtlijst: the list, one aanmelding, and the plaatsing of one. */
export function Wachtlijst() {
  return (
    <Routes>
      <Route index element={<Lijst />} />
      <Route path=":id" element={<AanmeldingDetail />} />
      <Route path=":id/plaatsing" element={<Plaatsing />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
