import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Link,
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
import { API_BASE, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useMag } from '../app/sessie.tsx';
import { ActieFout } from '../intake/ActieFout.tsx';
import { formatDatum, formatDatumMetWeekdag, vandaagIso } from '../ui/format.ts';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { BezwaarBehandelen } from './BezwaarBehandelen.tsx';
import { AFGEZIEN, type BezwaarInBehandeling } from './BezwaarBehandeling.tsx';

/** The steps taken so far: pro forma (Awb 6:6), horen (7:2, 7:3), advies (7:13), beroep (8:1); '' for none. */
function verloop(z: Bezwaar): string {
  const delen: string[] = [];
  if (z.proForma) {
    delen.push(
      `pro forma, gronden aanvullen tot ${z.hersteltermijnTot ? formatDatum(z.hersteltermijnTot) : 'onbekend'}`,
    );
  }
  if (z.hoorzitting?.op) delen.push(`gehoord op ${formatDatum(z.hoorzitting.op)}`);
  else if (z.hoorzitting?.afgezien) delen.push(`niet gehoord: ${AFGEZIEN[z.hoorzitting.afgezien]}`);
  if (z.advies) delen.push(`advies op ${formatDatum(z.advies.op)}`);
  if (z.beroep) {
    delen.push(
      `beroep ingesteld op ${formatDatum(z.beroep.ingesteldOp)}${z.beroep.afgerondOp ? `, afgerond op ${formatDatum(z.beroep.afgerondOp)}` : ''}`,
    );
  }
  return delen.length ? `Bezwaar van ${formatDatum(z.ontvangstdatum)}: ${delen.join('; ')}.` : '';
}

export interface Bezwaar {
  id: string;
  beschikkingKenmerk: string;
  beschikkingId: string;
  persoon: { id: string; naam: string };
  ontvangstdatum: string;
  tijdigheid: 'tijdig' | 'tijdig-per-post' | 'te-laat';
  adviescommissie: boolean;
  status: 'open' | 'beslist' | 'ingetrokken';
  uitkomst: string | null;
  verdaging: { op: string; reden: string } | null;
  uitstel: { tot: string; reden: string } | null;
  proForma: boolean;
  hersteltermijnTot: string | null;
  hoorzitting: BezwaarInBehandeling['hoorzitting'];
  advies: BezwaarInBehandeling['advies'];
  beroep: BezwaarInBehandeling['beroep'];
  herroepingBeschikkingId: string | null;
  bewaarplicht: boolean;
  termijnen: { bezwaarUiterlijk: string; beslissingUiterlijk: string };
  versie: number;
}

export const TIJDIGHEID: Record<Bezwaar['tijdigheid'], string> = {
  tijdig: 'Op tijd',
  'tijdig-per-post': 'Op tijd (per post, Awb 6:9 lid 2)',
  'te-laat': 'Te laat',
};

const VELDEN = {
  ontvangstdatum: ['bezwaar-ontvangen', 'Ontvangen op'],
  postdatum: ['bezwaar-post', 'Poststempel'],
  adviescommissie: ['bezwaar-commissie', 'Bezwaarcommissie'],
  proForma: ['bezwaar-proforma', 'Pro-forma bezwaar'],
  hersteltermijnTot: ['bezwaar-hersteltermijn', 'Gronden aanvullen tot'],
} as const;

/** The bezwaren against a vastgestelde beschikking, with their deadlines (Awb 7:10), and registering one. */
export function BezwarenPaneel({ beschikkingId }: { beschikkingId: string }) {
  const mag = useMag();
  const lijst = useLaden(
    () => gegevens(http.GET('/beschikkingen/{id}/bezwaren', { params: { path: { id: beschikkingId } } })),
    [beschikkingId],
  );
  const [ontvangen, setOntvangen] = useState(vandaagIso());
  const [post, setPost] = useState('');
  const [commissie, setCommissie] = useState(false);
  const [proForma, setProForma] = useState(false);
  const [herstelTot, setHerstelTot] = useState('');
  const [bericht, setBericht] = useState<string | null>(null);
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  if (!mag('bezwaren.raadplegen')) return null;
  const bezwaren = lijst.data ?? [];

  function registreer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const z = await gegevens(
        http.POST('/beschikkingen/{id}/bezwaren', {
          params: { path: { id: beschikkingId } },
          body: zoalsIngevuld({
            ontvangstdatum: ontvangen,
            postdatum: post || null,
            adviescommissie: commissie,
            ...(proForma ? { proForma: true, hersteltermijnTot: herstelTot || null } : {}),
          }),
        }),
      );
      setBericht(
        `Bezwaar geregistreerd (${TIJDIGHEID[z.tijdigheid].toLowerCase()}). Beslissen uiterlijk ${formatDatumMetWeekdag(z.termijnen.beslissingUiterlijk)}.`,
      );
      lijst.opnieuw();
    });
  }

  return (
    <section aria-labelledby="bezwaren-kop">
      <Heading level={2} id="bezwaren-kop">
        Bezwaren
      </Heading>
      {bericht ? (
        <Alert type="ok">
          <Paragraph>{bericht}</Paragraph>
        </Alert>
      ) : null}
      {bezwaren.length === 0 ? (
        <Paragraph>Tegen deze beschikking is geen bezwaar gemaakt.</Paragraph>
      ) : (
        <Table>
          <TableCaption>Bezwaren tegen deze beschikking</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
              <TableHeaderCell scope="col">Tijdig</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Beslissen uiterlijk</TableHeaderCell>
              <TableHeaderCell scope="col">Brief</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {bezwaren.map((z) => (
              <TableRow key={z.id}>
                <TableHeaderCell scope="row">{formatDatum(z.ontvangstdatum)}</TableHeaderCell>
                <TableCell>{TIJDIGHEID[z.tijdigheid]}</TableCell>
                <TableCell>
                  {z.status === 'open' ? 'Open' : `Beslist: ${z.uitkomst}`}
                  {z.bewaarplicht ? ' (bewaarplicht)' : ''}
                </TableCell>
                <TableCell>
                  {formatDatumMetWeekdag(z.termijnen.beslissingUiterlijk)}
                  {z.uitstel ? ' (uitgesteld met instemming)' : z.verdaging ? ' (verdaagd)' : ''}
                </TableCell>
                <TableCell>
                  {z.verdaging || z.status === 'beslist' ? (
                    <Link href={`${API_BASE}/bezwaren/${z.id}/brief`} download>
                      Laatste brief (PDF)
                      <span className="ot-visueel-verborgen">
                        {' '}
                        bij het bezwaar van {formatDatum(z.ontvangstdatum)}
                      </span>
                    </Link>
                  ) : (
                    '–'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {bezwaren.map((z) => (verloop(z) ? <Paragraph key={`verloop-${z.id}`}>{verloop(z)}</Paragraph> : null))}
      {mag('bezwaren.behandelen')
        ? bezwaren.map((z) => <BezwaarBehandelen key={z.id} z={z} herladen={lijst.opnieuw} />)
        : null}
      {mag('bezwaren.behandelen') ? (
        <form className="ot-actieformulier" onSubmit={registreer} noValidate aria-label="Bezwaar registreren">
          <Heading level={3}>Bezwaar registreren</Heading>
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
            id={VELDEN.postdatum[0]}
            label="Datum poststempel"
            beschrijving="Alleen als het bezwaar per post kwam (Awb 6:9 lid 2)."
            optioneel
            type="date"
            waarde={post}
            onWijzig={setPost}
            fout={f.postdatum}
          />
          <KeuzeVakje
            id={VELDEN.adviescommissie[0]}
            label="De bezwaarcommissie adviseert (Awb 7:13): beslistermijn 12 weken"
            checked={commissie}
            onChange={setCommissie}
            fout={f.adviescommissie}
          />
          <KeuzeVakje
            id={VELDEN.proForma[0]}
            label="Pro-forma bezwaar: de gronden volgen nog (Awb 6:6)"
            checked={proForma}
            onChange={setProForma}
            fout={f.proForma}
          />
          {proForma ? (
            <TekstVeld
              id={VELDEN.hersteltermijnTot[0]}
              label="Gronden aanvullen tot"
              beschrijving="De hersteltermijn schort de beslistermijn op (Awb 7:10 lid 2)."
              type="date"
              waarde={herstelTot}
              onWijzig={setHerstelTot}
              fout={f.hersteltermijnTot}
            />
          ) : null}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={versturen.bezig}>
              Bezwaar registreren
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
