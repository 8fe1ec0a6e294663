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
import { gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatum, formatDatumMetWeekdag } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { TIJDIGHEID } from './BezwarenPaneel.tsx';

/** /bezwaren: the open bezwaren, earliest decision deadline first (Awb 7:10). */
export function BezwarenPagina() {
  usePaginaTitel('Bezwaren');
  const lijst = useLaden(
    () => gegevens(http.GET('/bezwaren', { params: { query: { status: 'open' } } })),
    [],
  );
  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;
  const items = lijst.data ?? [];
  return (
    <>
      <Heading level={1}>Bezwaren</Heading>
      <Paragraph>
        Open bezwaren, de vroegste beslistermijn eerst: zes weken na het einde van de bezwaartermijn, twaalf
        met advies van de bezwaarcommissie, zes meer na verdaging (Awb artikel 7:10).
      </Paragraph>
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data && items.length === 0 ? <Paragraph>Er zijn geen open bezwaren.</Paragraph> : null}
      {items.length > 0 ? (
        <Table>
          <TableCaption>Open bezwaren: {items.length}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
              <TableHeaderCell scope="col">Beschikking</TableHeaderCell>
              <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
              <TableHeaderCell scope="col">Tijdig</TableHeaderCell>
              <TableHeaderCell scope="col">Beslissen uiterlijk</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((z) => (
              <TableRow key={z.id}>
                <TableHeaderCell scope="row">{z.persoon.naam}</TableHeaderCell>
                <TableCell>
                  <AppLink to={`/beschikkingen/${z.beschikkingId}`}>{z.beschikkingKenmerk}</AppLink>
                </TableCell>
                <TableCell>{formatDatum(z.ontvangstdatum)}</TableCell>
                <TableCell>{TIJDIGHEID[z.tijdigheid]}</TableCell>
                <TableCell>{formatDatumMetWeekdag(z.termijnen.beslissingUiterlijk)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
