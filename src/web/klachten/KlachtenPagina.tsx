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
import { gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ActieFout } from '../intake/ActieFout.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatDatum, formatDatumMetWeekdag, vandaagIso } from '../ui/format.ts';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { KlachtBehandelen } from './KlachtBehandelen.tsx';

const VELDEN = {
  ontvangstdatum: ['klacht-ontvangen', 'Ontvangen op'],
  omschrijving: ['klacht-omschrijving', 'Omschrijving'],
  klachtadviescommissie: ['klacht-commissie', 'Klachtadviescommissie'],
} as const;

/**
 * /klachten: the klachtcoördinator's worklist (Awb chapter 9), earliest deadline first, and
 * registering a klacht: six weeks after receipt, ten with a klachtadviescommissie (9:11).
 */
export function KlachtenPagina() {
  usePaginaTitel('Klachten');
  const mag = useMag();
  const lijst = useLaden(
    () => gegevens(http.GET('/klachten', { params: { query: { status: 'open' } } })),
    [],
  );
  const [ontvangen, setOntvangen] = useState(vandaagIso());
  const [omschrijving, setOmschrijving] = useState('');
  const [commissie, setCommissie] = useState(false);
  const [bericht, setBericht] = useState<string | null>(null);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;
  const items = lijst.data ?? [];

  function registreer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const k = await gegevens(
        http.POST('/klachten', {
          body: zoalsIngevuld({ ontvangstdatum: ontvangen, klachtadviescommissie: commissie, omschrijving }),
        }),
      );
      setBericht(
        `Klacht geregistreerd. Afhandelen uiterlijk ${formatDatumMetWeekdag(k.termijnen.afhandelingUiterlijk)}.`,
      );
      setOmschrijving('');
      lijst.opnieuw();
    });
  }

  return (
    <>
      <Heading level={1}>Klachten</Heading>
      <Paragraph>
        Klachten over hoe de gemeente iemand heeft behandeld. Afhandelen binnen zes weken na ontvangst, of
        tien weken met een klachtadviescommissie; één keer verdagen met hoogstens vier weken (Awb artikel
        9:11).
      </Paragraph>
      {bericht ? (
        <Alert type="ok">
          <Paragraph>{bericht}</Paragraph>
        </Alert>
      ) : null}
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data && items.length === 0 ? <Paragraph>Er zijn geen open klachten.</Paragraph> : null}
      {items.length > 0 ? (
        <Table>
          <TableCaption>Open klachten: {items.length}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
              <TableHeaderCell scope="col">Klager</TableHeaderCell>
              <TableHeaderCell scope="col">Klacht</TableHeaderCell>
              <TableHeaderCell scope="col">Afhandelen uiterlijk</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((k) => (
              <TableRow key={k.id}>
                <TableHeaderCell scope="row">{formatDatum(k.ontvangstdatum)}</TableHeaderCell>
                <TableCell>{k.persoon?.naam ?? 'Niet gekoppeld'}</TableCell>
                <TableCell>{k.omschrijving}</TableCell>
                <TableCell>
                  {formatDatumMetWeekdag(k.termijnen.afhandelingUiterlijk)}
                  {k.verdaging ? ' (verdaagd)' : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <form onSubmit={registreer} noValidate aria-labelledby="klacht-nieuw">
        <Heading level={2} id="klacht-nieuw">
          Klacht registreren
        </Heading>
        <ActieFout versturen={versturen} velden={VELDEN} herladen={lijst.opnieuw} />
        <TekstVeld
          id={VELDEN.ontvangstdatum[0]}
          label="Ontvangen op"
          type="date"
          waarde={ontvangen}
          onWijzig={setOntvangen}
          fout={f.ontvangstdatum}
        />
        <TekstVeld
          id={VELDEN.omschrijving[0]}
          label="Waar gaat de klacht over?"
          rijen={4}
          waarde={omschrijving}
          onWijzig={setOmschrijving}
          fout={f.omschrijving}
        />
        <KeuzeVakje
          id={VELDEN.klachtadviescommissie[0]}
          label="Een klachtadviescommissie behandelt de klacht (Awb 9:14): termijn tien weken"
          checked={commissie}
          onChange={setCommissie}
          fout={f.klachtadviescommissie}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={versturen.bezig}>
            Klacht registreren
          </Button>
        </ButtonGroup>
      </form>
      {mag('klachten.behandelen')
        ? items.map((k) => <KlachtBehandelen key={k.id} k={k} herladen={lijst.opnieuw} />)
        : null}
    </>
  );
}
