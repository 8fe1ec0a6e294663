import { Alert, Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker, useMag } from '../app/sessie.tsx';
import { GeenToegang } from '../fout/GeenToegang.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppButtonLink } from '../ui/AppLink.tsx';
import { ExportLinks } from '../ui/ExportLinks.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { Veld } from '../ui/Veld.tsx';
import { ALLE_GEMEENTEN } from './labels.ts';
import { MedewerkersTabel } from './MedewerkersTabel.tsx';
import { TeamsTabel } from './TeamsTabel.tsx';

/** Set by the forms when they navigate back here after saving. */
export interface OrganisatieState {
  melding?: string;
}

export function OrganisatiePagina() {
  usePaginaTitel('Organisatie');
  const gebruiker = useGebruiker();
  const beheer = useMag()('organisatie.beheren');
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const keuze = params.get('gemeente') ?? gebruiker.gemeenteCode;
  const gemeente = keuze === ALLE_GEMEENTEN ? undefined : keuze;
  const [filterInvoer, setFilterInvoer] = useState(keuze);
  // Back/forward changes the URL: the select follows it.
  useEffect(() => setFilterInvoer(keuze), [keuze]);

  const gemeenten = useLaden(() => gegevens(http.GET('/gemeenten')), []);
  // All teams: the team of a medewerker may be a regional team of another gemeente.
  const teams = useLaden(() => gegevens(http.GET('/teams')), []);
  const medewerkers = useLaden(
    () => gegevens(http.GET('/medewerkers', { params: { query: { gemeente } } })),
    [gemeente],
  );

  const geweigerd = [gemeenten, teams, medewerkers].find((l) => l.fout?.status === 403);
  if (geweigerd?.fout) return <GeenToegang detail={geweigerd.fout.detail} />;

  const namen = new Map(gemeenten.data?.map((g) => [g.code, g.naam]));
  const gemeenteNaam = (code: string) => namen.get(code) ?? code;
  const teamNamen = new Map(teams.data?.map((t) => [t.id, t.naam]));
  const teamNaam = (id: string | null) => (id ? (teamNamen.get(id) ?? 'Onbekend team') : 'Geen team');
  const keuzeNaam = gemeente ? gemeenteNaam(gemeente) : 'alle gemeenten';
  const melding = (location.state as OrganisatieState | null)?.melding;

  function toon(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setParams(filterInvoer === gebruiker.gemeenteCode ? {} : { gemeente: filterInvoer });
  }

  return (
    <>
      <Heading level={1}>Organisatie</Heading>
      <Paragraph>
        Teams en medewerkers van {keuzeNaam}.
        {beheer ? null : ' U kunt deze gegevens inzien; wijzigen doet functioneel beheer.'}
      </Paragraph>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{melding}</Paragraph>
        </Alert>
      ) : null}

      <form className="ot-filter" onSubmit={toon} aria-label="Gemeente kiezen">
        <Veld id="filter-gemeente" label="Gemeente">
          {(k) => (
            <Select {...k} value={filterInvoer} onChange={(e) => setFilterInvoer(e.target.value)}>
              {gebruiker.gemeenten.map((code) => (
                <SelectOption key={code} value={code}>
                  {gemeenteNaam(code)}
                </SelectOption>
              ))}
              {gebruiker.gemeenten.length > 1 ? (
                <SelectOption value={ALLE_GEMEENTEN}>Alle gemeenten</SelectOption>
              ) : null}
            </Select>
          )}
        </Veld>
        <Button type="submit" appearance="secondary-action-button">
          Tonen
        </Button>
      </form>

      <Heading level={2}>Teams</Heading>
      {teams.fout ? <ApiFoutMelding fout={teams.fout} kopNiveau={3} /> : null}
      {teams.data ? (
        <TeamsTabel
          teams={gemeente ? teams.data.filter((t) => t.gemeenteCode === gemeente) : teams.data}
          gemeenteNaam={gemeenteNaam}
          bijschrift={`Teams van ${keuzeNaam}`}
        />
      ) : (
        !teams.fout && <Laden />
      )}
      {teams.data ? (
        <ExportLinks pad="/teams" query={{ gemeente }} naam={`de teams van ${keuzeNaam}`} />
      ) : null}

      <Heading level={2}>Medewerkers</Heading>
      {beheer ? (
        <Paragraph>
          <AppButtonLink to="/organisatie/medewerkers/nieuw" appearance="primary-action-button">
            Medewerker toevoegen
          </AppButtonLink>
        </Paragraph>
      ) : null}
      {medewerkers.fout ? <ApiFoutMelding fout={medewerkers.fout} kopNiveau={3} /> : null}
      {medewerkers.data && !medewerkers.laden ? (
        <MedewerkersTabel
          medewerkers={medewerkers.data}
          teamNaam={teamNaam}
          beheer={beheer}
          bijschrift={`Medewerkers van ${keuzeNaam} (${medewerkers.data.length})`}
        />
      ) : (
        !medewerkers.fout && <Laden />
      )}
      {medewerkers.data && !medewerkers.laden ? (
        <ExportLinks pad="/medewerkers" query={{ gemeente }} naam={`de medewerkers van ${keuzeNaam}`} />
      ) : null}
    </>
  );
}
