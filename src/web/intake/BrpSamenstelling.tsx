import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { type ApiError, asApiError, gegevens, http } from '../api/client.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';

interface Gerelateerde {
  bsn: string | null;
  naam: string;
  geboortedatum: string | null;
}

/**
 * The household as the BRP knows it (partner, kinderen, ouders of the referentiepersoon), shown
 * on request next to our household: an offer to compare, never applied by itself. Asking it is a
 * BRP question with its own purpose ("samenstelling huishouden"), protocolled like every other.
 */
export function BrpSamenstelling({ persoonId }: { persoonId: string }) {
  const status = useLaden(() => gegevens(http.GET('/brp/status')), []);
  const [rijen, setRijen] = useState<{ relatie: string; p: Gerelateerde }[] | null>(null);
  const [fout, setFout] = useState<ApiError | null>(null);
  if (!status.data?.gekoppeld) return null;

  async function haalOp() {
    try {
      const persoon = await gegevens(http.GET('/personen/{id}', { params: { path: { id: persoonId } } }));
      if (!persoon.bsn) {
        setFout(null);
        setRijen([]);
        return;
      }
      const b = await gegevens(
        http.GET('/brp/personen/{bsn}', {
          params: { path: { bsn: persoon.bsn }, query: { huishouden: 'true' } },
        }),
      );
      const h = b.huishouden ?? { partners: [], kinderen: [], ouders: [] };
      setRijen([
        ...h.partners.map((p) => ({ relatie: 'Partner', p })),
        ...h.kinderen.map((p) => ({ relatie: 'Kind', p })),
        ...h.ouders.map((p) => ({ relatie: 'Ouder', p })),
      ]);
      setFout(null);
    } catch (err) {
      setFout(asApiError(err));
    }
  }

  return (
    <section aria-labelledby="brp-samenstelling-kop">
      <Heading level={2} id="brp-samenstelling-kop">
        Samenstelling volgens de BRP
      </Heading>
      <Paragraph>Ter vergelijking met de leden hierboven; er wordt niets vanzelf overgenomen.</Paragraph>
      <Button appearance="secondary-action-button" onClick={() => void haalOp()}>
        Samenstelling uit de BRP ophalen
      </Button>
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={3} /> : null}
      {rijen && rijen.length === 0 ? (
        <Paragraph role="status">
          De BRP noemt geen partner, kinderen of ouders (of de persoon heeft geen BSN).
        </Paragraph>
      ) : null}
      {rijen && rijen.length > 0 ? (
        <Table>
          <TableCaption>Volgens de BRP ({rijen.length})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Relatie</TableHeaderCell>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
              <TableHeaderCell scope="col">BSN</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rijen.map((r, i) => (
              <TableRow key={`${r.relatie}-${r.p.bsn ?? i}`}>
                <TableCell>{r.relatie}</TableCell>
                <TableHeaderCell scope="row">{r.p.naam || 'onbekend'}</TableHeaderCell>
                <TableCell>{r.p.geboortedatum ? formatDatum(r.p.geboortedatum) : 'onbekend'}</TableCell>
                <TableCell>{r.p.bsn ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
