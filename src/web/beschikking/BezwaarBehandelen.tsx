import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import { AppButtonLink } from '../ui/AppLink.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';

/** What this component reads of a bezwaar (its own type: BezwarenPaneel imports this file). */
interface Bezwaar {
  id: string;
  beschikkingId: string;
  ontvangstdatum: string;
  status: 'open' | 'beslist' | 'ingetrokken';
  uitkomst: string | null;
  verdaging: { op: string; reden: string } | null;
  herroepingBeschikkingId: string | null;
  versie: number;
}

type Uitkomst = 'gegrond' | 'ongegrond' | 'niet-ontvankelijk';

const UITKOMSTEN = [
  { waarde: 'gegrond', label: 'Gegrond: het besluit wordt herroepen (Awb 7:11)' },
  { waarde: 'ongegrond', label: 'Ongegrond: het besluit blijft staan' },
  { waarde: 'niet-ontvankelijk', label: 'Niet-ontvankelijk (bijvoorbeeld te laat, Awb 6:9)' },
] as const;

/**
 * The actions on one bezwaar for the backoffice: verdaging (Awb 7:10 lid 3) while it is open, the
 * beslissing op bezwaar (7:11, 7:12), and after a gegrond bezwaar the herroeping as a wijziging of
 * the beschikking, linked to the bezwaar (the herziening screen, pre-filled).
 */
export function BezwaarBehandelen({ z, herladen }: { z: Bezwaar; herladen(): void }) {
  const wanneer = formatDatum(z.ontvangstdatum);
  if (z.status !== 'open') {
    if (z.uitkomst !== 'gegrond' || z.herroepingBeschikkingId) return null;
    return (
      <ButtonGroup>
        <AppButtonLink
          appearance="primary-action-button"
          to={`/beschikkingen/${z.beschikkingId}/wijziging?bezwaar=${z.id}`}
        >
          Herroeping opstellen (bezwaar van {wanneer})
        </AppButtonLink>
      </ButtonGroup>
    );
  }
  return (
    <>
      {z.verdaging ? null : <Verdagen z={z} herladen={herladen} />}
      <Beslissen z={z} herladen={herladen} />
    </>
  );
}

function Verdagen({ z, herladen }: { z: Bezwaar; herladen(): void }) {
  const [reden, setReden] = useState('');
  const versturen = useVersturen(['reden']);
  const id = `bezwaar-${z.id}-verdaging`;
  function verdaag(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/bezwaren/{id}/verdaging', {
          params: { path: { id: z.id } },
          body: zoalsIngevuld({ versie: z.versie, reden }),
        }),
      );
      herladen();
    });
  }
  return (
    <form onSubmit={verdaag} noValidate aria-label={`Bezwaar van ${formatDatum(z.ontvangstdatum)} verdagen`}>
      <Heading level={3}>Beslissing verdagen</Heading>
      <Paragraph>
        Eén keer met hoogstens zes weken, vóór de termijn om is; de indiener krijgt een brief (Awb 7:10 lid
        3).
      </Paragraph>
      <ActieFout
        versturen={versturen}
        velden={{ reden: [id, 'Reden van de verdaging'] }}
        herladen={herladen}
      />
      <TekstVeld
        id={id}
        label="Reden van de verdaging"
        rijen={3}
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

function Beslissen({ z, herladen }: { z: Bezwaar; herladen(): void }) {
  const [uitkomst, setUitkomst] = useState<Uitkomst | ''>('');
  const [datum, setDatum] = useState(vandaagIso());
  const [motivering, setMotivering] = useState('');
  const basis = `bezwaar-${z.id}`;
  const velden = {
    uitkomst: [`${basis}-uitkomst`, 'Uitkomst'],
    besluitdatum: [`${basis}-datum`, 'Datum van de beslissing'],
    motivering: [`${basis}-motivering`, 'Motivering'],
  } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function beslis(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/bezwaren/{id}/beslissing', {
          params: { path: { id: z.id } },
          body: zoalsIngevuld({
            versie: z.versie,
            uitkomst: uitkomst as Uitkomst,
            besluitdatum: datum,
            motivering,
          }),
        }),
      );
      herladen();
    });
  }
  return (
    <form
      onSubmit={beslis}
      noValidate
      aria-label={`Beslissen op het bezwaar van ${formatDatum(z.ontvangstdatum)}`}
    >
      <Heading level={3}>Beslissen op bezwaar</Heading>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <Keuzegroep
        id={velden.uitkomst[0]}
        legend="Uitkomst"
        keuzes={UITKOMSTEN}
        waarde={uitkomst}
        onChange={(w) => setUitkomst(w as Uitkomst)}
        fout={f.uitkomst}
      />
      <TekstVeld
        id={velden.besluitdatum[0]}
        label="Datum van de beslissing"
        type="date"
        waarde={datum}
        onWijzig={setDatum}
        fout={f.besluitdatum}
      />
      <TekstVeld
        id={velden.motivering[0]}
        label="Motivering"
        beschrijving="Staat in de brief aan de indiener (Awb 7:12)."
        rijen={4}
        waarde={motivering}
        onWijzig={setMotivering}
        fout={f.motivering}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={versturen.bezig}>
          Beslissing vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}
