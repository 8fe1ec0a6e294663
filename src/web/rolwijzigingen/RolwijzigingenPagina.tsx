import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormLabel,
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
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Vraag } from '../api/antwoorden.ts';
import { asApiError, gegevens, http, zoalsIngevuld } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { formatTijdstip } from '../ui/format.ts';
import { rolNaam } from '../ui/rolNamen.ts';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';

/** GET /rolwijzigingen (ADR 0021). */
export interface Rolwijziging {
  id: string;
  medewerker: { id: string; naam: string | null };
  rollenVoor: string[];
  rollenNa: string[];
  toegevoegd: string[];
  verwijderd: string[];
  status: 'doorgevoerd' | 'wacht-op-goedkeuring' | 'goedgekeurd' | 'afgewezen';
  aangevraagdDoor: { gebruikerId: string; gebruikersnaam: string | null } | null;
  aangevraagdOp: string;
  beoordeeldDoor: { gebruikerId: string; gebruikersnaam: string | null } | null;
  beoordeeldOp: string | null;
  versie: number;
}

const STATUS: Record<Rolwijziging['status'], string> = {
  doorgevoerd: 'Doorgevoerd',
  'wacht-op-goedkeuring': 'Wacht op goedkeuring',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
};

const rollen = (r: string[]) => (r.length ? r.map(rolNaam).join(', ') : '—');

/**
 * Every change of roles with before and after, for the auditor; the beheerder also approves or
 * refuses grants that another beheerder asked for (four eyes). The server checks both rules again.
 */
export function RolwijzigingenPagina() {
  usePaginaTitel('Rolwijzigingen');
  const gebruiker = useGebruiker();
  const magBeoordelen = gebruiker.rollen.includes('beheer');
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? (magBeoordelen ? 'wacht-op-goedkeuring' : '');
  const [melding, setMelding] = useState<{ type: 'ok' | 'error'; tekst: string } | null>(null);
  const lijst = useLaden(
    () =>
      gegevens(
        http.GET('/rolwijzigingen', {
          params: { query: zoalsIngevuld<Vraag<'/rolwijzigingen'>>(status ? { status } : {}) },
        }),
      ),
    [status],
  );
  if (lijst.fout?.status === 403) return <GeenToegang detail={lijst.fout.detail} />;

  async function beoordeel(r: Rolwijziging, besluit: 'goedkeuring' | 'afwijzing') {
    setMelding(null);
    try {
      await http.POST(`/rolwijzigingen/{id}/${besluit}`, {
        params: { path: { id: r.id } },
        body: { versie: r.versie },
      });
      setMelding({
        type: 'ok',
        tekst: `${besluit === 'goedkeuring' ? 'Goedgekeurd' : 'Afgewezen'}: ${rollen(r.toegevoegd)} voor ${r.medewerker.naam ?? 'de medewerker'}.`,
      });
    } catch (err) {
      setMelding({ type: 'error', tekst: asApiError(err).detail });
    }
    lijst.opnieuw();
  }

  return (
    <>
      <Heading level={1}>Rolwijzigingen</Heading>
      <Paragraph>
        Elke wijziging van rollen, nieuwste eerst. Een rol met toegang tot persoonsgegevens, of de rol auditor
        of beheer, geldt pas als een tweede beheerder hem goedkeurt. Niemand wijzigt zijn eigen rollen.
      </Paragraph>
      <FormField label={<FormLabel htmlFor="status">Status</FormLabel>}>
        <Select
          id="status"
          value={status}
          onChange={(e) => setParams(e.target.value ? { status: e.target.value } : { status: '' })}
        >
          <SelectOption value="">Alle</SelectOption>
          {Object.entries(STATUS).map(([k, v]) => (
            <SelectOption key={k} value={k}>
              {v}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <div aria-live="polite">
        {melding ? (
          <Alert type={melding.type}>
            <Paragraph>{melding.tekst}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {lijst.fout ? <ApiFoutMelding fout={lijst.fout} kopNiveau={2} /> : null}
      {lijst.laden && !lijst.data ? <Laden /> : null}
      {lijst.data && lijst.data.length === 0 ? (
        <Paragraph>Er zijn geen rolwijzigingen voor dit filter.</Paragraph>
      ) : null}
      {lijst.data && lijst.data.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="ot-tabel-container" tabIndex={0} aria-label="Rolwijzigingen">
          <Table>
            <TableCaption>Rolwijzigingen: {lijst.data.length} getoond</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Medewerker</TableHeaderCell>
                <TableHeaderCell scope="col">Rollen voor</TableHeaderCell>
                <TableHeaderCell scope="col">Rollen na</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Aangevraagd</TableHeaderCell>
                <TableHeaderCell scope="col">Beoordeeld</TableHeaderCell>
                {magBeoordelen ? <TableHeaderCell scope="col">Beoordelen</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {lijst.data.map((r) => {
                const eigen =
                  r.aangevraagdDoor?.gebruikerId === gebruiker.id ||
                  r.medewerker.id === gebruiker.medewerkerId;
                return (
                  <TableRow key={r.id}>
                    <TableHeaderCell scope="row">{r.medewerker.naam ?? r.medewerker.id}</TableHeaderCell>
                    <TableCell>{rollen(r.rollenVoor)}</TableCell>
                    <TableCell>{rollen(r.rollenNa)}</TableCell>
                    <TableCell>{STATUS[r.status]}</TableCell>
                    <TableCell>
                      {formatTijdstip(r.aangevraagdOp)} door {r.aangevraagdDoor?.gebruikersnaam ?? 'systeem'}
                    </TableCell>
                    <TableCell>
                      {r.beoordeeldOp
                        ? `${formatTijdstip(r.beoordeeldOp)} door ${r.beoordeeldDoor?.gebruikersnaam ?? '—'}`
                        : '—'}
                    </TableCell>
                    {magBeoordelen ? (
                      <TableCell>
                        {r.status !== 'wacht-op-goedkeuring' ? (
                          '—'
                        ) : eigen ? (
                          'Een andere beheerder beoordeelt dit'
                        ) : (
                          <ButtonGroup>
                            <Button
                              appearance="primary-action-button"
                              onClick={() => beoordeel(r, 'goedkeuring')}
                              aria-label={`Goedkeuren: ${rollen(r.toegevoegd)} voor ${r.medewerker.naam ?? ''}`}
                            >
                              Goedkeuren
                            </Button>
                            <Button
                              appearance="secondary-action-button"
                              onClick={() => beoordeel(r, 'afwijzing')}
                              aria-label={`Afwijzen: ${rollen(r.toegevoegd)} voor ${r.medewerker.naam ?? ''}`}
                            >
                              Afwijzen
                            </Button>
                          </ButtonGroup>
                        )}
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </section>
      ) : null}
    </>
  );
}
