import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import type { VerificatieRapport } from '../api/types.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';

function Rapport({ rapport }: { rapport: VerificatieRapport }) {
  const telling = `${rapport.gecontroleerd} regels gecontroleerd, ${rapport.nietVerzegeld} nog niet verzegeld.`;
  if (rapport.intact) {
    return (
      <Alert type="ok">
        <Heading level={3}>De auditketen is intact</Heading>
        <Paragraph>
          {telling} Regels die nog niet verzegeld zijn worden bij de volgende verzegeling opgenomen.
        </Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="error">
      <Heading level={3}>De auditketen is niet intact</Heading>
      <Paragraph>
        {telling} Er zijn {rapport.problemen.length} problemen gevonden. Meld dit bij informatiebeveiliging.
      </Paragraph>
      <UnorderedList>
        {rapport.problemen.map((p) => (
          <UnorderedListItem key={`${p.soort}-${p.volgnummer ?? ''}-${p.auditId ?? ''}`}>
            {p.toelichting} (soort: {p.soort}
            {p.volgnummer !== null ? `, volgnummer ${p.volgnummer}` : ''}
            {p.auditId !== null ? `, auditregel ${p.auditId}` : ''})
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}

/** Checks the hash chain of the audit trail on the server and shows what it found. */
export function KetenControle() {
  const [bezig, setBezig] = useState(false);
  const [rapport, setRapport] = useState<VerificatieRapport | null>(null);
  const [fout, setFout] = useState<ApiError | null>(null);

  async function controleer() {
    setBezig(true);
    setFout(null);
    setRapport(null);
    try {
      setRapport(await gegevens(http.POST('/audit-verificaties')));
    } catch (err) {
      setFout(asApiError(err));
    } finally {
      setBezig(false);
    }
  }

  return (
    <section aria-labelledby="keten-titel">
      <Heading level={2} id="keten-titel">
        Keten controleren
      </Heading>
      <Paragraph>
        Elke auditregel is met een hash aan de vorige verbonden. De controle laat zien of er regels zijn
        gewijzigd of verwijderd.
      </Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" busy={bezig} disabled={bezig} onClick={controleer}>
          Keten controleren
        </Button>
      </ButtonGroup>
      {/* The alerts are live regions (status / alert): the outcome is announced. */}
      {bezig ? <Laden tekst="De keten wordt gecontroleerd…" /> : null}
      {rapport ? <Rapport rapport={rapport} /> : null}
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={3} /> : null}
    </section>
  );
}
