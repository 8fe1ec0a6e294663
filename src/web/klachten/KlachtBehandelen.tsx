import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import { formatDatum, formatDatumMetWeekdag, vandaagIso } from '../ui/format.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';

export interface OpenKlacht {
  id: string;
  ontvangstdatum: string;
  omschrijving: string;
  verdaging: { op: string; reden: string } | null;
  termijnen: { afhandelingUiterlijk: string };
  versie: number;
}

type Oordeel = 'gegrond' | 'deels-gegrond' | 'ongegrond';

const OORDELEN = [
  { waarde: 'gegrond', label: 'Gegrond' },
  { waarde: 'deels-gegrond', label: 'Deels gegrond' },
  { waarde: 'ongegrond', label: 'Ongegrond' },
] as const;

/**
 * One open klacht for the klachtcoördinator: verdaging once by at most four weeks (Awb 9:11 lid 2),
 * and the afhandeling with the hearing (9:10) and the oordeel (9:12).
 */
export function KlachtBehandelen({ k, herladen }: { k: OpenKlacht; herladen(): void }) {
  const wanneer = formatDatum(k.ontvangstdatum);
  return (
    <section aria-labelledby={`klacht-${k.id}`}>
      <Heading level={2} id={`klacht-${k.id}`}>
        Klacht van {wanneer}
      </Heading>
      <Paragraph>
        {k.omschrijving} Afhandelen uiterlijk{' '}
        <strong>{formatDatumMetWeekdag(k.termijnen.afhandelingUiterlijk)}</strong>.
        {k.verdaging ? ` Verdaagd op ${formatDatum(k.verdaging.op)}; reden: ${k.verdaging.reden}` : ''}
      </Paragraph>
      {k.verdaging ? null : <Verdagen k={k} herladen={herladen} />}
      <Afhandelen k={k} herladen={herladen} />
    </section>
  );
}

function Verdagen({ k, herladen }: { k: OpenKlacht; herladen(): void }) {
  const [reden, setReden] = useState('');
  const id = `klacht-${k.id}-verdaging`;
  const velden = { reden: [id, 'Reden van de verdaging'] } as const;
  const versturen = useVersturen(Object.keys(velden));
  function verdaag(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/klachten/{id}/verdaging', {
          params: { path: { id: k.id } },
          body: zoalsIngevuld({ versie: k.versie, reden }),
        }),
      );
      herladen();
    });
  }
  return (
    <form
      className="ot-actieformulier"
      onSubmit={verdaag}
      noValidate
      aria-label={`Klacht van ${formatDatum(k.ontvangstdatum)} verdagen`}
    >
      <Heading level={3}>Afhandeling verdagen</Heading>
      <Paragraph>Eén keer met hoogstens vier weken, vóór de termijn om is (Awb 9:11 lid 2).</Paragraph>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <TekstVeld
        id={id}
        label="Reden van de verdaging"
        rijen={2}
        waarde={reden}
        onWijzig={setReden}
        fout={versturen.fout?.velden.velden.reden}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={versturen.bezig}>
          Verdagen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function Afhandelen({ k, herladen }: { k: OpenKlacht; herladen(): void }) {
  const [oordeel, setOordeel] = useState<Oordeel | ''>('');
  const [op, setOp] = useState(vandaagIso());
  const [gehoord, setGehoord] = useState('');
  const basis = `klacht-${k.id}`;
  const velden = {
    oordeel: [`${basis}-oordeel`, 'Oordeel'],
    gehoordOp: [`${basis}-gehoord`, 'Gehoord op'],
    afgehandeldOp: [`${basis}-afgehandeld`, 'Afgehandeld op'],
  } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function handelAf(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/klachten/{id}/afhandeling', {
          params: { path: { id: k.id } },
          body: zoalsIngevuld({
            versie: k.versie,
            oordeel: oordeel || undefined,
            afgehandeldOp: op,
            gehoordOp: gehoord || null,
          }),
        }),
      );
      herladen();
    });
  }
  return (
    <form
      className="ot-actieformulier"
      onSubmit={handelAf}
      noValidate
      aria-label={`Klacht van ${formatDatum(k.ontvangstdatum)} afhandelen`}
    >
      <Heading level={3}>Afhandelen</Heading>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <Keuzegroep
        id={velden.oordeel[0]}
        legend="Oordeel"
        keuzes={OORDELEN}
        waarde={oordeel}
        onChange={(w) => setOordeel(w as Oordeel)}
        fout={f.oordeel}
      />
      <TekstVeld
        id={velden.gehoordOp[0]}
        label="Gehoord op"
        beschrijving="Leeg als horen achterwege bleef (Awb 9:10)."
        optioneel
        type="date"
        waarde={gehoord}
        onWijzig={setGehoord}
        fout={f.gehoordOp}
      />
      <TekstVeld
        id={velden.afgehandeldOp[0]}
        label="Afgehandeld op"
        type="date"
        waarde={op}
        onWijzig={setOp}
        fout={f.afgehandeldOp}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={versturen.bezig}>
          Klacht afhandelen
        </Button>
      </ButtonGroup>
    </form>
  );
}
