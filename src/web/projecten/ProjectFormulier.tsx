import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { gegevens, http } from '../api/client.ts';
import { useGebruiker } from '../app/sessie.tsx';
import { ApiFoutMelding, Laden } from '../ui/ApiFoutMelding.tsx';
import { AppLink } from '../ui/AppLink.tsx';
import { FoutSamenvatting } from '../ui/FoutSamenvatting.tsx';
import { TekstVeld } from '../ui/TekstVeld.tsx';
import { useLaden } from '../ui/useLaden.ts';
import { usePaginaTitel } from '../ui/usePaginaTitel.ts';
import { useVersturen } from '../ui/useVersturen.ts';
import { Veld } from '../ui/Veld.tsx';
import type { Project, ProjectSamenvatting } from './types.ts';

const VELDEN = {
  naam: 'Projectnaam',
  hoofdprojectId: 'Deelproject van',
  portefeuillehouder: 'Portefeuillehouder',
  ambtelijkOpdrachtgever: 'Ambtelijk opdrachtgever',
  projectleider: 'Projectleider',
  programma: 'Programma',
  omschrijving: 'Omschrijving',
} as const;
type Veldnaam = keyof typeof VELDEN;
type Waarden = Record<Veldnaam, string>;

const LEEG: Waarden = {
  naam: '',
  hoofdprojectId: '',
  portefeuillehouder: '',
  ambtelijkOpdrachtgever: '',
  projectleider: '',
  programma: '',
  omschrijving: '',
};

function Formulier({ project, alle }: { project: Project | null; alle: ProjectSamenvatting[] }) {
  const navigate = useNavigate();
  const [w, setW] = useState<Waarden>(
    project
      ? {
          naam: project.naam,
          hoofdprojectId: project.hoofdprojectId ?? '',
          portefeuillehouder: project.portefeuillehouder,
          ambtelijkOpdrachtgever: project.ambtelijkOpdrachtgever,
          projectleider: project.projectleider,
          programma: project.programma,
          omschrijving: project.omschrijving,
        }
      : LEEG,
  );
  const versturen = useVersturen(Object.keys(VELDEN));
  const f = versturen.fout?.velden.velden ?? {};
  const zet = (k: Veldnaam) => (v: string) => setW((x) => ({ ...x, [k]: v }));

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void versturen.verstuur(async () => {
      const body = { ...w, hoofdprojectId: w.hoofdprojectId || null };
      const p = project
        ? await gegevens(
            http.PATCH('/projecten/{id}', {
              params: { path: { id: project.id } },
              body: { ...body, versie: project.versie },
            }),
          )
        : await gegevens(http.POST('/projecten', { body: body }));
      navigate(`/projecten/${p.id}`);
    });
  }

  const tekstVelden: Array<[Veldnaam, number | undefined]> = [
    ['naam', undefined],
    ['portefeuillehouder', undefined],
    ['ambtelijkOpdrachtgever', undefined],
    ['projectleider', undefined],
    ['programma', undefined],
    ['omschrijving', 5],
  ];
  return (
    <form onSubmit={verstuur} noValidate>
      {versturen.fout ? (
        <FoutSamenvatting
          key={versturen.poging}
          titel={project ? 'Het project is niet gewijzigd' : 'Het project is niet aangemaakt'}
          detail={versturen.fout.fout.detail}
          velden={(Object.keys(VELDEN) as Veldnaam[])
            .filter((k) => f[k])
            .map((k) => ({ id: `project-${k}`, label: VELDEN[k], reden: f[k]! }))}
          overig={versturen.fout.velden.overig}
        />
      ) : null}
      {tekstVelden.slice(0, 1).map(([k]) => (
        <TekstVeld
          key={k}
          id={`project-${k}`}
          label={VELDEN[k]}
          fout={f[k]}
          waarde={w[k]}
          onWijzig={zet(k)}
        />
      ))}
      <Veld id="project-hoofdprojectId" label={VELDEN.hoofdprojectId} fout={f.hoofdprojectId} optioneel>
        {(k) => (
          <Select {...k} value={w.hoofdprojectId} onChange={(e) => zet('hoofdprojectId')(e.target.value)}>
            <SelectOption value="">Geen: dit is een hoofdproject</SelectOption>
            {alle
              .filter((p) => p.id !== project?.id)
              .map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.naam}
                </SelectOption>
              ))}
          </Select>
        )}
      </Veld>
      {tekstVelden.slice(1).map(([k, rijen]) => (
        <TekstVeld
          key={k}
          id={`project-${k}`}
          label={VELDEN[k]}
          optioneel
          rijen={rijen}
          fout={f[k]}
          waarde={w[k]}
          onWijzig={zet(k)}
        />
      ))}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          busy={versturen.bezig}
          disabled={versturen.bezig}
        >
          {project ? 'Wijzigingen opslaan' : 'Project aanmaken'}
        </Button>
      </ButtonGroup>
    </form>
  );
}

export function ProjectNieuw() {
  usePaginaTitel('Nieuw project');
  const gebruiker = useGebruiker();
  const alle = useLaden(
    () => gegevens(http.GET('/projecten', { params: { query: { gemeente: gebruiker.gemeenteCode } } })),
    [gebruiker.gemeenteCode],
  );
  return (
    <>
      <Heading level={1}>Nieuw project</Heading>
      <Paragraph>
        <AppLink to="/projecten">Terug naar de grote projecten</AppLink>
      </Paragraph>
      {alle.fout ? <ApiFoutMelding fout={alle.fout} /> : null}
      {alle.data ? <Formulier project={null} alle={alle.data} /> : <Laden />}
    </>
  );
}

export function ProjectWijzigen() {
  const { id = '' } = useParams();
  const gebruiker = useGebruiker();
  const data = useLaden(
    async () => ({
      project: await gegevens(http.GET('/projecten/{id}', { params: { path: { id } } })),
      alle: await gegevens(
        http.GET('/projecten', { params: { query: { gemeente: gebruiker.gemeenteCode } } }),
      ),
    }),
    [id, gebruiker.gemeenteCode],
  );
  usePaginaTitel(data.data ? `${data.data.project.naam} wijzigen` : 'Project wijzigen');
  return (
    <>
      <Heading level={1}>{data.data ? `${data.data.project.naam} wijzigen` : 'Project wijzigen'}</Heading>
      <Paragraph>
        <AppLink to={`/projecten/${id}`}>Terug naar het project</AppLink>
      </Paragraph>
      {data.fout ? <ApiFoutMelding fout={data.fout} /> : null}
      {data.data ? (
        <Formulier project={data.data.project} alle={data.data.alle} />
      ) : data.fout ? null : (
        <Laden />
      )}
    </>
  );
}
