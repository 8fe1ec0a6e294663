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
} from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router-dom';
import type { Vraag } from '../api/antwoorden.ts';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { type FilterWaarden, KeuzeFilters, useFilterAdres } from '../beschikking/KeuzeFilters.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { aantal, formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import {
  productRegel,
  VERZOEK_SOORT_NAMEN,
  VERZOEK_STATUS_NAMEN,
  type VerzoekSamenvatting,
  type VerzoekStatus,
} from './verzoeken.ts';

type Sleutel = 'status' | 'berichtcode';
const STANDAARD: FilterWaarden<Sleutel> = { status: 'open', berichtcode: '' };
const PAGINA_GROOTTE = 50;

function VerzoekenTabel({ items, bijschrift }: { items: VerzoekSamenvatting[]; bijschrift: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Referentie aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col">Cliënt</TableHeaderCell>
            <TableHeaderCell scope="col">Gevraagd</TableHeaderCell>
            <TableHeaderCell scope="col">Dagtekening</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((v) => (
            <TableRow key={v.id}>
              <TableHeaderCell scope="row">
                <AppLink to={`/iwmo-verzoeken/${v.id}`}>Verzoek {v.referentieAanbieder}</AppLink>
              </TableHeaderCell>
              <TableCell>{VERZOEK_SOORT_NAMEN[v.berichtcode] ?? v.berichtcode}</TableCell>
              <TableCell>{v.aanbieder.naam}</TableCell>
              <TableCell>{v.persoon.naam}</TableCell>
              <TableCell>
                {v.producten
                  .filter((p) => p.soort !== 'ongewijzigd')
                  .map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the products of a verzoek never change order.
                    <span key={i} className="ot-regel">
                      {productRegel(p)}
                    </span>
                  ))}
              </TableCell>
              <TableCell>{formatDatum(v.dagtekening)}</TableCell>
              <TableCell>{VERZOEK_STATUS_NAMEN[v.status]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/**
 * /iwmo-verzoeken: the verzoeken om toewijzing and om wijziging of aanbieders, oldest first, so the
 * backoffice answers them in the order they came in. Filters and page live in the URL.
 */
export function VerzoekenPagina() {
  usePaginaTitel('iWmo-verzoeken');
  const { filter, sleutel, zet, wissen } = useFilterAdres(STANDAARD);
  const [params, setParams] = useSearchParams();
  const na = params.get('na') ?? '';
  const pagina = useLaden(
    () =>
      gegevens(
        http.GET('/iwmo-verzoeken', {
          params: {
            query: zoalsIngevuld<Vraag<'/iwmo-verzoeken'>>({
              status: filter.status,
              berichtcode: filter.berichtcode,
              na,
              pageSize: PAGINA_GROOTTE,
            }),
          },
        }),
      ),
    [sleutel],
  );

  if (pagina.fout?.status === 403) return <GeenToegang detail={pagina.fout.detail} />;

  const items = pagina.data?.items ?? [];
  const volgende = pagina.data?.volgende ?? null;
  const wat = [
    filter.status
      ? `${VERZOEK_STATUS_NAMEN[filter.status as VerzoekStatus] ?? filter.status} verzoeken`
      : 'Alle verzoeken',
    filter.berichtcode ? `soort ${filter.berichtcode}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const naarPagina = (cursor: string | null) => {
    const p = new URLSearchParams(params);
    if (cursor) p.set('na', cursor);
    else p.delete('na');
    setParams(p);
  };

  return (
    <>
      <Heading level={1}>iWmo-verzoeken</Heading>
      <Paragraph>
        Verzoeken van aanbieders om een toewijzing (WMO315) of om een wijziging (WMO317), oudste eerst.
        Beantwoord ze met een toewijzing (WMO301), met een afwijzing of met het bericht dat de aanvraag in
        onderzoek is (WMO319). Berichten van aanbieders leest u in via{' '}
        <AppLink to="/iwmo-inlezen">iWmo inlezen</AppLink>.
      </Paragraph>
      <KeuzeFilters<Sleutel>
        naam="Verzoeken filteren"
        idPrefix="filter"
        filter={filter}
        toepassen={zet}
        wissen={wissen}
        velden={[
          {
            sleutel: 'status',
            label: 'Status',
            alle: 'Alle statussen',
            opties: Object.entries(VERZOEK_STATUS_NAMEN),
          },
          {
            sleutel: 'berichtcode',
            label: 'Soort verzoek',
            alle: 'Alle soorten',
            opties: Object.entries(VERZOEK_SOORT_NAMEN),
          },
        ]}
      />
      {pagina.fout ? <ApiFoutMelding fout={pagina.fout} kopNiveau={2} /> : null}
      {pagina.laden ? <Laden /> : null}
      {pagina.data ? (
        items.length === 0 ? (
          <Paragraph>Er zijn geen verzoeken voor deze keuze.</Paragraph>
        ) : (
          <>
            <VerzoekenTabel
              items={items}
              bijschrift={`${wat}: ${aantal(items.length, 'verzoek', 'verzoeken')}${na || volgende ? ' op deze pagina' : ''}`}
            />
            {na || volgende ? (
              <ButtonGroup>
                {na ? (
                  <Button appearance="secondary-action-button" onClick={() => naarPagina(null)}>
                    Eerste pagina
                  </Button>
                ) : null}
                {volgende ? (
                  <Button appearance="secondary-action-button" onClick={() => naarPagina(volgende)}>
                    Volgende pagina
                  </Button>
                ) : null}
              </ButtonGroup>
            ) : null}
            <ExportLinks
              pad="/iwmo-verzoeken"
              query={{ status: filter.status, berichtcode: filter.berichtcode }}
              naam="de iWmo-verzoeken"
            />
          </>
        )
      ) : null}
    </>
  );
}
