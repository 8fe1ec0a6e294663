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
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatDatum } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import { WijkNavigatie } from './Navigatie.tsx';
import { EenvoudigeTabel } from './Tabel.tsx';
import { useWijken, WijkKeuze } from './WijkKeuze.tsx';

const SOORTEN = {
  samenlevingsopbouw: 'Samenlevingsopbouw',
  groep: 'Groep',
  spreekuur: 'Spreekuur',
  voorlichting: 'Voorlichting',
  overig: 'Overig',
} as const;

const VELDEN = {
  wijk: ['act-wijk', 'Wijk'],
  soort: ['act-soort', 'Soort'],
  naam: ['act-naam', 'Naam'],
  periodeVan: ['act-van', 'Van'],
  periodeTot: ['act-tot', 'Tot en met'],
  bijeenkomsten: ['act-bijeenkomsten', 'Bijeenkomsten'],
  deelnemers: ['act-deelnemers', 'Deelnemers'],
} as const;

function NieuweActiviteit({
  wijken,
  klaar,
}: {
  wijken: Array<{ code: string; naam: string }>;
  klaar(t: string): void;
}) {
  const [v, setV] = useState({
    wijk: '',
    soort: 'groep',
    naam: '',
    periodeVan: '',
    periodeTot: '',
    bijeenkomsten: '',
    deelnemers: '',
  });
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  const samenvatting = Object.entries(VELDEN)
    .filter(([naam]) => f[naam])
    .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));
  const zet = (k: keyof typeof v) => (w: string) => setV((o) => ({ ...o, [k]: w }));
  const getal = (s: string) => (s.trim() === '' || Number.isNaN(Number(s)) ? (s as never) : Number(s));

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const a = await gegevens(
        http.POST('/activiteiten', {
          body: {
            ...v,
            soort: v.soort as keyof typeof SOORTEN,
            bijeenkomsten: getal(v.bijeenkomsten),
            deelnemers: getal(v.deelnemers),
          },
        }),
      );
      klaar(`${a.naam} in ${a.wijk.naam} is geregistreerd met ${a.deelnemers} deelnemers.`);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="nieuwe-activiteit-kop">
      <Heading level={2} id="nieuwe-activiteit-kop">
        Activiteit registreren
      </Heading>
      <Paragraph>Tel de deelnemers; schrijf geen namen op.</Paragraph>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={samenvatting.length ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={samenvatting.length ? undefined : versturen.fout.fout.detail}
          velden={samenvatting}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <WijkKeuze
        id={VELDEN.wijk[0]}
        label="Wijk"
        waarde={v.wijk}
        onWijzig={zet('wijk')}
        wijken={wijken}
        fout={f.wijk}
      />
      <Veld id={VELDEN.soort[0]} label="Soort" fout={f.soort}>
        {(k) => (
          <Select {...k} value={v.soort} onChange={(e) => zet('soort')(e.target.value)}>
            {Object.entries(SOORTEN).map(([c, n]) => (
              <SelectOption key={c} value={c}>
                {n}
              </SelectOption>
            ))}
          </Select>
        )}
      </Veld>
      <TekstVeld id={VELDEN.naam[0]} label="Naam" waarde={v.naam} onWijzig={zet('naam')} fout={f.naam} />
      <TekstVeld
        id={VELDEN.periodeVan[0]}
        label="Van"
        type="date"
        waarde={v.periodeVan}
        onWijzig={zet('periodeVan')}
        fout={f.periodeVan}
      />
      <TekstVeld
        id={VELDEN.periodeTot[0]}
        label="Tot en met"
        type="date"
        waarde={v.periodeTot}
        onWijzig={zet('periodeTot')}
        fout={f.periodeTot}
      />
      <TekstVeld
        id={VELDEN.bijeenkomsten[0]}
        label="Bijeenkomsten"
        inputMode="numeric"
        waarde={v.bijeenkomsten}
        onWijzig={zet('bijeenkomsten')}
        fout={f.bijeenkomsten}
      />
      <TekstVeld
        id={VELDEN.deelnemers[0]}
        label="Deelnemers"
        inputMode="numeric"
        waarde={v.deelnemers}
        onWijzig={zet('deelnemers')}
        fout={f.deelnemers}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Registreren
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Collective and preventive activities with anonymous counts; partners register their own. */
export function Activiteiten() {
  usePaginaTitel('Activiteiten');
  const wijken = useWijken();
  const lijst = useLaden(() => gegevens(http.GET('/activiteiten')), []);
  const [bericht, setBericht] = useState<string | null>(null);
  const mag = useMag();
  return (
    <>
      <Heading level={1}>Activiteiten</Heading>
      <WijkNavigatie />
      <div role="status">
        {bericht ? (
          <Alert type="ok" role="presentation">
            <Paragraph>{bericht}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} /> : null}
      {lijst.data ? (
        <EenvoudigeTabel
          titel={`Activiteiten (${lijst.data.length})`}
          koppen={['Activiteit', 'Partner', 'Wijk', 'Periode', 'Bijeenkomsten', 'Deelnemers']}
          rijen={lijst.data.map((a) => [
            `${a.naam} (${SOORTEN[a.soort]})`,
            a.partner.naam ?? '',
            a.wijk.naam,
            `${formatDatum(a.periodeVan)} – ${formatDatum(a.periodeTot)}`,
            a.bijeenkomsten,
            a.deelnemers,
          ])}
          leeg="nog geen activiteiten geregistreerd."
        />
      ) : (
        !lijst.fout && <Laden />
      )}
      {mag('wijk.activiteiten-registreren') && wijken.data ? (
        <NieuweActiviteit
          wijken={wijken.data}
          klaar={(t) => {
            setBericht(t);
            lijst.opnieuw();
          }}
        />
      ) : null}
    </>
  );
}
