import {
  Alert,
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
import { type FormEvent, useState } from 'react';
import type { Antwoord, Element } from '../api/antwoorden.ts';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { type FilterWaarden, KeuzeFilters, useFilterAdres } from '../beschikking/KeuzeFilters.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { aantal, formatDatum } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import './declaraties.css';
import { useVersturen } from '../ui/useVersturen.ts';
import { AFHANDELING_VOORSTELLEN, DECLARATIE_STATUS_NAMEN, euro, retourcodeUitleg } from './retourcodes.ts';

type Declaratie = Element<Antwoord<'/declaraties'>['items']>;
type Regel = Element<Declaratie['afgewezenRegels']>;
type Sleutel = 'status';
const STANDAARD: FilterWaarden<Sleutel> = { status: 'afgewezen' };

const tijdstip = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
const periode = (p: { begin: string; eind: string }) => `${formatDatum(p.begin)} t/m ${formatDatum(p.eind)}`;

function Redenen({ codes }: { codes: Declaratie['retourcodes'] }) {
  return (
    <ul className="ot-redenen">
      {codes.map((r) => (
        <li key={r.code}>
          {retourcodeUitleg(r)} <span className="ot-toelichting">(retourcode {r.code})</span>
        </li>
      ))}
    </ul>
  );
}

/** Record what was done about one rejected line; the error sits at the field, what was typed stays. */
function Afhandelen({ regel, klaar }: { regel: Regel; klaar(tekst: string): void }) {
  const [tekst, setTekst] = useState(regel.afhandeling ?? '');
  const versturen = useVersturen(['afhandeling']);
  const id = `afhandeling-${regel.id}`;

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const r = await gegevens(
        http.PUT('/declaratieregels/{id}/afhandeling', {
          params: { path: { id: regel.id } },
          body: { afhandeling: tekst },
        }),
      );
      klaar(r.afhandeling);
    });
  }

  const fout =
    versturen.fout?.velden.velden.afhandeling ??
    (versturen.fout && !versturen.fout.fout.invalidParams.length ? versturen.fout.fout.detail : undefined);
  return (
    <form onSubmit={verstuur} noValidate aria-label={`Afhandeling van regel ${regel.productreferentie}`}>
      <TekstVeld
        id={id}
        label="Wat heeft u gedaan?"
        beschrijving={`Bijvoorbeeld: ${AFHANDELING_VOORSTELLEN.join(' Of: ')}`}
        rijen={3}
        waarde={tekst}
        onWijzig={setTekst}
        fout={fout}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={versturen.bezig}>
          Afhandeling vastleggen
        </Button>
      </ButtonGroup>
    </form>
  );
}

function AfgewezenRegel({ regel, magAfhandelen }: { regel: Regel; magAfhandelen: boolean }) {
  const [afhandeling, setAfhandeling] = useState(regel.afhandeling);
  const [bewaard, setBewaard] = useState(false);
  const [wijzigen, setWijzigen] = useState(false);
  return (
    <section className="ot-blok" aria-labelledby={`regel-${regel.id}`}>
      <Heading level={3} id={`regel-${regel.id}`}>
        Regel {regel.productreferentie}: {euro(regel.bedrag)}
      </Heading>
      <dl className="ot-gegevens">
        <dt>Toewijzing</dt>
        <dd>{regel.toewijzingnummer}</dd>
        <dt>Cliënt (BSN)</dt>
        <dd>{regel.bsn}</dd>
        <dt>Periode</dt>
        <dd>{periode(regel.periode)}</dd>
        <dt>Waarom afgewezen</dt>
        <dd>
          <Redenen codes={regel.retourcodes} />
        </dd>
        <dt>Afhandeling</dt>
        <dd>{afhandeling ?? 'Nog niet afgehandeld'}</dd>
      </dl>
      {bewaard ? (
        <Alert type="ok">
          <Paragraph>De afhandeling is vastgelegd.</Paragraph>
        </Alert>
      ) : null}
      {magAfhandelen && (afhandeling === null || wijzigen) ? (
        <Afhandelen
          regel={{ ...regel, afhandeling }}
          klaar={(t) => {
            setAfhandeling(t);
            setBewaard(true);
            setWijzigen(false);
          }}
        />
      ) : magAfhandelen ? (
        <ButtonGroup>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setBewaard(false);
              setWijzigen(true);
            }}
          >
            Afhandeling wijzigen
          </Button>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

/** Header codes that only say "partly" or "fully approved": not a reason. */
const GEEN_REDEN = new Set(['0200', '8001']);

function DeclaratieBlok({ d, magAfhandelen }: { d: Declaratie; magAfhandelen: boolean }) {
  const redenen = d.retourcodes.filter((r) => !GEEN_REDEN.has(r.code));
  const kop = `Declaratie ${d.declaratienummer} van ${d.aanbieder.naam ?? `AGB ${d.aanbieder.agbCode}`}`;
  return (
    <section className="ot-declaratie" aria-labelledby={`declaratie-${d.id}`}>
      <Heading level={2} id={`declaratie-${d.id}`}>
        {kop}
      </Heading>
      <dl className="ot-gegevens">
        <dt>Ontvangen</dt>
        <dd>{tijdstip.format(new Date(d.ontvangenOp))}</dd>
        <dt>Periode</dt>
        <dd>{periode(d.periode)}</dd>
        <dt>Status</dt>
        <dd>{DECLARATIE_STATUS_NAMEN[d.status] ?? d.status}</dd>
        <dt>Ingediend</dt>
        <dd>{euro(d.ingediend)}</dd>
        <dt>Goedgekeurd</dt>
        <dd>{euro(d.toegekend)}</dd>
        {redenen.length ? (
          <>
            <dt>Reden</dt>
            <dd>
              <Redenen codes={redenen} />
            </dd>
          </>
        ) : null}
      </dl>
      {d.antwoordBerichtId ? (
        <Paragraph>
          Het antwoord aan de aanbieder (WMO325) staat bij de{' '}
          <AppLink to="/iwmo-berichten?berichtcode=WMO325">iWmo-berichten</AppLink>.
        </Paragraph>
      ) : null}
      {d.afgewezenRegels.map((r) => (
        <AfgewezenRegel key={r.id} regel={r} magAfhandelen={magAfhandelen} />
      ))}
    </section>
  );
}

function Overzicht({ items }: { items: Declaratie[] }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label="Overzicht van de declaraties">
      <Table>
        <TableCaption>
          Overzicht: {aantal(items.length, 'declaratie', 'declaraties')}, nieuwste eerst
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Declaratie</TableHeaderCell>
            <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Afgewezen regels</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((d) => (
            <TableRow key={d.id}>
              <TableHeaderCell scope="row">
                <a href={`#declaratie-${d.id}`}>{d.declaratienummer}</a>
              </TableHeaderCell>
              <TableCell>{d.aanbieder.naam ?? d.aanbieder.agbCode}</TableCell>
              <TableCell>{tijdstip.format(new Date(d.ontvangenOp))}</TableCell>
              <TableCell>{DECLARATIE_STATUS_NAMEN[d.status] ?? d.status}</TableCell>
              <TableCell className="ot-getal">
                {d.afgewezenRegels.filter((r) => r.afhandeling === null).length} open van{' '}
                {d.afgewezenRegels.length}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/**
 * /declaraties: the declaraties (WMO323) that came in, newest first, with each rejected line, why
 * it was rejected in plain words, and what the backoffice did about it. The filter lives in the URL.
 */
export function DeclaratiesPagina() {
  usePaginaTitel('Declaraties');
  const mag = useMag();
  const { filter, sleutel, zet, wissen } = useFilterAdres(STANDAARD);
  const lijst = useLaden(
    () =>
      gegevens(
        http.GET('/declaraties', {
          params: {
            query: {
              status: (filter.status || undefined) as 'afgewezen' | undefined,
              pageSize: 50,
            },
          },
        }),
      ),
    [sleutel],
  );
  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;
  const items = lijst.data?.items ?? [];
  return (
    <>
      <Heading level={1}>Declaraties</Heading>
      <Paragraph>
        Declaraties die aanbieders hebben gestuurd (WMO323), nieuwste eerst. Bij elke afgewezen regel staat
        waarom hij is afgewezen. Leg vast wat u eraan heeft gedaan; een correctie komt van de aanbieder, als
        nieuwe declaratie.
        {mag('declaraties.exporteren') ? (
          <>
            {' '}
            De goedgekeurde bedragen per aanbieder staan bij{' '}
            <AppLink to="/goedgekeurde-bedragen">Goedgekeurde bedragen</AppLink>.
          </>
        ) : null}
      </Paragraph>
      <KeuzeFilters<Sleutel>
        naam="Declaraties filteren"
        idPrefix="filter"
        filter={filter}
        toepassen={zet}
        wissen={wissen}
        velden={[
          {
            sleutel: 'status',
            label: 'Welke declaraties',
            alle: 'Alle declaraties',
            opties: [
              ['afgewezen', 'Met afgewezen regels'],
              ['deels-afgewezen', 'Deels afgewezen'],
              ['goedgekeurd', 'Helemaal goedgekeurd'],
            ],
          },
        ]}
      />
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data ? (
        items.length === 0 ? (
          <Paragraph>Er zijn geen declaraties voor deze keuze.</Paragraph>
        ) : (
          <>
            <Overzicht items={items} />
            {items.map((d) => (
              <DeclaratieBlok key={d.id} d={d} magAfhandelen={mag('declaraties.afhandelen')} />
            ))}
          </>
        )
      ) : null}
    </>
  );
}
