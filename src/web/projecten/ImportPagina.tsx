import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import type { ImportResultaat } from './types.ts';

/** The outcome of an import: what was made, what to check, and what could not be mapped. */
function Verslag({ r }: { r: ImportResultaat }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section aria-labelledby="import-verslag">
      <Alert type={r.nietGemapt.length ? 'warning' : 'ok'}>
        <Heading level={2} id="import-verslag" ref={ref} tabIndex={-1}>
          {r.formaat === 'varianttabel'
            ? 'Variantvergelijking ingelezen'
            : 'Rapportage ingelezen als concept'}
        </Heading>
        <Paragraph>
          Project <strong>{r.project.naam}</strong>
          {r.project.nieuw ? ' (nieuw aangemaakt)' : ''}.{' '}
          {r.rapportage ? (
            <AppLink to={`/projecten/rapportages/${r.rapportage.id}`}>Naar de rapportage</AppLink>
          ) : null}
          {r.variantvergelijking ? (
            <AppLink to={`/projecten/varianten/${r.variantvergelijking.id}`}>
              Naar de variantvergelijking
            </AppLink>
          ) : null}
        </Paragraph>
        <Paragraph>
          {r.nietGemapt.length === 0
            ? 'Alles uit het bestand heeft een plek gekregen; niets is niet gemapt.'
            : `${r.nietGemapt.length} ${r.nietGemapt.length === 1 ? 'stuk tekst kon' : 'stukken tekst konden'} niet worden geplaatst: zie hieronder. Het bestand zelf is bewaard bij de import.`}
        </Paragraph>
      </Alert>
      {r.meldingen.length ? (
        <>
          <Heading level={3}>Om na te kijken</Heading>
          <UnorderedList>
            {r.meldingen.map((m) => (
              <UnorderedListItem key={`${m.regel}-${m.tekst}`}>
                {m.regel ? `Regel ${m.regel}: ` : ''}
                {m.tekst}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {r.nietGemapt.length ? (
        <Table>
          <TableCaption>Niet gemapt</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Regel</TableHeaderCell>
              <TableHeaderCell scope="col">Tekst</TableHeaderCell>
              <TableHeaderCell scope="col">Reden</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {r.nietGemapt.map((n) => (
              <TableRow key={`${n.regel}-${n.tekst}`}>
                <TableCell>{n.regel}</TableCell>
                <TableCell className="ot-pj-tekst">{n.tekst}</TableCell>
                <TableCell>{n.reden}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </section>
  );
}

/** Upload of an existing report (plain text) or a variant table. */
export function ImportPagina() {
  usePaginaTitel('Rapportage importeren');
  const gebruiker = useGebruiker();
  const [bestand, setBestand] = useState<File | null>(null);
  const [projectId, setProjectId] = useState('');
  const [resultaat, setResultaat] = useState<ImportResultaat | null>(null);
  const [eigenFout, setEigenFout] = useState<string | undefined>();
  const versturen = useVersturen(['body', 'projectId', 'rapportagedatum']);
  const f = versturen.fout?.velden.velden ?? {};
  const projecten = useLaden(
    () => gegevens(http.GET('/projecten', { params: { query: { gemeente: gebruiker.gemeenteCode } } })),
    [gebruiker.gemeenteCode],
  );

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setResultaat(null);
    if (!bestand) {
      setEigenFout('Kies een tekstbestand met de rapportage.');
      return;
    }
    setEigenFout(undefined);
    void versturen.verstuur(async () => {
      const tekst = await bestand.text();
      const query = {
        bestandsnaam: bestand.name,
        gemeente: gebruiker.gemeenteCode,
        ...(projectId ? { projectId } : {}),
      };
      try {
        setResultaat(
          await gegevens(
            http.POST('/projecten/imports', {
              params: { query },
              body: tekst,
              // The report goes as it is (text/plain), not serialised as JSON.
              bodySerializer: (t: string) => t,
              headers: { 'Content-Type': 'text/plain; charset=utf-8' },
            }),
          ),
        );
      } catch (err) {
        // A problem with the content of the file belongs to the file field.
        if (err instanceof ApiError) {
          for (const p of err.invalidParams)
            if (p.name === 'rapportagedatum' || p.name.startsWith('inhoud')) p.name = 'body';
        }
        throw err;
      }
    });
  }

  const bestandFout = eigenFout ?? f.body ?? f.rapportagedatum;
  return (
    <>
      <Heading level={1}>Rapportage importeren</Heading>
      <Paragraph>
        <AppLink to="/projecten">Terug naar de grote projecten</AppLink>
      </Paragraph>
      <Paragraph>
        Lees een bestaande kwartaalrapportage in als concept: een tekstbestand met één veld per regel (zoals
        de export van de website) of een tabel met <code>|</code> tussen de kolommen. Een varianttabel
        ("Waardering varianten", kolommen gescheiden door tabs) wordt een variantvergelijking bij het gekozen
        project.
      </Paragraph>
      <form onSubmit={verstuur} noValidate>
        {versturen.fout || eigenFout ? (
          <FoutSamenvatting
            key={`${versturen.poging}-${eigenFout ?? ''}`}
            titel="Het bestand is niet ingelezen"
            detail={versturen.fout?.fout.detail}
            velden={[
              ...(bestandFout ? [{ id: 'import-bestand', label: 'Bestand', reden: bestandFout }] : []),
              ...(f.projectId ? [{ id: 'import-project', label: 'Project', reden: f.projectId }] : []),
            ]}
            overig={versturen.fout?.velden.overig}
          />
        ) : null}
        <Veld
          id="import-bestand"
          label="Bestand"
          fout={bestandFout}
          beschrijving="Een .txt-bestand (UTF-8), bijvoorbeeld een rapportage uit het vorige systeem."
        >
          {(k) => (
            <input
              id={k.id}
              aria-invalid={k.invalid || undefined}
              aria-describedby={k['aria-describedby']}
              className="utrecht-textbox"
              type="file"
              accept=".txt,text/plain"
              onChange={(e) => setBestand(e.target.files?.[0] ?? null)}
            />
          )}
        </Veld>
        <Veld
          id="import-project"
          label="Project (alleen voor een varianttabel)"
          optioneel
          fout={f.projectId}
          beschrijving="Een rapportage vindt haar project zelf aan de projectnaam; een nieuw project wordt aangemaakt."
        >
          {(k) => (
            <Select {...k} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
              <SelectOption value="">Geen</SelectOption>
              {projecten.data?.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.naam}
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <ButtonGroup>
          <Button
            type="submit"
            appearance="primary-action-button"
            busy={versturen.bezig}
            disabled={versturen.bezig}
          >
            Importeren
          </Button>
        </ButtonGroup>
      </form>
      {resultaat ? <Verslag key={resultaat.id} r={resultaat} /> : null}
    </>
  );
}
