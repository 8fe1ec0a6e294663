import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import type { InzagePersoon } from '../api/types.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { DatumInvoer } from '../ui/DatumInvoer.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { AuditTabel } from './AuditTabel.tsx';

/**
 * "Wie heeft deze persoon gezien?" (NEN 7513): the auditor finds a person by BSN or surname and sees
 * every access to that person's data — who, when, what, why, with what result. The search, the
 * chosen person and the period live in the URL; looking a person up is itself audited.
 */
export function InzagePagina() {
  usePaginaTitel('Wie heeft deze persoon gezien?');
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const persoon = params.get('persoon') ?? '';
  const van = params.get('van') ?? '';
  const tot = params.get('tot') ?? '';
  const [invoer, setInvoer] = useState({ zoek, van, tot });
  useEffect(() => setInvoer({ zoek, van, tot }), [zoek, van, tot]);

  const personen = useLaden(
    () =>
      zoek ? gegevens(http.GET('/audit-personen', { params: { query: { zoek } } })) : Promise.resolve(null),
    [zoek],
  );
  const toegangen = useLaden(
    () =>
      persoon
        ? gegevens(http.GET('/audit-logregels', { params: { query: { persoon, van, tot, pageSize: 500 } } }))
        : Promise.resolve(null),
    [persoon, van, tot],
  );
  if (personen.fout?.status === 403) return <GeenToegang detail={personen.fout.detail} />;

  function zet(p: Record<string, string>) {
    setParams(Object.fromEntries(Object.entries(p).filter(([, v]) => v)));
  }
  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    zet({ zoek: invoer.zoek.trim(), van: invoer.van, tot: invoer.tot });
  }
  const gekozen = personen.data?.find((p) => p.id === persoon);

  return (
    <>
      <Heading level={1}>Wie heeft deze persoon gezien?</Heading>
      <Paragraph>
        Zoek een inwoner op BSN of achternaam en zie wie zijn gegevens heeft bekeken, gezocht, geëxporteerd of
        gewijzigd: wanneer, met welk doel en met welk resultaat. Uw zoekvraag wordt zelf ook vastgelegd.
      </Paragraph>
      <form className="ot-filter" onSubmit={verstuur} aria-label="Persoon zoeken">
        <Veld
          id="inzage-zoek"
          label="BSN of achternaam"
          beschrijving="Een BSN van 9 cijfers, of het begin van de achternaam."
          fout={personen.fout?.invalidParams?.find((p) => p.name === 'zoek')?.reason}
        >
          {(k) => (
            <Textbox
              {...k}
              autoComplete="off"
              value={invoer.zoek}
              onChange={(e) => setInvoer({ ...invoer, zoek: e.target.value })}
            />
          )}
        </Veld>
        <Veld id="inzage-van" label="Van" optioneel>
          {(k) => (
            <DatumInvoer {...k} waarde={invoer.van} onWijzig={(w) => setInvoer({ ...invoer, van: w })} />
          )}
        </Veld>
        <Veld id="inzage-tot" label="Tot en met" optioneel>
          {(k) => (
            <DatumInvoer {...k} waarde={invoer.tot} onWijzig={(w) => setInvoer({ ...invoer, tot: w })} />
          )}
        </Veld>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Zoeken
          </Button>
        </ButtonGroup>
      </form>

      {personen.fout && !personen.fout.invalidParams?.length ? (
        <ApiFoutMelding fout={personen.fout} kopNiveau={2} />
      ) : null}
      {zoek && personen.laden ? <Laden /> : null}
      {personen.data ? (
        <Personen personen={personen.data} kies={(id) => zet({ zoek, persoon: id, van, tot })} />
      ) : null}

      {persoon ? (
        <section aria-labelledby="inzage-titel">
          <Heading level={2} id="inzage-titel">
            Toegang tot de gegevens van {gekozen ? gekozen.naam : 'deze persoon'}
          </Heading>
          {toegangen.fout ? <ApiFoutMelding fout={toegangen.fout} kopNiveau={3} /> : null}
          {toegangen.laden ? <Laden /> : null}
          {toegangen.data ? (
            <AuditTabel
              regels={toegangen.data.regels}
              bijschrift={`Toegang tot de persoon: ${toegangen.data.regels.length} auditregels`}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function Personen({ personen, kies }: { personen: InzagePersoon[]; kies(id: string): void }) {
  if (personen.length === 0) return <Paragraph>Er is geen persoon gevonden.</Paragraph>;
  return (
    <Table>
      <TableCaption>Gevonden personen: {personen.length}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Naam</TableHeaderCell>
          <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
          <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
          <TableHeaderCell scope="col">Toegang</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {personen.map((p) => (
          <TableRow key={p.id}>
            <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
            <TableCell>{formatDatum(p.geboortedatum)}</TableCell>
            <TableCell>{p.gemeenteCode}</TableCell>
            <TableCell>
              <Button appearance="secondary-action-button" onClick={() => kies(p.id)}>
                Wie zag {p.naam}?
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
