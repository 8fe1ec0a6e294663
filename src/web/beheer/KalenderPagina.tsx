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
  Textbox,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { asApiError, gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { DatumInvoer } from '../ui/DatumInvoer.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { aantal, formatDatumMetWeekdag } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';

const VELDEN = {
  datum: ['kalender-datum', 'Datum'],
  omschrijving: ['kalender-omschrijving', 'Omschrijving'],
} as const;

function herberekend(n: number): string {
  return n === 0
    ? 'Geen open melding had een andere termijn nodig.'
    : `De termijnen van ${aantal(n, 'open melding', 'open meldingen')} zijn herberekend.`;
}

function Toevoegen({ klaar }: { klaar(bericht: string): void }) {
  const [datum, setDatum] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const versturen = useVersturen(Object.keys(VELDEN));
  const fout = versturen.fout;
  const f = fout?.velden.velden ?? {};
  const samenvatting = Object.entries(VELDEN)
    .filter(([naam]) => f[naam])
    .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const r = await gegevens(
        http.POST('/gelijkgestelde-dagen', {
          body: {
            datum,
            omschrijving,
          },
        }),
      );
      setDatum('');
      setOmschrijving('');
      klaar(`${formatDatumMetWeekdag(r.datum)} is toegevoegd. ${herberekend(r.herberekendeMeldingen)}`);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="toevoegen-kop">
      <Heading level={2} id="toevoegen-kop">
        Dag toevoegen
      </Heading>
      {fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={
            samenvatting.length ? 'Controleer de volgende velden' : fout.fout.title || 'Toevoegen mislukt'
          }
          detail={samenvatting.length ? undefined : fout.fout.detail}
          velden={samenvatting}
          overig={fout.velden.overig}
        />
      ) : null}
      <Veld id={VELDEN.datum[0]} label="Datum" fout={f.datum}>
        {(k) => <DatumInvoer {...k} waarde={datum} onWijzig={(w) => setDatum(w)} />}
      </Veld>
      <Veld
        id={VELDEN.omschrijving[0]}
        label="Omschrijving"
        fout={f.omschrijving}
        beschrijving="Welke dag het is en het besluit dat hem gelijkstelt, bijvoorbeeld: Vrijdag na Hemelvaartsdag (Besluit gelijkstelling …)."
      >
        {(k) => (
          <Textbox
            {...k}
            autoComplete="off"
            value={omschrijving}
            onChange={(e) => setOmschrijving(e.target.value)}
          />
        )}
      </Veld>
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Toevoegen
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface VerwijderenProps {
  datum: string;
  bevestigen: boolean;
  setBevestigen(aan: boolean): void;
  bezig: boolean;
  verwijder(): void;
}

/** Remove with a confirmation step; focus moves to the button that replaces the pressed one. */
function Verwijderen({ datum, bevestigen, setBevestigen, bezig, verwijder }: VerwijderenProps) {
  const ja = useRef<HTMLButtonElement>(null);
  const knop = useRef<HTMLButtonElement>(null);
  const vorige = useRef(bevestigen);
  useEffect(() => {
    if (vorige.current === bevestigen) return;
    vorige.current = bevestigen;
    (bevestigen ? ja : knop).current?.focus();
  }, [bevestigen]);
  const dag = formatDatumMetWeekdag(datum);
  if (!bevestigen) {
    return (
      <Button ref={knop} appearance="secondary-action-button" onClick={() => setBevestigen(true)}>
        Verwijderen<span className="ot-visueel-verborgen"> {dag}</span>
      </Button>
    );
  }
  return (
    <ButtonGroup>
      <Button ref={ja} appearance="primary-action-button" busy={bezig} disabled={bezig} onClick={verwijder}>
        Ja, verwijder {dag}
      </Button>
      <Button appearance="subtle-button" onClick={() => setBevestigen(false)}>
        Niet verwijderen
      </Button>
    </ButtonGroup>
  );
}

/**
 * The holiday calendar of the legal clock. The algemeen erkende feestdagen follow from the law and
 * Easter and are computed; functioneel beheer keeps the days the government gelijkstelt by decree.
 */
export function KalenderPagina() {
  usePaginaTitel('Kalender');
  const dagen = useLaden(() => gegevens(http.GET('/gelijkgestelde-dagen')), []);
  const [bericht, setBericht] = useState<string | null>(null);
  const [teVerwijderen, setTeVerwijderen] = useState<string | null>(null);
  const [verwijderFout, setVerwijderFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  if (dagen.fout?.status === 403) return <GeenToegang detail={dagen.fout.detail} />;

  async function verwijder(datum: string) {
    setBezig(true);
    setVerwijderFout(null);
    try {
      const r = await gegevens(http.DELETE('/gelijkgestelde-dagen/{datum}', { params: { path: { datum } } }));
      setBericht(`${formatDatumMetWeekdag(datum)} is verwijderd. ${herberekend(r.herberekendeMeldingen)}`);
      setTeVerwijderen(null);
      dagen.opnieuw();
    } catch (err) {
      setVerwijderFout(asApiError(err).detail);
    } finally {
      setBezig(false);
    }
  }

  return (
    <>
      <Heading level={1}>Kalender</Heading>
      <Paragraph>
        Termijnen die eindigen op een zaterdag, zondag of algemeen erkende feestdag lopen door tot de volgende
        werkdag (Algemene termijnenwet). De feestdagen uit de wet (Nieuwjaarsdag, Pasen, Koningsdag, 5 mei,
        Hemelvaart, Pinksteren, Kerst) rekent het systeem zelf uit. Hier staan de dagen die de regering bij
        besluit <em>gelijkstelt</em> met een feestdag, zoals de vrijdag na Hemelvaartsdag.
      </Paragraph>
      {/* Always in the page, so that screen readers hear each new message. */}
      <div role="status">
        {bericht ? (
          <Alert type="ok" role="presentation">
            <Paragraph>{bericht}</Paragraph>
          </Alert>
        ) : null}
      </div>

      <Heading level={2}>Gelijkgestelde dagen</Heading>
      {dagen.fout ? <ApiFoutMelding fout={dagen.fout} kopNiveau={3} /> : null}
      {verwijderFout ? (
        <Alert type="error">
          <Paragraph>Verwijderen mislukt: {verwijderFout}</Paragraph>
        </Alert>
      ) : null}
      {dagen.data ? (
        dagen.data.length === 0 ? (
          <Paragraph>Er zijn geen gelijkgestelde dagen.</Paragraph>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
          <section className="ot-tabel-container" tabIndex={0} aria-label="Gelijkgestelde dagen">
            <Table>
              <TableCaption>Gelijkgestelde dagen ({dagen.data.length})</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Datum</TableHeaderCell>
                  <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
                  <TableHeaderCell scope="col">
                    <span className="ot-visueel-verborgen">Acties</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {dagen.data.map((d) => (
                  <TableRow key={d.datum}>
                    <TableHeaderCell scope="row">
                      <time dateTime={d.datum}>{formatDatumMetWeekdag(d.datum)}</time>
                    </TableHeaderCell>
                    <TableCell>{d.omschrijving}</TableCell>
                    <TableCell>
                      <Verwijderen
                        datum={d.datum}
                        bevestigen={teVerwijderen === d.datum}
                        setBevestigen={(aan) => setTeVerwijderen(aan ? d.datum : null)}
                        bezig={bezig}
                        verwijder={() => verwijder(d.datum)}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        )
      ) : (
        !dagen.fout && <Laden />
      )}
      {dagen.data && dagen.data.length > 0 ? (
        <ExportLinks pad="/gelijkgestelde-dagen" naam="de gelijkgestelde dagen" />
      ) : null}

      <Toevoegen
        klaar={(b) => {
          setBericht(b);
          dagen.opnieuw();
        }}
      />
    </>
  );
}
