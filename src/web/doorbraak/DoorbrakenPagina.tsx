import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { gegevens, http } from '../api/client.ts';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDatum } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';

const REDEN: Record<string, string> = {
  spoed: 'Spoed',
  'afwezigheid-contactpersoon': 'Contactpersoon afwezig',
  vervanging: 'Vervanging',
  overig: 'Overig',
};

const tijd = (s: string) => `${formatDatum(s.slice(0, 10))} ${s.slice(11, 16)} UTC`;

/** The privacy officer's doorbraak review list and the anomaly signals per medewerker (ADR 0030). */
export function DoorbrakenPagina() {
  usePaginaTitel('Doorbraken en signalen');
  const [status, setStatus] = useState<'te-beoordelen' | 'beoordeeld'>('te-beoordelen');
  const lijst = useLaden(
    () => gegevens(http.GET('/doorbraken', { params: { query: { status } } })),
    [status],
  );
  const signalen = useLaden(() => gegevens(http.GET('/privacy/signalen', { params: { query: {} } })), []);
  const v = useVersturen([]);
  const beoordeel = (id: string, versie: number, oordeel: 'terecht' | 'onterecht') =>
    v.verstuur(async () => {
      await gegevens(
        http.POST('/doorbraken/{id}/beoordeling', { params: { path: { id } }, body: { oordeel, versie } }),
      );
      lijst.opnieuw();
      signalen.opnieuw();
    });
  return (
    <>
      <Heading level={1}>Doorbraken en signalen</Heading>
      <Paragraph>
        Een doorbraak opent een dossier zonder relatie met het huishouden, voor beperkte tijd. Beoordeel elke
        doorbraak als terecht of onterecht.
      </Paragraph>
      <Heading level={2}>Doorbraken</Heading>
      <div className="ot-knoppenrij">
        <Button
          appearance={status === 'te-beoordelen' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={status === 'te-beoordelen'}
          onClick={() => setStatus('te-beoordelen')}
        >
          Te beoordelen
        </Button>{' '}
        <Button
          appearance={status === 'beoordeeld' ? 'primary-action-button' : 'secondary-action-button'}
          aria-pressed={status === 'beoordeeld'}
          onClick={() => setStatus('beoordeeld')}
        >
          Beoordeeld
        </Button>
      </div>
      {v.fout ? <ApiFoutMelding fout={v.fout.fout} kopNiveau={3} /> : null}
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={3} /> : null}
      {!lijst.data ? (
        lijst.fout ? null : (
          <Laden />
        )
      ) : lijst.data.length === 0 ? (
        <Paragraph>Geen doorbraken in deze lijst.</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
              <TableHeaderCell scope="col">Reden</TableHeaderCell>
              <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
              <TableHeaderCell scope="col">Keer gebruikt</TableHeaderCell>
              <TableHeaderCell scope="col">Oordeel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.data.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{tijd(d.aangemaaktOp)}</TableCell>
                <TableCell>{d.medewerker.naam}</TableCell>
                <TableCell>{REDEN[d.reden] ?? d.reden}</TableCell>
                <TableCell>{d.toelichting}</TableCell>
                <TableCell>{d.toegangen}</TableCell>
                <TableCell>
                  {d.beoordeling ? (
                    `${d.beoordeling.oordeel === 'terecht' ? 'Terecht' : 'Onterecht'} (${d.beoordeling.door})`
                  ) : (
                    <>
                      <Button
                        appearance="secondary-action-button"
                        disabled={v.bezig}
                        aria-label={`Terecht: doorbraak van ${d.medewerker.naam} op ${tijd(d.aangemaaktOp)}`}
                        onClick={() => void beoordeel(d.id, d.versie, 'terecht')}
                      >
                        Terecht
                      </Button>{' '}
                      <Button
                        appearance="secondary-action-button"
                        disabled={v.bezig}
                        aria-label={`Onterecht: doorbraak van ${d.medewerker.naam} op ${tijd(d.aangemaaktOp)}`}
                        onClick={() => void beoordeel(d.id, d.versie, 'onterecht')}
                      >
                        Onterecht
                      </Button>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ExportLinks pad="/doorbraken" query={{ status }} naam="de doorbraken" />
      <Heading level={2}>Signalen per medewerker</Heading>
      <Paragraph>
        Doorbraken, personen die een medewerker zonder relatie probeerde te openen, en personen zonder relatie
        in de zoekresultaten en persoonskaarten die hij bekeek (BIO 5.17 en 8.16), de laatste 30 dagen. Veel
        hiervan is een reden om na te vragen. Vergelijk met collega's in dezelfde rol: het KCC zoekt voor de
        intake altijd personen zonder relatie.
      </Paragraph>
      {signalen.fout ? <ApiFoutMelding fout={signalen.fout} kopNiveau={3} /> : null}
      {!signalen.data ? (
        signalen.fout ? null : (
          <Laden />
        )
      ) : signalen.data.medewerkers.length === 0 ? (
        <Paragraph>Geen signalen in deze periode.</Paragraph>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gebruiker</TableHeaderCell>
              <TableHeaderCell scope="col">Doorbraken</TableHeaderCell>
              <TableHeaderCell scope="col">Onterecht</TableHeaderCell>
              <TableHeaderCell scope="col">Personen zonder relatie geopend</TableHeaderCell>
              <TableHeaderCell scope="col">Zonder relatie gezocht of bekeken</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {signalen.data.medewerkers.map((m) => (
              <TableRow key={m.gebruikersnaam}>
                <TableCell>{m.gebruikersnaam}</TableCell>
                <TableCell>{m.doorbraken}</TableCell>
                <TableCell>{m.onterecht}</TableCell>
                <TableCell>{m.geweigerdePersonen}</TableCell>
                <TableCell>{m.gezochtZonderRelatie}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ExportLinks pad="/privacy/signalen" naam="de signalen" />
    </>
  );
}
