import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppButtonLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { aantal } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { BrpSignalen } from './BrpSignalen.tsx';
import {
  filterNaarAdres,
  filterNaarQuery,
  filterUitAdres,
  standaardFilter,
  type WerkvoorraadFilter,
} from './filters.ts';
import { WerkvoorraadFilters } from './WerkvoorraadFilters.tsx';
import { WerkvoorraadTabel } from './WerkvoorraadTabel.tsx';

const PAGINA_GROOTTE = 50;

/**
 * The open meldingen with their deadlines. Filters and page live in the URL (back button,
 * bookmarks); paging is keyset: `na` is the `volgende` of the previous page.
 */
export function WerkvoorraadPagina() {
  usePaginaTitel('Werkvoorraad');
  const gebruiker = useGebruiker();
  const mag = useMag();
  const [params, setParams] = useSearchParams();
  const standaard = standaardFilter(mag);
  const filter = filterUitAdres(params, standaard);
  const na = params.get('na') ?? '';
  const sleutel = params.toString();
  const pagina = useLaden(
    () =>
      gegevens(
        http.GET('/werkvoorraad', {
          params: { query: { ...filterNaarQuery(filter), na, pageSize: PAGINA_GROOTTE } },
        }),
      ),
    [sleutel],
  );
  const wijken = useLaden(
    () => gegevens(http.GET('/wijken', { params: { query: { gemeente: gebruiker.gemeenteCode } } })),
    [gebruiker.gemeenteCode],
  );

  if (pagina.fout?.status === 403) return <GeenToegang detail={pagina.fout.detail} />;

  const zet = (f: WerkvoorraadFilter, volgende?: string) =>
    setParams(filterNaarAdres(f, standaard, volgende, params.get('naam') ?? undefined));
  const volgende = pagina.data?.volgende ?? null;
  const items = pagina.data?.items ?? [];
  const wat =
    filter.behandelaar === 'ik'
      ? 'Uw open meldingen'
      : filter.behandelaar === 'geen'
        ? 'Open meldingen zonder behandelaar'
        : filter.behandelaar === 'alle'
          ? 'Alle open meldingen'
          : `Open meldingen van ${params.get('naam') ?? 'één medewerker'}`;

  return (
    <>
      <Heading level={1}>Werkvoorraad</Heading>
      <Paragraph>
        {wat}
        {filter.status === 'nieuw' ? ' die nog getrieerd moeten worden' : ''}, met de tijd tot het onderzoek
        klaar moet zijn (6 weken na de melding, Wmo 2015 artikel 2.3.2).
      </Paragraph>
      {mag('meldingen.registreren') ? (
        <Paragraph>
          <AppButtonLink to="/meldingen/nieuw" appearance="primary-action-button">
            Nieuwe melding
          </AppButtonLink>
        </Paragraph>
      ) : null}
      {mag('brp.signalen') ? <BrpSignalen /> : null}
      <WerkvoorraadFilters
        filter={filter}
        wijken={wijken.data ?? []}
        toepassen={(f) => zet(f)}
        wissen={() => setParams({})}
        behandelaarNaam={params.get('naam') ?? undefined}
        metIk={mag('onderzoek.uitvoeren')}
      />
      {pagina.fout ? <ApiFoutMelding fout={pagina.fout} kopNiveau={2} /> : null}
      {pagina.laden ? <Laden /> : null}
      {/* The previous page stays until the next one is there, so the buttons keep their focus. */}
      {pagina.data ? (
        <>
          <WerkvoorraadTabel
            items={items}
            bijschrift={`${wat}${na ? ' (vervolgpagina)' : ''}: ${aantal(items.length, 'melding', 'meldingen')}`}
          />
          <ButtonGroup>
            {na ? (
              <Button appearance="secondary-action-button" onClick={() => zet(filter)}>
                Eerste pagina
              </Button>
            ) : null}
            {volgende !== null ? (
              <Button appearance="secondary-action-button" onClick={() => zet(filter, volgende)}>
                Volgende pagina
              </Button>
            ) : null}
          </ButtonGroup>
          <ExportLinks pad="/werkvoorraad" query={filterNaarQuery(filter)} naam="de werkvoorraad" />
        </>
      ) : null}
    </>
  );
}
