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
import { useSearchParams } from 'react-router-dom';
import type { Vraag } from '../api/antwoorden.ts';
import { API_BASE, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { type FilterWaarden, KeuzeFilters, useFilterAdres } from '../beschikking/KeuzeFilters.tsx';
import {
  BERICHT_STATUS_NAMEN,
  BERICHTCODE_NAMEN,
  BERICHTCODES,
  naamVan,
  RICHTING_NAMEN,
} from '../beschikking/labels.ts';
import type { Bericht } from '../beschikking/types.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { paginaGrootte } from '../ui/bladeren.ts';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { aantal, formatTijdstip } from '../ui/format.ts';
import { Paginering, useFocusNaBladeren } from '../ui/Paginering.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

/** `persoon` (a link in the table) and `na` (the page's cursor) live in the address with the filters. */
type Sleutel = 'berichtcode' | 'status' | 'richting' | 'persoon' | 'na';
const STANDAARD: FilterWaarden<Sleutel> = { berichtcode: '', status: '', richting: '', persoon: '', na: '' };
const TABEL_ID = 'iwmo-berichten';

/** The address of the messages about one resident (the current filters stay, paging starts over). */
function persoonAdres(params: URLSearchParams, persoonId: string): string {
  const p = new URLSearchParams(params);
  p.delete('na');
  p.set('persoon', persoonId);
  return `?${p.toString()}`;
}

/** The same filters for all residents, from the first page. */
function zonderPersoon(params: URLSearchParams): string {
  const p = new URLSearchParams(params);
  p.delete('na');
  p.delete('persoon');
  return `?${p.toString()}`;
}

function BerichtenTabel({ berichten, bijschrift }: { berichten: Bericht[]; bijschrift: string }) {
  const [params] = useSearchParams();
  if (berichten.length === 0) return <Paragraph>Er zijn geen berichten voor deze keuze.</Paragraph>;
  const filterOpPersoon = Boolean(params.get('persoon'));
  return (
    // Focusable and named: keyboard users can scroll a table that is wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section id={TABEL_ID} className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Bericht</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
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
              <TableCell>
                {b.persoon && !filterOpPersoon ? (
                  <AppLink to={persoonAdres(params, b.persoon.id)}>
                    {b.persoon.naam}
                    <span className="ot-visueel-verborgen"> (alle berichten over deze inwoner)</span>
                  </AppLink>
                ) : (
                  (b.persoon?.naam ?? '–')
                )}
              </TableCell>
              <TableCell>{b.aanbieder?.naam ?? '–'}</TableCell>
              <TableCell>{naamVan(RICHTING_NAMEN, b.richting)}</TableCell>
              <TableCell>
                {naamVan(BERICHT_STATUS_NAMEN, b.status)}
                {b.status === 'klaar' && b.pogingen > 0 ? (
                  <span className="ot-klein">
                    {' '}
                    ({aantal(b.pogingen, 'verzendpoging', 'verzendpogingen')})
                  </span>
                ) : null}
              </TableCell>
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
  const [params] = useSearchParams();
  const pageSize = paginaGrootte(params.get('pageSize'), 50);
  const query = {
    berichtcode: filter.berichtcode,
    status: filter.status,
    richting: filter.richting,
    persoon: filter.persoon,
  };
  const lijst = useLaden(
    () =>
      gegevens(
        http.GET('/iwmo-berichten', {
          params: { query: zoalsIngevuld<Vraag<'/iwmo-berichten'>>({ ...query, na: filter.na, pageSize }) },
        }),
      ),
    [sleutel, pageSize],
  );
  useFocusNaBladeren(TABEL_ID, filter.na, Boolean(lijst.data) && !lijst.laden);

  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;

  const berichten = lijst.data?.items ?? [];
  // The messages carry the resident's name; the filter itself only the id.
  const persoonNaam =
    berichten.find((b) => b.persoon?.id === filter.persoon)?.persoon?.naam ?? 'deze inwoner';
  const wat = [
    filter.berichtcode ? naamVan(BERICHTCODE_NAMEN, filter.berichtcode) : 'Alle berichten',
    filter.richting ? naamVan(RICHTING_NAMEN, filter.richting).toLowerCase() : null,
    filter.status ? `status ${naamVan(BERICHT_STATUS_NAMEN, filter.status).toLowerCase()}` : null,
    filter.persoon ? `over ${persoonNaam}` : null,
    filter.na ? 'volgende pagina' : null,
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
        // A new filter starts at the first page.
        toepassen={(f) => zet({ ...f, na: '' })}
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
          {
            sleutel: 'richting',
            label: 'Richting',
            alle: 'Beide richtingen',
            opties: Object.entries(RICHTING_NAMEN),
          },
        ]}
      />
      {filter.persoon ? (
        <Paragraph>
          Alleen de berichten over {persoonNaam}.{' '}
          <AppLink to={zonderPersoon(params)}>Berichten over alle inwoners</AppLink>
        </Paragraph>
      ) : null}
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data ? (
        <>
          <BerichtenTabel
            berichten={berichten}
            bijschrift={`${wat}: ${aantal(berichten.length, 'bericht', 'berichten')}`}
          />
          <Paginering volgende={lijst.data.volgende} wat="berichten" />
          <ExportLinks pad="/iwmo-berichten" query={query} naam="de iWmo-berichten" />
        </>
      ) : null}
    </>
  );
}
