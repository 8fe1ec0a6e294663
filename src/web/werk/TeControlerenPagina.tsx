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
import { formatDatumMetWeekdag, formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

const SOORT = {
  besluit: 'Besluit',
  wijziging: 'Wijziging',
  intrekking: 'Intrekking',
  herindicatie: 'Herindicatie',
} as const;

/**
 * /te-controleren: four eyes. The concept beschikkingen colleagues drafted, waiting for a second
 * pair of eyes; the user's own concepts are not in it (a colleague checks those).
 */
export function TeControlerenPagina() {
  usePaginaTitel('Te controleren');
  const lijst = useLaden(() => gegevens(http.GET('/te-controleren')), []);
  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;
  const items = lijst.data ?? [];
  return (
    <>
      <Heading level={1}>Te controleren</Heading>
      <Paragraph>
        Conceptbeschikkingen die een collega heeft opgesteld. Volgens het vier-ogenprincipe controleert u ze
        en stelt u ze vast. Uw eigen concepten staan hier niet: die controleert een collega.
      </Paragraph>
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden && !lijst.data ? <Laden /> : null}
      {lijst.data && items.length === 0 ? (
        <Paragraph>Er wachten geen beschikkingen op uw controle.</Paragraph>
      ) : null}
      {items.length > 0 ? (
        <Table>
          <TableCaption>Wachten op controle: {items.length}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Beschikking</TableHeaderCell>
              <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Opgesteld door</TableHeaderCell>
              <TableHeaderCell scope="col">Beschikken uiterlijk</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((b) => (
              <TableRow key={b.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/beschikkingen/${b.id}`}>{b.kenmerk}</AppLink>
                </TableHeaderCell>
                <TableCell>{b.persoon.naam}</TableCell>
                <TableCell>{SOORT[b.soort]}</TableCell>
                <TableCell>
                  {b.opgesteldDoor ?? 'onbekend'}, {formatTijdstip(b.opgesteldOp)}
                </TableCell>
                <TableCell>
                  {b.beschikkingUiterlijk ? formatDatumMetWeekdag(b.beschikkingUiterlijk) : 'geen termijn'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
