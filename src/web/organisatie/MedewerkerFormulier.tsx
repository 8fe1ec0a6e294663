import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../api/client.ts';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { type FormulierFouten, veldFouten } from '../ui/formulier.ts';
import { type Keuzes, MedewerkerInvoer } from './MedewerkerInvoer.tsx';
import { invoerId, type MedewerkerVelden, VELD_LABELS, VELD_NAMEN } from './medewerkerVelden.ts';

export interface MedewerkerFormulierProps {
  soort: 'nieuw' | 'wijzigen';
  begin: MedewerkerVelden;
  keuzes: Keuzes;
  /** Saves; throws ApiError. On success the page navigates away. */
  opslaan(velden: MedewerkerVelden): Promise<void>;
  /** Edit only: load the newest version after a version conflict. */
  herladen?: () => void;
}

type Uitkomst =
  | { soort: 'geen' }
  | { soort: 'fout'; fout: ApiError; velden: FormulierFouten }
  | { soort: 'conflict'; fout: ApiError };

function VersieConflict({ fout, herladen }: { fout: ApiError; herladen?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="warning">
        <Heading level={2}>Iemand anders heeft deze medewerker intussen gewijzigd</Heading>
        <Paragraph>{fout.detail}</Paragraph>
        <Paragraph>
          Uw wijzigingen zijn niet opgeslagen en staan nog in het formulier. Laad de nieuwste versie en voer
          uw wijzigingen daarna opnieuw in; noteer ze zo nodig eerst.
        </Paragraph>
        {herladen ? (
          <ButtonGroup>
            <Button appearance="secondary-action-button" onClick={herladen}>
              Nieuwste versie laden
            </Button>
          </ButtonGroup>
        ) : null}
      </Alert>
    </div>
  );
}

/**
 * Add or edit a medewerker. What the user typed stays on every error; the server's invalidParams
 * appear next to their fields and in a summary at the top.
 */
export function MedewerkerFormulier({ soort, begin, keuzes, opslaan, herladen }: MedewerkerFormulierProps) {
  const [velden, setVelden] = useState(begin);
  const [bezig, setBezig] = useState(false);
  const [uitkomst, setUitkomst] = useState<Uitkomst>({ soort: 'geen' });
  // A new key per attempt remounts the summary, so that it takes focus again.
  const [poging, setPoging] = useState(0);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBezig(true);
    try {
      await opslaan(velden);
    } catch (err) {
      const fout = asApiError(err);
      setUitkomst(
        fout.status === 409 && fout.code === 'versieconflict'
          ? { soort: 'conflict', fout }
          : { soort: 'fout', fout, velden: veldFouten(fout, VELD_NAMEN) },
      );
      setPoging((p) => p + 1);
      setBezig(false);
    }
  }

  const fouten = uitkomst.soort === 'fout' ? uitkomst.velden : { velden: {}, overig: [] };
  const samenvatting = Object.entries(fouten.velden).map(([veld, reden]) => ({
    id: invoerId(veld as keyof MedewerkerVelden),
    label: VELD_LABELS[veld as keyof MedewerkerVelden],
    reden,
  }));

  return (
    <form
      onSubmit={verstuur}
      noValidate
      aria-label={soort === 'nieuw' ? 'Medewerker toevoegen' : 'Medewerker wijzigen'}
    >
      {uitkomst.soort === 'conflict' ? (
        <VersieConflict key={poging} fout={uitkomst.fout} herladen={herladen} />
      ) : null}
      {uitkomst.soort === 'fout' ? (
        <FoutSamenvatting
          key={poging}
          titel={
            samenvatting.length ? 'Controleer de volgende velden' : uitkomst.fout.title || 'Opslaan mislukt'
          }
          detail={samenvatting.length ? undefined : uitkomst.fout.detail}
          velden={samenvatting}
          overig={fouten.overig}
        />
      ) : null}
      <MedewerkerInvoer
        soort={soort}
        velden={velden}
        wijzig={(patch) => setVelden((v) => ({ ...v, ...patch }))}
        fouten={fouten.velden}
        keuzes={keuzes}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          Opslaan
        </Button>
      </ButtonGroup>
      <Paragraph>
        <AppLink to="/organisatie">Annuleren en terug naar Organisatie</AppLink>
      </Paragraph>
    </form>
  );
}
