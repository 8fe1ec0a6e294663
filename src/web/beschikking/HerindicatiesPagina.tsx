import {
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
import type { Vraag } from '../api/antwoorden.ts';
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { aantal, formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { type FilterWaarden, KeuzeFilters, useFilterAdres } from './KeuzeFilters.tsx';
import { BESCHIKKING_STATUS_KORT, naamVan, PRODUCTCATEGORIEEN } from './labels.ts';
import type { Herindicatie } from './types.ts';

type Sleutel = 'maanden' | 'wijk' | 'productcategorie';
const STANDAARD: FilterWaarden<Sleutel> = { maanden: '3', wijk: '', productcategorie: '' };
const MAANDEN = Array.from({ length: 24 }, (_, i) => String(i + 1));

/** What happens next with the voorziening: its herindicatie, or (backoffice) the way to draft one. */
function Vervolg({ h, backoffice }: { h: Herindicatie; backoffice: boolean }) {
  if (h.vervolg) {
    return (
      <>
        <AppLink to={`/beschikkingen/${h.vervolg.beschikkingId}`}>{h.vervolg.kenmerk}</AppLink>{' '}
        <span className="ot-klein">({naamVan(BESCHIKKING_STATUS_KORT, h.vervolg.status)})</span>
      </>
    );
  }
  if (!backoffice) return <>Nog geen</>;
  return (
    <AppLink to={`/beschikkingen/${h.beschikkingId}/voorzieningen/${h.voorzieningId}/herindicatie`}>
      Lichte herindicatie
      <span className="ot-visueel-verborgen">
        {' '}
        voor {h.persoon.naam}, {h.product ?? h.productcategorieNaam}
      </span>
    </AppLink>
  );
}

function HerindicatiesTabel({
  regels,
  bijschrift,
  backoffice,
}: {
  regels: Herindicatie[];
  bijschrift: string;
  backoffice: boolean;
}) {
  if (regels.length === 0) {
    return <Paragraph>Er lopen in deze periode geen voorzieningen af voor deze keuze.</Paragraph>;
  }
  return (
    // Focusable and named: keyboard users can scroll a table that is wider than the screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
            <TableHeaderCell scope="col">Wijk</TableHeaderCell>
            <TableHeaderCell scope="col">Voorziening</TableHeaderCell>
            <TableHeaderCell scope="col">Categorie</TableHeaderCell>
            <TableHeaderCell scope="col">Einddatum</TableHeaderCell>
            <TableHeaderCell scope="col">Herindicatie gepland</TableHeaderCell>
            <TableHeaderCell scope="col">Beschikking</TableHeaderCell>
            <TableHeaderCell scope="col">Herindicatie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {regels.map((h) => (
            <TableRow key={h.voorzieningId}>
              <TableHeaderCell scope="row">{h.persoon.naam}</TableHeaderCell>
              <TableCell>{h.wijk?.naam ?? 'Onbekend'}</TableCell>
              <TableCell>{h.product ?? h.productcategorieNaam}</TableCell>
              <TableCell>{h.productcategorieNaam}</TableCell>
              <TableCell>{formatDatum(h.einddatum)}</TableCell>
              <TableCell>{h.herindicatiedatum ? formatDatum(h.herindicatiedatum) : 'Niet gepland'}</TableCell>
              <TableCell>
                <AppLink to={`/beschikkingen/${h.beschikkingId}`}>{h.beschikkingKenmerk}</AppLink>
              </TableCell>
              <TableCell>
                <Vervolg h={h} backoffice={backoffice} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** /herindicaties: voorzieningen that end in the coming months, so the herindicatie is planned in time. */
export function HerindicatiesPagina() {
  usePaginaTitel('Herindicaties');
  const gebruiker = useGebruiker();
  const mag = useMag();
  const { filter, sleutel, zet, wissen } = useFilterAdres(STANDAARD);
  const query = { maanden: filter.maanden, wijk: filter.wijk, productcategorie: filter.productcategorie };
  const lijst = useLaden(
    () =>
      gegevens(
        http.GET('/herindicaties', { params: { query: zoalsIngevuld<Vraag<'/herindicaties'>>(query) } }),
      ),
    [sleutel],
  );
  const wijken = useLaden(
    () => gegevens(http.GET('/wijken', { params: { query: { gemeente: gebruiker.gemeenteCode } } })),
    [gebruiker.gemeenteCode],
  );

  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;

  const regels = lijst.data ?? [];
  const maanden = Number(filter.maanden);
  const wijk = wijken.data?.find((w) => w.code === filter.wijk);
  const wat = [
    `Voorzieningen die binnen ${aantal(maanden, 'maand', 'maanden')} aflopen`,
    filter.wijk ? `in ${wijk?.naam ?? `wijk ${filter.wijk}`}` : null,
    filter.productcategorie ? `(${naamVan(PRODUCTCATEGORIEEN, filter.productcategorie)})` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <Heading level={1}>Herindicaties</Heading>
      <Paragraph>
        Toegekende voorzieningen uit vastgestelde beschikkingen die binnenkort aflopen, vroegste einddatum
        eerst. Plan op tijd een herindicatie, zodat de ondersteuning niet zonder besluit stopt. Is de situatie
        van de inwoner ongewijzigd, dan kan de backoffice de voorziening voortzetten met een lichte
        herindicatie.
      </Paragraph>
      <KeuzeFilters<Sleutel>
        naam="Herindicaties filteren"
        idPrefix="filter"
        filter={filter}
        toepassen={zet}
        wissen={wissen}
        velden={[
          {
            sleutel: 'maanden',
            label: 'Aflopend binnen',
            opties: MAANDEN.map((m) => [m, aantal(Number(m), 'maand', 'maanden')] as const),
          },
          {
            sleutel: 'wijk',
            label: 'Wijk',
            alle: 'Alle wijken',
            opties: (wijken.data ?? []).map((w) => [w.code, w.naam] as const),
          },
          {
            sleutel: 'productcategorie',
            label: 'Productcategorie',
            alle: 'Alle categorieën',
            opties: Object.entries(PRODUCTCATEGORIEEN),
          },
        ]}
      />
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data ? (
        <>
          <HerindicatiesTabel
            regels={regels}
            backoffice={mag('beschikkingen.opstellen')}
            bijschrift={`${wat}: ${aantal(regels.length, 'voorziening', 'voorzieningen')}`}
          />
          <ExportLinks pad="/herindicaties" query={query} naam="de herindicaties" />
        </>
      ) : null}
    </>
  );
}
