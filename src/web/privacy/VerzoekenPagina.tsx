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
import { gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ActieFout } from '../intake/ActieFout.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDatum, formatDatumMetWeekdag, vandaagIso } from '../ui/format.ts';
import { Keuzegroep } from '../ui/Keuzegroep.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { VerzoekBehandelen } from './VerzoekBehandelen.tsx';

type Soort = 'inzage' | 'rectificatie' | 'beperking' | 'bezwaar' | 'wissen';
export const SOORT: Record<Soort, string> = {
  inzage: 'Inzage (art. 15)',
  rectificatie: 'Rectificatie (art. 16)',
  wissen: 'Wissen (art. 17)',
  beperking: 'Beperking (art. 18)',
  bezwaar: 'Bezwaar tegen verwerking (art. 21)',
};

const VELDEN = {
  zoek: ['verzoek-zoek', 'Betrokkene zoeken'],
  persoonId: ['verzoek-persoon', 'Betrokkene'],
  soort: ['verzoek-soort', 'Soort verzoek'],
  ontvangstdatum: ['verzoek-ontvangen', 'Ontvangen op'],
} as const;

/**
 * /privacyverzoeken: the privacy officer's worklist of data-subject requests with their deadlines
 * (AVG art. 12 lid 3), registering a request, extending it with a reason and deciding with a letter.
 */
export function VerzoekenPagina() {
  usePaginaTitel('Privacyverzoeken');
  const lijst = useLaden(
    () => gegevens(http.GET('/privacyverzoeken', { params: { query: { status: 'open' } } })),
    [],
  );
  const [zoek, setZoek] = useState('');
  const [gezocht, setGezocht] = useState('');
  const [persoonId, setPersoonId] = useState('');
  const [soort, setSoort] = useState<Soort | ''>('');
  const [ontvangen, setOntvangen] = useState(vandaagIso());
  const [bericht, setBericht] = useState<string | null>(null);
  const [gekozen, setGekozen] = useState<string | null>(null);
  const personen = useLaden(
    () =>
      gezocht
        ? gegevens(http.GET('/audit-personen', { params: { query: { zoek: gezocht } } }))
        : Promise.resolve(null),
    [gezocht],
  );
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;
  const items = lijst.data ?? [];

  function registreer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const v = await gegevens(
        http.POST('/privacyverzoeken', {
          body: { persoonId, soort: soort as Soort, ontvangstdatum: ontvangen },
        }),
      );
      setBericht(
        `Verzoek geregistreerd. Afhandelen uiterlijk ${formatDatumMetWeekdag(v.termijnen.afhandelingUiterlijk)}.`,
      );
      lijst.opnieuw();
    });
  }

  return (
    <>
      <Heading level={1}>Privacyverzoeken</Heading>
      <Paragraph>
        Verzoeken van betrokkenen (AVG artikel 15 tot en met 21). Afhandelen binnen een maand na ontvangst;
        één keer te verlengen met twee maanden, met reden, binnen de eerste maand (artikel 12 lid 3).
      </Paragraph>
      <ExportLinks pad="/privacyverzoeken" query={{ status: 'open' }} naam="de open privacyverzoeken" />
      {bericht ? (
        <Alert type="ok">
          <Paragraph>{bericht}</Paragraph>
        </Alert>
      ) : null}
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} /> : null}
      {lijst.laden ? <Laden /> : null}
      {lijst.data && items.length === 0 ? <Paragraph>Er zijn geen open verzoeken.</Paragraph> : null}
      {items.length > 0 ? (
        <Table>
          <TableCaption>Open verzoeken: {items.length}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Betrokkene</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
              <TableHeaderCell scope="col">Afhandelen uiterlijk</TableHeaderCell>
              <TableHeaderCell scope="col">Actie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((v) => (
              <TableRow key={v.id}>
                <TableHeaderCell scope="row">{v.persoonNaam}</TableHeaderCell>
                <TableCell>{SOORT[v.soort]}</TableCell>
                <TableCell>{formatDatum(v.ontvangstdatum)}</TableCell>
                <TableCell>
                  {formatDatumMetWeekdag(v.termijnen.afhandelingUiterlijk)}
                  {v.termijnen.verlengd ? ' (verlengd)' : ''}
                </TableCell>
                <TableCell>
                  <Button appearance="subtle-button" onClick={() => setGekozen(v.id)}>
                    Behandelen<span className="ot-visueel-verborgen"> verzoek van {v.persoonNaam}</span>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {gekozen ? (
        <VerzoekBehandelen
          key={gekozen}
          id={gekozen}
          klaar={() => {
            lijst.opnieuw();
          }}
        />
      ) : null}
      <form onSubmit={registreer} noValidate aria-labelledby="verzoek-nieuw">
        <Heading level={2} id="verzoek-nieuw">
          Verzoek registreren
        </Heading>
        <ActieFout versturen={versturen} velden={VELDEN} herladen={lijst.opnieuw} />
        <TekstVeld
          id={VELDEN.zoek[0]}
          label="Betrokkene zoeken (BSN of achternaam)"
          waarde={zoek}
          onWijzig={setZoek}
          fout={f.zoek}
        />
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => setGezocht(zoek.trim())}>
            Zoeken
          </Button>
        </ButtonGroup>
        {personen.fout ? <ApiFoutMelding fout={personen.fout} kopNiveau={3} /> : null}
        {personen.data ? (
          <Keuzegroep
            id={VELDEN.persoonId[0]}
            legend="Betrokkene"
            keuzes={personen.data.map((p) => ({
              waarde: p.id,
              label: `${p.naam}, geboren ${formatDatum(p.geboortedatum)} (${p.gemeenteCode})`,
            }))}
            waarde={persoonId}
            onChange={setPersoonId}
            fout={f.persoonId}
          />
        ) : null}
        <Keuzegroep
          id={VELDEN.soort[0]}
          legend="Soort verzoek"
          keuzes={(Object.keys(SOORT) as Soort[]).map((s) => ({ waarde: s, label: SOORT[s] }))}
          waarde={soort}
          onChange={(w) => setSoort(w as Soort)}
          fout={f.soort}
        />
        <TekstVeld
          id={VELDEN.ontvangstdatum[0]}
          label="Ontvangen op"
          type="date"
          waarde={ontvangen}
          onWijzig={setOntvangen}
          fout={f.ontvangstdatum}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={versturen.bezig}>
            Verzoek registreren
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
