import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { asApiError, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { ApiFoutMelding } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { useLaden } from '../ui/useLaden.ts';

/**
 * The differences the nightly check found between our persons and the BRP (docs/brp.md), for the
 * households the medewerker is contactpersoon of. Nothing was changed automatically: the
 * medewerker looks, changes the person if needed, and marks the signal as dealt with.
 */
export function BrpSignalen() {
  const lijst = useLaden(
    () => gegevens(http.GET('/brp/signalen', { params: { query: { alleen: 'mij' } } })),
    [],
  );
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<ReturnType<typeof asApiError> | null>(null);
  const items = lijst.data?.items ?? [];
  if (items.length === 0 && !melding) return null;

  async function handelAf(id: string, naam: string) {
    try {
      await http.POST('/brp/signalen/{id}/afhandeling', {
        params: { path: { id } },
        body: zoalsIngevuld({ toelichting: null }),
      });
      setMelding(`Het verschil met de BRP bij ${naam} is afgehandeld.`);
      setFout(null);
      lijst.opnieuw();
    } catch (err) {
      setFout(asApiError(err));
    }
  }

  return (
    <section aria-labelledby="brp-signalen-kop">
      <Heading level={2} id="brp-signalen-kop">
        Verschillen met de BRP
      </Heading>
      <Paragraph role="status">{melding ?? ''}</Paragraph>
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={3} /> : null}
      {items.length > 0 ? (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Persoon</TableHeaderCell>
              <TableHeaderCell scope="col">Verschil</TableHeaderCell>
              <TableHeaderCell scope="col">Bij ons</TableHeaderCell>
              <TableHeaderCell scope="col">In de BRP</TableHeaderCell>
              <TableHeaderCell scope="col">Actie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((s) => {
              const v = Object.values(s.verschil)[0];
              return (
                <TableRow key={s.id}>
                  <TableCell>
                    {s.huishoudenId ? (
                      <AppLink to={`/huishoudens/${s.huishoudenId}`}>{s.persoonNaam}</AppLink>
                    ) : (
                      s.persoonNaam
                    )}
                  </TableCell>
                  <TableCell>{s.omschrijving}</TableCell>
                  <TableCell>{v?.bijOns ?? '—'}</TableCell>
                  <TableCell>{v?.inBrp ?? '—'}</TableCell>
                  <TableCell>
                    <Button
                      appearance="secondary-action-button"
                      aria-label={`Afgehandeld: ${s.persoonNaam}`}
                      onClick={() => void handelAf(s.id, s.persoonNaam)}
                    >
                      Afgehandeld
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}
