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
import { useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatDatum } from '../ui/format.ts';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { WijkNavigatie } from './Navigatie.tsx';
import { SignaalOpvolgen } from './SignaalOpvolgen.tsx';
import { useWijken, WijkKeuze } from './WijkKeuze.tsx';

const STATUS: Record<string, string> = {
  nieuw: 'Nieuw',
  'in-behandeling': 'In behandeling',
  opgepakt: 'Opgepakt',
  afgesloten: 'Afgesloten',
};

const VELDEN = {
  wijk: ['signaal-wijk', 'Wijk'],
  thema: ['signaal-thema', 'Thema'],
  titel: ['signaal-titel', 'Korte titel'],
  omschrijving: ['signaal-omschrijving', 'Wat ziet u?'],
} as const;

function NieuwSignaal({
  wijken,
  klaar,
}: {
  wijken: Array<{ code: string; naam: string }>;
  klaar(t: string): void;
}) {
  const [v, setV] = useState({ wijk: '', thema: '', titel: '', omschrijving: '' });
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  const samenvatting = Object.entries(VELDEN)
    .filter(([naam]) => f[naam])
    .map(([naam, [id, label]]) => ({ id, label, reden: f[naam]! }));
  const zet = (k: keyof typeof v) => (w: string) => setV((o) => ({ ...o, [k]: w }));

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const s = await gegevens(
        http.POST('/signalen', { body: { ...v, wijk: v.wijk || undefined } as never }),
      );
      setV({ wijk: v.wijk, thema: '', titel: '', omschrijving: '' });
      klaar(`Het signaal "${s.titel}" staat op het bord van ${s.wijk.naam}.`);
    });
  }

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="nieuw-signaal-kop">
      <Heading level={2} id="nieuw-signaal-kop">
        Signaal over een wijk melden
      </Heading>
      <Paragraph>
        Een signaal gaat over een buurt, straat of groep, niet over één persoon. Schrijf geen namen of andere
        persoonsgegevens op. Zorgen over één persoon of gezin meldt u bij toegang (een melding of verwijzing).
      </Paragraph>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={samenvatting.length ? 'Controleer de volgende velden' : versturen.fout.fout.title}
          detail={samenvatting.length ? undefined : versturen.fout.fout.detail}
          velden={samenvatting}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      <WijkKeuze
        id={VELDEN.wijk[0]}
        label="Wijk"
        waarde={v.wijk}
        onWijzig={zet('wijk')}
        wijken={wijken}
        fout={f.wijk}
      />
      <TekstVeld
        id={VELDEN.thema[0]}
        label="Thema"
        beschrijving="Bijvoorbeeld eenzaamheid, schulden, wonen, jongeren."
        waarde={v.thema}
        onWijzig={zet('thema')}
        fout={f.thema}
      />
      <TekstVeld
        id={VELDEN.titel[0]}
        label="Korte titel"
        waarde={v.titel}
        onWijzig={zet('titel')}
        fout={f.titel}
      />
      <TekstVeld
        id={VELDEN.omschrijving[0]}
        label="Wat ziet u?"
        rijen={4}
        waarde={v.omschrijving}
        onWijzig={zet('omschrijving')}
        fout={f.omschrijving}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          Signaal melden
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * The signal board both toegang and the partners see: signals about a wijk, newest first, with
 * their source and follow-up. Partners and toegang add signals here.
 */
export function Signalenbord() {
  usePaginaTitel('Signalenbord');
  const [zoek, setZoek] = useSearchParams();
  const wijk = zoek.get('wijk') ?? '';
  const wijken = useWijken();
  const signalen = useLaden(
    () => gegevens(http.GET('/signalen', { params: { query: { wijk: wijk || undefined } } })),
    [wijk],
  );
  const [bericht, setBericht] = useState<string | null>(null);
  const mag = useMag();

  return (
    <>
      <Heading level={1}>Signalenbord</Heading>
      <WijkNavigatie wijk={wijk || undefined} />
      <div role="status">
        {bericht ? (
          <Alert type="ok" role="presentation">
            <Paragraph>{bericht}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {wijken.data ? (
        <WijkKeuze
          id="bord-wijk"
          label="Toon signalen van"
          leeg="Alle wijken"
          waarde={wijk}
          wijken={wijken.data}
          onWijzig={(c) => setZoek(c ? { wijk: c } : {})}
        />
      ) : null}
      {signalen.fout ? <ApiFoutMelding fout={signalen.fout} /> : null}
      {signalen.data ? (
        signalen.data.length === 0 ? (
          <Paragraph>Er zijn geen signalen.</Paragraph>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
          <section className="ot-tabel-container" tabIndex={0} aria-label="Signalen">
            <Table>
              <TableCaption>Signalen ({signalen.data.length})</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Signaal</TableHeaderCell>
                  <TableHeaderCell scope="col">Wijk</TableHeaderCell>
                  <TableHeaderCell scope="col">Thema</TableHeaderCell>
                  <TableHeaderCell scope="col">Van</TableHeaderCell>
                  <TableHeaderCell scope="col">Datum</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {signalen.data.map((s) => (
                  <TableRow key={s.id}>
                    <TableHeaderCell scope="row">
                      {s.titel}
                      {s.opvolging ? <div className="ot-klein">Opvolging: {s.opvolging}</div> : null}
                    </TableHeaderCell>
                    <TableCell>{s.wijk.naam}</TableCell>
                    <TableCell>{s.thema}</TableCell>
                    <TableCell>{s.bronNaam}</TableCell>
                    <TableCell>
                      <time dateTime={s.datum}>{formatDatum(s.datum)}</time>
                    </TableCell>
                    <TableCell>{STATUS[s.status] ?? s.status}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </section>
        )
      ) : (
        !signalen.fout && <Laden />
      )}
      {mag('wijk.signalen-registreren') && signalen.data?.length ? (
        <SignaalOpvolgen
          signalen={signalen.data}
          klaar={(t) => {
            setBericht(t);
            signalen.opnieuw();
          }}
        />
      ) : null}
      {mag('wijk.signalen-registreren') && wijken.data ? (
        <NieuwSignaal
          wijken={wijken.data}
          klaar={(t) => {
            setBericht(t);
            signalen.opnieuw();
          }}
        />
      ) : null}
    </>
  );
}
