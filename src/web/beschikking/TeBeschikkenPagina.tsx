import {
  Alert,
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
import { useLocation, useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { paginaGrootte } from '../ui/bladeren.ts';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { aantal, formatDatum, formatDatumMetWeekdag } from '../ui/format.ts';
import { Paginering, useCursor, useFocusNaBladeren } from '../ui/Paginering.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import type { BeschikkingState } from './BeschikkingPagina.tsx';
import { Ingebrekestelling } from './Dwangsom.tsx';
import { beschikkingKenmerk, beschikkingstermijnLicht } from './herziening.ts';
import { BESCHIKKING_STATUS_KORT, naamVan } from './labels.ts';
import type { AanvraagItem } from './types.ts';

const TABEL_ID = 'te-beschikken';

/** Traffic light in words and colour (never the colour alone, WCAG 1.4.1) plus the days left. */
function Termijn({ dagenOver }: { dagenOver: number }) {
  const t = beschikkingstermijnLicht(dagenOver);
  return (
    <span className="ot-tijd-over">
      <span className={`ot-stoplicht ot-stoplicht--${t.licht}`}>{t.tekst}</span> <span>{t.uitleg}</span>
    </span>
  );
}

function Beschikking({ a }: { a: AanvraagItem }) {
  if (a.beschikking) {
    const kenmerk = beschikkingKenmerk(a.beschikking.nummer);
    return (
      <>
        <AppLink to={`/beschikkingen/${a.beschikking.id}`}>{kenmerk}</AppLink>{' '}
        <span className="ot-klein">({naamVan(BESCHIKKING_STATUS_KORT, a.beschikking.status)})</span>
      </>
    );
  }
  return (
    <AppLink to={`/aanvragen/${a.id}/beschikking`}>
      Beschikking opstellen
      <span className="ot-visueel-verborgen"> voor {a.persoon.naam}</span>
    </AppLink>
  );
}

function AanvragenTabel({ items, bijschrift }: { items: AanvraagItem[]; bijschrift: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section id={TABEL_ID} className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
            <TableHeaderCell scope="col">Aanvraagdatum</TableHeaderCell>
            <TableHeaderCell scope="col">Aangevraagd</TableHeaderCell>
            <TableHeaderCell scope="col">Beschikking uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Termijn</TableHeaderCell>
            <TableHeaderCell scope="col">Beschikking</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((a) => (
            <TableRow key={a.id}>
              <TableHeaderCell scope="row">{a.persoon.naam}</TableHeaderCell>
              <TableCell>
                <AppLink to={`/meldingen/${a.meldingId}/aanvragen`}>
                  {formatDatum(a.aanvraagdatum)}
                  <span className="ot-visueel-verborgen"> (aanvragen van {a.persoon.naam})</span>
                </AppLink>
              </TableCell>
              <TableCell>{a.omschrijving ?? 'Niet omschreven'}</TableCell>
              <TableCell>{formatDatumMetWeekdag(a.termijnen.beschikkingUiterlijk)}</TableCell>
              <TableCell>
                {a.ingebrekestelling ? <Ingebrekestelling a={a} /> : <Termijn dagenOver={a.dagenOver} />}
              </TableCell>
              <TableCell>
                <Beschikking a={a} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/**
 * /aanvragen: the backoffice's worklist, the ingediende aanvragen that wait for a beschikking,
 * earliest deadline first (Wmo 2015 art. 2.3.5: within 2 weeks), keyset-paged.
 */
export function TeBeschikkenPagina() {
  usePaginaTitel('Te beschikken');
  const location = useLocation();
  const [params] = useSearchParams();
  const { na } = useCursor();
  const pageSize = paginaGrootte(params.get('pageSize'));
  const lijst = useLaden(
    () => gegevens(http.GET('/aanvragen', { params: { query: { status: 'ingediend', pageSize, na } } })),
    [na, pageSize],
  );
  useFocusNaBladeren(TABEL_ID, na, Boolean(lijst.data) && !lijst.laden);
  const bericht = (location.state as BeschikkingState | null)?.melding;

  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;
  const items = lijst.data?.items ?? [];

  return (
    <>
      <Heading level={1}>Te beschikken</Heading>
      {bericht ? (
        <Alert type="ok">
          <Paragraph>{bericht}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        Ingediende aanvragen waarop nog moet worden besloten, de vroegste beschikkingstermijn eerst. De
        beschikking volgt binnen 2 weken na de aanvraag (Wmo 2015 artikel 2.3.5).
      </Paragraph>
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data && items.length === 0 && !na ? (
        <Paragraph>Er zijn geen ingediende aanvragen: er hoeft nu niets te worden beschikt.</Paragraph>
      ) : null}
      {lijst.data && (items.length > 0 || na) ? (
        <>
          <AanvragenTabel
            items={items}
            bijschrift={`Ingediende aanvragen${na ? ' (volgende pagina)' : ''}: ${aantal(items.length, 'aanvraag', 'aanvragen')}`}
          />
          <Paginering volgende={lijst.data.volgende} wat="aanvragen" />
          <ExportLinks pad="/aanvragen" query={{ status: 'ingediend' }} naam="de ingediende aanvragen" />
        </>
      ) : null}
    </>
  );
}
