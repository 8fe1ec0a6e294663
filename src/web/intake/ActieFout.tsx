import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import type { ApiError } from '../api/client.ts';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import type { Versturen } from '../ui/useVersturen.ts';

/** A 409: someone else changed the melding first. Nothing is saved; the newest version can be loaded. */
function Conflict({ fout, herladen }: { fout: ApiError; herladen(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="ot-fout-samenvatting">
      <Alert type="warning">
        <Heading level={3}>Niet opgeslagen: de melding is intussen gewijzigd</Heading>
        <Paragraph>{fout.detail}</Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={herladen}>
            Nieuwste versie laden
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}

export interface ActieFoutProps {
  versturen: Versturen;
  /** Field name → [input id, label], in form order. */
  velden: Record<string, readonly [string, string]>;
  herladen(): void;
}

/** The error of a form on the melding page: field errors in a summary, or a version conflict. */
export function ActieFout({ versturen, velden, herladen }: ActieFoutProps) {
  const { fout, poging } = versturen;
  if (!fout) return null;
  if (fout.fout.status === 409 && Object.keys(fout.velden.velden).length === 0) {
    return <Conflict key={poging} fout={fout.fout} herladen={herladen} />;
  }
  const samenvatting = Object.entries(velden)
    .filter(([naam]) => fout.velden.velden[naam])
    .map(([naam, [id, label]]) => ({ id, label, reden: fout.velden.velden[naam]! }));
  return (
    <FoutSamenvatting
      key={poging}
      titel={samenvatting.length ? 'Controleer de volgende velden' : fout.fout.title || 'Opslaan mislukt'}
      detail={samenvatting.length ? undefined : fout.fout.detail}
      velden={samenvatting}
      overig={fout.velden.overig}
    />
  );
}
