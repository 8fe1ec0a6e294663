import {
  Alert,
  Button,
  ButtonGroup,
  FormFieldDescription,
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
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { asApiError, gegevens, http } from '../api/client.ts';
import type { Verdeling } from '../api/types.ts';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { aantal, formatFte } from '../ui/format.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { WerkvoorraadTabel } from './WerkvoorraadTabel.tsx';

const MAX_TE_VERDELEN = 200;

interface Resultaat {
  gelukt: string[];
  mislukt: Array<{ kenmerk: string; reden: string }>;
  naam: string;
}

function VerdelingTabel({ verdeling }: { verdeling: Verdeling }) {
  const open = (n: number, fte: number) => (fte > 0 ? formatFte(n / fte) : '–');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="ot-tabel-container" tabIndex={0} aria-label="Verdeling per medewerker">
      <Table>
        <TableCaption>Verdeling per medewerker ({verdeling.medewerkers.length})</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Open
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Verlopen
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Binnen 3 werkdagen
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Fte
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              Open per fte
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {verdeling.medewerkers.map((r) => (
            <TableRow key={r.medewerker.id}>
              <TableHeaderCell scope="row">
                <AppLink
                  to={`/werkvoorraad?${new URLSearchParams({ behandelaar: r.medewerker.id, naam: r.medewerker.naam })}`}
                >
                  {r.medewerker.naam}
                </AppLink>
              </TableHeaderCell>
              <TableCell className="ot-getal">{r.open}</TableCell>
              <TableCell className="ot-getal">{r.verlopen}</TableCell>
              <TableCell className="ot-getal">{r.binnenDrieWerkdagen}</TableCell>
              <TableCell className="ot-getal">{formatFte(r.fte)}</TableCell>
              <TableCell className="ot-getal">{open(r.open, r.fte)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/**
 * The teamleider's view of the team's load, and the incoming work that nobody has yet: select
 * meldingen and give them to a medewerker (each one a herverdeling, with the melding's version).
 */
export function VerdelingPagina() {
  usePaginaTitel('Verdeling');
  const verdeling = useLaden(() => gegevens(http.GET('/werkvoorraad/verdeling')), []);
  const zonder = useLaden(
    () =>
      gegevens(
        http.GET('/werkvoorraad', {
          params: {
            query: {
              behandelaar: 'geen',
              sortering: 'termijn',
              pageSize: MAX_TE_VERDELEN,
            },
          },
        }),
      ),
    [],
  );
  const [gekozen, setGekozen] = useState<ReadonlySet<string>>(new Set());
  const [medewerkerId, setMedewerkerId] = useState('');
  const [reden, setReden] = useState('');
  const [bezig, setBezig] = useState(false);
  const [fouten, setFouten] = useState<{ meldingen?: string; medewerker?: string } | null>(null);
  const [poging, setPoging] = useState(0);
  const [resultaat, setResultaat] = useState<Resultaat | null>(null);

  const geweigerd = [verdeling, zonder].find((l) => l.fout?.status === 403);
  if (geweigerd?.fout) return <GeenToegang detail={geweigerd.fout.detail} />;

  // Spoed first (issue 15, item 9): a spoedmelding must be given to someone today; within each
  // group the server's deadline order stays (the sort is stable).
  const items = [...(zonder.data?.items ?? [])].sort((a, b) => Number(b.spoed) - Number(a.spoed));
  const medewerkers = [...(verdeling.data?.medewerkers ?? [])].sort((a, b) =>
    a.medewerker.naam.localeCompare(b.medewerker.naam, 'nl'),
  );

  async function toewijzen(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const teVerdelen = items.filter((m) => gekozen.has(m.id));
    const f = {
      meldingen: teVerdelen.length === 0 ? 'Kies minstens één melding.' : undefined,
      medewerker: medewerkerId ? undefined : 'Kies de medewerker die de meldingen krijgt.',
    };
    if (f.meldingen || f.medewerker) {
      setFouten(f);
      setPoging((p) => p + 1);
      return;
    }
    setFouten(null);
    setBezig(true);
    const uit: Resultaat = {
      gelukt: [],
      mislukt: [],
      naam: medewerkers.find((m) => m.medewerker.id === medewerkerId)?.medewerker.naam ?? '',
    };
    // One at a time: each needs the melding's current version (optimistic locking).
    for (const m of teVerdelen) {
      try {
        const { versie } = await gegevens(http.GET('/meldingen/{id}', { params: { path: { id: m.id } } }));
        await gegevens(
          http.POST('/meldingen/{id}/herverdelingen', {
            params: { path: { id: m.id } },
            body: {
              versie,
              behandelaarId: medewerkerId,
              reden: reden.trim() || null,
            },
          }),
        );
        uit.gelukt.push(m.kenmerk);
      } catch (err) {
        uit.mislukt.push({ kenmerk: m.kenmerk, reden: asApiError(err).detail });
      }
    }
    setResultaat(uit);
    setGekozen(new Set());
    setBezig(false);
    verdeling.opnieuw();
    zonder.opnieuw();
  }

  const samenvatting = [
    fouten?.meldingen
      ? {
          id: items[0] ? `selecteer-${items[0].id}` : 'toewijzen-medewerker',
          label: 'Meldingen',
          reden: fouten.meldingen,
        }
      : null,
    fouten?.medewerker ? { id: 'toewijzen-medewerker', label: 'Medewerker', reden: fouten.medewerker } : null,
  ].filter((v) => v !== null);

  return (
    <>
      <Heading level={1}>Verdeling</Heading>
      <Paragraph>
        De werklast van het team en de binnengekomen meldingen die nog niemand heeft. Wie een melding krijgt,
        wordt ook de contactpersoon van het huishouden.
      </Paragraph>
      {resultaat ? (
        <Alert type={resultaat.mislukt.length ? 'warning' : 'ok'}>
          {resultaat.gelukt.length ? (
            <Paragraph>
              {aantal(resultaat.gelukt.length, 'melding', 'meldingen')} toegewezen aan {resultaat.naam}:{' '}
              {resultaat.gelukt.join(', ')}.
            </Paragraph>
          ) : null}
          {resultaat.mislukt.length ? (
            <>
              <Paragraph>Niet toegewezen:</Paragraph>
              <UnorderedList>
                {resultaat.mislukt.map((m) => (
                  <UnorderedListItem key={m.kenmerk}>
                    {m.kenmerk}: {m.reden}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          ) : null}
        </Alert>
      ) : null}

      <Heading level={2}>Per medewerker</Heading>
      {verdeling.fout ? <ApiFoutMelding fout={verdeling.fout} kopNiveau={3} /> : null}
      {verdeling.data ? (
        <>
          <VerdelingTabel verdeling={verdeling.data} />
          <ExportLinks pad="/werkvoorraad/verdeling" naam="de werklast per medewerker" />
        </>
      ) : (
        !verdeling.fout && <Laden />
      )}

      <Heading level={2}>Nog te verdelen</Heading>
      {zonder.fout ? <ApiFoutMelding fout={zonder.fout} kopNiveau={3} /> : null}
      {verdeling.data ? (
        <Paragraph>
          {aantal(verdeling.data.zonderBehandelaar, 'open melding', 'open meldingen')} zonder behandelaar.
        </Paragraph>
      ) : null}
      {zonder.data ? (
        <form onSubmit={toewijzen} noValidate aria-label="Meldingen toewijzen">
          {samenvatting.length ? (
            <FoutSamenvatting key={poging} titel="Controleer de volgende velden" velden={samenvatting} />
          ) : null}
          {fouten?.meldingen ? (
            <FormFieldDescription invalid>
              <span className="ot-visueel-verborgen">Fout: </span>
              {fouten.meldingen}
            </FormFieldDescription>
          ) : null}
          <WerkvoorraadTabel
            items={items}
            bijschrift={`Meldingen zonder behandelaar: ${aantal(items.length, 'melding', 'meldingen')}`}
            selectie={{
              gekozen,
              wissel: (id, aan) =>
                setGekozen((g) => {
                  const n = new Set(g);
                  if (aan) n.add(id);
                  else n.delete(id);
                  return n;
                }),
            }}
          />
          {items.length > 0 ? (
            <>
              <div className="ot-rij">
                <Veld id="toewijzen-medewerker" label="Toewijzen aan" fout={fouten?.medewerker}>
                  {(k) => (
                    <Select {...k} value={medewerkerId} onChange={(e) => setMedewerkerId(e.target.value)}>
                      <SelectOption value="">Kies een medewerker</SelectOption>
                      {medewerkers.map((r) => (
                        <SelectOption key={r.medewerker.id} value={r.medewerker.id}>
                          {r.medewerker.naam} ({r.open} open)
                        </SelectOption>
                      ))}
                    </Select>
                  )}
                </Veld>
                <Veld id="toewijzen-reden" label="Reden" optioneel>
                  {(k) => (
                    <Textbox
                      {...k}
                      autoComplete="off"
                      value={reden}
                      onChange={(e) => setReden(e.target.value)}
                    />
                  )}
                </Veld>
              </div>
              <ButtonGroup>
                <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
                  Toewijzen ({gekozen.size})
                </Button>
              </ButtonGroup>
            </>
          ) : null}
        </form>
      ) : (
        !zonder.fout && <Laden />
      )}
      {zonder.data && items.length > 0 ? (
        <ExportLinks
          pad="/werkvoorraad"
          query={{ behandelaar: 'geen', sortering: 'termijn' }}
          naam="de meldingen zonder behandelaar"
        />
      ) : null}
    </>
  );
}
