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
import { useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { aantal, formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { AanvraagTermijnen } from './AanvraagTermijnen.tsx';

const AANVRAAG_STATUS: Record<string, string> = {
  ingediend: 'Ingediend, nog niet besloten',
  besloten: 'Besloten',
};

/** /meldingen/:id/aanvragen: the aanvragen of a melding; the backoffice drafts the beschikking from here. */
export function AanvragenPagina() {
  const { id = '' } = useParams();
  const mag = useMag();
  const geladen = useLaden(async () => {
    const [melding, aanvragen] = await Promise.all([
      gegevens(http.GET('/meldingen/{id}', { params: { path: { id } } })),
      gegevens(http.GET('/meldingen/{id}/aanvragen', { params: { path: { id } } })),
    ]);
    return { melding, aanvragen };
  }, [id]);
  const melding = geladen.data?.melding;
  usePaginaTitel(melding ? `Aanvragen van ${melding.persoon.naam} (${melding.kenmerk})` : 'Aanvragen');

  if (geladen.fout?.status === 403) return <GeenToegang detail={geladen.fout.detail} />;
  if (!geladen.data || !melding) {
    return (
      <>
        <Heading level={1}>Aanvragen</Heading>
        {geladen.fout ? <ApiFoutMelding fout={geladen.fout} /> : <Laden />}
      </>
    );
  }
  const { aanvragen } = geladen.data;
  const backoffice = mag('beschikkingen.opstellen');
  const bijschrift = `Aanvragen van melding ${melding.kenmerk}: ${aantal(aanvragen.length, 'aanvraag', 'aanvragen')}`;

  return (
    <>
      <Heading level={1}>Aanvragen van {melding.persoon.naam}</Heading>
      <Paragraph lead>
        Melding <AppLink to={`/meldingen/${melding.id}`}>{melding.kenmerk}</AppLink>, ontvangen op{' '}
        {formatDatum(melding.ontvangstdatum)}.{' '}
        <AppLink to={`/meldingen/${melding.id}/onderzoek`}>Naar het onderzoek</AppLink>
      </Paragraph>
      {aanvragen.length === 0 ? (
        <Paragraph>
          Voor deze melding is nog geen aanvraag geregistreerd. Dat gebeurt na het onderzoek, op de pagina van
          het onderzoek.
        </Paragraph>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
          <Table>
            <TableCaption>{bijschrift}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Aanvraagdatum</TableHeaderCell>
                <TableHeaderCell scope="col">Aangevraagd</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Beschikking uiterlijk</TableHeaderCell>
                {backoffice ? <TableHeaderCell scope="col">Beschikking</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {aanvragen.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">{formatDatum(a.aanvraagdatum)}</TableHeaderCell>
                  <TableCell>
                    {a.omschrijving ?? 'Niet omschreven'}
                    {a.grondslag === 'spoed' ? ' (spoed: tijdelijke maatwerkvoorziening, Wmo 2.3.3)' : ''}
                  </TableCell>
                  <TableCell>{AANVRAAG_STATUS[a.status] ?? a.status}</TableCell>
                  <TableCell>{formatDatum(a.termijnen.beschikkingUiterlijk)}</TableCell>
                  {backoffice ? (
                    <TableCell>
                      {a.status === 'ingediend' ? (
                        <AppLink to={`/aanvragen/${a.id}/beschikking`}>
                          Beschikking opstellen
                          <span className="ot-visueel-verborgen">
                            {' '}
                            op de aanvraag van {formatDatum(a.aanvraagdatum)}
                          </span>
                        </AppLink>
                      ) : (
                        'Besloten'
                      )}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
      {aanvragen.map((a) => (
        <AanvraagTermijnen key={a.id} aanvraag={a} herladen={geladen.opnieuw} />
      ))}
      {aanvragen.length > 0 ? (
        <ExportLinks
          pad={`/meldingen/${melding.id}/aanvragen`}
          naam={`de aanvragen van melding ${melding.kenmerk}`}
        />
      ) : null}
    </>
  );
}
