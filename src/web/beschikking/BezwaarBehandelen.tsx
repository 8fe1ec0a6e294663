import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { ActieFout } from '../intake/ActieFout.tsx';
import { AppButtonLink } from '../ui/AppLink.tsx';
import { formatDatum, vandaagIso } from '../ui/format.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useVersturen } from '../ui/useVersturen.ts';
import { BezwaarBeroep, BezwaarHoren, type BezwaarInBehandeling } from './BezwaarBehandeling.tsx';

/** What this component reads of a bezwaar (its own type: BezwarenPaneel imports this file). */
interface Bezwaar extends BezwaarInBehandeling {
  beschikkingId: string;
  uitkomst: string | null;
  verdaging: { op: string; reden: string } | null;
  uitstel: { tot: string; reden: string } | null;
  herroepingBeschikkingId: string | null;
}

type Uitkomst = 'gegrond' | 'ongegrond' | 'niet-ontvankelijk';

const UITKOMSTEN = [
  { waarde: 'gegrond', label: 'Gegrond: het besluit wordt herroepen (Awb 7:11)' },
  { waarde: 'ongegrond', label: 'Ongegrond: het besluit blijft staan' },
  { waarde: 'niet-ontvankelijk', label: 'Niet-ontvankelijk (bijvoorbeeld te laat, Awb 6:9)' },
] as const;

/**
 * The actions on one bezwaar for the backoffice: horen and advies (Awb 7:2, 7:3, 7:13), verdaging
 * (7:10 lid 3) and then uitstel with consent (7:10 lid 4) while it is open, the beslissing op bezwaar
 * (7:11, 7:12); afterwards the herroeping of a gegrond bezwaar as a wijziging of the beschikking,
 * linked to the bezwaar (the herziening screen, pre-filled), and a beroep (8:1).
 */
export function BezwaarBehandelen({ z, herladen }: { z: Bezwaar; herladen(): void }) {
  const wanneer = formatDatum(z.ontvangstdatum);
  if (z.status === 'ingetrokken') return null;
  if (z.status !== 'open') {
    return (
      <>
        {z.uitkomst === 'gegrond' && !z.herroepingBeschikkingId ? (
          <ButtonGroup>
            <AppButtonLink
              appearance="primary-action-button"
              to={`/beschikkingen/${z.beschikkingId}/wijziging?bezwaar=${z.id}`}
            >
              Herroeping opstellen (bezwaar van {wanneer})
            </AppButtonLink>
          </ButtonGroup>
        ) : null}
        <BezwaarBeroep z={z} herladen={herladen} />
      </>
    );
  }
  return (
    <>
      <BezwaarHoren z={z} herladen={herladen} />
      <Verdagen z={z} herladen={herladen} />
      <Beslissen z={z} herladen={herladen} />
    </>
  );
}

/**
 * Verdaging once by at most six weeks (Awb 7:10 lid 3); after that only uitstel to a date agreed
 * with the indiener (7:10 lid 4). Both send a letter.
 */
function Verdagen({ z, herladen }: { z: Bezwaar; herladen(): void }) {
  const [reden, setReden] = useState('');
  const [instemming, setInstemming] = useState(false);
  const [tot, setTot] = useState('');
  const basis = `bezwaar-${z.id}-verdaging`;
  const uitstel = Boolean(z.verdaging);
  const velden = {
    reden: [`${basis}-reden`, uitstel ? 'Reden van het uitstel' : 'Reden van de verdaging'],
    instemmingIndiener: [`${basis}-instemming`, 'Instemming van de indiener'],
    uitstelTot: [`${basis}-tot`, 'Nieuwe uiterste datum'],
  } as const;
  const versturen = useVersturen(Object.keys(velden));
  const f = versturen.fout?.velden.velden ?? {};
  function verdaag(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      await gegevens(
        http.POST('/bezwaren/{id}/verdaging', {
          params: { path: { id: z.id } },
          body: zoalsIngevuld(
            uitstel
              ? { versie: z.versie, reden, instemmingIndiener: instemming, uitstelTot: tot || undefined }
              : { versie: z.versie, reden },
          ),
        }),
      );
      setReden('');
      herladen();
    });
  }
  const wanneer = formatDatum(z.ontvangstdatum);
  return (
    <form
      className="ot-actieformulier"
      onSubmit={verdaag}
      noValidate
      aria-label={uitstel ? `Bezwaar van ${wanneer} verder uitstellen` : `Bezwaar van ${wanneer} verdagen`}
    >
      <Heading level={3}>{uitstel ? 'Verder uitstel met instemming' : 'Beslissing verdagen'}</Heading>
      <Paragraph>
        {uitstel
          ? `Verdaagd op ${formatDatum(z.verdaging!.op)}. Later beslissen kan nu alleen als de indiener daarmee instemt (Awb 7:10 lid 4); de indiener krijgt een brief.`
          : 'Eén keer met hoogstens zes weken, vóór de termijn om is; de indiener krijgt een brief (Awb 7:10 lid 3).'}
      </Paragraph>
      <ActieFout versturen={versturen} velden={velden} herladen={herladen} />
      <TekstVeld
        id={velden.reden[0]}
        label={velden.reden[1]}
        rijen={3}
        waarde={reden}
        onWijzig={setReden}
        fout={f.reden}
      />
      {uitstel ? (
        <>
          <KeuzeVakje
            id={velden.instemmingIndiener[0]}
            label="De indiener stemt in met later beslissen"
            checked={instemming}
            onChange={setInstemming}
            fout={f.instemmingIndiener}
          />
          <TekstVeld
            id={velden.uitstelTot[0]}
            label="Nieuwe uiterste datum"
            type="date"
            waarde={tot}
            onWijzig={setTot}
            fout={f.uitstelTot}
          />
        </>
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={versturen.bezig}>
          {uitstel ? 'Uitstel vastleggen' : 'Verdagen'}
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
      className="ot-actieformulier"
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
