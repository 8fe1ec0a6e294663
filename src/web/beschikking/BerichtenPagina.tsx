import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { API_BASE, api } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { aantal, formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { type FilterWaarden, KeuzeFilters, useFilterAdres } from './KeuzeFilters.tsx';
import { BERICHT_STATUS_NAMEN, BERICHTCODE_NAMEN, BERICHTCODES, naamVan, RICHTING_NAMEN } from './labels.ts';
import type { Bericht } from './types.ts';

type Sleutel = 'berichtcode' | 'status';
const STANDAARD: FilterWaarden<Sleutel> = { berichtcode: '', status: '' };

function BerichtenTabel({ berichten, bijschrift }: { berichten: Bericht[]; bijschrift: string }) {
  if (berichten.length === 0) return <Paragraph>Er zijn geen berichten voor deze keuze.</Paragraph>;
  return (
    // Focusable and named: keyboard users can scroll a table that is wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Bericht</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col">Richting</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
            <TableHeaderCell scope="col">Verzonden</TableHeaderCell>
            <TableHeaderCell scope="col">Bestand</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {berichten.map((b) => (
            <TableRow key={b.id}>
              <TableHeaderCell scope="row">
                {b.berichtcode} {b.identificatie}
              </TableHeaderCell>
              <TableCell>{naamVan(BERICHTCODE_NAMEN, b.berichtcode)}</TableCell>
              <TableCell>{b.aanbieder?.naam ?? '–'}</TableCell>
              <TableCell>{naamVan(RICHTING_NAMEN, b.richting)}</TableCell>
              <TableCell>{naamVan(BERICHT_STATUS_NAMEN, b.status)}</TableCell>
              <TableCell>{formatTijdstip(b.aangemaaktOp)}</TableCell>
              <TableCell>{b.verzondenOp ? formatTijdstip(b.verzondenOp) : 'Nog niet'}</TableCell>
              <TableCell>
                {/* A plain link: the session cookie goes along, the server sends it as a download. */}
                <Link href={`${API_BASE}/iwmo-berichten/${b.id}`} download>
                  {b.berichtcode} {b.identificatie} downloaden (XML)
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** /iwmo-berichten: the iWmo messages in the outbox (toewijzingen to aanbieders), to check and download. */
export function BerichtenPagina() {
  usePaginaTitel('iWmo-berichten');
  const { filter, sleutel, zet, wissen } = useFilterAdres(STANDAARD);
  const lijst = useLaden(
    () =>
      api.get<{ items: Bericht[] }>('/iwmo-berichten', {
        berichtcode: filter.berichtcode,
        status: filter.status,
      }),
    [sleutel],
  );

  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;

  const berichten = lijst.data?.items ?? [];
  const wat = [
    filter.berichtcode ? naamVan(BERICHTCODE_NAMEN, filter.berichtcode) : 'Alle berichten',
    filter.status ? `status ${naamVan(BERICHT_STATUS_NAMEN, filter.status).toLowerCase()}` : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <>
      <Heading level={1}>iWmo-berichten</Heading>
      <Paragraph>
        De berichten van het berichtenverkeer met aanbieders (iWmo 3.2), nieuwste eerst. Na het vaststellen
        van een beschikking met zorg in natura staat hier de toewijzing (WMO301) klaar; een taak verzendt hem.
      </Paragraph>
      <KeuzeFilters<Sleutel>
        naam="Berichten filteren"
        idPrefix="filter"
        filter={filter}
        toepassen={zet}
        wissen={wissen}
        velden={[
          {
            sleutel: 'berichtcode',
            label: 'Berichtcode',
            alle: 'Alle berichtcodes',
            opties: BERICHTCODES.map((c) => [c, BERICHTCODE_NAMEN[c]] as const),
          },
          {
            sleutel: 'status',
            label: 'Status',
            alle: 'Alle statussen',
            opties: Object.entries(BERICHT_STATUS_NAMEN),
          },
        ]}
      />
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data ? (
        <BerichtenTabel
          berichten={berichten}
          bijschrift={`${wat}: ${aantal(berichten.length, 'bericht', 'berichten')}`}
        />
      ) : null}
    </>
  );
}
