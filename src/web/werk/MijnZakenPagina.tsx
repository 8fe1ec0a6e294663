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
import type { Antwoord, Element } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatDatumMetWeekdag, vandaagIso } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

type Zaak = Element<Antwoord<'/mijn-zaken'>>;

const FASE: Record<NonNullable<Zaak['fase']>, string> = {
  melding: 'Melding (nog te triëren)',
  onderzoek: 'Onderzoek',
  aanvraag: 'Aanvraag (beschikking volgt)',
  beschikking: 'Beschikking (concept)',
  levering: 'Levering',
  herindicatie: 'Herindicatie (voorziening loopt af)',
};

function naar(z: Zaak): string | null {
  if (!z.zaak) return null;
  if (z.zaak.soort === 'beschikking') return `/beschikkingen/${z.zaak.id}`;
  if (z.zaak.soort === 'aanvraag') return `/meldingen/${z.zaak.id}/aanvragen`;
  return z.fase === 'onderzoek' ? `/meldingen/${z.zaak.id}/onderzoek` : `/meldingen/${z.zaak.id}`;
}

function Termijn({ datum }: { datum: string | null }) {
  if (!datum) return <>geen</>;
  const verlopen = datum < vandaagIso();
  return (
    <>
      {formatDatumMetWeekdag(datum)}
      {verlopen ? <strong> (verlopen)</strong> : null}
    </>
  );
}

/**
 * /mijn-zaken: every household the medewerker is contactpersoon of (or behandelaar of an open
 * melding there), with the phase that asks for action and the next deadline, earliest first. A
 * melding leaves the werkvoorraad when it becomes an aanvraag; here the household stays.
 */
export function MijnZakenPagina() {
  usePaginaTitel('Mijn zaken');
  const zaken = useLaden(() => gegevens(http.GET('/mijn-zaken')), []);
  if (zaken.fout?.status === 403) return <GeenToegang detail={zaken.fout.detail} />;
  const items = zaken.data ?? [];
  return (
    <>
      <Heading level={1}>Mijn zaken</Heading>
      <Paragraph>
        De huishoudens waarvan u contactpersoon bent of waarvan u een melding behandelt, met de fase waarin de
        zaak is en de eerstvolgende termijn. De vroegste termijn staat bovenaan.
      </Paragraph>
      {zaken.fout ? <ApiFoutMelding fout={zaken.fout} kopNiveau={2} /> : null}
      {zaken.laden && !zaken.data ? <Laden /> : null}
      {zaken.data && items.length === 0 ? <Paragraph>U heeft nog geen zaken.</Paragraph> : null}
      {items.length > 0 ? (
        <Table>
          <TableCaption>Uw zaken: {items.length}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
              <TableHeaderCell scope="col">Fase</TableHeaderCell>
              <TableHeaderCell scope="col">Volgende termijn</TableHeaderCell>
              <TableHeaderCell scope="col">Openen</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((z) => {
              const pad = naar(z);
              return (
                <TableRow key={z.huishouden.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/huishoudens/${z.huishouden.id}`}>{z.huishouden.naam}</AppLink>
                    {z.contactpersoon ? null : (
                      <span className="ot-zaken__rol"> (u behandelt een melding)</span>
                    )}
                  </TableHeaderCell>
                  <TableCell>{z.fase ? FASE[z.fase] : 'Geen lopende zaak'}</TableCell>
                  <TableCell>
                    <Termijn datum={z.volgendeTermijn} />
                  </TableCell>
                  <TableCell>
                    {pad ? (
                      <AppLink to={pad}>
                        {z.zaak?.kenmerk ?? 'Aanvraag'}
                        <span className="ot-visueel-verborgen"> van {z.huishouden.naam}</span>
                      </AppLink>
                    ) : (
                      '–'
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
