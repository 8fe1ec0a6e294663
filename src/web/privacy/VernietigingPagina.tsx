import {
  Alert,
  Button,
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
import { useState } from 'react';
import { API_BASE, type ApiError, gegevens, http } from '../api/client.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { formatDatum, formatTijdstip } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

const ROL: Record<string, string> = { archivaris: 'archivaris', auditor: 'privacy officer' };
const STATUS: Record<string, string> = {
  voorgesteld: 'Wacht op goedkeuring',
  vernietigd: 'Vernietigd',
  'deels-vernietigd': 'Deels vernietigd',
  'niet-vernietigd': 'Niet vernietigd',
};

/**
 * /vernietigingslijsten: the lists the nightly job proposed (ADR 0031). The archivaris and the privacy
 * officer each approve once; the second approval destroys. After that the vernietigingsverklaring (PDF).
 */
export function VernietigingPagina() {
  usePaginaTitel('Vernietigingslijsten');
  const lijsten = useLaden(() => gegevens(http.GET('/vernietigingslijsten')), []);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [bericht, setBericht] = useState<string | null>(null);
  const [bezig, setBezig] = useState<string | null>(null);
  if (lijsten.fout?.status === 403) return <GeenToegang detail={lijsten.fout.detail} />;

  async function keurGoed(id: string) {
    setBezig(id);
    setFout(null);
    setBericht(null);
    try {
      const l = await gegevens(
        http.POST('/vernietigingslijsten/{id}/goedkeuring', { params: { path: { id } } }),
      );
      setBericht(
        l.status === 'voorgesteld'
          ? 'Goedgekeurd. De lijst wacht nu op de tweede goedkeuring, in de andere rol.'
          : `Goedgekeurd en uitgevoerd: ${STATUS[l.status] ?? l.status}. De vernietigingsverklaring staat klaar.`,
      );
      lijsten.opnieuw();
    } catch (e) {
      setFout(e as ApiError);
    } finally {
      setBezig(null);
    }
  }

  return (
    <>
      <Heading level={1}>Vernietigingslijsten</Heading>
      <Paragraph>
        Elke nacht zet Open Toegang op een lijst wie van wie elk dossier de bewaartermijn voorbij is, zonder
        open zaak en zonder bewaarplicht. De archivaris en de privacy officer keuren de lijst elk één keer
        goed; na de tweede goedkeuring worden de gegevens vernietigd en volgt een vernietigingsverklaring.
      </Paragraph>
      <ExportLinks pad="/vernietigingslijsten" naam="de vernietigingslijsten" />
      {bericht ? (
        <Alert type="ok">
          <Paragraph>{bericht}</Paragraph>
        </Alert>
      ) : null}
      {fout ? <ApiFoutMelding fout={fout} kopNiveau={2} /> : null}
      {fout?.invalidParams?.length ? (
        <ul>
          {fout.invalidParams.map((p) => (
            <li key={p.name}>{p.reason}</li>
          ))}
        </ul>
      ) : null}
      {lijsten.fout ? <ApiFoutMelding fout={lijsten.fout} kopNiveau={2} /> : null}
      {lijsten.laden ? <Laden /> : null}
      {lijsten.data && lijsten.data.lijsten.length === 0 ? (
        <Paragraph>Er zijn geen vernietigingslijsten.</Paragraph>
      ) : null}
      {lijsten.data?.lijsten.map((l) => (
        <section key={l.id} aria-labelledby={`lijst-${l.id}`}>
          <Heading level={2} id={`lijst-${l.id}`}>
            Lijst van {formatDatum(l.peildatum)} ({l.gemeenteCode}): {STATUS[l.status] ?? l.status}
          </Heading>
          <Paragraph>
            Goedkeuringen:{' '}
            {l.goedkeuringen.length === 0
              ? 'nog geen'
              : l.goedkeuringen
                  .map((g) => `${g.naam} (${ROL[g.rol] ?? g.rol}, ${formatTijdstip(g.goedgekeurdOp)})`)
                  .join('; ')}
          </Paragraph>
          <Table>
            <TableCaption>Personen op de lijst: {l.personen.length}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Persoon</TableHeaderCell>
                <TableHeaderCell scope="col">Dossier</TableHeaderCell>
                <TableHeaderCell scope="col">Einde</TableHeaderCell>
                <TableHeaderCell scope="col">Termijn verstreken</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {l.personen.map((p) => (
                <TableRow key={p.pseudoniem}>
                  <TableHeaderCell scope="row">
                    {p.persoonNaam ?? `Pseudoniem ${p.pseudoniem.slice(0, 8)}`}
                  </TableHeaderCell>
                  <TableCell>{p.dossiersoort}</TableCell>
                  <TableCell>{formatDatum(p.einde)}</TableCell>
                  <TableCell>{formatDatum(p.termijnVerstreken)}</TableCell>
                  <TableCell>
                    {STATUS[p.status] ?? p.status}
                    {p.redenNiet ? `: ${p.redenNiet}` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {l.status === 'voorgesteld' ? (
            <Button
              appearance="primary-action-button"
              busy={bezig === l.id}
              onClick={() => void keurGoed(l.id)}
            >
              Lijst goedkeuren
            </Button>
          ) : null}
          {l.verklaring ? (
            <Paragraph>
              <Link href={`${API_BASE}/vernietigingslijsten/${l.id}/verklaring`} download>
                Vernietigingsverklaring (PDF)
              </Link>
            </Paragraph>
          ) : null}
        </section>
      ))}
    </>
  );
}
