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
import { gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { DIENST_NAMEN, VERWIJZING_STATUS, type VerwijzingSamenvatting } from './labels.ts';

const TABS = [
  { status: 'nieuw', titel: 'Nieuw' },
  { status: 'geaccepteerd', titel: 'Lopend' },
  { status: 'afgerond', titel: 'Afgerond' },
] as const;
type Tab = (typeof TABS)[number]['status'];

function Tabel({ rijen, bijschrift }: { rijen: VerwijzingSamenvatting[]; bijschrift: string }) {
  if (rijen.length === 0) return <Paragraph>Geen verwijzingen.</Paragraph>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label={bijschrift}>
      <Table>
        <TableCaption>{bijschrift}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Inwoner</TableHeaderCell>
            <TableHeaderCell scope="col">Dienst</TableHeaderCell>
            <TableHeaderCell scope="col">Wijk</TableHeaderCell>
            <TableHeaderCell scope="col">Verwezen op</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rijen.map((v) => (
            <TableRow key={v.id}>
              <TableHeaderCell scope="row">
                <AppLink to={`/preventie/${v.id}`}>
                  {v.naam ?? 'Contactverzoek zonder gegevens'}
                  {v.urgentie === 'hoog' ? ' (urgent)' : ''}
                </AppLink>
              </TableHeaderCell>
              <TableCell>{DIENST_NAMEN[v.dienst]}</TableCell>
              <TableCell>{v.wijk ? v.wijk.naam : 'Onbekend'}</TableCell>
              <TableCell>{formatTijdstip(v.verwezenOp)}</TableCell>
              <TableCell>{VERWIJZING_STATUS[v.status]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** The partner's inbox: new referrals to accept or decline, running ones, and closed ones. */
export function Inbox() {
  usePaginaTitel('Verwijzingen');
  const gebruiker = useGebruiker();
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((t) => t.status === params.get('status'))?.status ?? 'nieuw') as Tab;
  const voor = params.get('voor') ?? undefined;
  // One page at a time (keyset): the server names the next page's cursor in the header Volgende.
  const lijst = useLaden(async () => {
    const verzoek = http.GET('/verwijzingen', {
      params: { query: { partner: gebruiker.organisatieId, status: tab, voor } },
    });
    const rijen = await gegevens(verzoek);
    return { rijen, volgende: (await verzoek).response.headers.get('Volgende') };
  }, [tab, voor, gebruiker.organisatieId]);
  const titel = TABS.find((t) => t.status === tab)!.titel;
  return (
    <>
      <Heading level={1}>Verwijzingen</Heading>
      <Paragraph lead>
        Verwijzingen van toegang naar uw organisatie. U ziet alleen de gegevens waarvoor de inwoner
        toestemming gaf; zonder toestemming neemt u contact op via toegang.
      </Paragraph>
      <nav aria-label="Verwijzingen per status">
        <ul className="ot-tabs">
          {TABS.map((t) => (
            <li key={t.status}>
              <a
                className="utrecht-link"
                href={`?status=${t.status}`}
                aria-current={t.status === tab ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setParams({ status: t.status });
                }}
              >
                {t.titel}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Heading level={2}>{titel}</Heading>
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={3} /> : null}
      {lijst.data ? (
        <>
          <Tabel rijen={lijst.data.rijen} bijschrift={`Verwijzingen: ${titel.toLowerCase()}`} />
          {lijst.data.volgende || voor ? (
            <nav aria-label="Pagina's">
              <ButtonGroup>
                {voor ? (
                  <Button appearance="secondary-action-button" onClick={() => setParams({ status: tab })}>
                    Eerste pagina
                  </Button>
                ) : null}
                {lijst.data.volgende ? (
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => setParams({ status: tab, voor: lijst.data!.volgende! })}
                  >
                    Volgende pagina
                  </Button>
                ) : null}
              </ButtonGroup>
            </nav>
          ) : null}
        </>
      ) : (
        <Laden />
      )}
    </>
  );
}
