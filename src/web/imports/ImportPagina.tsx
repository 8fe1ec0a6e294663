import {
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
} from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, gegevens, http, postBestand } from '../api/client.ts';
import { useSessie } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { formatTijdstip } from '../ui/format.ts';
import { KeuzeVakje } from '../ui/KeuzeVakje.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { ImportRapportWeergave } from './ImportRapportWeergave.tsx';
import type { ImportRapport, ImportSamenvatting } from './types.ts';

const STATUS: Record<ImportSamenvatting['status'], string> = {
  bezig: 'Bezig',
  klaar: 'Klaar',
  geweigerd: 'Geweigerd',
  mislukt: 'Afgebroken',
};

const VELDEN = { gemeente: 'import-gemeente', bestand: 'import-bestand' } as const;

/** Sends the file; a refused file answers 400 with the report in `rapport`. */
async function importeer(gemeente: string, bestand: File, overslaan: boolean): Promise<ImportRapport> {
  const query = {
    gemeente,
    bestandsnaam: bestand.name.slice(0, 255),
    ...(overslaan ? { skipInvalid: 'true' as const } : {}),
  };
  const res = await postBestand('/imports/beschikkingen', query, bestand, 'text/csv');
  const body = (await res.json().catch(() => null)) as
    | (ImportRapport & {
        rapport?: ImportRapport;
        code?: string;
        title?: string;
        detail?: string;
        invalidParams?: [];
      })
    | null;
  if (res.status === 201 && body) return body;
  if (res.status === 400 && body?.rapport) return body.rapport;
  throw new ApiError(
    res.status,
    body?.code ?? 'onbekend',
    body?.title ?? 'Import mislukt',
    body?.detail ?? `De server antwoordde met status ${res.status}.`,
    body?.invalidParams ?? [],
  );
}

function EerdereImports({ imports }: { imports: ImportSamenvatting[] }) {
  if (imports.length === 0) return <Paragraph>Er is nog niets geïmporteerd.</Paragraph>;
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1). */}
      <section className="ot-tabel-container" tabIndex={0} aria-label="Eerdere importen">
        <Table>
          <TableCaption>Eerdere importen ({imports.length})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gestart</TableHeaderCell>
              <TableHeaderCell scope="col">Bestand</TableHeaderCell>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Regels</TableHeaderCell>
              <TableHeaderCell scope="col">Nieuwe voorzieningen</TableHeaderCell>
              <TableHeaderCell scope="col">Al aanwezig</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {imports.map((i) => (
              <TableRow key={i.id}>
                <TableHeaderCell scope="row">{formatTijdstip(i.gestartOp)}</TableHeaderCell>
                <TableCell>{i.bestandsnaam ?? '—'}</TableCell>
                <TableCell>{i.gemeenteCode}</TableCell>
                <TableCell>{STATUS[i.status]}</TableCell>
                <TableCell>{i.regels.toLocaleString('nl-NL')}</TableCell>
                <TableCell>{i.nieuw.voorzieningen.toLocaleString('nl-NL')}</TableCell>
                <TableCell>{i.alAanwezig.toLocaleString('nl-NL')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <ExportLinks pad="/imports" naam="de eerdere importen" />
    </>
  );
}

/**
 * Functioneel beheer migrates historic beschikkingen from the old system: upload a CSV
 * (docs/import.md), get a report with every row error and its line number. Importing twice changes nothing.
 */
export function ImportPagina() {
  usePaginaTitel('Historische beschikkingen importeren');
  const { sessie } = useSessie();
  const gebruiker = sessie.status === 'aangemeld' ? sessie.gebruiker : null;
  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  const eerder = useLaden(() => gegevens(http.GET('/imports')), []);
  const [gemeente, setGemeente] = useState(gebruiker?.gemeenteCode ?? '');
  const [bestand, setBestand] = useState<File | null>(null);
  const [overslaan, setOverslaan] = useState(false);
  const [bezig, setBezig] = useState(false);
  const [rapport, setRapport] = useState<ImportRapport | null>(null);
  const [fout, setFout] = useState<ApiError | null>(null);
  const [veldFouten, setVeldFouten] = useState<Partial<Record<keyof typeof VELDEN, string>>>({});
  const [poging, setPoging] = useState(0);
  const invoer = useRef<HTMLInputElement>(null);

  if (eerder.fout?.status === 403) return <GeenToegang detail={eerder.fout.detail} />;

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setRapport(null);
    setFout(null);
    if (!bestand) {
      setVeldFouten({ bestand: 'Kies het CSV-bestand met de beschikkingen.' });
      setPoging((p) => p + 1);
      return;
    }
    setVeldFouten({});
    setBezig(true);
    try {
      setRapport(await importeer(gemeente, bestand, overslaan));
      eerder.opnieuw();
    } catch (err) {
      const f = err instanceof ApiError ? err : new ApiError(0, 'onverwacht', 'Import mislukt', String(err));
      const gemeenteFout = f.invalidParams.find((p) => p.name === 'gemeente');
      if (gemeenteFout) setVeldFouten({ gemeente: gemeenteFout.reason });
      else setFout(f);
      setPoging((p) => p + 1);
    } finally {
      setBezig(false);
    }
  }

  const samenvatting: Array<{ id: string; label: string; reden: string }> = [];
  if (veldFouten.gemeente)
    samenvatting.push({ id: VELDEN.gemeente, label: 'Gemeente', reden: veldFouten.gemeente });
  if (veldFouten.bestand)
    samenvatting.push({ id: VELDEN.bestand, label: 'CSV-bestand', reden: veldFouten.bestand });
  const mijnGemeenten = (gemeenten.data ?? []).filter((g) => gebruiker?.gemeenten.includes(g.code));

  return (
    <>
      <Heading level={1}>Historische beschikkingen importeren</Heading>
      <Paragraph>
        Neem beschikkingen uit het vorige systeem over: één regel per toegekende voorziening, met de kolommen
        client_id (BSN of sleutel uit het bronsysteem), geboortedatum, postcode, wijkcode (niet verplicht als
        de postcode in een wijk valt), productcategorie (WMO020-code of naam), productcode, leveringsvorm (zin
        of pgb), aanbieder_agb, besluitdatum, ingangsdatum en einddatum. Komma of puntkomma, UTF-8 of
        windows-1252. Personen, beschikkingen en voorzieningen worden gemaakt zoals in het systeem zelf,
        gemarkeerd als gemigreerd. Een bestand twee keer importeren verandert niets.
      </Paragraph>
      <form onSubmit={verstuur} noValidate aria-labelledby="import-kop">
        <Heading level={2} id="import-kop">
          Bestand importeren
        </Heading>
        {samenvatting.length ? (
          <FoutSamenvatting key={poging} titel="Controleer de volgende velden" velden={samenvatting} />
        ) : null}
        <Veld id={VELDEN.gemeente} label="Gemeente" fout={veldFouten.gemeente}>
          {(k) => (
            <Select
              {...k}
              value={gemeente}
              busy={!gemeenten.data}
              onChange={(ev) => setGemeente(ev.target.value)}
            >
              {mijnGemeenten.length === 0 ? <SelectOption value={gemeente}>{gemeente}</SelectOption> : null}
              {mijnGemeenten.map((g) => (
                <SelectOption key={g.code} value={g.code}>
                  {g.naam} ({g.code})
                </SelectOption>
              ))}
            </Select>
          )}
        </Veld>
        <Veld
          id={VELDEN.bestand}
          label="CSV-bestand"
          fout={veldFouten.bestand}
          beschrijving="Tot 200 MB (ruim een miljoen regels). De eerste regel noemt de kolommen."
        >
          {(k) => (
            <input
              ref={invoer}
              id={k.id}
              aria-describedby={k['aria-describedby']}
              aria-invalid={k.invalid || undefined}
              className="utrecht-textbox utrecht-textbox--html-input"
              type="file"
              accept=".csv,text/csv"
              onChange={(ev) => setBestand(ev.target.files?.[0] ?? null)}
            />
          )}
        </Veld>
        <KeuzeVakje
          id="import-overslaan"
          label="Ongeldige regels overslaan en alleen de geldige importeren"
          checked={overslaan}
          onChange={setOverslaan}
          beschrijving="Zonder dit vinkje wordt een bestand met één ongeldige regel helemaal niet geïmporteerd."
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {bezig ? 'Bezig met importeren…' : 'Importeren'}
          </Button>
        </ButtonGroup>
      </form>
      <div role="status">{bezig ? <Laden tekst="Het bestand wordt gelezen en geïmporteerd…" /> : null}</div>
      {fout ? <ApiFoutMelding key={poging} fout={fout} /> : null}
      {rapport ? <ImportRapportWeergave key={rapport.id} rapport={rapport} /> : null}

      <Heading level={2}>Eerdere importen</Heading>
      {eerder.fout ? <ApiFoutMelding fout={eerder.fout} kopNiveau={3} /> : null}
      {eerder.data ? <EerdereImports imports={eerder.data} /> : !eerder.fout && <Laden />}
    </>
  );
}
