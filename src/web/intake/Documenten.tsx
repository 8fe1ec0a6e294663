import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { API_BASE, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import type { Melding } from '../api/types.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { formatTijdstip } from '../ui/format.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { DOCUMENT_NAMEN, naamVan } from './labels.ts';

type Document = Melding['documenten'][number];

/**
 * A letter that failed to be made: the error, and a button that tries again now. Letters are made
 * after the action that decides them is saved (ADR 0020); a failure never loses the decision.
 */
function Mislukt({
  melding,
  d,
  klaar,
}: {
  melding: Melding;
  d: Document;
  klaar(m: Melding, bericht: string): void;
}) {
  const versturen = useVersturen([]);
  const naam = naamVan(DOCUMENT_NAMEN, d.soort);
  return (
    <Alert type="warning">
      <Paragraph>
        <strong>{naam}: maken mislukt.</strong> {d.fout ? `Fout: ${d.fout}` : null}
      </Paragraph>
      {versturen.fout ? <ApiFoutMelding fout={versturen.fout.fout} /> : null}
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          disabled={versturen.bezig}
          onClick={() =>
            void versturen.verstuur(async () => {
              const m = await gegevens(
                http.POST('/meldingen/{id}/documenten/{documentId}/pogingen', {
                  params: { path: { id: melding.id, documentId: d.id } },
                  // An empty JSON body, as this button always sent.
                  body: zoalsIngevuld({}),
                }),
              );
              const nu = m.documenten.find((x) => x.id === d.id);
              klaar(
                m,
                nu?.status === 'gemaakt' ? `${naam} is gemaakt.` : `${naam} kon weer niet worden gemaakt.`,
              );
            })
          }
        >
          Opnieuw maken
        </Button>
      </ButtonGroup>
    </Alert>
  );
}

const STATUS_TEKST: Record<Document['status'], string> = {
  'te-maken': 'wordt gemaakt',
  gemaakt: 'gemaakt',
  mislukt: 'mislukt',
};

/** When the letter was made, or that it is still being made (ADR 0020). */
function tijdregel(d: Document): string {
  const op = formatTijdstip(d.aangemaaktOp);
  if (d.status === 'gemaakt') return `gemaakt op ${op}`;
  if (d.status === 'te-maken') return `wordt gemaakt (vastgelegd op ${op})`;
  return `vastgelegd op ${op}`;
}

/** The melding's documents: the ontvangstbevestiging as a download, each with its status. */
export function Documenten({
  melding: m,
  klaar,
}: {
  melding: Melding;
  klaar(m: Melding, bericht: string): void;
}) {
  const ontvangstbevestiging = m.documenten.find((d) => d.soort === 'ontvangstbevestiging');
  return (
    <>
      <Heading level={2}>Documenten</Heading>
      {m.documenten.length === 0 ? (
        <Paragraph>Er zijn geen documenten.</Paragraph>
      ) : (
        <UnorderedList>
          {m.documenten.map((d) => (
            <UnorderedListItem key={d.id}>
              {d === ontvangstbevestiging ? (
                <>
                  {/* A plain link: the session cookie goes along, the server sends it as a download
                      (and makes the letter first if it is not there yet). */}
                  <Link href={`${API_BASE}/meldingen/${m.id}/ontvangstbevestiging`} download={d.bestandsnaam}>
                    Ontvangstbevestiging downloaden (PDF)
                  </Link>{' '}
                  <span className="ot-klein">{tijdregel(d)}</span>
                </>
              ) : (
                <>
                  {naamVan(DOCUMENT_NAMEN, d.soort)}: {d.bestandsnaam} ({formatTijdstip(d.aangemaaktOp)},{' '}
                  {STATUS_TEKST[d.status]})
                </>
              )}
              {d.status === 'mislukt' ? <Mislukt melding={m} d={d} klaar={klaar} /> : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
