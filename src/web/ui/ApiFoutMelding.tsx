import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import type { ApiError } from '../api/client.ts';

/** An API error as an NL Design System alert: the server's title and its Dutch explanation. */
export function ApiFoutMelding({ fout, kopNiveau = 2 }: { fout: ApiError; kopNiveau?: number }) {
  const titel = fout.status === 403 ? 'Geen toegang' : fout.title || 'Er ging iets mis';
  return (
    <Alert type="error">
      <Heading level={kopNiveau}>{titel}</Heading>
      <Paragraph>{fout.detail}</Paragraph>
    </Alert>
  );
}

/** Shown while data loads; a status role so that screen readers hear it without losing focus. */
export function Laden({ tekst = 'Gegevens worden geladen…' }: { tekst?: string }) {
  return (
    <Paragraph role="status" className="ot-laden">
      {tekst}
    </Paragraph>
  );
}
